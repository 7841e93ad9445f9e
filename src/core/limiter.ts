/**
 * Bounded concurrency for requests of one account: at most `limit` tasks run at once, the rest wait
 * in FIFO order — those queued `ahead` before the others. A throttled response can pause new starts for everyone (`pauseFor`). The limit is
 * `maxConcurrent`, or — when `adaptive` — learnt from the answers up to `maxConcurrent`
 * (adaptive-concurrency.ts). A `shared` limiter (one for all accounts) caps the total as well.
 *
 * Two guarantees the account's liveness rests on:
 * - a pause always ends in a resume: the resume timer re-checks the time when it fires and re-arms
 *   itself when it fired early (timer and clock precision differ by a millisecond or more);
 * - waiting costs one abort listener per distinct signal, not per waiting task, so thousands of
 *   calls queued under one refresh signal neither pile up listeners nor remove them one by one.
 */
import { abortReason } from './abort';
import { AdaptiveConcurrency, type AdaptiveOptions, type AdaptiveStats } from './adaptive-concurrency';
import { isTicketError } from './errors';
import { systemClock, type Clock, type Timer } from './polling/clock';

/** What a caller that queues many calls of its own needs to know: how many may usefully be in flight now. */
export interface RequestSlots {
  /** The number of calls that run at once right now (an adaptive limiter changes it with the answers). */
  readonly limit: number;
  /** The number of `burst` calls that may run at once now (see `RunOptions.burst`). */
  readonly burstLimit: number;
}

interface Waiter {
  readonly start: () => void;
  readonly reject: (reason: unknown) => void;
  readonly signal: AbortSignal | undefined;
  readonly burst: boolean;
}

export interface RunOptions {
  /** Start before every task queued without it (still after earlier ones queued with it), e.g. list pages the tree waits for before details. */
  readonly ahead?: boolean;
  /**
   * Part of a short batch the user waits for (a tree's list pages): may start while fewer than `burstLimit`
   * run — the adaptive ceiling until the cloud throttles — rather than the slow start's `limit`.
   */
  readonly burst?: boolean;
}

export interface LimiterOptions {
  /** Time source for pauses and answer times (default: the system clock). */
  readonly clock?: Clock;
  /** Learn the limit from the answers, `maxConcurrent` being its ceiling (true: the default tuning). */
  readonly adaptive?: AdaptiveOptions | boolean;
  /** A limiter several accounts share: each running task holds one of its slots too (a global ceiling). */
  readonly shared?: ConcurrencyLimiter;
}

export class ConcurrencyLimiter implements RequestSlots {
  private running = 0;
  private queue: Waiter[] = [];
  /** Waiters queued `ahead`: they start before everything in `queue`. */
  private aheadQueue: Waiter[] = [];
  private pausedUntil = 0;
  private resumeTimer: Timer | undefined;
  private readonly clock: Clock;
  /** One abort listener per signal that has tasks waiting, with the number of those tasks. */
  private readonly watchedSignals = new Map<AbortSignal, { readonly onAbort: () => void; waiting: number }>();
  private readonly control: AdaptiveConcurrency | undefined;
  private readonly shared: ConcurrencyLimiter | undefined;
  private followed: RequestSlots | undefined;

  /** `maxConcurrent` must be a positive integer. */
  constructor(
    readonly maxConcurrent: number,
    options: LimiterOptions = {},
  ) {
    if (!Number.isInteger(maxConcurrent) || maxConcurrent < 1) {
      throw new RangeError(`maxConcurrent must be a positive integer, got ${maxConcurrent}`);
    }
    this.clock = options.clock ?? systemClock;
    const adaptive = options.adaptive;
    this.control = adaptive ? new AdaptiveConcurrency(maxConcurrent, adaptive === true ? {} : adaptive) : undefined;
    this.shared = options.shared;
  }

  /** Tasks that may run at once now: `maxConcurrent`, what the adaptive control has learnt, or the followed slots' limit. */
  get limit(): number {
    if (this.followed) return Math.max(1, this.followed.limit);
    return this.control ? this.control.limit : this.maxConcurrent;
  }

  /** Tasks queued with `burst` that may run at once now: the adaptive control's burst limit, or the followed slots'. */
  get burstLimit(): number {
    if (this.followed) return Math.max(1, this.followed.burstLimit);
    return this.control ? this.control.burstLimit : this.maxConcurrent;
  }

  /**
   * Takes the limit from other slots from now on (undefined: back to its own), e.g. a caller that queues
   * its calls for a transport keeps no more in flight than the transport runs. Only read, never acquired:
   * holding one limiter's slot while waiting for the other's is what deadlocks.
   */
  follow(slots: RequestSlots | undefined): void {
    this.followed = slots;
    this.drain();
  }

  /** The adaptive control's counters (undefined for a fixed limit). */
  adaptiveStats(): AdaptiveStats | undefined {
    return this.control?.stats();
  }

  /** Tasks currently running. */
  get active(): number {
    return this.running;
  }

  /** Tasks waiting for a slot. */
  get pending(): number {
    return this.queue.length + this.aheadQueue.length;
  }

