/**
 * The refresh engine of one account: runs `fetchTickets` through the host's provider access, turns
 * the outcome into an immutable snapshot (fresh, or the last good tickets marked offline / error),
 * cancels an older refresh when a newer one starts (its result is discarded), and loads details of
 * visible tickets on request.
 */
import { setMaxListeners } from 'node:events';
import { isTicketError } from '../errors';
import { systemClock, type Clock } from '../polling/clock';
import type { ChangeSignal, TicketProvider } from '../provider';
import { STATUS_GROUPS, type StatusGroup } from '../status';
import type { TicketSummary } from '../ticket';
import { AccountCalls, type AccountCallOptions, type AccountCallStats } from './account-calls';
import { fetchTickets } from './fetch-tickets';
import { normalizeFilter, type AccountFilter } from './filter';
import { createSnapshot, emptySnapshot, summaryOf, withState, type AccountSnapshot, type SnapshotError } from './snapshot';
import { mergeTicket } from './ticket-changes';

/**
 * How the engine reaches an account's provider. The host passes its registry's `run`, so account
 * health (credentials / offline / throttled) is tracked; each refresh is one `run`.
 */
export type ProviderAccess = <T>(accountId: string, work: (provider: TicketProvider) => Promise<T>) => Promise<T>;

/** Why a snapshot was published. */
export type SnapshotCause = 'cache' | 'refresh' | 'details' | 'poll';

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
}

export interface AccountRefresherOptions extends RefreshSettings {
  readonly accountId: string;
  readonly access: ProviderAccess;
  readonly filter?: AccountFilter;
  /** Hears every snapshot this account publishes. */
  readonly onSnapshot?: (current: AccountSnapshot, previous: AccountSnapshot, cause: SnapshotCause) => void;
}

export const DEFAULT_PAGE_SIZE = 50;

export class AccountRefresher {
  readonly accountId: string;
  private readonly access: ProviderAccess;
  private readonly calls: AccountCalls;
  private readonly clock: Clock;
  private readonly pageSize: number;
  private readonly detailGroups: readonly StatusGroup[];
  private readonly onSnapshot: AccountRefresherOptions['onSnapshot'];
  private readonly sideTasks = new Set<AbortController>();
  private current: AccountSnapshot;
  private wantedFilter: AccountFilter;
  private controller: AbortController | undefined;
  private generation = 0;
  private latest: Promise<AccountSnapshot> | undefined;
  private disposed = false;

