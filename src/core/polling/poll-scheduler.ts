/**
 * The one poller of the extension, for the tree and the ticket panels. Per account, one cheap
 * change check (`getChangeSignal`) per interval, a full refresh only when its token differs from the
 * one the account's snapshot was fetched with, then the tick's note checks (reply detection on
 * clouds whose list does not report replies: one conversation per tick, `START_SWEEP` on the first).
 * Tickets on screen in a panel are reloaded by the faster panel lane (focused-lane.ts). Each account
 * keeps its own timer and failure streak, so an offline or throttled account backs off (doubling,
 * capped, honouring the cloud's retry-after) without affecting the others.
 */
import { isTicketError } from '../errors';
import type { ChangeSignal } from '../provider';
import { Listeners, type Disposable } from '../refresh/listeners';
import type { SnapshotError, SnapshotState } from '../refresh/snapshot';
import { backoffInterval, intervalFor, pollCadence, type PollActivity, type PollCadence } from './cadence';
import { systemClock, type Clock, type Timer } from './clock';
import { FocusedTicketLane, type TicketRef } from './focused-lane';

/** What the scheduler polls; `RefreshCoordinator` implements it. */
export interface PollTarget {
  accountIds(): readonly string[];
  /** Token of the data currently shown for the account. */
  changeToken(accountId: string): string | undefined;
  /** One cheap request; rejects on failure. */
  checkChangeSignal(accountId: string): Promise<ChangeSignal>;
  /** Full refresh, given the signal that triggered it. */
  refresh(accountId: string, options: { readonly changeSignal: ChangeSignal }): Promise<{ readonly state: SnapshotState; readonly error?: SnapshotError }>;
  /** A refresh is running anyway (e.g. the user asked); the poll is skipped. */
  isRefreshing?(accountId: string): boolean;
}

/** Reply detection and panel reloads; the host joins the reply watch and the panels here. */
export interface TicketCheckTarget {
  /**
   * Tickets whose conversation this tick of the account should read: at most `max`, none of
   * `exclude`; on the first tick after a start (`sweep`) also ones not due yet.
   */
  ticketsToCheck(accountId: string, max: number, exclude: ReadonlySet<string>, sweep: boolean): readonly string[];
  /** Reads one conversation in the background; rejects on failure. */
  checkTicket(accountId: string, ticketId: string): Promise<void>;
  /** Reloads a ticket shown in a panel; rejects on failure. */
  reloadShown(ref: TicketRef): Promise<void>;
}

/** Note checks on an ordinary tick, and on the first tick of an account (catching up after a start). */
export const NOTE_CHECKS_PER_TICK = 1;
export const START_SWEEP = 10;

export type PollOutcome = 'unchanged' | 'refreshed' | 'failed' | 'skipped';

export interface PollEvent {
  readonly accountId: string;
  /** When the poll started. */
  readonly at: number;
  readonly outcome: PollOutcome;
  readonly error?: unknown;
  /** Consecutive failed polls of this account. */
  readonly failures: number;
  /** Conversations read for reply detection in this poll. */
  readonly noteChecks: number;
  /** When the next poll of this account is due. */
  readonly nextPollAt: number;
}

export interface PollSchedulerOptions {
  readonly target: PollTarget;
  readonly clock?: Clock;
  /** `cloudTickets.polling.intervalSeconds` (default 60). */
  readonly intervalSeconds?: number;
  readonly activity?: PollActivity;
  readonly ticketChecks?: TicketCheckTarget;
}

interface AccountPoll {
  lastPollAt: number | undefined;
  failures: number;
  notBefore: number;
  dueAt: number;
  timer: Timer | undefined;
  running: Promise<void> | undefined;
}

const VISIBLE_AND_FOCUSED: PollActivity = { viewVisible: true, panelVisible: false, windowFocused: true };

