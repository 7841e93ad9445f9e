/**
 * The cache file format of an account snapshot: versioned JSON holding ticket summaries, the filter
 * and the account id — never credentials, descriptions or messages. A file that does not parse, is
 * of an unknown version or belongs to another account reads as "no cache".
 */
import { adoptSummary, createSnapshot, summaryOf, summarySeverity, summaryStatus, type AccountSnapshot, type GroupCounts } from '../refresh/snapshot';
import { STATUS_GROUPS, type TicketStatus } from '../status';
import type { LabelledValue, TicketSummary } from '../ticket';
import { Interned, isNumber, isRecord, optionalNumber, optionalString, readFilter, readLabelled, readStatus, readTicket } from './snapshot-fields';

export const SNAPSHOT_FORMAT = 'cloud-tickets/account-snapshot';
/** Version 3 keeps tickets in columns; version 1 files (an object per ticket) still read. */
export const SNAPSHOT_VERSION = 3;

/**
 * The tickets as columns, one entry per ticket in list order: what the first paint of a large account
 * waits for parses fastest this way (a handful of long arrays, no object or array per ticket, numbers
 * stored unboxed). `status` and `severity` index `statuses` and `severities`, each written once. An
 * optional column is left out when no ticket has the field; null marks a ticket without it.
 */
interface TicketColumns {
  readonly id: readonly string[];
  readonly title: readonly string[];
  readonly status: readonly number[];
  readonly createdAt?: readonly (number | null)[];
  readonly updatedAt?: readonly (number | null)[];
  readonly severity?: readonly (number | null)[];
  readonly productName?: readonly (string | null)[];
  readonly unreadCount?: readonly (number | null)[];
  readonly labels?: readonly (readonly string[] | null)[];
}

interface SnapshotFileV3 {
  readonly format: typeof SNAPSHOT_FORMAT;
  readonly version: typeof SNAPSHOT_VERSION;
  readonly accountId: string;
  readonly fetchedAt?: number;
  readonly changeToken?: string;
  readonly filter: AccountSnapshot['filter'];
  readonly incompleteIds: readonly string[];
  readonly statuses: readonly TicketStatus[];
  readonly severities: readonly LabelledValue[];
  readonly tickets: TicketColumns;
  /** A first-screen preview: the first rows of each group, with the whole account's counts. */
  readonly preview?: true;
  readonly counts?: GroupCounts;
}

/** Rows of each group a preview keeps: what a group shows before "Load more…" (views/explorerView.ts). */
export const PREVIEW_ROWS = 50;

/**
 * The first screen of a snapshot, serialised: the first `PREVIEW_ROWS` tickets of each group and the
 * counts of all of them. It parses in a millisecond whatever the account's size, so the tree paints from
 * it while the whole file is still being read.
 */
export function serializePreview(snapshot: AccountSnapshot): string {
  const kept = new Set(STATUS_GROUPS.flatMap((group) => snapshot.groups[group].slice(0, PREVIEW_ROWS)));
  return serializeTickets(
    snapshot,
    snapshot.tickets.filter((ticket) => kept.has(ticket)),
    { preview: true, counts: snapshot.counts },
  );
}

/** Serialises the cacheable part of a snapshot (state and error are not cached). */
export function serializeSnapshot(snapshot: AccountSnapshot): string {
  return serializeTickets(snapshot, snapshot.tickets);
}

function serializeTickets(snapshot: AccountSnapshot, kept: readonly TicketSummary[], preview?: { preview: true; counts: GroupCounts }): string {
  const statuses = new Interned<TicketStatus>((status) => [status.group, status.code, status.label, status.known, status.nativeLabel ?? null]);
  const severities = new Interned<LabelledValue>((severity) => [severity.code, severity.label]);
  const tickets = kept.map(summaryOf);
  const keptIds = new Set(preview ? tickets.map((ticket) => ticket.id) : []);
  const column = <T>(value: (ticket: TicketSummary) => T | undefined): (T | null)[] | undefined => {
    const values = tickets.map((ticket) => value(ticket) ?? null);
    return values.some((entry) => entry !== null) ? values : undefined;
  };
  const file: SnapshotFileV3 = {
    format: SNAPSHOT_FORMAT,
    version: SNAPSHOT_VERSION,
    accountId: snapshot.accountId,
    ...(snapshot.fetchedAt !== undefined ? { fetchedAt: snapshot.fetchedAt } : {}),
    ...(snapshot.changeToken !== undefined ? { changeToken: snapshot.changeToken } : {}),
    filter: snapshot.filter,
    incompleteIds: preview ? snapshot.incompleteIds.filter((id) => keptIds.has(id)) : snapshot.incompleteIds,
    ...(preview ?? {}),
    statuses: statuses.values,
    severities: severities.values,
    tickets: withoutEmptyColumns({
      id: tickets.map((ticket) => ticket.id),
      title: tickets.map((ticket) => ticket.title),
      status: tickets.map((ticket) => statuses.indexOf(ticket.status)),
      createdAt: column((ticket) => ticket.createdAt),
      updatedAt: column((ticket) => ticket.updatedAt),
      severity: column((ticket) => (ticket.severity ? severities.indexOf(ticket.severity) : undefined)),
      productName: column((ticket) => ticket.productName),
      unreadCount: column((ticket) => ticket.unreadCount),
      labels: column((ticket) => ticket.labels),
    }),
  };
  return asciiOnly(JSON.stringify(file));
}

