/** Transport failures (no usable HTTP response) as `network` errors; cancellation stays cancellation. */
import { isAxiosError } from 'axios';
import { abortReason } from '../../core/abort';
import { describeError, TicketError } from '../../core/errors';
import { PROVIDER_NAME } from './errors';

// Failures that prove the request never reached the server: safe to report as "not applied".
const NOT_SENT_CODES = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'ERR_INVALID_URL', 'EHOSTUNREACH', 'ENETUNREACH']);

/** Converts an axios/transport error; rethrows the abort reason when the caller cancelled. */
export function transportError(error: unknown, operation: string, write: boolean, timeoutMs: number, signal?: AbortSignal): unknown {
  if (signal?.aborted) {
    return abortReason(signal);
  }
  const code = isAxiosError(error) ? error.code ?? '' : '';
  const timedOut = code === 'ECONNABORTED' || code === 'ETIMEDOUT';
  const ambiguous = write && !NOT_SENT_CODES.has(code);
  const reason = timedOut
    ? `No answer within ${Math.round(timeoutMs / 1000)} s`
    : `Connection failed (${code || (error instanceof Error ? error.name : 'unknown error')})`;
  const detail = ambiguous ? `${reason}; the change may or may not have been applied, so check before trying again` : reason;
  return new TicketError({
    kind: 'network',
    code: code || 'NetworkError',
    operation,
    ambiguous,
    // No `cause`: the axios error carries the request config, including the STS token header.
    message: describeError('network', { provider: PROVIDER_NAME, operation, detail }),
  });
}
