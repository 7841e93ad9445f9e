/**
 * Authorizations ("我的授权", spec §4 5.6.*): support asks for access to the customer's console or hosts;
 * the customer lists them per case, reads one, grants, refuses or revokes it. Writes are never retried.
 */
import type { AuthorizationActionId, AuthorizationDetailResponse, AuthorizationWire, ConfirmAuthorizationBody, ListAuthorizationsResponse, UpdateAuthorizationBody } from '../wire/authorizations';
import { readList, readNumber } from '../wire-readers';
import { osmPath, type OsmTransport } from '../transport';

/** Entries per ListAuthorizations page (1–100). */
const PAGE_SIZE = 100;

export class OsmAuthorizationsApi {
  constructor(
    private readonly t: OsmTransport,
    private readonly groupId?: string,
  ) {}

  /** 5.6.6: the authorizations of one case (the first 100, as the server orders them). */
  async ofCase(caseId: string, signal?: AbortSignal): Promise<AuthorizationWire[]> {
    const body = await this.t.json<ListAuthorizationsResponse>({
      op: 'ListAuthorizations',
      method: 'GET',
      path: '/v2/servicerequest/authorizations',
      intent: 'read',
      signal,
      query: { incident_id: caseId, offset: 0, limit: PAGE_SIZE, group_id: this.groupId, trim_osm_rich_text_label: true },
    });
    // The server filters by case already; entries of another case are dropped all the same.
    return readList(body.incident_auth_list).filter((a) => a && (a.incident_id === undefined || a.incident_id === null || a.incident_id === caseId));
  }

  /** 5.6.4: one authorization with the resources it covers. */
  async detail(authorizationId: string, signal?: AbortSignal): Promise<AuthorizationDetailResponse> {
    return this.t.json<AuthorizationDetailResponse>({
      op: 'ShowAuthorizationDetail',
      method: 'GET',
      path: osmPath('/v2/servicerequest/authorizations/{id}', { id: authorizationId }),
      intent: 'read',
      signal,
      query: { group_id: this.groupId, trim_osm_rich_text_label: true },
    });
  }

  /** 5.6.5: grants a pending authorization for the given resources and period. */
  async confirm(authorizationId: string, body: ConfirmAuthorizationBody, signal?: AbortSignal): Promise<void> {
    await this.t.json({
      op: 'ConfirmAuthorizations',
      method: 'PUT',
      path: osmPath('/v2/servicerequest/authorizations/{id}', { id: authorizationId }),
      intent: 'write',
      signal,
      body: { ...body, group_id: body.group_id ?? this.groupId },
    });
  }

  /** 5.6.2: refuses a pending authorization (`reject`, with a reason) or revokes a granted one (`cancel`). */
  async update(authorizationId: string, action: AuthorizationActionId, body: UpdateAuthorizationBody = {}, signal?: AbortSignal): Promise<void> {
    await this.t.json({
      op: 'UpdateAuthorizations',
      method: 'PUT',
      path: osmPath('/v2/servicerequest/authorizations/{id}/action', { id: authorizationId }),
      intent: 'write',
      signal,
      query: { action_id: action },
      body: { ...body, group_id: body.group_id ?? this.groupId },
    });
  }
}

/** A numeric id as the write bodies need it (`auth_detail_id` is a Long). */
export function numericId(value: unknown): number | undefined {
  const n = readNumber(value, Number.NaN);
  return Number.isSafeInteger(n) ? n : undefined;
}
