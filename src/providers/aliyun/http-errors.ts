/** Transport failures (no usable HTTP response) as `network` errors; cancellation stays cancellation. */
import { isAxiosError } from 'axios';
import { abortReason } from '../../core/abort';
import { safeCause } from '../../core/error-cause';
import { describeError, TicketError } from '../../core/errors';
import { isAmbiguousFailure, MAYBE_APPLIED, stageOfConnectionError } from '../../core/failure-classification';
import { PROVIDER_NAME } from './errors';

/**
 * Converts an axios/transport error; rethrows the abort reason when the caller cancelled. The axios
 * error itself is never kept (it holds the request configuration, STS token header included): the
 * cause keeps its code, host and scrubbed message only. `secrets` are blanked out of that message.
 */
export function transportError(error: unknown, operation: string, write: boolean, timeoutMs: number, signal?: AbortSignal, secrets: readonly string[] = []): unknown {
  if (signal?.aborted) {
    return abortReason(signal);
  }
  const code = isAxiosError(error) ? error.code ?? '' : '';
  const timedOut = code === 'ECONNABORTED' || code === 'ETIMEDOUT';
  const ambiguous = isAmbiguousFailure({ stage: stageOfConnectionError(code || undefined), kind: 'network', intent: write ? 'write' : 'read' });
  const reason = timedOut
    ? `No answer within ${Math.round(timeoutMs / 1000)} s`
    : `Connection failed (${code || (error instanceof Error ? error.name : 'unknown error')})`;
  const detail = ambiguous ? `${reason}; ${MAYBE_APPLIED}` : reason;
  return new TicketError({
    kind: 'network',
    code: code || 'NetworkError',
    operation,
    ambiguous,
    cause: safeCause(error, secrets),
    message: describeError('network', { provider: PROVIDER_NAME, operation, detail }),
  });
}
