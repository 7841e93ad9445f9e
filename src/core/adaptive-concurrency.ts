/**
 * How many requests of one account may be in flight, learnt from the cloud's answers (additive
 * increase, multiplicative decrease, with a slow start as TCP does it):
 * - an answer that came back promptly while every slot was taken raises the limit — by one per answer
 *   below the slow-start threshold (the limit doubles per round trip), by 1/limit above it (one per
 *   round trip);
 * - a throttling answer halves it (never below 1) and sets the threshold there; answers to calls sent
 *   before that cut belong to the same congestion and do not cut again;
 * - slow answers hold the limit where it is; after a quiet spell without throttling the slow start may
 *   run again, so one throttling answer never keeps an account slow for the rest of the session.
 * "Prompt" is relative to the fastest recent answer, so it works at any round-trip time.
 */

export interface AdaptiveOptions {
  /** Limit to start with (default 8, at most the ceiling). */
  readonly initial?: number;
  /** An answer is prompt when it took at most `promptFactor` × the fastest recent answer + `promptSlackMs` (default 2). */
  readonly promptFactor?: number;
  /** Default 50 ms: round trips of a few milliseconds vary by more than a factor. */
  readonly promptSlackMs?: number;
  /** Without throttling for this long (default 60 s), the limit may grow quickly again. */
  readonly recoveryMs?: number;
}

export const DEFAULT_INITIAL_CONCURRENCY = 8;
/** Default ceiling of one account's requests in flight (the `cloudTickets.maxConcurrentRequests` setting). */
export const DEFAULT_MAX_CONCURRENCY = 24;
/** The ceiling across all accounts is this many times one account's, so many accounts do not flood the network. */
export const GLOBAL_CONCURRENCY_FACTOR = 2;
const DEFAULT_PROMPT_FACTOR = 2;
const DEFAULT_PROMPT_SLACK_MS = 50;
const DEFAULT_RECOVERY_MS = 60_000;
/** Recent answers the fastest round trip is taken from (so a changed network is noticed). */
const LATENCY_WINDOW = 32;

/** Counters for tests, logs and the bench. */
export interface AdaptiveStats {
  readonly limit: number;
  readonly peakLimit: number;
  /** Times the limit was cut after throttling. */
  readonly decreases: number;
}

export class AdaptiveConcurrency {
  private value: number;
  private threshold: number;
  private lastCutAt = Number.NEGATIVE_INFINITY;
  private readonly latencies: number[] = [];
  private nextLatency = 0;
  private peak: number;
  private cuts = 0;
  private readonly promptFactor: number;
  private readonly promptSlackMs: number;
  private readonly recoveryMs: number;

  /** `ceiling` is the most the limit may reach (a positive integer). */
  constructor(
    readonly ceiling: number,
    options: AdaptiveOptions = {},
  ) {
    this.value = Math.max(1, Math.min(ceiling, Math.floor(options.initial ?? DEFAULT_INITIAL_CONCURRENCY)));
    this.threshold = ceiling;
    this.peak = this.value;
    this.promptFactor = options.promptFactor ?? DEFAULT_PROMPT_FACTOR;
    this.promptSlackMs = options.promptSlackMs ?? DEFAULT_PROMPT_SLACK_MS;
    this.recoveryMs = options.recoveryMs ?? DEFAULT_RECOVERY_MS;
  }

  /** Requests that may be in flight now: at least 1, at most the ceiling. */
  get limit(): number {
    return Math.max(1, Math.floor(this.value));
  }

  /**
   * Requests a short batch the user waits for may have in flight (a tree's list pages): the ceiling until
   * the cloud throttles, the limit while a cut holds. The slow start is there for bulk work (a thousand
   * detail calls); holding a tree's twenty pages to it costs a whole round trip on every first refresh.
   */
  get burstLimit(): number {
    return this.threshold >= this.ceiling ? this.ceiling : this.limit;
  }

  stats(): AdaptiveStats {
    return { limit: this.limit, peakLimit: this.peak, decreases: this.cuts };
  }

  /**
   * An answer (any answer that is not throttling) after `latencyMs`. `saturated`: every slot was
   * taken when the call started — growth without that would be growth nobody tested.
   */
  answered(latencyMs: number, saturated: boolean, now: number): void {
    const prompt = this.isPrompt(latencyMs);
    this.recordLatency(latencyMs);
    if (!prompt || !saturated) return;
    if (now - this.lastCutAt >= this.recoveryMs) this.threshold = this.ceiling;
    this.value = Math.min(this.ceiling, this.value < this.threshold ? this.value + 1 : this.value + 1 / this.value);
    this.peak = Math.max(this.peak, this.limit);
  }

  /** A throttling answer to a call sent at `sentAt`. */
  throttled(sentAt: number, now: number): void {
    if (sentAt < this.lastCutAt) return;
    this.value = Math.max(1, Math.floor(this.value / 2));
    this.threshold = this.value;
    this.lastCutAt = now;
    this.cuts++;
  }

  private isPrompt(latencyMs: number): boolean {
    if (this.latencies.length === 0) return true;
    return latencyMs <= Math.min(...this.latencies) * this.promptFactor + this.promptSlackMs;
  }

  private recordLatency(latencyMs: number): void {
    if (this.latencies.length < LATENCY_WINDOW) this.latencies.push(latencyMs);
    else this.latencies[this.nextLatency] = latencyMs;
    this.nextLatency = (this.nextLatency + 1) % LATENCY_WINDOW;
  }
}
