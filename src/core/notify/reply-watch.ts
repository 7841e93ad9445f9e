/**
 * Notices support replies on every cloud. Each account's list snapshots and each conversation read
 * (a note check, a panel load) are compared with what was seen before (persisted, so a reply that
 * arrived while VS Code was closed is news at the next start). Where the list reports unread counts
 * (`Capabilities.unreadFromList`) they are enough; elsewhere the poll scheduler asks
 * `ticketsToCheck` on every tick and reads those conversations (`checkTicket`, one request on
 * Alibaba Cloud). A status change seen in the list gets its conversation read at once, so a reply
 * that also moved the ticket is announced once, with both reasons.
 */
import { isEmptyFilter } from '../refresh/filter';
import { Listeners, type Disposable } from '../refresh/listeners';
import type { ProviderAccess } from '../refresh/account-refresher';
import type { WatchedTickets } from '../refresh/hidden-open-tickets';
import type { SeenStore } from '../cache/seen-store';
import { systemClock, type Clock, type Timer } from '../polling/clock';
import type { Message, TicketSummary } from '../ticket';
import { checkClassOf, pickTicketsToCheck, type CheckCandidate } from './check-planner';
import { readConversation } from './conversation';
import { markSeenRead, markSeenUnread, observeConversation, observeListed, sameShown, shownUnread, withSeen, type Observation, type SeenTicket } from './seen-ticket';

export type TicketChangeReason = 'support-reply' | 'needs-action';

/** A conversation read by anyone (a note check, a panel load), for those who keep something of it. */
export interface ConversationRead {
  readonly accountId: string;
  readonly ticketId: string;
  readonly messages: readonly Message[];
}

/** A change worth one notification. */
export interface TicketChange {
  readonly accountId: string;
  readonly ticket: TicketSummary;
  readonly reasons: readonly TicketChangeReason[];
  /** Names this change the same way in every window (claims key): a reply id or count, a status. */
  readonly mark: string;
}

export interface ReplyWatchOptions {
  readonly access: ProviderAccess;
  readonly store?: SeenStore;
  readonly clock?: Clock;
  readonly onInternalError?: (message: string, error: unknown) => void;
  /** A burst of observations is written once, this long after the first (default 2 s). */
  readonly saveDelayMs?: number;
}

/** Conversations a user's Refresh reads per account (as many as the scheduler's start sweep). */
const SWEEP_SIZE = 10;

/** Status changes whose conversation is read at once per snapshot; the rest are announced without. */
const MAX_IMMEDIATE_CHECKS = 5;

interface AccountWatch {
  readonly tickets: Map<string, SeenTicket>;
  /** Nothing was stored for the account: what is seen first is not news. */
  baseline: boolean;
  readonly loaded: Promise<void>;
  unreadFromList?: boolean;
  /** Latest listed rows (classes for the planner, titles for notifications). */
  listed: Map<string, TicketSummary>;
  /** The filter of the last fresh snapshot: a ticket that appears because the filter widened is not news. */
  filterKey?: string;
  saveTimer?: Timer;
}

export class ReplyWatch implements Disposable {
  private readonly accounts = new Map<string, AccountWatch>();
  private readonly detected = new Listeners<TicketChange>();
  private readonly changed = new Listeners<string>();
  private readonly conversations = new Listeners<ConversationRead>();
  private readonly clock: Clock;

  constructor(private readonly options: ReplyWatchOptions) {
    this.clock = options.clock ?? systemClock;
  }

  /** Hears every change worth a notification (once per change in this window). */
  onDidDetect(listener: (change: TicketChange) => void): Disposable {
    return this.detected.add(listener);
  }

  /** Hears the account id whenever what is shown for its tickets (unread, last activity) changed. */
  onDidChange(listener: (accountId: string) => void): Disposable {
    return this.changed.add(listener);
  }

  /** Hears every conversation read through this watch (the hover card keeps its newest message). */
  onDidReadConversation(listener: (read: ConversationRead) => void): Disposable {
    return this.conversations.add(listener);
  }

  /** Starts watching new accounts (loading what was seen) and forgets removed ones. */
  setAccounts(accountIds: readonly string[], options: { readonly forgetRemoved?: boolean } = {}): void {
    const wanted = new Set(accountIds);
    for (const [id, account] of this.accounts) {
      if (wanted.has(id)) continue;
      account.saveTimer?.cancel();
      this.accounts.delete(id);
      if (options.forgetRemoved) void this.options.store?.remove(id).catch((error: unknown) => this.internalError(`Forgetting what was seen of account ${id} failed`, error));
    }
    for (const id of accountIds) if (!this.accounts.has(id)) this.accounts.set(id, this.load(id));
  }

  /** Resolves when what was stored for every account is loaded. */
  async ready(): Promise<void> {
    await Promise.all([...this.accounts.values()].map((account) => account.loaded));
  }

