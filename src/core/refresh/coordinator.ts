/**
 * Every account's refresh engine side by side. Accounts run independently — each has its own
 * concurrency bound, throttling gate and cancellation — so a slow or failing account never holds up
 * another. Snapshots are published as they land, restored from and saved to a `SnapshotStore`.
 */
import type { SnapshotStore } from '../cache/snapshot-store';
import type { PollTarget } from '../polling/poll-scheduler';
import type { ChangeSignal } from '../provider';
import { AccountRefresher, type ProviderAccess, type RefreshOptions, type RefreshSettings, type SnapshotCause } from './account-refresher';
import type { AccountFilter } from './filter';
import { HiddenOpenTickets, type AccountTickets, type WatchedTickets } from './hidden-open-tickets';
import { Listeners, type Disposable } from './listeners';
import type { AccountSnapshot } from './snapshot';

export interface SnapshotChange {
  readonly accountId: string;
  /** The snapshot shown before (an empty `stale` one for a new account). */
  readonly previous: AccountSnapshot;
  /** The snapshot to show now; undefined when the account was removed. */
  readonly current: AccountSnapshot | undefined;
  readonly cause: SnapshotCause | 'removed';
}

export interface RefreshCoordinatorOptions extends RefreshSettings {
  readonly access: ProviderAccess;
  /** Where snapshots persist; fresh snapshots are saved, `restoreFromCache` reads them. */
  readonly store?: SnapshotStore;
  /** Reports failures that are not the user's business (cache I/O, a throwing listener). */
  readonly onInternalError?: (message: string, error: unknown) => void;
}

export class RefreshCoordinator implements Disposable, PollTarget {
  private readonly accounts = new Map<string, AccountRefresher>();
  private readonly changes = new Listeners<SnapshotChange>();
  private readonly saving = new Map<string, Promise<void>>();
  /** The newest snapshot of an account waiting for its write (writes behind others take the newest). */
  private readonly unsaved = new Map<string, AccountSnapshot>();
  /** Ticket counts of accounts not tracked yet, for their first refresh (see `expectTickets`). */
  private readonly expectedTickets = new Map<string, number>();
  /** Accounts whose cache is being read: calls on them wait for it. */
  private readonly restoring = new Map<string, Promise<void>>();
  /** Open tickets a filter hides, so counts of what needs the user do not depend on the filter. */
  private readonly hidden: HiddenOpenTickets;

  constructor(private readonly options: RefreshCoordinatorOptions) {
    this.hidden = new HiddenOpenTickets({ ...options, onListenerError: (error) => this.internalError('An attention listener failed', error) });
  }

  /** Hears every new snapshot of every account. */
  onDidChange(listener: (change: SnapshotChange) => void): Disposable {
    return this.changes.add(listener);
  }

  /** Hears the account id whenever the open tickets its filter hides changed (the attention count listens). */
  onDidChangeHidden(listener: (accountId: string) => void): Disposable {
    return this.hidden.onDidChange(listener);
  }

  /**
   * Every account's tickets for counting what needs the user: its snapshot's, plus the open tickets its
   * filter hides (listed after each refresh of a filtered account), so a filter does not lower the count.
   */
  attentionTickets(): readonly AccountTickets[] {
    return [...this.accounts.values()].map((refresher) => this.hidden.ticketsOf(refresher.snapshot));
  }

  /**
   * The account's snapshot with the open tickets its filter hides: a reply to a ticket the user filtered
   * out of the tree is still a reply (the reply watch compares this, not the tree's snapshot).
   */
  watchedTickets(accountId: string): WatchedTickets | undefined {
    const snapshot = this.accounts.get(accountId)?.snapshot;
    if (!snapshot) return undefined;
    const { tickets } = this.hidden.ticketsOf(snapshot);
    return tickets === snapshot.tickets ? snapshot : { ...snapshot, tickets };
  }

  /** Adds accounts not yet known and drops (cancels) the ones missing from `accountIds`. */
  setAccounts(accountIds: readonly string[]): void {
    const wanted = new Set(accountIds);
    for (const id of [...this.accounts.keys()]) if (!wanted.has(id)) this.removeAccount(id);
    for (const id of accountIds) this.addAccount(id);
  }

