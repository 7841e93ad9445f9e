// The emulator's notion of "now". Signature time windows, ticket timestamps and presigned URL expiry all
// read it, so a test can move time (expire an STS token, age a timestamp) without sleeping.
import type { Clock } from './types';

export class ControllableClock implements Clock {
  private offsetMs = 0;
  private frozenAt: number | undefined;

  now(): number {
    return this.frozenAt ?? Date.now() + this.offsetMs;
  }

  /** Stop time at `epochMs` (default: the current emulator time). */
  freeze(epochMs: number = this.now()): void {
    this.frozenAt = epochMs;
  }

  /** Let time run again from the current emulator time. */
  unfreeze(): void {
    if (this.frozenAt === undefined) return;
    this.offsetMs = this.frozenAt - Date.now();
    this.frozenAt = undefined;
  }

  /** Jump to `epochMs`, keeping the frozen/running mode. */
  set(epochMs: number): void {
    if (this.frozenAt !== undefined) this.frozenAt = epochMs;
    else this.offsetMs = epochMs - Date.now();
  }

  advance(ms: number): void {
    this.set(this.now() + ms);
  }

  /** Back to wall-clock time, running. */
  useRealTime(): void {
    this.offsetMs = 0;
    this.frozenAt = undefined;
  }

  get frozen(): boolean {
    return this.frozenAt !== undefined;
  }
}
