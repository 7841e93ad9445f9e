/**
 * Time and timers behind one small interface, so the poll scheduler, the throttling backoff and
 * their tests (and the bench's simulated hour) can run on fake time.
 */
import { abortReason } from '../abort';

/** A scheduled callback that can be cancelled. */
export interface Timer {
  cancel(): void;
}

/** Source of "now" (epoch ms) and one-shot timers. */
export interface Clock {
  now(): number;
  /** Calls `callback` once after `ms` (negative counts as 0). */
  setTimer(callback: () => void, ms: number): Timer;
}

/** The real clock: `Date.now` and Node timers. */
export const systemClock: Clock = {
  now: () => Date.now(),
  setTimer(callback, ms) {
    const handle = setTimeout(callback, Math.max(0, ms));
    return { cancel: () => clearTimeout(handle) };
  },
};

/** Resolves after `ms` on `clock`, or rejects with the abort reason as soon as `signal` aborts. */
export function sleep(clock: Clock, ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) {
      reject(abortReason(signal));
      return;
    }
    const onAbort = (): void => {
      timer.cancel();
      reject(abortReason(signal as AbortSignal));
    };
    const timer = clock.setTimer(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}
