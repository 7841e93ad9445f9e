import type { RequestLogEntry } from './types';

/**
 * What the emulator was asked: the most recent requests in full (for tests that look at URLs and
 * statuses) and exact counts of every request since the last clear, however many there were (the
 * bench counts hundreds of thousands; keeping them all would grow without bound).
 */
export class RequestLog {
  private recent: RequestLogEntry[] = [];
  private readonly counts = new Map<string, number>();
  private total = 0;

  /** `keep`: how many recent entries stay readable through `entries()`. */
  constructor(private readonly keep = 2_000) {}

  record(entry: RequestLogEntry): void {
    this.total += 1;
    const key = keyOf(entry.provider, entry.action);
    this.counts.set(key, (this.counts.get(key) ?? 0) + 1);
    this.recent.push(entry);
    // Trimmed in batches, so recording stays constant time on average.
    if (this.recent.length >= this.keep * 2) this.recent = this.recent.slice(-this.keep);
  }

  /** The most recent entries, oldest first (at most `keep`). */
  entries(): readonly RequestLogEntry[] {
    return this.recent.slice(-this.keep);
  }

  /** Requests since the last clear, of one action (and provider) when given; exact at any volume. */
  count(filter: { provider?: string; action?: string } = {}): number {
    if (filter.provider === undefined && filter.action === undefined) return this.total;
    let sum = 0;
    for (const [key, count] of this.counts) {
      const [provider, action] = JSON.parse(key) as [string | null, string | null];
      if ((filter.provider === undefined || filter.provider === provider) && (filter.action === undefined || filter.action === action)) sum += count;
    }
    return sum;
  }

  clear(): void {
    this.recent = [];
    this.counts.clear();
    this.total = 0;
  }
}

function keyOf(provider: string | undefined, action: string | undefined): string {
  return JSON.stringify([provider ?? null, action ?? null]);
}
