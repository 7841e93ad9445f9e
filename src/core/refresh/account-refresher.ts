/**
 * The refresh engine of one account, through the host's provider access: the list first — the complete
 * tree is published as soon as the pages are in — then details by need (on screen, asked for, changed,
 * new, the rest), published in batches as they land. A failure keeps the last good tickets (marked
 * offline / error); a newer refresh cancels an older one (its result is discarded); tickets that come on
 * screen get their details first, or at once when no refresh is running.
 */
import { setMaxListeners } from 'node:events';
import { isTicketError } from '../errors';
import { systemClock, type Clock } from '../polling/clock';
import type { ChangeSignal, TicketProvider } from '../provider';
import { STATUS_GROUPS, type StatusGroup } from '../status';
import { AccountCalls, type AccountCallOptions, type AccountCallStats } from './account-calls';
import { mergeOutcomes, streamDetails } from './detail-merge';
import { DetailPriority, DetailQueue, pumpDetails, type DetailOutcome } from './detail-pump';
import { describeFailure, superseded } from './failures';
import { fetchTickets, type FetchPlan } from './fetch-tickets';
import { matchesFilter, normalizeFilter, splitFilter, type AccountFilter } from './filter';
import { createSnapshot, emptySnapshot, withState, type AccountSnapshot } from './snapshot';

/**
 * How the engine reaches an account's provider. The host passes its registry's `run`, so account
 * health (credentials / offline / throttled) is tracked; each refresh is one `run`.
 */
export type ProviderAccess = <T>(accountId: string, work: (provider: TicketProvider) => Promise<T>) => Promise<T>;

/**
 * Why a snapshot was published: `refresh` — a refresh's list is in (the tree is complete; details may
 * follow) or it failed; `filling` — a batch of details during a refresh; `details` — a refresh's details
 * are all in, or `loadDetails` finished; `cache`, `poll` as named.
 */
export type SnapshotCause = 'cache' | 'refresh' | 'filling' | 'details' | 'poll';

export interface RefreshOptions {
  /** Load details of these tickets even when unchanged (e.g. the ones on screen). */
  readonly detailIds?: readonly string[];
  /** A change signal the caller fetched just now (saves one request). */
  readonly changeSignal?: ChangeSignal;
}

export interface RefreshSettings extends AccountCallOptions {
  /** Wanted list page size; providers clamp it (default 50). */
  readonly pageSize?: number;
  /** Groups whose new or changed tickets get details during a refresh (default: all). */
  readonly detailGroups?: readonly StatusGroup[];
  /** Details that land during a refresh are published together at most this often, in ms (default 200). */
  readonly detailBatchMs?: number;
}

export interface AccountRefresherOptions extends RefreshSettings {
  readonly accountId: string;
  readonly access: ProviderAccess;
  readonly filter?: AccountFilter;
  /** Hears every snapshot this account publishes. */
  readonly onSnapshot?: (current: AccountSnapshot, previous: AccountSnapshot, cause: SnapshotCause) => void;
}

export const DEFAULT_PAGE_SIZE = 50;
const DEFAULT_DETAIL_BATCH_MS = 200;

type RefreshOutcome = { readonly snapshot: AccountSnapshot; readonly cause: SnapshotCause };

export class AccountRefresher {
  readonly accountId: string;
  private readonly access: ProviderAccess;
  private readonly calls: AccountCalls;
  private readonly clock: Clock;
  private readonly pageSize: number;
  private readonly detailGroups: readonly StatusGroup[];
  private readonly detailBatchMs: number;
  private readonly onSnapshot: AccountRefresherOptions['onSnapshot'];
  private readonly sideTasks = new Set<AbortController>();
  private current: AccountSnapshot;
  private wantedFilter: AccountFilter;
  private controller: AbortController | undefined;
  private generation = 0;
  private latest: Promise<AccountSnapshot> | undefined;
  private disposed = false;
  /** Tickets on screen (their details go first). */
  private visible: readonly string[] = [];
  /** Tickets whose details were loaded on their own since the last refresh started (never twice). */
  private readonly attempted = new Set<string>();
  /** Every ticket of the account as counted before its first list (Add Account's key check); see `expectTickets`. */
  private expectedTickets: number | undefined;

  constructor(options: AccountRefresherOptions) {
    this.accountId = options.accountId;
    this.access = options.access;
    this.calls = new AccountCalls(options);
    this.clock = options.clock ?? systemClock;
    this.pageSize = options.pageSize ?? DEFAULT_PAGE_SIZE;
    this.detailGroups = options.detailGroups ?? STATUS_GROUPS;
    this.detailBatchMs = options.detailBatchMs ?? DEFAULT_DETAIL_BATCH_MS;
    this.onSnapshot = options.onSnapshot;
    this.wantedFilter = normalizeFilter(options.filter ?? {});
    this.current = emptySnapshot(this.accountId, this.wantedFilter);
  }