  /** Compares an account's newly listed tickets with what was seen; fresh ones can announce changes. */
  async observeSnapshot(snapshot: WatchedTickets): Promise<void> {
    const account = this.accounts.get(snapshot.accountId);
    if (!account || snapshot.fetchedAt === undefined) return;
    await account.loaded;
    account.listed = new Map(snapshot.tickets.map((ticket) => [ticket.id, ticket]));
    if (snapshot.state !== 'fresh') return;
    const unreadFromList = await this.unreadFromList(snapshot.accountId, account);
    const filterKey = JSON.stringify(snapshot.filter);
    const baseline = account.baseline || (account.filterKey !== undefined && account.filterKey !== filterKey);
    account.filterKey = filterKey;
    const immediate: { ticketId: string; reasons: TicketChangeReason[] }[] = [];
    let shownChanged = false;
    for (const ticket of snapshot.tickets) {
      const before = account.tickets.get(ticket.id);
      const observed = observeListed(before, ticket, { at: snapshot.fetchedAt, unreadFromList, baseline });
      account.tickets.set(ticket.id, observed.seen);
      shownChanged ||= !sameShown(before, observed.seen);
      const statusChanged = before?.statusCode !== undefined && before.statusCode !== ticket.status.code;
      const reasons: TicketChangeReason[] = [];
      if (observed.newReplies > 0) reasons.push('support-reply');
      if (ticket.status.group === 'needs-action' && (statusChanged || (!before && !baseline))) reasons.push('needs-action');
      if (statusChanged && !unreadFromList && ticket.status.group !== 'closed' && immediate.length < MAX_IMMEDIATE_CHECKS) immediate.push({ ticketId: ticket.id, reasons });
      else if (reasons.length > 0) this.announce(snapshot.accountId, ticket, observed, reasons);
    }
    if (isEmptyFilter(snapshot.filter)) for (const id of [...account.tickets.keys()]) if (!account.listed.has(id)) account.tickets.delete(id);
    account.baseline = false;
    this.stateChanged(snapshot.accountId, account, shownChanged);
    await Promise.all(immediate.map(({ ticketId, reasons }) => this.checkTicket(snapshot.accountId, ticketId, reasons).catch(() => undefined)));
  }

  /** The open tickets whose conversations this poll tick should read (none where the list tells); `sweep` on the first tick. */
  ticketsToCheck(accountId: string, max: number, exclude: ReadonlySet<string> = new Set(), sweep = false): string[] {
    const account = this.accounts.get(accountId);
    if (!account || account.unreadFromList !== false) return [];
    const now = this.clock.now();
    const candidates: CheckCandidate[] = [];
    for (const ticket of account.listed.values()) {
      const seen = account.tickets.get(ticket.id);
      const checkClass = checkClassOf(ticket, seen, now);
      if (checkClass && !exclude.has(ticket.id)) candidates.push({ ticketId: ticket.id, checkClass, ...(seen?.checkedAt !== undefined ? { checkedAt: seen.checkedAt } : {}) });
    }
    return pickTicketsToCheck(candidates, now, max, sweep);
  }

  /**
   * What a user's Refresh adds on clouds whose list does not report replies: the `max` most overdue
   * open conversations of the account (or of every account) are read now, due or not. Never rejects.
   */
  async sweep(accountId?: string, max = SWEEP_SIZE): Promise<void> {
    const ids = accountId === undefined ? [...this.accounts.keys()] : [accountId];
    await Promise.all(
      ids.map(async (id) => {
        for (const ticketId of this.ticketsToCheck(id, max, new Set(), true)) {
          await this.checkTicket(id, ticketId).catch(() => undefined);
        }
      }),
    );
  }

  /** Reads one conversation in the background; new support messages are announced. Rejects on failure. */
  async checkTicket(accountId: string, ticketId: string, pendingReasons: readonly TicketChangeReason[] = []): Promise<void> {
    let messages: readonly Message[];
    try {
      messages = await this.options.access(accountId, (provider) => readConversation(provider, ticketId));
    } catch (error) {
      const account = this.accounts.get(accountId);
      const ticket = account?.listed.get(ticketId);
      const seen = account?.tickets.get(ticketId);
      // Tried counts as checked, so one unreadable ticket does not take every tick's check.
      if (account) account.tickets.set(ticketId, { ...(seen ?? { unread: 0 }), checkedAt: this.clock.now() });
      // The status change is still news when the conversation cannot be read.
      if (ticket && seen && pendingReasons.length > 0) this.announce(accountId, ticket, { seen, newReplies: 0 }, pendingReasons);
      throw error;
    }
    this.observeConversation(accountId, ticketId, messages, { shown: false, pendingReasons });
  }

