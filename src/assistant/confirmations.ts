/**
 * The write gate of the VS Code tools. VS Code calls `prepareInvocation`, shows its confirmation, and calls
 * `invoke` only when the user accepted; but `invoke` itself cannot tell whether that happened. So the plan
 * made in `prepareInvocation` is kept here under the exact input, and `invoke` writes only a plan it takes
 * from here: once, within a few minutes, for the same input. Anything else (a direct `invoke`, a replay, an
 * input changed after the confirmation) writes nothing. vscode-free.
 */
import { createHash } from 'node:crypto';

/** How long a confirmed plan may wait for its invoke. */
export const CONFIRMATION_TTL_MS = 5 * 60_000;

/** Canonical JSON (sorted keys), so equal inputs give equal keys whatever their property order. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, entry]) => entry !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([key, entry]) => `${JSON.stringify(key)}:${canonicalJson(entry)}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

export class PendingWrites<Plan> {
  private readonly pending = new Map<string, { readonly plan: Plan; readonly expiresAt: number }>();

  constructor(private readonly now: () => number = Date.now) {}

  /** Keeps the plan shown in a confirmation for `tool` with this input (replacing an older one). */
  hold(tool: string, input: unknown, plan: Plan): void {
    this.sweep();
    this.pending.set(this.key(tool, input), { plan, expiresAt: this.now() + CONFIRMATION_TTL_MS });
  }

  /** The plan confirmed for exactly this input, removed so it is used once; undefined when there is none. */
  take(tool: string, input: unknown): Plan | undefined {
    this.sweep();
    const key = this.key(tool, input);
    const held = this.pending.get(key);
    this.pending.delete(key);
    return held?.plan;
  }

  /** Drops a plan whose confirmation was not accepted (or whose tool answered without a write). */
  drop(tool: string, input: unknown): void {
    this.pending.delete(this.key(tool, input));
  }

  get size(): number {
    this.sweep();
    return this.pending.size;
  }

  private key(tool: string, input: unknown): string {
    return createHash('sha256')
      .update(`${tool}\n${canonicalJson(input)}`)
      .digest('hex');
  }

  private sweep(): void {
    const now = this.now();
    for (const [key, held] of this.pending) if (held.expiresAt <= now) this.pending.delete(key);
  }
}