export class PollScheduler implements Disposable {
  private readonly target: PollTarget;
  private readonly clock: Clock;
  private readonly polls = new Map<string, AccountPoll>();
  private readonly events = new Listeners<PollEvent>();
  private cadence: PollCadence;
  private currentActivity: PollActivity;
  private readonly ticketChecks: TicketCheckTarget | undefined;
  private readonly focused: FocusedTicketLane;
  private startedAt = 0;
  private started = false;

  constructor(options: PollSchedulerOptions) {
    this.target = options.target;
    this.clock = options.clock ?? systemClock;
    this.cadence = pollCadence(options.intervalSeconds);
    this.currentActivity = options.activity ?? VISIBLE_AND_FOCUSED;
    this.ticketChecks = options.ticketChecks;
    this.focused = new FocusedTicketLane({
      clock: this.clock,
      reload: (ref) => this.ticketChecks?.reloadShown(ref) ?? Promise.resolve(),
      cadence: () => this.cadence,
      windowFocused: () => this.currentActivity.windowFocused,
    });
  }

  /** Hears the outcome of every poll. */
  onDidPoll(listener: (event: PollEvent) => void): Disposable {
    return this.events.add(listener);
  }

  get activity(): PollActivity {
    return this.currentActivity;
  }

  /** The interval that applies now (before any failure backoff). */
  get intervalMs(): number {
    return intervalFor(this.cadence, this.currentActivity);
  }

  /** Starts polling; the first check of each account is one interval from now (the host refreshes at activation). */
  start(): void {
    if (this.started) return;
    this.started = true;
    this.startedAt = this.clock.now();
    this.accountsChanged();
    this.focused.start();
  }

  stop(): void {
    this.started = false;
    for (const poll of this.polls.values()) poll.timer?.cancel();
    this.polls.clear();
    this.focused.stop();
  }

  /** The tickets on screen in ticket panels: reloaded every 30 s (focused window), the fastest lane. */
  setShownTickets(refs: readonly TicketRef[]): void {
    this.focused.setTickets(refs);
    this.setActivity({ panelVisible: refs.length > 0 });
  }

  /** A ticket was just loaded (a panel opened, a reply was sent): its next panel reload moves out. */
  ticketLoaded(ref: TicketRef): void {
    this.focused.loaded(ref);
  }

  /** When a shown ticket's next reload is due (undefined when it is not shown). */
  nextTicketReloadAt(ref: TicketRef): number | undefined {
    return this.focused.dueAt(ref);
  }

  /** Picks up added and removed accounts from the target. */
  accountsChanged(): void {
    if (!this.started) return;
    const ids = new Set(this.target.accountIds());
    for (const [id, poll] of this.polls) {
      if (!ids.has(id)) {
        poll.timer?.cancel();
        this.polls.delete(id);
      }
    }
    for (const id of ids) {
      if (!this.polls.has(id)) {
        this.polls.set(id, { lastPollAt: undefined, failures: 0, notBefore: 0, dueAt: 0, timer: undefined, running: undefined });
        this.schedule(id);
      }
    }
  }

  /** Updates what is visible / focused; due times move at once (a newly visible view polls if overdue). */
  setActivity(activity: Partial<PollActivity>): void {
    this.currentActivity = { ...this.currentActivity, ...activity };
    this.rescheduleAll();
    this.focused.rescheduleAll();
  }

  /** Applies a changed interval setting. */
  setIntervalSeconds(seconds: number): void {
    this.cadence = pollCadence(seconds);
    this.rescheduleAll();
    this.focused.rescheduleAll();
  }

  /** Polls now (all accounts, or one), e.g. when the network is back. Failure backoff is kept. */
  pollNow(accountId?: string): void {
    for (const [id, poll] of this.polls) {
      if (accountId !== undefined && id !== accountId) continue;
      poll.timer?.cancel();
      poll.timer = undefined;
      void this.poll(id);
    }
  }

  /** When the next poll of an account is due (undefined for an unknown account). */
  nextPollAt(accountId: string): number | undefined {
    return this.polls.get(accountId)?.dueAt;
  }

