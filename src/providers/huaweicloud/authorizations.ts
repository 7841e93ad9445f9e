/**
 * A case's authorizations as core sees them (5.6.4, 5.6.6) and the writes on them (5.6.2, 5.6.5). The
 * console grants access for the period support asked for; host access needs the host's login, which the
 * console takes, so such a grant is refused here before any request.
 */
import { MAX_REFUSE_REASON_LENGTH, type Authorization, type AuthorizationItem, type AuthorizationState } from '../../core/support-requests';
import type { OsmAuthorizationsApi } from './ops/authorizations';
import { numericId } from './ops/authorizations';
import { invalidInput } from './provider-errors';
import type { AuthorizationDetailItemWire, AuthorizationDetailResponse, AuthorizationWire } from './wire/authorizations';
import { readList, readNumber, readTime } from './wire-readers';

/** Spec §2.5: 0 pending, 1 authorized, 2 rejected, 3 expired, 4 withdrawn (by support), 5 cancelled (by the customer). */
const STATES: Readonly<Record<number, AuthorizationState>> = { 0: 'pending', 1: 'granted', 2: 'refused', 3: 'expired', 4: 'withdrawn', 5: 'revoked' };
/** Pending authorizations read in detail (their resources) per listing; more would cost a request each. */
const MAX_DETAILS = 5;

const timeMs = (value: unknown) => readTime(value)?.getTime();
const text = (value: string | null | undefined) => (value ?? '').trim();

function itemOf(wire: AuthorizationDetailItemWire): AuthorizationItem {
  const host = readNumber(wire.type, 0) === 1;
  const name = text(wire.instance_name) || text(wire.instance_id) || text(wire.account);
  return { id: String(wire.id), kind: host ? 'host' : 'console', name, ...(text(wire.region_id) ? { region: text(wire.region_id) } : {}) };
}

/** One authorization; `detail` adds the resources it covers. */
export function authorizationOf(wire: AuthorizationWire, detail?: AuthorizationDetailResponse): Authorization {
  const access = [text(wire.resource_type_name), text(wire.visit_type_name)].filter((part) => part !== '').join(' · ');
  const createdAt = timeMs(wire.create_time);
  const effectiveAt = timeMs(wire.auth_effective_time ?? detail?.auth_effective_time);
  const expiresAt = timeMs(wire.auth_expire_time ?? detail?.auth_expire_time);
  return {
    id: String(wire.id),
    state: STATES[readNumber(wire.status, -1)] ?? 'unknown',
    access,
    description: text(wire.auth_describe) || text(wire.content_of_auth_letter),
    ...(createdAt === undefined ? {} : { createdAt }),
    ...(effectiveAt === undefined ? {} : { effectiveAt }),
    ...(expiresAt === undefined ? {} : { expiresAt }),
    ...(text(wire.reject_reason) ? { refuseReason: text(wire.reject_reason) } : {}),
    items: readList(detail?.incident_auth_detail_list)
      .filter((item) => item && item.id !== undefined)
      .map(itemOf),
  };
}

/** The case's authorizations, newest first; pending ones with the resources they cover. */
export async function caseAuthorizations(api: OsmAuthorizationsApi, caseId: string, signal?: AbortSignal): Promise<Authorization[]> {
  const list = (await api.ofCase(caseId, signal)).sort((a, b) => (timeMs(b.create_time) ?? 0) - (timeMs(a.create_time) ?? 0));
  const pending = list.filter((a) => readNumber(a.status, -1) === 0).slice(0, MAX_DETAILS);
  const details = new Map<string, AuthorizationDetailResponse>();
  await Promise.all(
    pending.map(async (a) => {
      // The listing still shows without the resources when a detail cannot be read.
      const detail = await api.detail(String(a.id), signal).catch((error: unknown) => {
        if (signal?.aborted) throw error;
        return undefined;
      });
      if (detail) details.set(String(a.id), detail);
    }),
  );
  return list.map((a) => authorizationOf(a, details.get(String(a.id))));
}

/** Grants a pending console authorization of the case for the period support asked for. */
export async function grantAuthorization(api: OsmAuthorizationsApi, caseId: string, authorizationId: string, signal?: AbortSignal): Promise<void> {
  const detail = await api.detail(authorizationId, signal);
  if (detail.incident_id && detail.incident_id !== caseId) throw invalidInput('AuthorizationOfAnotherTicket', { id: 'authorization-of-another-ticket' });
  const items = readList(detail.incident_auth_detail_list).filter((item) => item && item.id !== undefined);
  if (items.some((item) => readNumber(item.type, 0) === 1)) {
    throw invalidInput('HostAuthorization', { id: 'host-authorization' });
  }
  const ids = items.map((item) => numericId(item.id));
  if (ids.some((id) => id === undefined)) throw invalidInput('UnexpectedAuthorization', { id: 'unexpected-authorization' });
  const effective = timeMs(detail.auth_effective_time);
  const expires = timeMs(detail.auth_expire_time);
  await api.confirm(
    authorizationId,
    {
      auth_detail_list: ids.map((id) => ({ auth_detail_id: id as number })),
      ...(effective === undefined ? {} : { auth_effective_time: effective }),
      ...(expires === undefined ? {} : { auth_expire_time: expires }),
    },
    signal,
  );
}

/** Refuses a pending authorization; the reason (1–300 characters) goes to support. */
export async function refuseAuthorization(api: OsmAuthorizationsApi, authorizationId: string, reason: string, signal?: AbortSignal): Promise<void> {
  const why = reason.trim();
  if (!why) throw invalidInput('EmptyRefuseReason', { id: 'empty-refuse-reason' });
  if (why.length > MAX_REFUSE_REASON_LENGTH) throw invalidInput('RefuseReasonTooLong', { id: 'refuse-reason-too-long', limit: MAX_REFUSE_REASON_LENGTH });
  await api.update(authorizationId, 'reject', { reject_reason: why }, signal);
}
