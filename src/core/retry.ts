/**
 * Retry policy for READS only: exponential backoff with full jitter, honouring a server-requested
 * wait (throttling / Retry-After), abortable. Writes are never retried automatically: a repeated
 * create or reply could file a duplicate (DESIGN.md §7).
 */
import { abortableDelay, isAbortError, throwIfAborted } from './abort';
import { isTicketError } from './errors';

export type RequestIntent = 'read' | 'write';

export interface RetryPolicy {
  /** Total attempts including the first one. */
  readonly maxAttempts: number;
  /** Backoff ceiling of the first retry, in ms; doubles per retry. */
  readonly baseDelayMs: number;
  /** Cap of a single wait, in ms. A server asking for a longer wait ends the retries. */
  readonly maxDelayMs: number;
}

/** Defaults from the Alibaba spec §10.1: base 500 ms, cap 20 s, 4 attempts. */
export const DEFAULT_READ_RETRY: RetryPolicy = { maxAttempts: 4, baseDelayMs: 500, maxDelayMs: 20_000 };

export interface RetryOptions {
  readonly policy?: RetryPolicy;
  readonly signal?: AbortSignal;
  /** Source of randomness in [0, 1); injectable for tests. */
  readonly random?: () => number;
  /** Waits between attempts; injectable for tests. */
  readonly delay?: (ms: number, signal?: AbortSignal) => Promise<void>;
  /** Observes each scheduled retry (logging, limiter pause). */
  readonly onRetry?: (info: { readonly attempt: number; readonly delayMs: number; readonly error: unknown }) => void;
  /** Time left before the call's deadline (deadline.ts): a retry that could not even start in time is not tried, so the real failure is reported. */
  readonly remainingMs?: () => number;
}

/**
 * True for failures worth another read attempt: throttling, network trouble, server errors, unreadable
 * answers — whatever the shared classification table calls transient (failure-classification.ts).
 */
export function isRetryableError(error: unknown): boolean {
  return isTicketError(error) && error.transient;
}

/**
 * Wait before retry number `retry` (1-based): a random value in [0, min(cap, base·2^(retry-1))),
 * but never shorter than the server-requested `retryAfterMs`.
 */
export function backoffDelay(retry: number, policy: RetryPolicy, random: () => number, retryAfterMs?: number): number {
  const ceiling = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** (retry - 1));
  const jittered = Math.floor(random() * ceiling);
  return retryAfterMs !== undefined && retryAfterMs > jittered ? retryAfterMs : jittered;
}

/**
 * Runs `operation`; for `read` intent retries retryable failures per the policy, for `write`
 * intent runs it exactly once.
 */
export async function withRetry<T>(intent: RequestIntent, operation: (attempt: number) => Promise<T>, options: RetryOptions = {}): Promise<T> {
  const policy = options.policy ?? DEFAULT_READ_RETRY;
  const random = options.random ?? Math.random;
  const delay = options.delay ?? abortableDelay;
  const attempts = intent === 'read' ? Math.max(1, policy.maxAttempts) : 1;
  for (let attempt = 1; ; attempt++) {
    throwIfAborted(options.signal);
    try {
      return await operation(attempt);
    } catch (error) {
      if (attempt >= attempts || isAbortError(error) || options.signal?.aborted || !isRetryableError(error)) {
        throw error;
      }
      const retryAfterMs = isTicketError(error) ? error.retryAfterMs : undefined;
      if (retryAfterMs !== undefined && retryAfterMs > policy.maxDelayMs) {
        throw error;
      }
      const delayMs = backoffDelay(attempt, policy, random, retryAfterMs);
      if (options.remainingMs && delayMs >= options.remainingMs()) {
        throw error;
      }
      options.onRetry?.({ attempt, delayMs, error });
      await delay(delayMs, options.signal);
    }
  }
}