  /** Starts tracking an account (no request is made); returns its refresher. */
  addAccount(accountId: string, filter?: AccountFilter): AccountRefresher {
    const existing = this.accounts.get(accountId);
    if (existing) return existing;
    const refresher = new AccountRefresher({
      ...this.options,
      accountId,
      filter,
      onSnapshot: (current, previous, cause) => this.onSnapshot(accountId, current, previous, cause),
    });
    const expected = this.expectedTickets.get(accountId);
    if (expected !== undefined) refresher.expectTickets(expected);
    this.expectedTickets.delete(accountId);
    this.accounts.set(accountId, refresher);
    return refresher;
  }

  /**
   * How many tickets an account holds, counted before its first list (Add Account's key check): its first refresh
   * asks for every list page at once rather than learning their number from its first answer, one round trip
   * later. May be told before the account is tracked (the command knows the count before the account exists).
   */
  expectTickets(accountId: string, count: number): void {
    const refresher = this.accounts.get(accountId);
    if (refresher) refresher.expectTickets(count);
    else this.expectedTickets.set(accountId, count);
  }

  /** Stops tracking an account; with `forgetCache` its cache file is removed too. */
  removeAccount(accountId: string, options: { readonly forgetCache?: boolean } = {}): void {
    const refresher = this.accounts.get(accountId);
    if (!refresher) return;
    this.expectedTickets.delete(accountId);
    refresher.dispose();
    this.accounts.delete(accountId);
    this.hidden.forget(accountId);
    this.unsaved.delete(accountId);
    this.changes.fire({ accountId, previous: refresher.snapshot, current: undefined, cause: 'removed' }, (error) => this.internalError('A snapshot listener failed', error));
    if (options.forgetCache && this.options.store) {
      const store = this.options.store;
      this.queueSave(accountId, () => store.remove(accountId));
    }
  }

  accountIds(): readonly string[] {
    return [...this.accounts.keys()];
  }

  /** The account's current snapshot (undefined for an unknown account). */
  snapshot(accountId: string): AccountSnapshot | undefined {
    return this.accounts.get(accountId)?.snapshot;
  }

  snapshots(): readonly AccountSnapshot[] {
    return [...this.accounts.values()].map((refresher) => refresher.snapshot);
  }

  isRefreshing(accountId: string): boolean {
    return this.accounts.get(accountId)?.refreshing ?? false;
  }

  filter(accountId: string): AccountFilter | undefined {
    return this.accounts.get(accountId)?.filter;
  }

  /**
   * Shows cached snapshots (state `stale`) for accounts with nothing better yet: every account's first
   * screen (the store's preview) as soon as it is read, then the whole snapshots. Resolves when the whole
   * snapshots are in; calls on an account wait for its restore, so no refresh starts from a preview.
   */
  async restoreFromCache(accountIds: readonly string[] = this.accountIds()): Promise<void> {
    const store = this.options.store;
    if (!store) return;
    const read = async (id: string, load: (id: string) => Promise<AccountSnapshot | undefined>): Promise<void> => {
      try {
        const cached = await load(id);
        if (cached) this.accounts.get(id)?.restore(cached);
      } catch (error) {
        this.internalError(`Reading the ticket cache of account ${id} failed`, error);
      }
    };
    const loadPreview = store.loadPreview?.bind(store);
    const restoring = (async () => {
      if (loadPreview) await Promise.all(accountIds.map((id) => read(id, loadPreview)));
      await Promise.all(accountIds.map((id) => read(id, (account) => store.load(account))));
    })();
    for (const id of accountIds) this.restoring.set(id, restoring);
    try {
      await restoring;
    } finally {
      for (const id of accountIds) if (this.restoring.get(id) === restoring) this.restoring.delete(id);
    }
  }

  /** Refreshes one account; resolves with its snapshot (rejects only for an unknown account). */
  refresh(accountId: string, options?: RefreshOptions): Promise<AccountSnapshot> {
    return this.withAccount(accountId, (refresher) => refresher.refresh(options));
  }

