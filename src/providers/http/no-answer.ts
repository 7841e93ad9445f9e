/**
 * Failures without a usable answer, the same for every provider: cancellation stays the caller's
 * abort reason; a body source that failed is the user's file, not the network; anything else is a
 * `network` error whose ambiguity (may a write have been applied?) comes from the shared table.
 * The HTTP client's error is never kept: it holds the request configuration, signed headers and
 * security token included. The cause keeps its name, code, host and scrubbed message only.
 */
import { isAxiosError } from 'axios';
import { abortReason } from '../../core/abort';
import { safeCause } from '../../core/error-cause';
import { describeError, TicketError } from '../../core/errors';
import { isAmbiguousFailure, MAYBE_APPLIED, stageOfConnectionError } from '../../core/failure-classification';
import type { RequestIntent } from '../../core/retry';
import type { BodySourceError } from './streamed-body';

export interface NoAnswerContext {
  /** Provider display name ("Alibaba Cloud"), for the sentence. */
  readonly providerName: string;
  readonly operation: string;
  readonly intent: RequestIntent;
  readonly timeoutMs: number;
  /** Values to blank out of the kept cause's message. */
  readonly secrets: readonly string[];
  readonly signal?: AbortSignal;
  /** Set when the request body's source failed: that, not the connection, ended the request. */
  readonly bodyFailure?: BodySourceError;
}

/** The error to throw for a request that got no usable answer (or the abort reason when cancelled). */
export function noAnswerError(error: unknown, context: NoAnswerContext): unknown {
  if (context.signal?.aborted) return abortReason(context.signal);
  if (context.bodyFailure) return bodySourceFailed(context.bodyFailure, context);
  const code = isAxiosError(error) ? (error.code ?? '') : '';
  const timedOut = code === 'ECONNABORTED' || code === 'ETIMEDOUT';
  const ambiguous = isAmbiguousFailure({ stage: stageOfConnectionError(code || undefined), kind: 'network', intent: context.intent });
  const reason = timedOut ? `No answer within ${Math.round(context.timeoutMs / 1000)} s` : `Connection failed (${code || (error instanceof Error ? error.name : 'unknown error')})`;
  return new TicketError({
    kind: 'network',
    code: code || 'NetworkError',
    operation: context.operation,
    ambiguous,
    cause: safeCause(error, context.secrets),
    message: describeError('network', { provider: context.providerName, operation: context.operation, detail: ambiguous ? `${reason}; ${MAYBE_APPLIED}` : reason }),
  });
}

/**
 * A streamed body whose source changed or failed while it was sent. The request was cut short of the
 * length it announced, so the server cannot have accepted it: not ambiguous, and not worth a retry.
 */
function bodySourceFailed(failure: BodySourceError, context: NoAnswerContext): TicketError {
  const changed = failure.reason === 'changed';
  return new TicketError({
    kind: 'invalid-input',
    code: changed ? 'ContentChanged' : 'ContentUnreadable',
    operation: context.operation,
    cause: safeCause(failure, context.secrets),
    message: changed
      ? `The file changed while it was being sent to ${context.providerName} (${context.operation}): ${failure.message}. Nothing was stored; attach it again once it stays the same.`
      : `The file could not be read while it was being sent to ${context.providerName} (${context.operation}): ${failure.message}. Nothing was stored; check the file and attach it again.`,
  });
}
