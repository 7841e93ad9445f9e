/**
 * Never file the same ticket twice (DESIGN.md §7). When a create fails in a way that leaves open
 * whether the server committed it (connection dropped, timeout), the caller looks for a ticket that
 * matches what was just submitted before it offers "Retry". Reads only; nothing here writes.
 */
import { abortableDelay, isAbortError } from './abort';
import { isTicketError } from './errors';
import { SIGNATURE_WINDOW_MS } from './failure-classification';
import type { CreateFormSchema, FormValues } from './form-schema';
import type { TicketListFilter, TicketProvider } from './provider';
import type { TicketSummary } from './ticket';

/**
 * How far before the send (in server time) a ticket may have been created and still count as the one
 * just filed; the one window of every provider's look-up. It covers a slow commit and a skew estimate
 * that went stale, not the whole clock difference: that is measured (server-clock.ts).
 */
export const DUPLICATE_LOOK_BACK_MS = 10 * 60_000;

/** What was submitted, reduced to what a ticket list can be matched on. */
export interface SubmittedTicket {
  readonly title: string;
  readonly description: string;
  /** When the create request was sent, epoch ms (local clock; converted with the provider's `serverTime`). */
  readonly submittedAt: number;
}

export interface DuplicateSearchOptions {
  /** How far before `submittedAt` a ticket may have been created and still count (default DUPLICATE_LOOK_BACK_MS). */
  readonly lookBackMs?: number;
  /** Tickets per list page. */
  readonly pageSize?: number;
  /** List pages to read at most: the window can hold more than a page when others file at the same time. */
  readonly maxPages?: number;
  /** Searches to run when the first finds nothing (lists can lag behind a fresh commit). */
  readonly attempts?: number;
  /** Pause between attempts. */
  readonly pauseMs?: number;
  /** Details fetched to compare descriptions, at most. */
  readonly maxDetails?: number;
}

export type DuplicateSearchResult =
  | { readonly outcome: 'found'; readonly ticket: TicketSummary }
  | { readonly outcome: 'none' }
  /** The search itself failed; the caller cannot tell and must say so before offering a retry. */
  | { readonly outcome: 'unknown'; readonly error: unknown };

const DEFAULTS: Required<DuplicateSearchOptions> = { lookBackMs: DUPLICATE_LOOK_BACK_MS, pageSize: 20, maxPages: 5, attempts: 2, pauseMs: 1500, maxDetails: 5 };
const COMPARED_PREFIX = 500;

/** True when a failed create may nevertheless have filed the ticket, so a duplicate search must come first. */
export function mayHaveBeenCreated(error: unknown): boolean {
  if (isAbortError(error)) return false;
  if (isTicketError(error)) return error.ambiguous || error.kind === 'network';
  // Anything unclassified is treated as ambiguous: looking costs one read, a duplicate costs a support engineer.
  return true;
}

/** Ids a title field goes by; other single-line fields (contact time, CC) are never taken for a title. */
const TITLE_IDS: readonly string[] = ['title', 'subject', 'summary'];

/** Picks the title and description out of form values: fields named so, else the first multi-line field as description. */
export function submittedTicketFrom(schema: CreateFormSchema, values: FormValues, submittedAt: number): SubmittedTicket {
  const text = (id: string | undefined): string => {
    const value = id === undefined ? undefined : values[id];
    return typeof value === 'string' ? value : '';
  };
  const title = schema.fields.find((field) => field.kind === 'text' && TITLE_IDS.includes(field.id));
  const description = schema.fields.find((field) => field.id === 'description') ?? schema.fields.find((field) => field.kind === 'textarea');
  return { title: text(title?.id), description: text(description?.id), submittedAt };
}

type SearchableProvider = Pick<TicketProvider, 'listTickets' | 'getTicket' | 'capabilities' | 'serverTime'>;

/**
 * Looks through the account's newest tickets for one that matches the submitted ticket. Ticket times
 * are the server's, so the window is placed on the server's clock (the provider's `serverTime`).
 */
