/**
 * The list phase of one refresh: the change signal and the pages together — as many pages at once as
 * the last refresh needed (or as the account's slots allow, the first time), the rest as soon as any
 * answer tells the total; page by page when the provider's cursors cannot be computed — all through the
 * account's `AccountCalls`. The result is the complete tree (list fields over what was known) and the
 * queue of tickets whose details are wanted; details are detail-pump.ts's, afterwards.
 */
import { setMaxListeners } from 'node:events';
import type { Page, PageRequest } from '../paging';
import type { ChangeSignal, TicketListFilter, TicketProvider } from '../provider';
import { operationIfOffered } from '../provider-operations';
import type { TicketSummary } from '../ticket';
import type { AccountCalls } from './account-calls';
import { DetailPriority, DetailQueue } from './detail-pump';
import { matchesFilter, sameFilter, splitFilter, type AccountFilter } from './filter';
import { listedSummary, type AccountSnapshot } from './snapshot';
import { listItemChanged, needsDetail, type DetailPolicy } from './ticket-changes';

export interface FetchPlan {
  readonly filter: AccountFilter;
  readonly pageSize: number;
  readonly details: DetailPolicy;
  /** The account's current snapshot; read at the start (what changed?) and at the end (merge). */
  readonly known: () => AccountSnapshot | undefined;
  /** A change signal the caller fetched just now; otherwise one is fetched alongside the first page. */
  readonly changeSignal?: ChangeSignal;
  /** Every ticket of the account (no filter), as counted before anything was listed (Add Account's key check). */
  readonly expectedTickets?: number;
}

export interface ListedTickets {
  /** Every listed ticket (filters applied), list fields over what was known: the complete tree. */
  readonly tickets: readonly TicketSummary[];
  /** Tickets whose details are wanted (new, changed, failed before, or requested), by priority. */
  readonly details: DetailQueue;
  /** Tickets without details in groups a refresh leaves out (`DetailPolicy.groups`): loaded when they come on screen. */
  readonly withoutDetails: readonly string[];
  readonly changeSignal?: ChangeSignal;
  /** List pages requested (speculative ones past the end included). */
  readonly pagesRequested: number;
}

/**
 * The tree waits for the list and the change signal: they go before details still queued (e.g. of tickets
 * on screen), and as a burst — every slot the account allows at once, in this queue and the transport's, so the
 * 20 pages of a refresh that knows its page count take one round trip rather than the slow start's two.
 */
const TREE_FIRST = { ahead: true, burst: true } as const;

/** Sanity bound for paging, in case a provider keeps returning a next cursor. */
const MAX_PAGES = 10_000;

/**
 * Lists the account's tickets. Rejects with the first failure (auth, network, throttling after its
 * retries, a failed page, or cancellation), after stopping the calls still queued or running.
 */
export async function fetchTickets(provider: TicketProvider, plan: FetchPlan, calls: AccountCalls, signal: AbortSignal): Promise<ListedTickets> {
  const controller = new AbortController();
  // Every queued page listens for the abort; dozens at once are expected, not a leak.
  setMaxListeners(0, controller.signal);
  const stop = (): void => controller.abort(signal.reason);
  if (signal.aborted) stop();
  signal.addEventListener('abort', stop, { once: true });
  try {
    return await new TicketList(provider, plan, calls, controller.signal).run();
  } catch (error) {
    controller.abort(error);
    throw error;
  } finally {
    signal.removeEventListener('abort', stop);
  }
}

/** A page as it landed, and its tickets merged over what was known (done as each page lands, not while the tree waits for the last). */
interface ListedPage {
  readonly items: readonly TicketSummary[];
  readonly merged: readonly TicketSummary[];
  /** The snapshot `merged` is over. */
  readonly over: AccountSnapshot | undefined;
}

class TicketList {
  private readonly pages: ListedPage[] = [];
  /** The snapshot the last page landed on, and its tickets by id. */
  private mergedOver: { readonly snapshot: AccountSnapshot | undefined; readonly tickets: ReadonlyMap<string, TicketSummary> } | undefined;
  private readonly server: TicketListFilter;
  private readonly local: AccountFilter;
  private requested = 0;