  /** A conversation read elsewhere (a panel load); `shown` = it is on screen, so it counts as read. */
  observeConversation(
    accountId: string,
    ticketId: string,
    messages: readonly Message[],
    options: { readonly shown: boolean; readonly ticket?: TicketSummary; readonly pendingReasons?: readonly TicketChangeReason[] },
  ): void {
    this.conversations.fire({ accountId, ticketId, messages }, (error) => this.internalError('A conversation listener failed', error));
    const account = this.accounts.get(accountId);
    if (!account) return;
    const before = account.tickets.get(ticketId);
    const observed = observeConversation(before, messages, { now: this.clock.now(), baseline: account.baseline, shown: options.shown });
    account.tickets.set(ticketId, observed.seen);
    const reasons: TicketChangeReason[] = [...(options.pendingReasons ?? [])];
    if (observed.newReplies > 0 && !options.shown && !reasons.includes('support-reply')) reasons.unshift('support-reply');
    const ticket = options.ticket ?? account.listed.get(ticketId);
    if (ticket && reasons.length > 0) this.announce(accountId, ticket, observed, reasons);
    this.stateChanged(accountId, account, !sameShown(before, observed.seen));
  }

  markRead(accountId: string, ticketId: string): void {
    this.update(accountId, ticketId, markSeenRead);
  }

  markUnread(accountId: string, ticketId: string): void {
    this.update(accountId, ticketId, markSeenUnread);
  }

  /** What was seen of a ticket. */
  seen(accountId: string, ticketId: string): SeenTicket | undefined {
    return this.accounts.get(accountId)?.tickets.get(ticketId);
  }

  unreadCount(accountId: string, ticketId: string): number {
    return shownUnread(this.seen(accountId, ticketId));
  }

  /** The list row with the unread count and "updated" (last activity) this watch knows. */
  decorate(accountId: string, ticket: TicketSummary): TicketSummary {
    return withSeen(ticket, this.seen(accountId, ticket.id));
  }

  /** Writes pending changes now. */
  async flush(): Promise<void> {
    await Promise.all(
      [...this.accounts.entries()].map(([id, account]) => {
        if (!account.saveTimer) return Promise.resolve();
        account.saveTimer.cancel();
        account.saveTimer = undefined;
        return this.save(id, account);
      }),
    );
  }

  dispose(): void {
    void this.flush();
    this.detected.clear();
    this.changed.clear();
    this.conversations.clear();
  }

  private load(accountId: string): AccountWatch {
    const tickets = new Map<string, SeenTicket>();
    const account: AccountWatch = { tickets, baseline: true, listed: new Map(), loaded: Promise.resolve() };
    const store = this.options.store;
    if (!store) return account;
    return Object.assign(account, {
      loaded: store.load(accountId).then(
        (stored) => {
          if (!stored) return;
          for (const [id, seen] of stored) if (!tickets.has(id)) tickets.set(id, seen);
          account.baseline = false;
        },
        (error: unknown) => this.internalError(`Reading what was seen of account ${accountId} failed`, error),
      ),
    });
  }

  private async unreadFromList(accountId: string, account: AccountWatch): Promise<boolean> {
    account.unreadFromList ??= await this.options.access(accountId, async (provider) => provider.capabilities.unreadFromList === true).catch(() => undefined);
    return account.unreadFromList ?? false;
  }

  private update(accountId: string, ticketId: string, change: (before: SeenTicket | undefined) => SeenTicket): void {
    const account = this.accounts.get(accountId);
    if (!account) return;
    const before = account.tickets.get(ticketId);
    const after = change(before);
    account.tickets.set(ticketId, after);
    this.stateChanged(accountId, account, !sameShown(before, after));
  }

  private announce(accountId: string, ticket: TicketSummary, observed: Observation, reasons: readonly TicketChangeReason[]): void {
    const { seen } = observed;
    const mark = reasons.includes('support-reply')
      ? `reply:${observed.newestReplyId ?? `#${seen.repliesSeen ?? 0}`}`
      : `status:${ticket.status.code}:${seen.lastNoteId ?? `#${seen.repliesSeen ?? 0}`}`;
    this.detected.fire({ accountId, ticket: withSeen(ticket, seen), reasons, mark }, (error) => this.internalError('A change listener failed', error));
  }

  /**
   * Schedules the save; listeners hear only when something shown moved. Each change redraws the
   * tree, and a redraw while the user clicks a row drops the click (VS Code disposes the commands
   * of the rows it replaces), so reads that change nothing on screen stay silent.
   */
  private stateChanged(accountId: string, account: AccountWatch, shownChanged: boolean): void {
    if (!account.saveTimer && this.options.store) {
      account.saveTimer = this.clock.setTimer(() => {
        account.saveTimer = undefined;
        void this.save(accountId, account);
      }, this.options.saveDelayMs ?? 2000);
    }
    if (shownChanged) this.changed.fire(accountId, (error) => this.internalError('A change listener failed', error));
  }

  private async save(accountId: string, account: AccountWatch): Promise<void> {
    if (this.accounts.get(accountId) !== account) return;
    await this.options.store?.save(accountId, account.tickets).catch((error: unknown) => this.internalError(`Writing what was seen of account ${accountId} failed`, error));
  }

  private internalError(message: string, error: unknown): void {
    this.options.onInternalError?.(message, error);
  }
}
