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
import { TicketError } from '../../core/errors';
import { isAmbiguousFailure, stageOfConnectionError } from '../../core/failure-classification';
import type { RequestIntent } from '../../core/retry';
import type { BodySourceError } from './streamed-body';

/**
 * The most an answer may hold. JSON answers are far smaller; Huawei's attachment downloads (5.5.4) come
 * through here too, and its files are a few megabytes. Past this the client stops reading.
 */
export const MAX_ANSWER_BYTES = 64 * 1024 * 1024;

export interface NoAnswerContext {
  /** Provider display name ("Alibaba Cloud"), a fact of the error. */
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
  if (code === 'ERR_BAD_RESPONSE' && /maxContentLength/.test(error instanceof Error ? error.message : '')) return answerTooLarge(error, context);
  const timedOut = code === 'ECONNABORTED' || code === 'ETIMEDOUT';
  const ambiguous = isAmbiguousFailure({ stage: stageOfConnectionError(code || undefined), kind: 'network', intent: context.intent });
  return new TicketError({
    kind: 'network',
    code: code || 'NetworkError',
    provider: context.providerName,
    operation: context.operation,
    ambiguous,
    reason: timedOut ? { id: 'no-answer', seconds: Math.round(context.timeoutMs / 1000) } : { id: 'connection-failed', ...(code ? { connectionCode: code } : {}) },
    cause: safeCause(error, context.secrets),
  });
}

/**
 * An answer larger than `MAX_ANSWER_BYTES`: the server did answer (a write may have been applied), but
 * reading on would cost the extension host its memory. A read may be tried again, as after any server fault.
 */
function answerTooLarge(error: unknown, context: NoAnswerContext): TicketError {
  return new TicketError({
    kind: 'server',
    code: 'AnswerTooLarge',
    provider: context.providerName,
    operation: context.operation,
    ambiguous: context.intent === 'write',
    reason: { id: 'answer-too-large', limitMegabytes: Math.round(MAX_ANSWER_BYTES / 1024 / 1024) },
    cause: safeCause(error, context.secrets),
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
    provider: context.providerName,
    operation: context.operation,
    reason: { id: changed ? 'file-changed-while-sent' : 'file-unreadable-while-sent' },
    cause: safeCause(failure, context.secrets),
  });
}