  constructor(options: AccountRefresherOptions) {
    this.accountId = options.accountId;
    this.access = options.access;
    this.calls = new AccountCalls(options);
    this.clock = options.clock ?? systemClock;
    this.pageSize = options.pageSize ?? DEFAULT_PAGE_SIZE;
    this.detailGroups = options.detailGroups ?? STATUS_GROUPS;
    this.onSnapshot = options.onSnapshot;
    this.wantedFilter = normalizeFilter(options.filter ?? {});
    this.current = emptySnapshot(this.accountId, this.wantedFilter);
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

  /** Shows cached tickets (marked stale) unless real data arrived first; true when it did show them. */
  restore(cached: AccountSnapshot): boolean {
    if (this.disposed || this.current.fetchedAt !== undefined || cached.accountId !== this.accountId) return false;
    this.publish(createSnapshot({ ...cached, state: 'stale', error: undefined }), 'cache');
    return true;
  }

  /** Changes the filter and refreshes with it. */
  setFilter(filter: AccountFilter): Promise<AccountSnapshot> {
    this.wantedFilter = normalizeFilter(filter);
    return this.refresh();
  }

  /**
   * Refreshes the tickets. A refresh already running is cancelled; its promise then resolves with
   * this newer refresh's snapshot. Never rejects: failures become an offline / error snapshot.
   */
  refresh(options: RefreshOptions = {}): Promise<AccountSnapshot> {
    if (this.disposed) return Promise.resolve(this.current);
    this.controller?.abort(superseded());
    const controller = new AbortController();
    this.controller = controller;
    const generation = ++this.generation;
    const run: Promise<AccountSnapshot> = this.fetchSnapshot(this.wantedFilter, options, controller.signal).then((snapshot): AccountSnapshot | Promise<AccountSnapshot> => {
      if (generation !== this.generation || this.disposed || !snapshot) {
        const newer = this.latest;
        return newer && newer !== run ? newer : this.current;
      }
      this.controller = undefined;
      this.latest = undefined;
      this.publish(snapshot, 'refresh');
      return snapshot;
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
    const wanted = [...new Set(ticketIds)].filter((id) => known.has(id));
    if (wanted.length === 0 || this.disposed) return this.current;
    const outcomes = await this.withSideTask((signal) => this.access(this.accountId, (provider) => loadDetailOutcomes(provider, wanted, this.calls, signal))).catch(() => undefined);
    if (!outcomes || this.disposed) return this.current;
    this.publish(mergeDetails(this.current, outcomes), 'details');
    return this.current;
  }

  /**
   * One cheap change check. A failure marks the snapshot offline / error (once, not on every poll)
   * and rethrows; an unchanged token after a failure or from the cache marks it fresh again.
   */
  async checkChangeSignal(): Promise<ChangeSignal> {
    try {
      const signal = await this.withSideTask((abort) => this.access(this.accountId, (provider) => this.calls.read((s) => provider.getChangeSignal(s), abort)));
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

  private async fetchSnapshot(filter: AccountFilter, options: RefreshOptions, signal: AbortSignal): Promise<AccountSnapshot | undefined> {
    try {
      const plan = {
        filter,
        pageSize: this.pageSize,
        details: { groups: this.detailGroups, forceIds: new Set(options.detailIds ?? []) },
        known: () => this.current,
        changeSignal: options.changeSignal,
      };
      const fetched = await this.access(this.accountId, (provider) => fetchTickets(provider, plan, this.calls, signal));
      return createSnapshot({
        accountId: this.accountId,
        state: 'fresh',
        fetchedAt: this.clock.now(),
        tickets: fetched.tickets,
        filter,
        changeToken: fetched.changeSignal?.token,
        incompleteIds: fetched.incompleteIds,
      });
    } catch (error) {
      return signal.aborted ? undefined : this.failedSnapshot(error);
    }
  }

  /** The last good tickets, marked offline (network) or error (anything else). */
  private failedSnapshot(error: unknown): AccountSnapshot {
    return withState(this.current, isTicketError(error, 'network') ? 'offline' : 'error', this.describeFailure(error));
  }

  private describeFailure(error: unknown): SnapshotError {
    const throttledUntil = this.calls.throttledUntil;
    if (!isTicketError(error)) {
      return { kind: 'server', message: 'Refreshing this account failed unexpectedly. See the Cloud Tickets log for details.' };
    }
    const retryAfter = error.retryAfterMs !== undefined ? this.clock.now() + error.retryAfterMs : undefined;
    const retryAt = Math.max(throttledUntil, retryAfter ?? 0);
    return {
      kind: error.kind,
      message: error.message,
      ...(error.code !== undefined ? { code: error.code } : {}),
      ...(error.requestId !== undefined ? { requestId: error.requestId } : {}),
      ...(retryAt > 0 ? { retryAt } : {}),
    };
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

type DetailResult = { readonly id: string; readonly detail?: TicketSummary; readonly error?: unknown };

/** Loads details; rejects when one failure says the account is unreachable (so access records it). */
async function loadDetailOutcomes(provider: TicketProvider, ids: readonly string[], calls: AccountCalls, signal: AbortSignal): Promise<DetailResult[]> {
  const results = await Promise.all(
    ids.map((id) =>
      calls
        .read((s) => provider.getTicket(id, s), signal)
        .then(
          (detail): DetailResult => ({ id, detail: summaryOf(detail) }),
          (error: unknown): DetailResult => ({ id, error }),
        ),
    ),
  );
  const fatal = results.find((result) => result.error !== undefined && isAccountWide(result.error));
  if (fatal) throw fatal.error;
  return results;
}

function isAccountWide(error: unknown): boolean {
  return !isTicketError(error) || isTicketError(error, 'auth', 'network', 'throttled');
}

function mergeDetails(snapshot: AccountSnapshot, results: readonly DetailResult[]): AccountSnapshot {
  const byId = new Map(results.map((result) => [result.id, result]));
  const incomplete = new Set(snapshot.incompleteIds);
  const tickets = snapshot.tickets.map((ticket) => {
    const result = byId.get(ticket.id);
    if (!result) return ticket;
    if (result.detail) {
      incomplete.delete(ticket.id);
      return mergeTicket(ticket, ticket, result.detail);
    }
    incomplete.add(ticket.id);
    return ticket;
  });
  return createSnapshot({ ...snapshot, tickets, incompleteIds: [...incomplete] });
}

function superseded(): Error {
  const error = new Error('A newer refresh replaced this one.');
  error.name = 'AbortError';
  return error;
}
