/**
 * What the explorer shows for one account: an immutable snapshot of its tickets, grouped by status,
 * with where the data came from (fresh, cache, offline, failed) and when it was fetched.
 */
import type { ErrorKind } from '../errors';
import type { ErrorReason } from '../error-reasons';
import { STATUS_GROUPS, type StatusGroup, type TicketStatus } from '../status';
import type { LabelledValue, TicketSummary } from '../ticket';
import type { AccountFilter } from './filter';

/**
 * - `fresh`: the last refresh (or change check) succeeded.
 * - `stale`: loaded from the cache (or never loaded); a refresh has not landed yet.
 * - `offline`: the last attempt could not reach the cloud; the tickets are the last good ones.
 * - `error`: the last attempt failed otherwise (`error` says why); the tickets are the last good ones.
 */
export type SnapshotState = 'fresh' | 'stale' | 'offline' | 'error';

/** Why the last attempt failed. `message` is the provider's user-facing sentence (no secrets). */
export interface SnapshotError {
  readonly kind: ErrorKind;
  readonly message: string;
  /** What our code found out (worded by the host), and the cloud's own words, secrets already removed. */
  readonly reason?: ErrorReason;
  readonly cloudMessage?: string;
  readonly code?: string;
  readonly requestId?: string;
  /** Epoch ms before which an automatic retry should not be made (throttling). */
  readonly retryAt?: number;
}

export type TicketGroups = Readonly<Record<StatusGroup, readonly TicketSummary[]>>;
export type GroupCounts = Readonly<Record<StatusGroup, number>>;

export interface AccountSnapshot {
  readonly accountId: string;
  readonly state: SnapshotState;
  /** When the tickets were fetched (epoch ms); absent when the account was never loaded. */
  readonly fetchedAt?: number;
  /** Every ticket, in the provider's list order. */
  readonly tickets: readonly TicketSummary[];
  /** The same tickets per status group, list order kept. */
  readonly groups: TicketGroups;
  readonly counts: GroupCounts;
  /** The filter the tickets were fetched with. */
  readonly filter: AccountFilter;
  /** Change-signal token observed when the tickets were fetched. */
  readonly changeToken?: string;
  /** Tickets whose details could not be loaded yet; the next refresh tries them again. */
  readonly incompleteIds: readonly string[];
  readonly error?: SnapshotError;
  /**
   * A first-screen preview from the cache: only the first rows of each group are in `tickets` and
   * `groups`, while `counts` are the whole account's. The full snapshot replaces it moments later.
   */
  readonly preview?: true;
}

/** The stored part of a snapshot; groups and counts are derived (a preview's counts are given). */
export interface SnapshotInit {
  readonly accountId: string;
  readonly state: SnapshotState;
  readonly fetchedAt?: number;
  readonly tickets: readonly TicketSummary[];
  readonly filter?: AccountFilter;
  readonly changeToken?: string;
  readonly incompleteIds?: readonly string[];
  readonly error?: SnapshotError;
  /** Builds a preview: `counts` are taken as given (they count tickets the preview leaves out). */
  readonly preview?: true;
  readonly counts?: GroupCounts;
}

/** Builds a frozen snapshot: tickets are reduced to summary fields and grouped by status. */
export function createSnapshot(init: SnapshotInit): AccountSnapshot {
  const tickets = Object.freeze(init.tickets.map(summaryOf));
  const lists: Record<StatusGroup, TicketSummary[]> = { 'needs-action': [], 'in-progress': [], closed: [] };
  for (const ticket of tickets) lists[ticket.status.group].push(ticket);
  const groups = Object.freeze(Object.fromEntries(STATUS_GROUPS.map((group) => [group, Object.freeze(lists[group])]))) as TicketGroups;
  const given = init.preview && init.counts;
  const counts = Object.freeze(Object.fromEntries(STATUS_GROUPS.map((group) => [group, given ? given[group] : lists[group].length]))) as GroupCounts;
  const incompleteIds = init.incompleteIds ?? [];
  const known = incompleteIds.length > 0 ? new Set(tickets.map((ticket) => ticket.id)) : undefined;
  return Object.freeze({
    accountId: init.accountId,
    state: init.state,
    ...(init.fetchedAt !== undefined ? { fetchedAt: init.fetchedAt } : {}),
    tickets,
    groups,
    counts,
    filter: Object.freeze({ ...(init.filter ?? {}) }),
    ...(init.changeToken !== undefined ? { changeToken: init.changeToken } : {}),
    incompleteIds: Object.freeze(known ? incompleteIds.filter((id) => known.has(id)) : []),
    ...(init.error ? { error: Object.freeze({ ...init.error }) } : {}),
    ...(init.preview ? { preview: true as const } : {}),
  });
}

