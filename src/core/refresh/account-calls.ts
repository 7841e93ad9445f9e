/**
 * The road every read of one account takes during a refresh: a bounded number in flight (core's
 * `ConcurrencyLimiter`, following the provider's adaptive request slots), and a throttling gate — when the cloud says "slow down", every call of this
 * account waits out the requested time (`retryAfterMs`, else an exponential backoff) before starting,
 * and the throttled call is tried again a few times before the refresh gives up.
 */
import { isTicketError, type TicketError } from '../errors';
import { ConcurrencyLimiter, type RequestSlots, type RunOptions } from '../limiter';
import { sleep, systemClock, type Clock } from '../polling/clock';

export interface AccountCallOptions {
  /** Reads in flight at once for this account when its provider offers no request slots (default 4). */
  readonly concurrency?: number;
  /** Further tries of a throttled read after the provider's own retries gave up (default 2). */
  readonly throttleRetries?: number;
  /** First throttling wait when the cloud names none, in ms; doubles per try (default 1000). */
  readonly throttleBaseMs?: number;
  readonly clock?: Clock;
  /** Source of randomness in [0, 1) for the backoff jitter. */
  readonly random?: () => number;
}

export const DEFAULT_CONCURRENCY = 4;
const DEFAULT_THROTTLE_RETRIES = 2;
const DEFAULT_THROTTLE_BASE_MS = 1000;
const MAX_THROTTLE_WAIT_MS = 60_000;

/** Observations for tests, logs and the bench. */
export interface AccountCallStats {
  /** Calls started (attempts, including throttled ones). */
  readonly started: number;
  /** Highest number of calls in flight at once. */
  readonly peakInFlight: number;
  /** Throttling answers received. */
  readonly throttled: number;
}

export class AccountCalls {
  private readonly limiter: ConcurrencyLimiter;
  private readonly clock: Clock;
  private readonly random: () => number;
  private readonly throttleRetries: number;
  private readonly throttleBaseMs: number;
  private pausedUntil = 0;
  private inFlight = 0;
  private counters = { started: 0, peakInFlight: 0, throttled: 0 };

  constructor(options: AccountCallOptions = {}) {
    this.limiter = new ConcurrencyLimiter(options.concurrency ?? DEFAULT_CONCURRENCY);
    this.clock = options.clock ?? systemClock;
    this.random = options.random ?? Math.random;
    this.throttleRetries = options.throttleRetries ?? DEFAULT_THROTTLE_RETRIES;
    this.throttleBaseMs = options.throttleBaseMs ?? DEFAULT_THROTTLE_BASE_MS;
  }

  /** Reads that may be in flight now: the provider's request slots' limit, else `concurrency`. */
  get concurrency(): number {
    return this.limiter.limit;
  }

  /**
   * Paces this account's reads by the provider's request slots (adaptive): never more in flight than
   * the transport runs, so the rest wait here, outside their call deadline, in this queue's order.
   */
  paceWith(slots: RequestSlots | undefined): void {
    this.limiter.follow(slots);
  }

  /** Epoch ms until which new calls of this account wait (0 when not throttled). */
  get throttledUntil(): number {
    return this.pausedUntil > this.clock.now() ? this.pausedUntil : 0;
  }

  stats(): AccountCallStats {
    return { ...this.counters };
  }

  resetStats(): void {
    this.counters = { started: 0, peakInFlight: 0, throttled: 0 };
  }

  /** Runs one read under the concurrency bound and the throttling gate; throttled reads are tried again. */
  async read<T>(operation: (signal: AbortSignal) => Promise<T>, signal: AbortSignal, options: RunOptions = {}): Promise<T> {
    for (let retry = 0; ; retry++) {
      try {
        return await this.limiter.run(() => this.attempt(operation, signal, retry), signal, options);
      } catch (error) {
        if (!isTicketError(error, 'throttled') || signal.aborted || retry >= this.throttleRetries) throw error;
      }
    }
  }

  /** One try inside a slot. A throttling answer closes the gate before the slot is released, so no queued call slips through. */
  private async attempt<T>(operation: (signal: AbortSignal) => Promise<T>, signal: AbortSignal, retry: number): Promise<T> {
    await this.waitForGate(signal);
    try {
      return await this.track(() => operation(signal));
    } catch (error) {
      if (isTicketError(error, 'throttled') && !signal.aborted) {
        this.counters.throttled++;
        this.pauseFor(this.throttleWait(error, retry));
      }
      throw error;
    }
  }

  /** Holds back every new call of this account for `ms`. */
  pauseFor(ms: number): void {
    this.pausedUntil = Math.max(this.pausedUntil, this.clock.now() + ms);
  }

  private async waitForGate(signal: AbortSignal): Promise<void> {
    // Loop: another call may extend the pause while this one sleeps.
    for (let wait = this.pausedUntil - this.clock.now(); wait > 0; wait = this.pausedUntil - this.clock.now()) {
      await sleep(this.clock, wait, signal);
    }
  }

  private async track<T>(operation: () => Promise<T>): Promise<T> {
    this.counters.started++;
    this.inFlight++;
    this.counters.peakInFlight = Math.max(this.counters.peakInFlight, this.inFlight);
    try {
      return await operation();
    } finally {
      this.inFlight--;
    }
  }

  /** base·2^retry with ±50 % jitter, capped at a minute, and never shorter than the cloud's requested wait. */
  private throttleWait(error: TicketError, retry: number): number {
    const backoff = Math.min(MAX_THROTTLE_WAIT_MS, this.throttleBaseMs * 2 ** retry * (0.5 + this.random()));
    return Math.max(error.retryAfterMs ?? 0, Math.round(backoff));
  }
}
