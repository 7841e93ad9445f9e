/**
 * Bounded concurrency for requests of one account: at most `maxConcurrent` tasks run at once, the
 * rest wait in FIFO order. A throttled response can pause new starts for everyone (`pauseFor`).
 */
import { abortReason } from './abort';

interface Waiter {
  readonly start: () => void;
  readonly reject: (reason: unknown) => void;
}

export class ConcurrencyLimiter {
  private running = 0;
  private readonly queue: Waiter[] = [];
  private pausedUntil = 0;
  private resumeTimer: ReturnType<typeof setTimeout> | undefined;

  /** `maxConcurrent` must be a positive integer. */
  constructor(readonly maxConcurrent: number) {
    if (!Number.isInteger(maxConcurrent) || maxConcurrent < 1) {
      throw new RangeError(`maxConcurrent must be a positive integer, got ${maxConcurrent}`);
    }
  }

  /** Tasks currently running. */
  get active(): number {
    return this.running;
  }

  /** Tasks waiting for a slot. */
  get pending(): number {
    return this.queue.length;
  }

  /** Runs `task` when a slot is free; a queued task whose signal aborts leaves the queue and rejects. */
  async run<T>(task: () => Promise<T>, signal?: AbortSignal): Promise<T> {
    await this.acquire(signal);
    try {
      return await task();
    } finally {
      this.release();
    }
  }

  /** Holds back new starts for `ms` (running tasks continue), e.g. after a throttling answer. */
  pauseFor(ms: number): void {
    const until = Date.now() + ms;
    if (until <= this.pausedUntil) {
      return;
    }
    this.pausedUntil = until;
    clearTimeout(this.resumeTimer);
    this.resumeTimer = setTimeout(() => this.drain(), ms);
  }

  private acquire(signal?: AbortSignal): Promise<void> {
    if (signal?.aborted) {
      return Promise.reject(abortReason(signal));
    }
    if (this.canStart() && this.queue.length === 0) {
      this.running++;
      return Promise.resolve();
    }
    return new Promise<void>((resolve, reject) => {
      const onAbort = (): void => {
        const index = this.queue.indexOf(waiter);
        if (index >= 0) {
          this.queue.splice(index, 1);
          reject(abortReason(signal as AbortSignal));
        }
      };
      const waiter: Waiter = {
        start: () => {
          signal?.removeEventListener('abort', onAbort);
          resolve();
        },
        reject,
      };
      signal?.addEventListener('abort', onAbort, { once: true });
      this.queue.push(waiter);
    });
  }

  private release(): void {
    this.running--;
    this.drain();
  }

  private canStart(): boolean {
    return this.running < this.maxConcurrent && Date.now() >= this.pausedUntil;
  }

  private drain(): void {
    while (this.queue.length > 0 && this.canStart()) {
      const next = this.queue.shift() as Waiter;
      this.running++;
      next.start();
    }
  }
}