/**
 * JSON with every character past ASCII written as a \u escape: the file then decodes to a one-byte string,
 * which reads and parses markedly faster than the two-byte string one Chinese status label would make of
 * the whole file (JSON.parse turns the escapes back into the same text).
 */
function asciiOnly(json: string): string {
  return json.replace(/[\u0080-\uffff]/g, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** Parses a cache file into a `stale` snapshot; undefined when unusable. Malformed tickets are skipped. */
export function parseSnapshot(text: string, accountId: string): AccountSnapshot | undefined {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return undefined;
  }
  if (!isRecord(value) || value.format !== SNAPSHOT_FORMAT || value.accountId !== accountId) return undefined;
  const tickets = value.version === SNAPSHOT_VERSION ? readColumns(value) : value.version === 1 ? readTicketObjects(value) : undefined;
  if (!tickets) return undefined;
  const counts = value.preview === true ? readCounts(value.counts) : undefined;
  return createSnapshot({
    ...(counts ? { preview: true as const, counts } : {}),
    accountId,
    state: 'stale',
    fetchedAt: optionalNumber(value.fetchedAt),
    changeToken: optionalString(value.changeToken),
    filter: readFilter(value.filter),
    incompleteIds: Array.isArray(value.incompleteIds) ? value.incompleteIds.filter((id): id is string => typeof id === 'string') : [],
    tickets,
  });
}

/** Version 3: the columns against the lists of statuses and severities; undefined when the columns disagree in length. */
function readColumns(file: Record<string, unknown>): TicketSummary[] | undefined {
  const columns = isRecord(file.tickets) ? file.tickets : {};
  const ids = Array.isArray(columns.id) ? (columns.id as unknown[]) : [];
  const count = ids.length;
  const column = (name: string): readonly unknown[] | undefined => {
    const values = columns[name];
    return Array.isArray(values) && values.length === count ? values : undefined;
  };
  const titles = column('title');
  const statusIndexes = column('status');
  if (!titles || !statusIndexes) return count === 0 ? [] : undefined;
  const statuses = listOf(file.statuses, readStatus, summaryStatus);
  const severities = listOf(file.severities, readLabelled, summarySeverity);
  const [createdAt, updatedAt, severity, productName, unreadCount, labels] = ['createdAt', 'updatedAt', 'severity', 'productName', 'unreadCount', 'labels'].map(column);
  const tickets: TicketSummary[] = [];
  for (let i = 0; i < count; i++) {
    const id = ids[i];
    const title = titles[i];
    const statusIndex = statusIndexes[i];
    const status = typeof statusIndex === 'number' ? statuses[statusIndex] : undefined;
    if (typeof id !== 'string' || typeof title !== 'string' || !status) continue;
    // Built field by field (no spreads): this loop runs once per ticket on the first paint.
    const ticket: { -readonly [K in keyof TicketSummary]: TicketSummary[K] } = { id, title, status };
    if (createdAt && isNumber(createdAt[i])) ticket.createdAt = createdAt[i] as number;
    if (updatedAt && isNumber(updatedAt[i])) ticket.updatedAt = updatedAt[i] as number;
    const severityValue = severity && typeof severity[i] === 'number' ? severities[severity[i] as number] : undefined;
    if (severityValue) ticket.severity = severityValue;
    if (productName && typeof productName[i] === 'string') ticket.productName = productName[i] as string;
    if (unreadCount && isNumber(unreadCount[i])) ticket.unreadCount = unreadCount[i] as number;
    const labelList = labels?.[i];
    if (Array.isArray(labelList)) ticket.labels = labelList.filter((label): label is string => typeof label === 'string');
    tickets.push(adoptSummary(ticket));
  }
  return tickets;
}

/** A preview's counts per group; undefined unless every group has a whole number. */
function readCounts(value: unknown): GroupCounts | undefined {
  if (!isRecord(value)) return undefined;
  const counts = STATUS_GROUPS.map((group) => value[group]);
  return counts.every((count) => Number.isInteger(count) && (count as number) >= 0) ? (Object.fromEntries(STATUS_GROUPS.map((group, index) => [group, counts[index]])) as GroupCounts) : undefined;
}

/** Version 1: one object per ticket. */
function readTicketObjects(file: Record<string, unknown>): TicketSummary[] {
  return Array.isArray(file.tickets) ? file.tickets.map(readTicket).filter((ticket): ticket is TicketSummary => ticket !== undefined) : [];
}

/** Each entry read and shared (undefined where it does not read). */
function listOf<T>(value: unknown, read: (entry: unknown) => T | undefined, share: (entry: T) => T): (T | undefined)[] {
  return (Array.isArray(value) ? value : []).map((entry) => {
    const parsed = read(entry);
    return parsed && share(parsed);
  });
}

function withoutEmptyColumns(columns: { [K in keyof TicketColumns]: TicketColumns[K] | undefined }): TicketColumns {
  return Object.fromEntries(Object.entries(columns).filter(([, values]) => values !== undefined)) as unknown as TicketColumns;
}
