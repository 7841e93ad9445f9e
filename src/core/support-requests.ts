/**
 * Requests support makes inside a conversation that want a structured answer rather than a reply:
 * more parameters (answered with a small form built from the request's own fields) and access to the
 * customer's resources (an authorization, granted or refused), and the case's authorizations.
 */
import type { FormField } from './form-schema';

/** What support asks for in a parameter request, as a form. */
export interface ParamRequest {
  /** The message that carries the request. */
  readonly messageId: string;
  /** The fields to fill in; values already given are their defaults. */
  readonly fields: readonly FormField[];
  /** Every asked field already has a value (the request was answered before). */
  readonly answered: boolean;
}

/** Where an authorization stands. `revoked`: the customer cancelled a granted one. */
export type AuthorizationState = 'pending' | 'granted' | 'refused' | 'expired' | 'withdrawn' | 'revoked' | 'unknown';

/** One resource an authorization covers (a console login, a host). */
export interface AuthorizationItem {
  readonly id: string;
  readonly kind: 'console' | 'host';
  /** Instance name, account or similar, as the cloud reports it. */
  readonly name: string;
  readonly region?: string;
}

/** An authorization support asked for on a ticket. Texts are the cloud's own (outside text). */
export interface Authorization {
  readonly id: string;
  readonly state: AuthorizationState;
  /** What kind of access, e.g. "Huawei Cloud account · Console login". */
  readonly access: string;
  /** Why support asks, in its words. */
  readonly description: string;
  readonly createdAt?: number;
  readonly effectiveAt?: number;
  readonly expiresAt?: number;
  readonly refuseReason?: string;
  readonly items: readonly AuthorizationItem[];
}

/** Longest reason for refusing an authorization (OSM 5.6.2: 1–300). */
export const MAX_REFUSE_REASON_LENGTH = 300;

/** The writes each authorization state accepts. */
export function authorizationChoices(state: AuthorizationState): { readonly grant: boolean; readonly refuse: boolean; readonly revoke: boolean } {
  return { grant: state === 'pending', refuse: state === 'pending', revoke: state === 'granted' };
}