  /** Abort listeners this limiter holds (one per distinct signal of the waiting tasks). */
  get abortListeners(): number {
    return this.watchedSignals.size;
  }

  /** Runs `task` when a slot is free; a queued task whose signal aborts leaves the queue and rejects. */
  async run<T>(task: () => Promise<T>, signal?: AbortSignal, options: RunOptions = {}): Promise<T> {
    await this.acquire(signal, options.ahead === true, options.burst === true);
    // Every slot taken (or others waiting): the limit is what holds calls back, so answers may raise it.
    const saturated = this.running >= this.limit || this.pending > 0;
    try {
      return await (this.shared ? this.shared.run(() => this.observe(task, saturated), signal) : this.observe(task, saturated));
    } finally {
      this.release();
    }
  }

  /** Runs the task and tells the adaptive control how the cloud answered. */
  private async observe<T>(task: () => Promise<T>, saturated: boolean): Promise<T> {
    const control = this.control;
    if (!control) return task();
    const sentAt = this.clock.now();
    try {
      const result = await task();
      control.answered(this.clock.now() - sentAt, saturated, this.clock.now());
      return result;
    } catch (error) {
      if (isTicketError(error, 'throttled')) control.throttled(sentAt, this.clock.now());
      else if (isTicketError(error)) control.answered(this.clock.now() - sentAt, false, this.clock.now());
      throw error;
    } finally {
      // A raised limit lets waiting tasks start now rather than at the next release.
      this.drain();
    }
  }

  /** Holds back new starts for `ms` (running tasks continue), e.g. after a throttling answer. */
  pauseFor(ms: number): void {
    const until = this.clock.now() + ms;
    if (until <= this.pausedUntil) {
      return;
    }
    this.pausedUntil = until;
    this.armResume();
  }

  private acquire(signal: AbortSignal | undefined, ahead: boolean, burst: boolean): Promise<void> {
    if (signal?.aborted) {
      return Promise.reject(abortReason(signal));
    }
    // Nothing queued that should go first: ahead of an `ahead` task only other `ahead` tasks wait their turn.
    const first = ahead ? this.aheadQueue.length === 0 : this.pending === 0;
    if (first && this.canStart(burst)) {
      this.running++;
      return Promise.resolve();
    }
    return new Promise<void>((resolve, reject) => {
      (ahead ? this.aheadQueue : this.queue).push({ start: resolve, reject, signal, burst });
      if (signal) this.watch(signal);
      // Queued while paused: make sure something will wake the queue up.
      if (this.isPaused()) this.armResume();
    });
  }

  private release(): void {
    this.running--;
    this.drain();
  }

  private isPaused(): boolean {
    return this.clock.now() < this.pausedUntil;
  }

  private canStart(burst: boolean): boolean {
    return this.running < this.slotsFor(burst) && !this.isPaused();
  }

  /** The limit a task is held to: a burst's or everyone's. */
  private slotsFor(burst: boolean): number {
    return burst ? this.burstLimit : this.limit;
  }

  private drain(): void {
    for (let next = this.aheadQueue[0] ?? this.queue[0]; next !== undefined; next = this.aheadQueue[0] ?? this.queue[0]) {
      if (this.running >= this.slotsFor(next.burst)) return;
      if (this.isPaused()) {
        this.armResume();
        return;
      }
      (this.aheadQueue.length > 0 ? this.aheadQueue : this.queue).shift();
      if (next.signal) this.unwatch(next.signal);
      this.running++;
      next.start();
    }
  }

  /** (Re)arms the one resume timer for the end of the current pause. */
  private armResume(): void {
    this.resumeTimer?.cancel();
    // At least 1 ms: a timer that fires "on time" by its own clock may still be early by ours.
    const wait = Math.max(1, this.pausedUntil - this.clock.now());
    this.resumeTimer = this.clock.setTimer(() => {
      this.resumeTimer = undefined;
      this.drain();
    }, wait);
  }

  private watch(signal: AbortSignal): void {
    const watched = this.watchedSignals.get(signal);
    if (watched) {
      watched.waiting++;
      return;
    }
    const onAbort = (): void => this.rejectWaitersOf(signal);
    this.watchedSignals.set(signal, { onAbort, waiting: 1 });
    signal.addEventListener('abort', onAbort, { once: true });
  }

  private unwatch(signal: AbortSignal): void {
    const watched = this.watchedSignals.get(signal);
    if (!watched) return;
    watched.waiting--;
    if (watched.waiting > 0) return;
    this.watchedSignals.delete(signal);
    signal.removeEventListener('abort', watched.onAbort);
  }

  private rejectWaitersOf(signal: AbortSignal): void {
    this.watchedSignals.delete(signal);
    const leaving = [...this.aheadQueue, ...this.queue].filter((waiter) => waiter.signal === signal);
    this.aheadQueue = this.aheadQueue.filter((waiter) => waiter.signal !== signal);
    this.queue = this.queue.filter((waiter) => waiter.signal !== signal);
    const reason = abortReason(signal);
    for (const waiter of leaving) waiter.reject(reason);
  }
}
