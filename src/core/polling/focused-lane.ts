/**
 * The poll scheduler's fastest lane: tickets on screen in a ticket panel are reloaded every 30 s
 * while the window is focused (spec: "ticket notes of the open ticket at most every 30 s"), every
 * unfocused interval otherwise, backing off after failures. Any load of the ticket (the panel
 * opening, a reply sent) counts, so a fresh panel is not reloaded at once.
 */
import type { PollCadence } from './cadence';
import { backoffInterval } from './cadence';
import type { Clock, Timer } from './clock';

/** A ticket of an account. */
export interface TicketRef {
  readonly accountId: string;
  readonly ticketId: string;
}

/** Reload period of a ticket on screen while the window is focused. */
export const FOCUSED_INTERVAL_MS = 30_000;

interface FocusedTicket {
  readonly ref: TicketRef;
  loadedAt: number;
  failures: number;
  timer: Timer | undefined;
  running: Promise<void> | undefined;
}

export interface FocusedLaneOptions {
  readonly clock: Clock;
  /** Reloads one shown ticket; rejects on failure. */
  readonly reload: (ref: TicketRef) => Promise<void>;
  readonly cadence: () => PollCadence;
  readonly windowFocused: () => boolean;
}

export class FocusedTicketLane {
  private readonly focused = new Map<string, FocusedTicket>();
  /** Last load per ticket, also for tickets not shown right now (a panel that comes back is not reloaded at once). */
  private readonly loadedBefore = new Map<string, number>();
  private started = false;

  constructor(private readonly options: FocusedLaneOptions) {}

  /** The tickets on screen now; ones no longer listed stop, new ones start one interval after their last load. */
  setTickets(refs: readonly TicketRef[]): void {
    const wanted = new Map(refs.map((ref) => [keyOf(ref), ref]));
    for (const [key, entry] of this.focused) {
      if (wanted.has(key)) continue;
      entry.timer?.cancel();
      this.focused.delete(key);
    }
    for (const [key, ref] of wanted) {
      if (this.focused.has(key)) continue;
      this.focused.set(key, { ref, loadedAt: this.loadedBefore.get(key) ?? this.options.clock.now(), failures: 0, timer: undefined, running: undefined });
      this.schedule(key);
    }
  }

  /** The ticket was just loaded (by the lane or anyone else): its next reload moves one interval out. */
  loaded(ref: TicketRef): void {
    const key = keyOf(ref);
    const at = this.options.clock.now();
    this.loadedBefore.set(key, at);
    const entry = this.focused.get(key);
    if (!entry) return;
    entry.loadedAt = at;
    entry.failures = 0;
    this.schedule(key);
  }

  /** Account ids → ticket ids on screen (the budget lane leaves these to this lane). */
  ticketsOf(accountId: string): ReadonlySet<string> {
    return new Set([...this.focused.values()].filter((entry) => entry.ref.accountId === accountId).map((entry) => entry.ref.ticketId));
  }

  start(): void {
    this.started = true;
    this.rescheduleAll();
  }

  stop(): void {
    this.started = false;
    for (const entry of this.focused.values()) {
      entry.timer?.cancel();
      entry.timer = undefined;
    }
  }

  /** Due times follow the window's focus and the interval setting. */
  rescheduleAll(): void {
    for (const key of this.focused.keys()) this.schedule(key);
  }

  /** Reloads in flight. */
  running(): Promise<void>[] {
    return [...this.focused.values()].flatMap((entry) => (entry.running ? [entry.running] : []));
  }

  /** When a shown ticket's next reload is due (undefined when it is not shown). */
  dueAt(ref: TicketRef): number | undefined {
    const entry = this.focused.get(keyOf(ref));
    return entry ? entry.loadedAt + this.intervalFor(entry) : undefined;
  }

  private intervalFor(entry: FocusedTicket): number {
    const cadence = this.options.cadence();
    const base = this.options.windowFocused() ? FOCUSED_INTERVAL_MS : cadence.unfocusedMs;
    return backoffInterval(cadence, base, entry.failures);
  }

  private schedule(key: string): void {
    const entry = this.focused.get(key);
    if (!entry || !this.started || entry.running) return;
    entry.timer?.cancel();
    const due = entry.loadedAt + this.intervalFor(entry);
    entry.timer = this.options.clock.setTimer(() => void this.reload(key), due - this.options.clock.now());
  }

  private async reload(key: string): Promise<void> {
    const entry = this.focused.get(key);
    if (!entry || entry.running) return;
    entry.timer = undefined;
    const run = this.options.reload(entry.ref).then(
      () => {
        entry.failures = 0;
      },
      () => {
        entry.failures++;
      },
    );
    entry.running = run;
    await run;
    entry.running = undefined;
    entry.loadedAt = this.options.clock.now();
    this.loadedBefore.set(key, entry.loadedAt);
    this.schedule(key);
  }
}

function keyOf(ref: TicketRef): string {
  return `${ref.accountId}\n${ref.ticketId}`;
}
