/**
 * Per-account ticket filters. What the provider can filter server-side (`capabilities.listFilters`)
 * goes into `listTickets`; the rest is applied locally to what comes back.
 */
import type { ListFilterCapability } from '../capabilities';
import type { TicketListFilter } from '../provider';
import { STATUS_GROUPS, type StatusGroup } from '../status';
import type { TicketSummary } from '../ticket';

/** What the user can filter an account's tickets by. Absent fields do not filter. */
export interface AccountFilter {
  readonly statusGroups?: readonly StatusGroup[];
  /** Case-insensitive substring; server-side it may also match the description. */
  readonly keyword?: string;
  /** Created at or after, epoch ms. */
  readonly createdAfter?: number;
  /** Created at or before, epoch ms. */
  readonly createdBefore?: number;
  /** Tickets carrying any of these labels (name kept for display and for matching locally). */
  readonly labels?: readonly FilterLabel[];
}

/** A label as a filter names it. */
export interface FilterLabel {
  readonly id: string;
  readonly name: string;
}

/** The filter with empty parts removed (blank keyword, all three groups), so equal meanings compare equal. */
export function normalizeFilter(filter: AccountFilter): AccountFilter {
  const keyword = filter.keyword?.trim();
  const groups = filter.statusGroups ? STATUS_GROUPS.filter((group) => filter.statusGroups?.includes(group)) : undefined;
  return {
    ...(groups && groups.length < STATUS_GROUPS.length ? { statusGroups: groups } : {}),
    ...(keyword ? { keyword } : {}),
    ...(filter.createdAfter !== undefined ? { createdAfter: filter.createdAfter } : {}),
    ...(filter.createdBefore !== undefined ? { createdBefore: filter.createdBefore } : {}),
    ...(filter.labels?.length ? { labels: [...filter.labels].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)) } : {}),
  };
}

/** True when the filter lets every ticket through. */
export function isEmptyFilter(filter: AccountFilter): boolean {
  return Object.keys(normalizeFilter(filter)).length === 0;
}

/** True when both filters select the same tickets. */
export function sameFilter(a: AccountFilter, b: AccountFilter): boolean {
  return filterKey(a) === filterKey(b);
}

function filterKey(filter: AccountFilter): string {
  const normal = normalizeFilter(filter);
  return JSON.stringify([normal.statusGroups ?? null, normal.keyword ?? null, normal.createdAfter ?? null, normal.createdBefore ?? null, normal.labels?.map((label) => label.id) ?? null]);
}

export interface SplitFilter {
  /** Passed to `provider.listTickets`. */
  readonly server: TicketListFilter;
  /** Applied locally to the listed tickets. */
  readonly local: AccountFilter;
}

/** Splits a filter into the part the provider applies and the part applied locally. */
export function splitFilter(filter: AccountFilter, supported: ListFilterCapability): SplitFilter {
  const normal = normalizeFilter(filter);
  const hasRange = normal.createdAfter !== undefined || normal.createdBefore !== undefined;
  const range = { createdAfter: normal.createdAfter, createdBefore: normal.createdBefore };
  const server: TicketListFilter = {
    ...(normal.statusGroups && supported.statusGroups ? { statusGroups: normal.statusGroups } : {}),
    ...(normal.keyword && supported.keyword ? { keyword: normal.keyword } : {}),
    ...(hasRange && supported.createdRange ? definedOnly(range) : {}),
    ...(normal.labels && supported.labels ? { labelIds: normal.labels.map((label) => label.id) } : {}),
  };
  const local: AccountFilter = {
    ...(normal.statusGroups && !supported.statusGroups ? { statusGroups: normal.statusGroups } : {}),
    ...(normal.keyword && !supported.keyword ? { keyword: normal.keyword } : {}),
    ...(hasRange && !supported.createdRange ? definedOnly(range) : {}),
    ...(normal.labels && !supported.labels ? { labels: normal.labels } : {}),
  };
  return { server, local };
}

/**
 * Local filtering. A ticket whose creation time is unknown (not in the list answer and no details
 * yet) passes a time range: hiding it would hide tickets only because the list is terse. The local
 * keyword matches the title and the id (the description is not in a summary).
 */
export function matchesFilter(ticket: TicketSummary, filter: AccountFilter): boolean {
  if (filter.statusGroups && !filter.statusGroups.includes(ticket.status.group)) return false;
  const keyword = filter.keyword?.trim().toLowerCase();
  if (keyword && !ticket.title.toLowerCase().includes(keyword) && !ticket.id.toLowerCase().includes(keyword)) return false;
  if (filter.labels?.length && !filter.labels.some((label) => ticket.labels?.includes(label.name))) return false;
  if (ticket.createdAt !== undefined) {
    if (filter.createdAfter !== undefined && ticket.createdAt < filter.createdAfter) return false;
    if (filter.createdBefore !== undefined && ticket.createdAt > filter.createdBefore) return false;
  }
  return true;
}

function definedOnly<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>;
}