  /**
   * Tells how many tickets the account holds before anything was listed (Add Account's key check counted them), so its
   * first refresh asks for every list page at once. Ignored once a list has been fetched.
   */
  expectTickets(count: number): void {
    this.expectedTickets = count;
  }

  /** The latest published snapshot. */
  get snapshot(): AccountSnapshot {
    return this.current;
  }

  /** The filter the next refresh uses. */
  get filter(): AccountFilter {
    return this.wantedFilter;
  }

  get refreshing(): boolean {
    return this.controller !== undefined;
  }

  /** Epoch ms until which this account's calls wait after throttling (0 when not throttled). */
  get throttledUntil(): number {
    return this.calls.throttledUntil;
  }

  /** Request counters of this account (attempts, peak in flight, throttling answers). */
  callStats(): AccountCallStats {
    return this.calls.stats();
  }

  /**
   * Shows cached tickets (marked stale) unless real data arrived first; true when it did show them. A
   * preview (the cache's first screen) is shown first and the whole cached snapshot replaces it.
   */
  restore(cached: AccountSnapshot): boolean {
    const replaceable = this.current.fetchedAt === undefined || (this.current.preview && !cached.preview);
    if (this.disposed || !replaceable || cached.accountId !== this.accountId) return false;
    // A parsed cache file is stale and without error already: no second pass over its tickets.
    this.publish(cached.state === 'stale' && !cached.error ? cached : createSnapshot({ ...cached, state: 'stale', error: undefined }), 'cache');
    return true;
  }

  /** Changes the filter and refreshes with it. */
  setFilter(filter: AccountFilter): Promise<AccountSnapshot> {
    this.wantedFilter = normalizeFilter(filter);
    return this.refresh();
  }

  /**
   * Refreshes the tickets: publishes the tree once the list is in, then details as they land. A refresh
   * already running is cancelled; its promise then resolves with this newer refresh's snapshot. Resolves
   * when the details are in; never rejects: failures become an offline / error snapshot.
   */
  refresh(options: RefreshOptions = {}): Promise<AccountSnapshot> {
    if (this.disposed) return Promise.resolve(this.current);
    this.controller?.abort(superseded());
    const controller = new AbortController();
    this.controller = controller;
    const generation = ++this.generation;
    this.attempted.clear();
    const isCurrent = (): boolean => generation === this.generation && !this.disposed;
    const run: Promise<AccountSnapshot> = this.runRefresh(this.wantedFilter, options, controller.signal, isCurrent).then((outcome): AccountSnapshot | Promise<AccountSnapshot> => {
      if (!isCurrent() || !outcome) {
        const newer = this.latest;
        return newer && newer !== run ? newer : this.current;
      }
      this.controller = undefined;
      this.latest = undefined;
      this.publish(outcome.snapshot, outcome.cause);
      return outcome.snapshot;
    });
    this.latest = run;
    return run;
  }

  /** Stops a running refresh; its promise resolves with the current snapshot. */
  cancel(): void {
    if (!this.controller) return;
    this.controller.abort(superseded());
    this.controller = undefined;
    this.latest = undefined;
    this.generation++;
  }

  /** Loads details of tickets in the current snapshot (e.g. ones that became visible) and publishes the merge. */
  async loadDetails(ticketIds: readonly string[]): Promise<AccountSnapshot> {
    const known = new Set(this.current.tickets.map((ticket) => ticket.id));
    const queue = new DetailQueue();
    for (const id of ticketIds) if (known.has(id)) queue.add(id, DetailPriority.Requested);
    if (queue.size === 0 || this.disposed) return this.current;
    for (const id of queue.ids()) this.attempted.add(id);
    const outcomes = new Map<string, DetailOutcome>();
    const onOutcome = (id: string, outcome: DetailOutcome): void => void outcomes.set(id, outcome);
    // A failure that says the account is unreachable rejects inside access, so it is recorded there.
    const loaded = await this.withSideTask((signal) => this.onProvider((provider) => pumpDetails(provider, queue, this.calls, signal, { onOutcome }))).then(
      () => true,
      () => false,
    );
    if (!loaded || this.disposed) return this.current;
    this.publish(mergeOutcomes(this.current, outcomes), 'details');
    return this.current;
  }

