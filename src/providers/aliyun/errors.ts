/**
 * Maps Workorder failures (HTTP status + `Code`, spec §7.2) to core error kinds with a sentence that
 * says what to do next. Server messages are only echoed when safe: the v1 SignatureDoesNotMatch
 * message contains the whole string-to-sign (ticket text, e-mail), so it is never shown.
 */
import { describeError, TicketError, type ErrorKind } from '../../core/errors';
import { readRecord, readString } from './wire-read';
import type { AliyunEnvelope } from './wire-types';

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

/** Builds the `TicketError` for a response that was not a success. */
export function errorFromResponse(failure: FailedResponse): TicketError {
  const code = readString(failure.envelope.Code, '') || `HTTP${failure.httpStatus}`;
  const kind = classify(code, failure.httpStatus);
  const deniedAction = kind === 'permission' ? deniedActionOf(failure.envelope.AccessDeniedDetail) : undefined;
  const detail = specialDetail(code) ?? safeDetail(kind, failure.envelope.Message, failure.secrets);
  const retryAfterMs = parseRetryAfter(failure.retryAfterHeader);
  return new TicketError({
    kind,
    code,
    httpStatus: failure.httpStatus,
    requestId: failure.requestId,
    operation: failure.operation,
    retryAfterMs,
    deniedAction,
    message: describeError(kind, { provider: PROVIDER_NAME, operation: failure.operation, requestId: failure.requestId, code, deniedAction, detail }),
  });
}

/** Sentences for codes whose next step differs from their kind's default. */
function specialDetail(code: string): string | undefined {
  switch (code) {
    case 'InvalidTimeStamp.Expired':
      return "The request time differs from the server's by more than 15 minutes; correct your computer's clock";
    case 'InvalidAccessKeyId.NotFound':
      return 'The AccessKey ID does not exist';
    case 'InvalidAccessKeyId.Inactive':
      return 'The AccessKey is disabled';
    case 'SignatureDoesNotMatch':
      return 'The signature did not match, which usually means the AccessKey secret is wrong';
    case 'InvalidSecurityToken.Expired':
      return 'The temporary security token has expired; refresh it';
    case 'InvalidAction.NotFound':
    case 'InvalidVersion':
      return 'The endpoint does not offer this API action or version; check the endpoint and API version settings of the account';
    case 'illegalParam.emailOrPhone':
      return 'The contact e-mail or phone must be one registered as a message recipient of the account';
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
  return new TicketError({
    kind: 'server',
    code: 'InvalidResponse',
    httpStatus,
    requestId,
    operation,
    ambiguous: write,
    message: describeError('server', {
      provider: PROVIDER_NAME,
      operation,
      requestId,
      detail: `The service answered HTTP ${httpStatus} with a body that is not valid JSON${write ? '; the change may or may not have been applied, so check before trying again' : ''}`,
    }),
  });
}
