// Test-controlled misbehaviour: latency, one-shot faults and throttling, each targeted at a provider
// and/or an action. The server consults these before handing a request to its plugin.
import type { Clock, FaultKind, FaultRule, LatencyRule, NativeErrorSpec, ThrottleRule } from './types';

function targets(rule: { provider?: string; action?: string }, provider: string, action: string): boolean {
  const providerOk = rule.provider === undefined || rule.provider === provider;
  const actionOk = rule.action === undefined || rule.action === '*' || rule.action === action;
  return providerOk && actionOk;
}

interface PendingFault {
  readonly rule: FaultRule;
  remaining: number;
}

/** Faults queued for the next N matching calls, first queued first used. */
export class FaultQueue {
  private pending: PendingFault[] = [];

  add(rule: FaultRule): void {
    const times = rule.times ?? 1;
    if (!Number.isInteger(times) || times < 1) throw new Error('fault times must be a positive integer');
    validateFault(rule.fault);
    this.pending.push({ rule, remaining: times });
  }

  /** Consumes one use of the first fault that targets this call. */
  take(provider: string, action: string): FaultKind | undefined {
    const found = this.pending.find((entry) => targets(entry.rule, provider, action));
    if (!found) return undefined;
    found.remaining -= 1;
    if (found.remaining === 0) this.pending = this.pending.filter((entry) => entry !== found);
    return found.rule.fault;
  }

  list(): readonly FaultRule[] {
    return this.pending.map((entry) => ({ ...entry.rule, times: entry.remaining }));
  }

  clear(): void {
    this.pending = [];
  }
}

/** The largest answer an `oversize` fault may send (the emulator builds it in memory). */
const MAX_OVERSIZE_BYTES = 512 * 1024 * 1024;

function validateFault(fault: FaultKind): void {
  const kinds: readonly string[] = ['error', 'http', 'malformed-json', 'close', 'delay', 'commit-then-drop', 'oversize'];
  if (!kinds.includes(fault.kind)) throw new Error(`unknown fault kind: ${String(fault.kind)}`);
  if (fault.kind === 'oversize' && !(Number.isInteger(fault.bytes) && fault.bytes > 0 && fault.bytes <= MAX_OVERSIZE_BYTES)) throw new Error(`oversize fault needs 0 < bytes <= ${MAX_OVERSIZE_BYTES}`);
  if (fault.kind === 'delay' && !(fault.ms >= 0)) throw new Error('delay fault needs ms >= 0');
  if ((fault.kind === 'error' || fault.kind === 'http') && !(fault.status >= 100 && fault.status <= 599)) {
    throw new Error('fault status must be an HTTP status code');
  }
}

/** Extra latency per call; the most recently added matching rule wins. */
export class LatencyTable {
  private rules: LatencyRule[] = [];

  add(rule: LatencyRule): void {
    if (!(rule.ms >= 0)) throw new Error('latency ms must be >= 0');
    this.rules.push(rule);
  }

  delayFor(provider: string, action: string): number {
    for (let i = this.rules.length - 1; i >= 0; i--) {
      const rule = this.rules[i];
      if (targets(rule, provider, action)) return rule.ms + Math.random() * (rule.jitterMs ?? 0);
    }
    return 0;
  }

  clear(): void {
    this.rules = [];
  }
}

/** Fixed-window call counters; answers the throttling error once a rule's limit is reached. */
export class Throttle {
  private rules: { rule: ThrottleRule; windowStart: number; count: number }[] = [];

  constructor(private readonly clock: Clock) {}

  add(rule: ThrottleRule): void {
    if (!Number.isInteger(rule.limit) || rule.limit < 0) throw new Error('throttle limit must be an integer >= 0');
    this.rules.push({ rule, windowStart: this.clock.now(), count: 0 });
  }

  /** Counts the call; returns the error to answer (or true for the provider default) when over a limit. */
  check(provider: string, action: string): NativeErrorSpec | true | undefined {
    const now = this.clock.now();
    let verdict: NativeErrorSpec | true | undefined;
    for (const entry of this.rules) {
      if (!targets(entry.rule, provider, action)) continue;
      const windowMs = entry.rule.windowMs ?? 1000;
      if (now - entry.windowStart >= windowMs || now < entry.windowStart) {
        entry.windowStart = now;
        entry.count = 0;
      }
      entry.count += 1;
      if (entry.count > entry.rule.limit && verdict === undefined) verdict = entry.rule.error ?? true;
    }
    return verdict;
  }

  clear(): void {
    this.rules = [];
  }
}
