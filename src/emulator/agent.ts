// The simulated support agent's timer: plugins hand it work ("answer this new ticket") and it runs the
// work after the configured delay. Disabled (work dropped) when no delay is configured, so tests stay
// deterministic unless they opt in.
import type { AgentScheduler } from './types';

export class TimedAgentScheduler implements AgentScheduler {
  private readonly timers = new Set<NodeJS.Timeout>();

  constructor(private delayMs: number | undefined) {}

  get enabled(): boolean {
    return this.delayMs !== undefined;
  }

  setDelay(delayMs: number | undefined): void {
    this.delayMs = delayMs;
  }

  schedule(work: () => void): void {
    if (this.delayMs === undefined) return;
    const timer = setTimeout(() => {
      this.timers.delete(timer);
      work();
    }, this.delayMs);
    timer.unref();
    this.timers.add(timer);
  }

  /** Cancels all pending agent work (reset, close). */
  cancelAll(): void {
    for (const timer of this.timers) clearTimeout(timer);
    this.timers.clear();
  }

  get pending(): number {
    return this.timers.size;
  }
}
