/**
 * One refresh of one account's ticket list: the change signal and the first page together, then the
 * remaining pages concurrently once the total is known (sequentially when the provider's cursors
 * cannot be computed), and details for new or changed tickets as soon as their page arrives — all
 * through the account's `AccountCalls`, so the concurrency bound and throttling gate hold throughout.
 */
import { setMaxListeners } from 'node:events';
import { isAbortError } from '../abort';
import { isTicketError } from '../errors';
import type { Page, PageRequest } from '../paging';
import type { ChangeSignal, TicketListFilter, TicketProvider } from '../provider';
import { operationIfOffered } from '../provider-operations';
import type { TicketSummary } from '../ticket';
import type { AccountCalls } from './account-calls';
import { matchesFilter, splitFilter, type AccountFilter } from './filter';
import { summaryOf, type AccountSnapshot } from './snapshot';
import { mergeTicket, needsDetail, type DetailPolicy } from './ticket-changes';

export interface FetchPlan {
  readonly filter: AccountFilter;
  readonly pageSize: number;
  readonly details: DetailPolicy;
  /** The account's current snapshot; read at the start (what changed?) and at the end (merge). */
  readonly known: () => AccountSnapshot | undefined;
  /** A change signal the caller fetched just now; otherwise one is fetched alongside the first page. */
  readonly changeSignal?: ChangeSignal;
}

export interface FetchedTickets {
  readonly tickets: readonly TicketSummary[];
  /** Listed tickets whose details failed with a per-ticket error (permission, not found, server). */
  readonly incompleteIds: readonly string[];
  readonly changeSignal?: ChangeSignal;
  /** Tickets whose details were requested. */
  readonly detailsRequested: number;
}

/** Sanity bound for sequential paging, in case a provider keeps returning a next cursor. */
const MAX_PAGES = 10_000;

type DetailOutcome = { readonly detail: TicketSummary } | { readonly error: unknown };

/**
 * Fetches the account's tickets. Rejects with the first failure that makes the list untrustworthy
 * (auth, network, throttling after its retries, a failed page, or cancellation), after stopping the
 * calls still queued or running.
 */
export async function fetchTickets(provider: TicketProvider, plan: FetchPlan, calls: AccountCalls, signal: AbortSignal): Promise<FetchedTickets> {
  const controller = new AbortController();
  // Every queued call listens for the abort; hundreds at once are expected, not a leak.
  setMaxListeners(0, controller.signal);
  const stop = (): void => controller.abort(signal.reason);
  if (signal.aborted) stop();
  signal.addEventListener('abort', stop, { once: true });
  const fetch = new TicketFetch(provider, plan, calls, controller);
  try {
    return await fetch.run();
  } catch (error) {
    controller.abort(error);
    throw fetch.firstFatal ?? error;
  } finally {
    signal.removeEventListener('abort', stop);
  }
}

/** Detail failures that mean "the account as a whole is not reachable right now". */
function isFatalDetailError(error: unknown): boolean {
  return isAbortError(error) || !isTicketError(error) || isTicketError(error, 'auth', 'network', 'throttled');
}

class TicketFetch {
  private readonly pages: (readonly TicketSummary[])[] = [];
  private readonly details = new Map<string, Promise<DetailOutcome>>();
  private readonly knownAtStart: ReadonlyMap<string, TicketSummary>;
  private readonly incompleteAtStart: ReadonlySet<string>;
  private readonly server: TicketListFilter;
  private readonly local: AccountFilter;
  firstFatal: unknown;

  constructor(
    private readonly provider: TicketProvider,
    private readonly plan: FetchPlan,
    private readonly calls: AccountCalls,
    private readonly controller: AbortController,
  ) {
    const known = plan.known();
    this.knownAtStart = new Map((known?.tickets ?? []).map((ticket) => [ticket.id, ticket]));
    this.incompleteAtStart = new Set(known?.incompleteIds ?? []);
    ({ server: this.server, local: this.local } = splitFilter(plan.filter, provider.capabilities.listFilters));
  }

  private get signal(): AbortSignal {
    return this.controller.signal;
  }