  constructor(
    private readonly provider: TicketProvider,
    private readonly plan: FetchPlan,
    private readonly calls: AccountCalls,
    private readonly signal: AbortSignal,
  ) {
    ({ server: this.server, local: this.local } = splitFilter(plan.filter, provider.capabilities.listFilters));
  }

  async run(): Promise<ListedTickets> {
    const cursorForPage = operationIfOffered(this.provider, 'cursorForPage');
    // The first page goes out before the change signal: its answer tells the total the other pages wait for.
    const first = this.listPage(undefined, 0);
    const changeSignal = this.changeSignal();
    const last = cursorForPage ? await this.pagesAtOnce(first, cursorForPage) : await first;
    await this.followCursors(last, this.pages.length);
    return { ...this.assemble(), changeSignal: await changeSignal, pagesRequested: this.requested };
  }

  /** A failed change signal does not fail the refresh: the next poll simply sees a different token. */
  private changeSignal(): Promise<ChangeSignal | undefined> {
    if (this.plan.changeSignal) return Promise.resolve(this.plan.changeSignal);
    return this.calls.read((signal) => this.provider.getChangeSignal(signal, TREE_FIRST), this.signal, TREE_FIRST).catch(() => undefined);
  }

  private async listPage(cursor: string | undefined, index: number): Promise<Page<TicketSummary>> {
    const request: PageRequest = cursor === undefined ? { pageSize: this.plan.pageSize } : { cursor, pageSize: this.plan.pageSize };
    this.requested++;
    const page = await this.calls.read((signal) => this.provider.listTickets(this.server, request, signal, TREE_FIRST), this.signal, TREE_FIRST);
    const known = this.knownTickets();
    this.pages[index] = { items: page.items, merged: page.items.map((item) => listedSummary(item, known.get(item.id))), over: this.mergedOver?.snapshot };
    return page;
  }

  /** The current snapshot's tickets by id (the pages merged so far were merged over them). */
  private knownTickets(): ReadonlyMap<string, TicketSummary> {
    const snapshot = this.plan.known();
    if (this.mergedOver && this.mergedOver.snapshot === snapshot) return this.mergedOver.tickets;
    const tickets = new Map((snapshot?.tickets ?? []).map((ticket) => [ticket.id, ticket]));
    this.mergedOver = { snapshot, tickets };
    return tickets;
  }

  /**
   * The pages the last refresh needed (or as many as may be in flight now) at once; the first answer
   * tells the total, and every page still missing is queued then. Resolves with the last page.
   */
  private async pagesAtOnce(first: Promise<Page<TicketSummary>>, cursorForPage: (pageIndex: number, pageSize: number) => string): Promise<Page<TicketSummary>> {
    const fetchPage = (index: number): Promise<Page<TicketSummary>> => this.listPage(cursorForPage(index, this.plan.pageSize), index);
    const answers: Promise<Page<TicketSummary>>[] = [];
    let counted = false;
    const countFrom = (page: Page<TicketSummary>): void => {
      if (counted || page.totalCount === undefined) return;
      counted = true;
      // A full page (one with a next cursor) shows the page size the provider really uses.
      const size = page.nextCursor !== undefined && page.items.length > 0 ? page.items.length : this.plan.pageSize;
      const count = Math.min(MAX_PAGES, Math.max(1, Math.ceil(page.totalCount / size)));
      for (let index = answers.length; index < count; index++) answers.push(handled(fetchPage(index).then(settle)));
    };
    const settle = (page: Page<TicketSummary>): Page<TicketSummary> => {
      countFrom(page);
      return page;
    };
    answers.push(handled(first.then(settle)));
    for (let index = 1, wave = this.expectedPages(); index < wave; index++) answers.push(handled(fetchPage(index).then(settle)));
    // Pages are added while earlier ones land: wait until no new one was added.
    let settled: Page<TicketSummary>[] = [];
    while (settled.length < answers.length) settled = await Promise.all(answers);
    const withItems = settled.filter((page) => page.items.length > 0);
    return withItems.length > 0 ? withItems[withItems.length - 1] : settled[0];
  }

