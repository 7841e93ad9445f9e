/**
 * Maps Workorder failures (HTTP status + `Code`, spec §7.2) to core error kinds and facts; the host words
 * them. Server messages are only kept when safe: the v1 SignatureDoesNotMatch message contains the whole
 * string-to-sign (ticket text, e-mail), so it is never kept.
 */
import type { ErrorReason } from '../../core/error-reasons';
import { TicketError, type ErrorKind } from '../../core/errors';
import { isAmbiguousFailure, type AuthFailure } from '../../core/failure-classification';
import type { RequestIntent } from '../../core/retry';
import { readRecord, readString } from './wire/read';
import type { AliyunEnvelope } from './wire/types';

export const PROVIDER_NAME = 'Alibaba Cloud';

const MAX_DETAIL_LENGTH = 200;

/** Everything known about a failed response. */
export interface FailedResponse {
  readonly httpStatus: number;
  readonly envelope: AliyunEnvelope;
  readonly requestId?: string;
  /** `x-acs-retry-after` header value (milliseconds), if any. */
  readonly retryAfterHeader?: string;
  readonly operation: string;
  /** Secret strings of the calling account, scrubbed from anything echoed. */
  readonly secrets: readonly string[];
  /** Writes get "may have been applied" on gateway statuses; reads never do. */
  readonly intent?: RequestIntent;
  /** Server-minus-local clock difference measured from the answer's `Date` header. */
  readonly clockSkewMs?: number;
}

const AUTH_CODES = new Set(['SignatureDoesNotMatch', 'IncompleteSignature', 'InvalidCredentials', 'InvalidAccessKeySecret']);
const PERMISSION_CODES = new Set(['Forbidden.RAM', 'NoPermission', 'No permissions', 'illegal.auth']);
const SERVER_CODES = new Set(['System.error', 'ServiceUnavailable', 'InternalError', 'SignatureNonceUsed']);
const NOT_FOUND_CODES = new Set(['InvalidAction.NotFound', 'InvalidVersion']);

/** Error kind for a code and HTTP status. */
export function classify(code: string, httpStatus: number): ErrorKind {
  if (code.includes('Throttling')) return 'throttled';
  if (code.startsWith('InvalidAccessKeyId') || code.startsWith('InvalidSecurityToken') || AUTH_CODES.has(code)) return 'auth';
  if (PERMISSION_CODES.has(code) || code.startsWith('Forbidden')) return 'permission';
  if (SERVER_CODES.has(code)) return 'server';
  if (NOT_FOUND_CODES.has(code)) return 'not-found';
  if (httpStatus >= 500) return 'server';
  if (httpStatus === 403) return 'permission';
  if (httpStatus === 401) return 'auth';
  if (httpStatus === 404) return 'not-found';
  return 'invalid-input';
}

/** The gateway's authentication codes (spec §7.2) narrowed to what the user must fix. */
export function authFailureOf(code: string): AuthFailure | undefined {
  if (code === 'InvalidTimeStamp.Expired') return 'clock-skew';
  if (code === 'InvalidSecurityToken.Expired') return 'token-expired';
  if (code.startsWith('InvalidSecurityToken')) return 'token-invalid';
  if (code === 'InvalidAccessKeyId.Inactive') return 'key-disabled';
  if (code.startsWith('InvalidAccessKeyId')) return 'unknown-key';
  if (code === 'SignatureDoesNotMatch') return 'bad-secret';
  return undefined;
}

/** Builds the `TicketError` for a response that was not a success. */
export function errorFromResponse(failure: FailedResponse): TicketError {
  const code = readString(failure.envelope.Code, '') || `HTTP${failure.httpStatus}`;
  const kind = classify(code, failure.httpStatus);
  const authFailure = authFailureOf(code);
  const deniedAction = kind === 'permission' ? deniedActionOf(failure.envelope.AccessDeniedDetail) : undefined;
  const ambiguous = isAmbiguousFailure({ stage: 'answered', kind, httpStatus: failure.httpStatus, intent: failure.intent ?? 'read' });
  const reason = specialReason(code);
  const cloudMessage = authFailure ? undefined : safeDetail(kind, failure.envelope.Message, failure.secrets);
  const retryAfterMs = parseRetryAfter(failure.retryAfterHeader);
  const clockSkewMs = authFailure === 'clock-skew' ? failure.clockSkewMs : undefined;
  return new TicketError({
    kind,
    code,
    httpStatus: failure.httpStatus,
    requestId: failure.requestId,
    provider: PROVIDER_NAME,
    operation: failure.operation,
    retryAfterMs,
    deniedAction,
    ambiguous,
    authFailure,
    clockSkewMs,
    reason,
    cloudMessage,
  });
}

/** What a code means when its next step differs from its kind's default. */
function specialReason(code: string): ErrorReason | undefined {
  switch (code) {
    case 'InvalidAction.NotFound':
    case 'InvalidVersion':
      return { id: 'endpoint-lacks-action' };
    case 'illegalParam.emailOrPhone':
      return { id: 'contact-not-registered' };
    default:
      return undefined;
  }
}

function safeDetail(kind: ErrorKind, message: string | undefined, secrets: readonly string[]): string | undefined {
  if (!message || kind === 'auth') {
    return undefined;
  }
  let text = message.split(/string to sign/i)[0].trim();
  for (const secret of secrets) {
    if (secret) {
      text = text.split(secret).join('***');
    }
  }
  return text.length > MAX_DETAIL_LENGTH ? `${text.slice(0, MAX_DETAIL_LENGTH)}…` : text || undefined;
}

/** `AuthAction` from the JSON-in-a-string `AccessDeniedDetail` (spec §7.3), parsed defensively. */
export function deniedActionOf(detail: string | undefined): string | undefined {
  if (!detail) {
    return undefined;
  }
  try {
    const action = readString(readRecord(JSON.parse(detail)).AuthAction);
    return action || undefined;
  } catch {
    return undefined;
  }
}

function parseRetryAfter(header: string | undefined): number | undefined {
  if (header === undefined) {
    return undefined;
  }
  const ms = Number.parseInt(header, 10);
  return Number.isFinite(ms) && ms >= 0 ? ms : undefined;
}

/** A response body that is not the JSON the API promises. */
export function unreadableResponse(operation: string, httpStatus: number, requestId: string | undefined, write: boolean): TicketError {
  const ambiguous = isAmbiguousFailure({ stage: 'unreadable', kind: 'server', httpStatus, intent: write ? 'write' : 'read' });
  return new TicketError({
    kind: 'server',
    code: 'InvalidResponse',
    httpStatus,
    requestId,
    operation,
    ambiguous,
    provider: PROVIDER_NAME,
    reason: { id: 'unreadable-answer', httpStatus },
  });
}
