/** Wire shapes of the authorization operations (spec §4, 5.6.2, 5.6.4, 5.6.5, 5.6.6). */
import type { LooseNumber } from './common';

/** Authorization `status`: 0 pending, 1 authorized, 2 rejected, 3 expired, 4 withdrawn, 5 cancelled (spec §2.5). */
export type AuthorizationStatusWire = LooseNumber;

/** One resource of an authorization (5.6.4 `incident_auth_detail_list`): `type` 0 console, 1 host. */
export interface AuthorizationDetailItemWire {
  id: LooseNumber;
  port?: LooseNumber | null;
  account?: string | null;
  type?: LooseNumber | null;
  instance_id?: string | null;
  instance_name?: string | null;
  region_id?: string | null;
}

/** An entry of 5.6.6 ListAuthorizations. */
export interface AuthorizationWire {
  id: LooseNumber;
  status: AuthorizationStatusWire;
  incident_id?: string | null;
  simple_description?: string | null;
  auth_describe?: string | null;
  resource_type_id?: string | null;
  resource_type_name?: string | null;
  visit_type_id?: string | null;
  visit_type_name?: string | null;
  create_time?: string | number | null;
  auth_effective_time?: string | number | null;
  auth_expire_time?: string | number | null;
  reject_reason?: string | null;
  customer_id?: string | null;
  x_customer_id?: string | null;
  xcustomer_name?: string | null;
  content_of_auth_letter?: string | null;
}
export interface ListAuthorizationsResponse {
  count?: LooseNumber;
  incident_auth_list?: AuthorizationWire[] | null;
}

/** 5.6.4 ShowAuthorizationDetail: the list entry's fields and the resources it covers. */
export interface AuthorizationDetailResponse extends Partial<AuthorizationWire> {
  incident_auth_detail_list?: AuthorizationDetailItemWire[] | null;
  auth_handler_name?: string | null;
  agency_name?: string | null;
}

/** 5.6.5 ConfirmAuthorizations body. */
export interface ConfirmAuthorizationBody {
  auth_detail_list: { auth_detail_id: number; port?: number; account?: string; password?: string }[];
  auth_effective_time?: number;
  auth_expire_time?: number;
  group_id?: string;
  agency_id?: string;
}

/** 5.6.2 UpdateAuthorizations: `reject` (reason required) or `cancel` (revoke a granted one). */
export type AuthorizationActionId = 'reject' | 'cancel';
export interface UpdateAuthorizationBody {
  reject_reason?: string;
  group_id?: string;
}
