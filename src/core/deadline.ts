/**
 * One overall deadline per provider call, queueing and retries included, so that no fault or bug
 * (a lost timer, a deadlock, a server that never answers) can leave a call — and with it an account —
 * waiting for ever. The call then fails with a retryable `network` error; a write that had already
 * been sent fails as ambiguous (it may have been applied), like any other interrupted write.
 */
import { abortReason } from './abort';
import { TicketError } from './errors';
import { systemClock, type Clock } from './polling/clock';
import type { RetryPolicy } from './retry';

/**
 * Slowest upload rate a call is given time for, on top of its deadline: an upload that moves fewer
 * bytes a second than this is failed rather than waited for.
 */
const MIN_UPLOAD_BYTES_PER_SECOND = 32 * 1024;

/**
 * Deadline of one call: one request timeout for every attempt the retry policy allows, plus one more
 * for waiting for a slot and for the backoff between attempts. Writes get the same allowance: they
 * make one attempt but queue behind the same reads. Uploads get extra time for their bytes.
 */
export function callDeadlineMs(timeoutMs: number, policy: RetryPolicy, uploadBytes = 0): number {
  const uploadMs = Math.ceil((uploadBytes / MIN_UPLOAD_BYTES_PER_SECOND) * 1000);
  return timeoutMs * (Math.max(1, policy.maxAttempts) + 1) + uploadMs;
}

/** What a call running under a deadline sees. */
export interface CallDeadline {
  /** Aborts when the deadline passes or the caller's signal aborts; hand it to every wait and request. */
  readonly signal: AbortSignal;
  /** Milliseconds left (0 once the deadline passed). */
  remainingMs(): number;
  /** Records that a request left for the server: from now on a write that runs out of time is ambiguous. */
  markSent(): void;
}

export interface DeadlineOptions {
  readonly ms: number;
  /** The caller's cancellation; it wins over the deadline and keeps its own reason. */
  readonly signal?: AbortSignal;
  readonly clock?: Clock;
  /** The error to fail with at the deadline; `sent` says whether a request had been sent. */
  readonly expired: (sent: boolean) => TicketError;
}

/** Runs `operation` so that it settles within `options.ms`: with its own outcome, or with `expired(sent)`. */
export function withDeadline<T>(options: DeadlineOptions, operation: (deadline: CallDeadline) => Promise<T>): Promise<T> {
  const callerSignal = options.signal;
  if (callerSignal?.aborted) return Promise.reject(abortReason(callerSignal));
  const clock = options.clock ?? systemClock;
  const controller = new AbortController();
  const endsAt = clock.now() + options.ms;
  let sent = false;
  return new Promise<T>((resolve, reject) => {
    const settle = (outcome: () => void): void => {
      timer.cancel();
      callerSignal?.removeEventListener('abort', onCallerAbort);
      outcome();
    };
    const onCallerAbort = (): void =>
      settle(() => {
        const reason = abortReason(callerSignal as AbortSignal);
        controller.abort(reason);
        reject(reason);
      });
    const timer = clock.setTimer(
      () =>
        settle(() => {
          const error = options.expired(sent);
          controller.abort(error);
          reject(error);
        }),
      options.ms,
    );
    callerSignal?.addEventListener('abort', onCallerAbort, { once: true });
    const deadline: CallDeadline = {
      signal: controller.signal,
      remainingMs: () => Math.max(0, endsAt - clock.now()),
      markSent: () => {
        sent = true;
      },
    };
    let work: Promise<T>;
    try {
      work = operation(deadline);
    } catch (error) {
      work = Promise.reject(error);
    }
    // After the deadline the work's own outcome is dropped (its promise is still observed, so a late
    // failure is not an unhandled rejection).
    work.then(
      (value) => settle(() => resolve(value)),
      (error: unknown) => settle(() => reject(error)),
    );
  });
}

/** Facts of the deadline error. */
export interface DeadlineFacts {
  /** Provider display name ("Alibaba Cloud"). */
  readonly provider: string;
  readonly operation: string;
  readonly deadlineMs: number;
  readonly write: boolean;
  /** Whether the request had been sent when time ran out. */
  readonly sent: boolean;
}

/** The retryable `network` error of a call that ran out of time; ambiguous for a write already sent. */
export function deadlineExceeded(facts: DeadlineFacts): TicketError {
  const ambiguous = facts.write && facts.sent;
  return new TicketError({
    kind: 'network',
    code: 'DeadlineExceeded',
    provider: facts.provider,
    operation: facts.operation,
    ambiguous,
    reason: { id: 'deadline', seconds: Math.round(facts.deadlineMs / 1000), write: facts.write, sent: facts.sent },
  });
}
