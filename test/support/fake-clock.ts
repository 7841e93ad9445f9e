/**
 * A clock that only moves when told to. Timers fire in time order; after each one the caller's
 * `settle` hook runs (default: let pending promise jobs finish), so async work a timer starts is done
 * before the next timer fires — also when that work does real I/O and `settle` waits for it.
 */
import type { Clock, Timer } from '../../src/core/polling/clock';

interface PendingTimer {
  readonly at: number;
  readonly seq: number;
  readonly callback: () => void;
  cancelled: boolean;
}

/** Resolves once the current promise jobs have run (one macrotask turn). */
export function flushPromiseJobs(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}

export class FakeClock implements Clock {
  private current: number;
  private seq = 0;
  private timers: PendingTimer[] = [];

  /** `start` is the initial "now" in epoch ms. */
  constructor(start = Date.UTC(2026, 0, 1)) {
    this.current = start;
  }

  now(): number {
    return this.current;
  }

  setTimer(callback: () => void, ms: number): Timer {
    const timer: PendingTimer = { at: this.current + Math.max(0, ms), seq: this.seq++, callback, cancelled: false };
    this.timers.push(timer);
    return {
      cancel: () => {
        timer.cancelled = true;
      },
    };
  }

  /** Timers scheduled and not yet fired or cancelled. */
  get pendingTimers(): number {
    return this.timers.filter((timer) => !timer.cancelled).length;
  }

  /** Moves time forward by `ms`, firing every timer that falls due on the way (also ones scheduled meanwhile). */
  async advance(ms: number, settle: () => Promise<void> = flushPromiseJobs): Promise<void> {
    const target = this.current + Math.max(0, ms);
    await settle();
    for (;;) {
      const next = this.nextDue(target);
      if (!next) break;
      this.timers = this.timers.filter((timer) => timer !== next);
      this.current = next.at;
      next.callback();
      await settle();
    }
    this.current = target;
  }

  private nextDue(limit: number): PendingTimer | undefined {
    this.timers = this.timers.filter((timer) => !timer.cancelled);
    let best: PendingTimer | undefined;
    for (const timer of this.timers) {
      if (timer.at <= limit && (!best || timer.at < best.at || (timer.at === best.at && timer.seq < best.seq))) best = timer;
    }
    return best;
  }
}