  /** Resolves when no poll is running (tests and the bench wait on it between fake-clock steps). */
  async settled(): Promise<void> {
    for (;;) {
      const running = [...this.polls.values()]
        .map((poll) => poll.running)
        .filter((run): run is Promise<void> => run !== undefined)
        .concat(this.focused.running());
      if (running.length === 0) return;
      await Promise.all(running);
    }
  }

  dispose(): void {
    this.stop();
    this.events.clear();
  }

  private rescheduleAll(): void {
    for (const id of this.polls.keys()) this.schedule(id);
  }

  private schedule(accountId: string): void {
    const poll = this.polls.get(accountId);
    if (!poll || !this.started || poll.running) return;
    poll.timer?.cancel();
    const interval = this.intervalMs;
    const since = poll.lastPollAt ?? this.startedAt;
    poll.dueAt = Math.max(since + backoffInterval(this.cadence, interval, poll.failures), poll.notBefore);
    poll.timer = this.clock.setTimer(() => void this.poll(accountId), poll.dueAt - this.clock.now());
  }

  private async poll(accountId: string): Promise<void> {
    const poll = this.polls.get(accountId);
    if (!poll || poll.running) return;
    poll.timer = undefined;
    const at = this.clock.now();
    const first = poll.lastPollAt === undefined;
    poll.lastPollAt = at;
    const run = this.check(accountId, poll).then(async (result) =>
      result.outcome === 'failed' || result.outcome === 'skipped' ? { ...result, noteChecks: 0 } : { ...result, noteChecks: await this.checkNotes(accountId, poll, first) },
    );
    poll.running = run.then(() => undefined);
    const { outcome, error, noteChecks } = await run;
    poll.running = undefined;
    if (this.polls.get(accountId) !== poll) return;
    this.schedule(accountId);
    this.events.fire({ accountId, at, outcome, failures: poll.failures, nextPollAt: poll.dueAt, noteChecks, ...(error !== undefined ? { error } : {}) });
  }

  /** The tick's note checks, one after another; an account-wide failure ends them and backs the account off. */
  private async checkNotes(accountId: string, poll: AccountPoll, first: boolean): Promise<number> {
    const checks = this.ticketChecks;
    if (!checks) return 0;
    const ids = checks.ticketsToCheck(accountId, first ? START_SWEEP : NOTE_CHECKS_PER_TICK, this.focused.ticketsOf(accountId), first);
    let done = 0;
    for (const ticketId of ids) {
      if (!this.started) break;
      try {
        done++;
        await checks.checkTicket(accountId, ticketId);
      } catch (error) {
        if (isTicketError(error, 'network', 'throttled', 'auth')) {
          this.recordFailure(poll, error.retryAfterMs === undefined ? undefined : this.clock.now() + error.retryAfterMs);
          break;
        }
      }
    }
    return done;
  }

  private async check(accountId: string, poll: AccountPoll): Promise<{ outcome: PollOutcome; error?: unknown }> {
    if (this.target.isRefreshing?.(accountId)) return { outcome: 'skipped' };
    try {
      const signal = await this.target.checkChangeSignal(accountId);
      let outcome: PollOutcome = 'unchanged';
      if (signal.token !== this.target.changeToken(accountId)) {
        const result = await this.target.refresh(accountId, { changeSignal: signal });
        if (result.state !== 'fresh') {
          this.recordFailure(poll, result.error?.retryAt);
          return { outcome: 'failed', error: result.error };
        }
        outcome = 'refreshed';
      }
      poll.failures = 0;
      poll.notBefore = 0;
      return { outcome };
    } catch (error) {
      const retryAfterMs = isTicketError(error) ? error.retryAfterMs : undefined;
      this.recordFailure(poll, retryAfterMs === undefined ? undefined : this.clock.now() + retryAfterMs);
      return { outcome: 'failed', error };
    }
  }

  private recordFailure(poll: AccountPoll, retryAt: number | undefined): void {
    poll.failures++;
    poll.notBefore = retryAt ?? 0;
  }
}