export async function findRecentDuplicate(provider: SearchableProvider, submitted: SubmittedTicket, options: DuplicateSearchOptions = {}, signal?: AbortSignal): Promise<DuplicateSearchResult> {
  const settings = { ...DEFAULTS, ...options };
  let lastError: unknown;
  for (let attempt = 0; attempt < settings.attempts; attempt++) {
    if (attempt > 0) await abortableDelay(settings.pauseMs, signal);
    try {
      const ticket = await searchOnce(provider, submitted, settings, signal);
      if (ticket) return { outcome: 'found', ticket };
      lastError = undefined;
    } catch (error) {
      if (isAbortError(error)) throw error;
      lastError = error;
    }
  }
  return lastError === undefined ? { outcome: 'none' } : { outcome: 'unknown', error: lastError };
}

async function searchOnce(provider: SearchableProvider, submitted: SubmittedTicket, settings: Required<DuplicateSearchOptions>, signal?: AbortSignal): Promise<TicketSummary | undefined> {
  const title = normalise(submitted.title);
  const description = normalise(submitted.description).slice(0, COMPARED_PREFIX);
  if (!title && !description) return undefined;
  const sinceOnServer = () => submitted.submittedAt + (provider.serverTime?.skewMs ?? 0) - settings.lookBackMs;
  // Before any answer has shown the server's clock, the server-side filter is widened by the signature
  // window: a signed request that is accepted proves the clocks differ by less than that. The local
  // filter below is placed once the list answer has shown the server's clock.
  const unmeasured = provider.serverTime !== undefined && provider.serverTime.skewMs === undefined;
  const filter = provider.capabilities.listFilters.createdRange ? { createdAfter: sinceOnServer() - (unmeasured ? SIGNATURE_WINDOW_MS : 0) } : {};
  const listed = await listWindow(provider, filter, settings, signal);
  const since = sinceOnServer();
  const recent = listed.filter((ticket) => ticket.createdAt === undefined || ticket.createdAt >= since);
  const newestFirst = [...recent].sort((a, b) => (b.createdAt ?? 0) - (a.createdAt ?? 0));
  for (const candidate of candidatesOf(newestFirst, title, description).slice(0, settings.maxDetails)) {
    if (!description) return candidate;
    const detail = await provider.getTicket(candidate.id, signal);
    if (normalise(detail.description).slice(0, COMPARED_PREFIX) === description) return candidate;
  }
  return undefined;
}

/**
 * The tickets the list gives for the window, page after page up to `maxPages`: the one just filed is not
 * always on the first page (others may file on the account meanwhile, and a list's order is the cloud's).
 */
async function listWindow(provider: SearchableProvider, filter: TicketListFilter, settings: Required<DuplicateSearchOptions>, signal?: AbortSignal): Promise<TicketSummary[]> {
  const listed: TicketSummary[] = [];
  let cursor: string | undefined;
  for (let page = 0; page < settings.maxPages; page++) {
    const answer = await provider.listTickets(filter, { pageSize: settings.pageSize, ...(cursor === undefined ? {} : { cursor }) }, signal);
    listed.push(...answer.items);
    cursor = answer.nextCursor;
    if (cursor === undefined || answer.items.length === 0) break;
  }
  return listed;
}

/**
 * Tickets worth a detail read, most likely first. Titles are cheap to compare; without a title the
 * server usually derives one from the description, so prefix matches come first, then the others.
 */
function candidatesOf(newestFirst: readonly TicketSummary[], title: string, description: string): TicketSummary[] {
  if (title) return newestFirst.filter((ticket) => normalise(ticket.title) === title);
  const derived = (ticket: TicketSummary) => normalise(ticket.title) !== '' && description.startsWith(normalise(ticket.title));
  return [...newestFirst.filter(derived), ...newestFirst.filter((ticket) => !derived(ticket))];
}

/** Whitespace-insensitive form used for matching (servers trim and re-wrap text). */
function normalise(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
