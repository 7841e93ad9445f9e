/**
 * Turns OSM answers into `TicketError`s. The failure rule of spec §1.6: HTTP ≥ 400, or a 2xx body whose
 * `error_code` is present, non-empty and not "0" (business errors arrive as HTTP 200).
 */
import { describeError, TicketError } from '../../core/errors';
import { classifyOsmError, sentenceForCode } from './error-codes';

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
}

/** The `TicketError` for a failed OSM/IAM answer. */
export function osmError(failure: OsmFailure): TicketError {
  const code = failureCode(failure.body) ?? (failure.httpStatus >= 400 ? `HTTP ${failure.httpStatus}` : undefined);
  const kind = classifyOsmError(failure.httpStatus, failureCode(failure.body));
  const requestId = failure.requestId ?? field(failure.body, 'request_id');
  const detail = sentenceForCode(code) ?? safeDetail(field(failure.body, 'error_msg'), failure.secrets);
  return new TicketError({
    kind,
    code,
    httpStatus: failure.httpStatus,
    requestId,
    operation: failure.operation,
    retryAfterMs: failure.retryAfterMs,
    message: describeError(kind, { provider: PROVIDER_NAME, operation: failure.operation, requestId, code, detail }),
  });
}

/** A 2xx answer that is not what the operation returns (not JSON, or JSON where a file was expected). */
export function unexpectedResponse(operation: string, httpStatus: number, requestId: string | undefined, write: boolean): TicketError {
  const detail = write
    ? 'The answer could not be read; the change may or may not have been applied, so check before trying again'
    : 'The answer could not be read';
  return new TicketError({
    kind: 'server',
    code: 'UnreadableResponse',
    httpStatus,
    requestId,
    operation,
    ambiguous: write,
    message: describeError('server', { provider: PROVIDER_NAME, operation, requestId, detail }),
  });
}
