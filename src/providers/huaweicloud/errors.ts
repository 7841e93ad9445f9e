/**
 * Turns failed OSM answers into `TicketError`s. The failure rule of spec §1.6: HTTP ≥ 400, or a 2xx
 * body whose `error_code` is present, non-empty and not "0" (business errors arrive as HTTP 200).
 * What is ambiguous, retryable and whose fault is decided by core/failure-classification.ts; failures
 * without an answer are the shared transport's (../http/no-answer.ts).
 */
import { TicketError, type ErrorKind } from '../../core/errors';
import { isAmbiguousFailure, type AuthFailure } from '../../core/failure-classification';
import type { RequestIntent } from '../../core/retry';
import { classifyOsmError, gatewayAuthFailure, reasonForCode, reportedSkewMs } from './error-codes';

export const PROVIDER_NAME = 'Huawei Cloud';

/** The `error_code` of a body when it signals a failure; undefined for success bodies. */
export function failureCode(body: unknown): string | undefined {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) return undefined;
  const code = (body as Record<string, unknown>).error_code;
  if (code === undefined || code === null) return undefined;
  const text = String(code).trim();
  return text === '' || text === '0' ? undefined : text;
}

function field(body: unknown, name: string): string | undefined {
  if (typeof body !== 'object' || body === null) return undefined;
  const value = (body as Record<string, unknown>)[name];
  return typeof value === 'string' && value !== '' ? value : undefined;
}

const MAX_DETAIL_LENGTH = 200;

/** Removes any secret that a server message might echo, and bounds its length. */
function safeDetail(message: string | undefined, secrets: readonly string[]): string | undefined {
  if (!message) return undefined;
  let text = message;
  for (const secret of secrets) if (secret) text = text.split(secret).join('***');
  return text.length > MAX_DETAIL_LENGTH ? `${text.slice(0, MAX_DETAIL_LENGTH)}…` : text;
}

export interface OsmFailure {
  readonly operation: string;
  readonly httpStatus: number;
  readonly body: unknown;
  readonly requestId?: string;
  readonly retryAfterMs?: number;
  /** Values that must never appear in an error (SK, security token). */
  readonly secrets: readonly string[];
  /** Writes get "may have been applied" on gateway statuses; reads never do. */
  readonly intent?: RequestIntent;
  /** Server-minus-local clock difference measured from the answer's `Date` header. */
  readonly clockSkewMs?: number;
  /** The request carried an STS security token. */
  readonly usesSecurityToken?: boolean;
}

/** APIGW.0301 narrowed to its cause; other codes are not split. */
function authFailureOf(code: string | undefined, failure: OsmFailure): AuthFailure | undefined {
  if (code !== 'APIGW.0301') return undefined;
  return gatewayAuthFailure({ message: field(failure.body, 'error_msg'), clockSkewMs: failure.clockSkewMs, usesSecurityToken: failure.usesSecurityToken ?? false });
}

/** The `TicketError` for a failed OSM/IAM answer. */
export function osmError(failure: OsmFailure): TicketError {
  const bodyCode = failureCode(failure.body);
  const code = bodyCode ?? (failure.httpStatus >= 400 ? `HTTP ${failure.httpStatus}` : undefined);
  const authFailure = authFailureOf(bodyCode, failure);
  // A wrong clock is the user's to fix, not the credentials': it must not mark the account's keys as bad.
  const kind: ErrorKind = authFailure === 'clock-skew' ? 'invalid-input' : classifyOsmError(failure.httpStatus, bodyCode);
  const requestId = failure.requestId ?? field(failure.body, 'request_id');
  const ambiguous = isAmbiguousFailure({ stage: 'answered', kind, httpStatus: failure.httpStatus, intent: failure.intent ?? 'read' });
  // Gateway auth messages name the key id; the split above says what they mean.
  const cloudMessage = kind === 'auth' || authFailure ? undefined : safeDetail(field(failure.body, 'error_msg'), failure.secrets);
  const clockSkewMs = authFailure === 'clock-skew' ? (failure.clockSkewMs ?? reportedSkewMs(field(failure.body, 'error_msg'))) : undefined;
  return new TicketError({
    kind,
    code,
    httpStatus: failure.httpStatus,
    requestId,
    provider: PROVIDER_NAME,
    operation: failure.operation,
    retryAfterMs: failure.retryAfterMs,
    ambiguous,
    authFailure,
    clockSkewMs,
    reason: reasonForCode(code),
    cloudMessage,
  });
}

/** A 2xx answer that is not what the operation returns (not JSON, or JSON where a file was expected). */
export function unexpectedResponse(operation: string, httpStatus: number, requestId: string | undefined, write: boolean): TicketError {
  const ambiguous = isAmbiguousFailure({ stage: 'unreadable', kind: 'server', httpStatus, intent: write ? 'write' : 'read' });
  return new TicketError({
    kind: 'server',
    code: 'UnreadableResponse',
    httpStatus,
    requestId,
    operation,
    ambiguous,
    provider: PROVIDER_NAME,
    reason: { id: 'unreadable-answer', httpStatus },
  });
}
