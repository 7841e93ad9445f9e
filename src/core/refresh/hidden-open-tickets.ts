/**
 * A filter narrows what an account's snapshot holds — the cloud filters the list — but the view badge
 * and the status bar count what needs the user on every ticket, and a filter is only a way of looking.
 * For each account whose filter may hide open tickets this keeps a second list: the account's open
 * tickets (the ones that can wait for the user or carry an unread reply), unfiltered, without details
 * and outside the cache, refreshed after the filtered list whenever the account's change token moved.
 */
import type { ChangeSignal } from '../provider';
import type { StatusGroup } from '../status';
import type { TicketSummary } from '../ticket';
import { AccountRefresher, type ProviderAccess, type RefreshSettings, type SnapshotCause } from './account-refresher';
import { normalizeFilter, type AccountFilter } from './filter';
import { Listeners, type Disposable } from './listeners';
import type { AccountSnapshot } from './snapshot';

/** Groups whose tickets can need the user: a closed ticket waits for nobody. */
const OPEN_GROUPS: readonly StatusGroup[] = ['needs-action', 'in-progress'];

/** One account's tickets for a count. */
export interface AccountTickets {
  readonly accountId: string;
  readonly tickets: readonly TicketSummary[];
}

/** An account's listed tickets as the reply watch compares them: its snapshot, with the open tickets its filter hides. */
export type WatchedTickets = Pick<AccountSnapshot, 'accountId' | 'state' | 'fetchedAt' | 'tickets' | 'filter'>;

export interface HiddenOpenTicketsOptions extends RefreshSettings {
  readonly access: ProviderAccess;
  readonly onListenerError?: (error: unknown) => void;
}

/** True when a snapshot listed with this filter may lack open tickets of the account. */
export function filterHidesOpenTickets(filter: AccountFilter): boolean {
  const { statusGroups, ...rest } = normalizeFilter(filter);
  if (Object.keys(rest).length > 0) return true;
  return statusGroups !== undefined && OPEN_GROUPS.some((group) => !statusGroups.includes(group));
}

export class HiddenOpenTickets implements Disposable {
  private readonly lists = new Map<string, AccountRefresher>();
  private readonly changes = new Listeners<string>();
  private readonly pending = new Set<Promise<AccountSnapshot>>();

  constructor(private readonly options: HiddenOpenTicketsOptions) {}

  /** Hears the account id whenever its list of open tickets changed (or was dropped). */
  onDidChange(listener: (accountId: string) => void): Disposable {
    return this.changes.add(listener);
  }

  /**
   * Follows a snapshot the account published: a filtered list just fetched (cause `refresh`) brings the
   * open tickets up to its change token; an unfiltered one makes the second list unnecessary.
   */
  follow(snapshot: AccountSnapshot, cause: SnapshotCause): void {
    if (!filterHidesOpenTickets(snapshot.filter)) {
      this.forget(snapshot.accountId);
      return;
    }
    if (cause !== 'refresh' || snapshot.state !== 'fresh') return;
    const list = this.listOf(snapshot.accountId);
    if (list.refreshing) return;
    const token = snapshot.changeToken;
    if (token !== undefined && list.snapshot.fetchedAt !== undefined && list.snapshot.changeToken === token) return;
    const changeSignal: ChangeSignal | undefined = token === undefined ? undefined : { token };
    const run = list.refresh(changeSignal ? { changeSignal } : {});
    this.pending.add(run);
    void run.finally(() => this.pending.delete(run));
  }

  /** Stops keeping the account's open tickets. */
  forget(accountId: string): void {
    const list = this.lists.get(accountId);
    if (!list) return;
    list.dispose();
    this.lists.delete(accountId);
    this.fireChange(accountId);
  }

  /** The tickets to count for an account: its snapshot's, and the open ones its filter hides. */
  ticketsOf(snapshot: AccountSnapshot): AccountTickets {
    const open = this.lists.get(snapshot.accountId)?.snapshot;
    if (!open || open.fetchedAt === undefined || !filterHidesOpenTickets(snapshot.filter)) return snapshot;
    const listed = new Set(snapshot.tickets.map((ticket) => ticket.id));
    const hidden = open.tickets.filter((ticket) => !listed.has(ticket.id));
    return { accountId: snapshot.accountId, tickets: hidden.length === 0 ? snapshot.tickets : [...snapshot.tickets, ...hidden] };
  }

  /** Resolves when no list of open tickets is being fetched (tests). */
  async settled(): Promise<void> {
    while (this.pending.size > 0) await Promise.all(this.pending);
  }

  dispose(): void {
    for (const list of this.lists.values()) list.dispose();
    this.lists.clear();
    this.changes.clear();
  }

  private listOf(accountId: string): AccountRefresher {
    const existing = this.lists.get(accountId);
    if (existing) return existing;
    const list = new AccountRefresher({
      ...this.options,
      accountId,
      filter: { statusGroups: OPEN_GROUPS },
      // The count needs status and unread marks, which the list carries; no ticket's details are read.
      detailGroups: [],
      onSnapshot: () => this.fireChange(accountId),
    });
    this.lists.set(accountId, list);
    return list;
  }

  private fireChange(accountId: string): void {
    this.changes.fire(accountId, (error) => this.options.onListenerError?.(error));
  }
}