  /**
   * Pages of the same filter the last refresh had, or of every ticket when the account's tickets were counted
   * before its first list (Add Account's key check); otherwise as many as the slow start has slots for: pages asked
   * for before the total is known may lie past the end, and a burst of them would cost an account with a handful of
   * tickets two dozen empty pages. A filter lists no more than every ticket, so a known count bounds its guess.
   */
  private expectedPages(): number {
    const known = this.plan.known();
    const pagesOf = (tickets: number): number => Math.max(1, Math.ceil(tickets / this.plan.pageSize));
    if (known?.fetchedAt !== undefined && sameFilter(known.filter, this.plan.filter)) return pagesOf(known.tickets.length);
    const everyTicket = known?.fetchedAt !== undefined && sameFilter(known.filter, {}) ? known.tickets.length : this.plan.expectedTickets;
    if (everyTicket !== undefined && sameFilter(this.plan.filter, {})) return pagesOf(everyTicket);
    // One slot goes to the change signal fetched alongside.
    const slowStart = Math.max(1, this.calls.concurrency - (this.plan.changeSignal ? 0 : 1));
    return everyTicket === undefined ? slowStart : Math.min(slowStart, pagesOf(everyTicket));
  }

  /** Page by page from `page`'s next cursor (opaque cursors, or a list that grew while we paged). */
  private async followCursors(page: Page<TicketSummary>, nextIndex: number): Promise<void> {
    const seen = new Set<string>();
    let cursor = page.items.length > 0 ? page.nextCursor : undefined;
    for (let index = nextIndex; cursor !== undefined && index < MAX_PAGES && !seen.has(cursor); index++) {
      seen.add(cursor);
      const next = await this.listPage(cursor, index);
      cursor = next.items.length > 0 ? next.nextCursor : undefined;
    }
  }

  /** Pages in order, duplicates (a ticket moving between pages while paging) dropped, filters applied; what needs details. */
  private assemble(): Pick<ListedTickets, 'tickets' | 'details' | 'withoutDetails'> {
    const knownSnapshot = this.plan.known();
    const known = this.knownTickets();
    const incomplete = new Set(knownSnapshot?.incompleteIds ?? []);
    const { forceIds } = this.plan.details;
    const seen = new Set<string>();
    const tickets: TicketSummary[] = [];
    const details = new DetailQueue();
    const withoutDetails: string[] = [];
    for (const page of this.pages) {
      if (!page) continue;
      // Something was published after the page landed (details of tickets on screen): merge over that.
      const remerge = page.over !== knownSnapshot;
      page.items.forEach((item, position) => {
        if (seen.has(item.id)) return;
        seen.add(item.id);
        const before = known.get(item.id);
        const ticket = remerge ? listedSummary(item, before) : page.merged[position];
        if (!matchesFilter(ticket, this.local)) return;
        tickets.push(ticket);
        if (!needsDetail({ item, known: before, incomplete: incomplete.has(item.id) }, this.plan.details)) {
          if (!before || incomplete.has(item.id)) withoutDetails.push(item.id);
          return;
        }
        const priority = forceIds.has(item.id)
          ? DetailPriority.Requested
          : before && (incomplete.has(item.id) || listItemChanged(item, before))
            ? DetailPriority.Changed
            : item.status.group !== 'closed'
              ? DetailPriority.NewOpen
              : DetailPriority.Other;
        details.add(item.id, priority);
      });
    }
    return { tickets, details, withoutDetails };
  }
}

/** The same promise, with its rejection also observed: a page queued after a failure must not be an unhandled rejection. */
function handled<T>(promise: Promise<T>): Promise<T> {
  promise.catch(() => undefined);
  return promise;
}