  async run(): Promise<FetchedTickets> {
    const changeSignal = this.changeSignal();
    const first = await this.listPage(undefined, 0);
    await this.remainingPages(first);
    const outcomes = new Map<string, DetailOutcome>();
    for (const [id, outcome] of this.details) outcomes.set(id, await outcome);
    if (this.firstFatal !== undefined) throw this.firstFatal;
    return { ...this.assemble(outcomes), changeSignal: await changeSignal, detailsRequested: this.details.size };
  }

  /** A failed change signal does not fail the refresh: the next poll simply sees a different token. */
  private changeSignal(): Promise<ChangeSignal | undefined> {
    if (this.plan.changeSignal) return Promise.resolve(this.plan.changeSignal);
    return this.calls.read((signal) => this.provider.getChangeSignal(signal), this.signal).catch(() => undefined);
  }

  private async listPage(cursor: string | undefined, index: number): Promise<Page<TicketSummary>> {
    const request: PageRequest = cursor === undefined ? { pageSize: this.plan.pageSize } : { cursor, pageSize: this.plan.pageSize };
    const page = await this.calls.read((signal) => this.provider.listTickets(this.server, request, signal), this.signal);
    this.accept(index, page.items);
    return page;
  }

  private async remainingPages(first: Page<TicketSummary>): Promise<void> {
    let cursor = first.nextCursor;
    let index = 1;
    const pageSize = first.items.length;
    const cursorForPage = operationIfOffered(this.provider, 'cursorForPage');
    if (cursor !== undefined && first.totalCount !== undefined && pageSize > 0 && cursorForPage) {
      const count = Math.min(MAX_PAGES, Math.ceil(first.totalCount / pageSize));
      const indices = Array.from({ length: Math.max(0, count - 1) }, (_, i) => i + 1);
      const pages = await Promise.all(indices.map((i) => this.listPage(cursorForPage(i, this.plan.pageSize), i)));
      // The list grew while we paged: follow the last page's cursor to the end.
      cursor = pages.length > 0 ? pages[pages.length - 1].nextCursor : undefined;
      index = count;
    }
    const seen = new Set<string>();
    while (cursor !== undefined && index < MAX_PAGES && !seen.has(cursor)) {
      seen.add(cursor);
      const page = await this.listPage(cursor, index++);
      cursor = page.items.length > 0 ? page.nextCursor : undefined;
    }
  }

  /** Records a page and starts detail loads for its new or changed tickets right away. */
  private accept(index: number, items: readonly TicketSummary[]): void {
    this.pages[index] = items;
    for (const item of items) {
      if (this.details.has(item.id) || !matchesFilter(item, this.local)) continue;
      const question = { item, known: this.knownAtStart.get(item.id), incomplete: this.incompleteAtStart.has(item.id) };
      if (needsDetail(question, this.plan.details)) this.details.set(item.id, this.loadDetail(item.id));
    }
  }

  /** Never rejects: a fatal failure is recorded and stops the whole fetch. */
  private loadDetail(ticketId: string): Promise<DetailOutcome> {
    return this.calls
      .read((signal) => this.provider.getTicket(ticketId, signal), this.signal)
      .then(
        (detail): DetailOutcome => ({ detail: summaryOf(detail) }),
        (error: unknown): DetailOutcome => {
          if (isFatalDetailError(error) && !this.signal.aborted) {
            this.firstFatal ??= error;
            this.controller.abort(error);
          }
          return { error };
        },
      );
  }

  /** Pages in order, duplicates (a ticket moving between pages while paging) dropped, filters applied. */
  private assemble(outcomes: ReadonlyMap<string, DetailOutcome>): Pick<FetchedTickets, 'tickets' | 'incompleteIds'> {
    const knownNow = new Map((this.plan.known()?.tickets ?? []).map((ticket) => [ticket.id, ticket]));
    const seen = new Set<string>();
    const tickets: TicketSummary[] = [];
    const incompleteIds: string[] = [];
    for (const item of this.pages.flat()) {
      if (seen.has(item.id)) continue;
      seen.add(item.id);
      const outcome = outcomes.get(item.id);
      const detail = outcome && 'detail' in outcome ? outcome.detail : undefined;
      const ticket = mergeTicket(item, knownNow.get(item.id) ?? this.knownAtStart.get(item.id), detail);
      if (!matchesFilter(ticket, this.local)) continue;
      if (outcome && 'error' in outcome) incompleteIds.push(item.id);
      tickets.push(ticket);
    }
    return { tickets, incompleteIds };
  }
}