/** A snapshot of an account that was never loaded. */
export function emptySnapshot(accountId: string, filter: AccountFilter = {}): AccountSnapshot {
  return createSnapshot({ accountId, state: 'stale', tickets: [], filter });
}

/** The same tickets with a new state (and error, which is dropped unless given). */
export function withState(snapshot: AccountSnapshot, state: SnapshotState, error?: SnapshotError): AccountSnapshot {
  return createSnapshot({ ...snapshot, state, error });
}

/** The ticket with this id, if the snapshot has it. */
export function findTicket(snapshot: AccountSnapshot, ticketId: string): TicketSummary | undefined {
  return snapshot.tickets.find((ticket) => ticket.id === ticketId);
}

/** True when the snapshot may not reflect the cloud right now (from cache, offline or failed). */
export function isStale(snapshot: AccountSnapshot): boolean {
  return snapshot.state !== 'fresh';
}

/** Summaries (and their status and severity parts) made by `summaryOf`: frozen, exactly the summary fields. */
const summaryParts = new WeakSet<object>();

/**
 * Copies only the `TicketSummary` fields of a summary or detail, so descriptions and other detail
 * text never reach a snapshot or the cache file. A summary it made before is returned as it is, and
 * status and severity objects it made are shared, so building a snapshot from one is cheap.
 */
export function summaryOf(ticket: TicketSummary): TicketSummary {
  if (summaryParts.has(ticket)) return ticket;
  // Built field by field: conditional spreads cost several objects per ticket, which 50,000 tickets notice.
  const summary: { -readonly [K in keyof TicketSummary]: TicketSummary[K] } = { id: ticket.id, title: ticket.title, status: summaryStatus(ticket.status) };
  if (ticket.createdAt !== undefined) summary.createdAt = ticket.createdAt;
  if (ticket.updatedAt !== undefined) summary.updatedAt = ticket.updatedAt;
  if (ticket.severity) summary.severity = summarySeverity(ticket.severity);
  if (ticket.productName !== undefined) summary.productName = ticket.productName;
  if (ticket.unreadCount !== undefined) summary.unreadCount = ticket.unreadCount;
  if (ticket.labels) summary.labels = Object.freeze([...ticket.labels]);
  Object.freeze(summary);
  summaryParts.add(summary);
  return summary;
}

/**
 * The summary of a listed ticket: every field the list item carries, over what was known of the
 * ticket — `summaryOf(mergeTicket(item, known, undefined))` without the copy in between, since a
 * refresh makes one per ticket while the tree waits.
 */
export function listedSummary(item: TicketSummary, known: TicketSummary | undefined): TicketSummary {
  const pick = <K extends keyof TicketSummary>(key: K): TicketSummary[K] | undefined => (item[key] !== undefined ? item[key] : known?.[key]);
  const summary: { -readonly [K in keyof TicketSummary]: TicketSummary[K] } = { id: item.id, title: pick('title') as string, status: summaryStatus(pick('status') as TicketStatus) };
  const createdAt = pick('createdAt');
  if (createdAt !== undefined) summary.createdAt = createdAt;
  const updatedAt = pick('updatedAt');
  if (updatedAt !== undefined) summary.updatedAt = updatedAt;
  const severity = pick('severity');
  if (severity) summary.severity = summarySeverity(severity);
  const productName = pick('productName');
  if (productName !== undefined) summary.productName = productName;
  const unreadCount = pick('unreadCount');
  if (unreadCount !== undefined) summary.unreadCount = unreadCount;
  const labels = pick('labels');
  if (labels) summary.labels = Object.freeze([...labels]);
  Object.freeze(summary);
  summaryParts.add(summary);
  return summary;
}

/**
 * Freezes a summary a reader built field by field (only `TicketSummary` fields, status and severity from
 * `summaryStatus` / `summarySeverity`) and marks it as made here, without copying it. The cache reader
 * uses it: copying 50,000 tickets it has just built would double the first paint.
 */
export function adoptSummary(ticket: TicketSummary): TicketSummary {
  if (ticket.labels) Object.freeze(ticket.labels);
  Object.freeze(ticket);
  summaryParts.add(ticket);
  return ticket;
}

/** A frozen copy of a status with only its own fields (the one given when it is one already). */
export function summaryStatus(status: TicketStatus): TicketStatus {
  if (summaryParts.has(status)) return status;
  const copy = Object.freeze({
    group: status.group,
    code: status.code,
    label: status.label,
    known: status.known,
    ...(status.nativeLabel !== undefined ? { nativeLabel: status.nativeLabel } : {}),
  });
  summaryParts.add(copy);
  return copy;
}

/** A frozen copy of a severity with only its code and label (the one given when it is one already). */
export function summarySeverity(severity: LabelledValue): LabelledValue {
  if (summaryParts.has(severity)) return severity;
  const copy = Object.freeze({ code: severity.code, label: severity.label });
  summaryParts.add(copy);
  return copy;
}