  /**
   * The tickets on screen now. During a refresh their details are loaded before the others'; otherwise
   * those still without details (and not tried since the last refresh) are loaded at once.
   */
  setVisible(ticketIds: readonly string[]): void {
    this.visible = ticketIds;
    // From the cache a refresh is coming anyway, and during one the pump reads `visible` itself.
    if (this.disposed || this.refreshing || this.current.state === 'stale') return;
    const incomplete = new Set(this.current.incompleteIds);
    const missing = ticketIds.filter((id) => incomplete.has(id) && !this.attempted.has(id));
    if (missing.length > 0) void this.loadDetails(missing);
  }

  /**
   * One cheap change check. A failure marks the snapshot offline / error (once, not on every poll)
   * and rethrows; an unchanged token after a failure or from the cache marks it fresh again.
   */
  async checkChangeSignal(): Promise<ChangeSignal> {
    try {
      const signal = await this.withSideTask((abort) => this.onProvider((provider) => this.calls.read((s) => provider.getChangeSignal(s), abort)));
      const current = this.current;
      if (!this.refreshing && current.state !== 'fresh' && current.fetchedAt !== undefined && signal.token === current.changeToken) {
        this.publish(withState(current, 'fresh'), 'poll');
      }
      return signal;
    } catch (error) {
      if (!this.refreshing && !this.disposed) {
        const failed = this.failedSnapshot(error);
        if (failed.state !== this.current.state || failed.error?.message !== this.current.error?.message) this.publish(failed, 'poll');
      }
      throw error;
    }
  }

  dispose(): void {
    this.disposed = true;
    this.cancel();
    for (const controller of this.sideTasks) controller.abort(superseded());
    this.sideTasks.clear();
  }

  /** The list (published as soon as it is in), then the details; undefined when cancelled. */
  private async runRefresh(filter: AccountFilter, options: RefreshOptions, signal: AbortSignal, isCurrent: () => boolean): Promise<RefreshOutcome | undefined> {
    const plan: FetchPlan = {
      filter,
      pageSize: this.pageSize,
      details: { groups: this.detailGroups, forceIds: new Set(options.detailIds ?? []) },
      known: () => this.current,
      changeSignal: options.changeSignal,
      expectedTickets: this.current.fetchedAt === undefined ? this.expectedTickets : undefined,
    };
    try {
      return await this.onProvider(async (provider): Promise<RefreshOutcome | undefined> => {
        const listed = await fetchTickets(provider, plan, this.calls, signal);
        const tree = createSnapshot({
          accountId: this.accountId,
          state: 'fresh',
          fetchedAt: this.clock.now(),
          tickets: listed.tickets,
          filter,
          changeToken: listed.changeSignal?.token,
          // Until their details land; a refresh cut short leaves them for the next one.
          incompleteIds: [...listed.details.ids(), ...listed.withoutDetails],
        });
        if (listed.details.size === 0) return { snapshot: tree, cause: 'refresh' };
        if (!isCurrent()) return undefined;
        this.publish(tree, 'refresh');
        const { local } = splitFilter(filter, provider.capabilities.listFilters);
        const filled = await streamDetails(provider, listed.details, this.calls, signal, {
          batchMs: this.detailBatchMs,
          clock: this.clock,
          visible: () => this.visible,
          keep: (ticket) => matchesFilter(ticket, local),
          current: () => this.current,
          publish: (snapshot) => {
            if (isCurrent()) this.publish(snapshot, 'filling');
          },
        });
        return { snapshot: filled, cause: 'details' };
      });
    } catch (error) {
      return signal.aborted ? undefined : { snapshot: this.failedSnapshot(error), cause: 'refresh' };
    }
  }

  /** Runs work on the account's provider (through the host's access), pacing this account's reads by its slots. */
  private onProvider<T>(work: (provider: TicketProvider) => Promise<T>): Promise<T> {
    return this.access(this.accountId, (provider) => {
      this.calls.paceWith(provider.requestSlots);
      return work(provider);
    });
  }

  /** The last good tickets, marked offline (network) or error (anything else). */
  private failedSnapshot(error: unknown): AccountSnapshot {
    return withState(this.current, isTicketError(error, 'network') ? 'offline' : 'error', describeFailure(error, this.calls.throttledUntil, this.clock.now()));
  }

  private async withSideTask<T>(work: (signal: AbortSignal) => Promise<T>): Promise<T> {
    const controller = new AbortController();
    setMaxListeners(0, controller.signal);
    this.sideTasks.add(controller);
    try {
      return await work(controller.signal);
    } finally {
      this.sideTasks.delete(controller);
    }
  }

  private publish(snapshot: AccountSnapshot, cause: SnapshotCause): void {
    const previous = this.current;
    this.current = snapshot;
    this.onSnapshot?.(snapshot, previous, cause);
  }
}