  /** Refreshes every account independently; each snapshot is published as soon as it lands. */
  refreshAll(): Promise<readonly AccountSnapshot[]> {
    return Promise.all(this.accountIds().map((id) => this.refresh(id)));
  }

  /** Changes an account's filter and refreshes it. */
  setFilter(accountId: string, filter: AccountFilter): Promise<AccountSnapshot> {
    return this.withAccount(accountId, (refresher) => refresher.setFilter(filter));
  }

  /** Loads details of tickets that became visible; merges them into the snapshot. */
  loadDetails(accountId: string, ticketIds: readonly string[]): Promise<AccountSnapshot> {
    return this.withAccount(accountId, (refresher) => refresher.loadDetails(ticketIds));
  }

  /** The account's tickets on screen: their details are loaded first (see `AccountRefresher.setVisible`). */
  setVisible(accountId: string, ticketIds: readonly string[]): void {
    this.accounts.get(accountId)?.setVisible(ticketIds);
  }

  /** Token of the data the account's snapshot shows (poll scheduler). */
  changeToken(accountId: string): string | undefined {
    return this.accounts.get(accountId)?.snapshot.changeToken;
  }

  /** One cheap change check for the poll scheduler; rejects on failure (the snapshot shows it). */
  checkChangeSignal(accountId: string): Promise<ChangeSignal> {
    return this.withAccount(accountId, (refresher) => refresher.checkChangeSignal());
  }

  /** Resolves when pending cache writes are done. */
  async flush(): Promise<void> {
    await Promise.all(this.saving.values());
  }

  /** Resolves when no list of open tickets hidden by a filter is being fetched. */
  attentionSettled(): Promise<void> {
    return this.hidden.settled();
  }

  dispose(): void {
    for (const refresher of this.accounts.values()) refresher.dispose();
    this.accounts.clear();
    this.changes.clear();
    this.hidden.dispose();
  }

  private withAccount<T>(accountId: string, work: (refresher: AccountRefresher) => Promise<T>): Promise<T> {
    const restoring = this.restoring.get(accountId);
    if (restoring) return restoring.then(() => this.withAccount(accountId, work));
    const refresher = this.accounts.get(accountId);
    return refresher ? work(refresher) : Promise.reject(new Error(`Unknown account ${accountId}; add it to the refresh coordinator first.`));
  }

  private onSnapshot(accountId: string, current: AccountSnapshot, previous: AccountSnapshot, cause: SnapshotCause): void {
    const store = this.options.store;
    // Batches of details during a refresh are not written: the refresh's last snapshot is.
    if (store && current.state === 'fresh' && (cause === 'refresh' || cause === 'details')) this.saveLatest(accountId, current, store);
    this.hidden.follow(current, cause);
    this.changes.fire({ accountId, previous, current, cause }, (error) => this.internalError('A snapshot listener failed', error));
  }

  /** Queues a write of the account's newest snapshot; one already queued and not started yet writes this one instead. */
  private saveLatest(accountId: string, snapshot: AccountSnapshot, store: SnapshotStore): void {
    const queued = this.unsaved.has(accountId);
    this.unsaved.set(accountId, snapshot);
    if (queued) return;
    this.queueSave(accountId, () => {
      const newest = this.unsaved.get(accountId);
      this.unsaved.delete(accountId);
      return newest ? store.save(accountId, newest) : Promise.resolve();
    });
  }

  /** Writes of one account run one after another, so an older snapshot never overwrites a newer one. */
  private queueSave(accountId: string, write: () => Promise<void>): void {
    const before = this.saving.get(accountId) ?? Promise.resolve();
    const next = before.then(write).catch((error: unknown) => this.internalError(`Writing the ticket cache of account ${accountId} failed`, error));
    this.saving.set(accountId, next);
    void next.then(() => {
      if (this.saving.get(accountId) === next) this.saving.delete(accountId);
    });
  }

  private internalError(message: string, error: unknown): void {
    this.options.onInternalError?.(message, error);
  }
}
