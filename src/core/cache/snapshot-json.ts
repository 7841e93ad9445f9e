/**
 * The cache file format of an account snapshot: versioned JSON holding ticket summaries, the filter
 * and the account id — never credentials, descriptions or messages. A file that does not parse, is
 * of an unknown version or belongs to another account reads as "no cache".
 */
import type { AccountFilter } from '../refresh/filter';
import { adoptSummary, createSnapshot, summaryOf, summarySeverity, summaryStatus, type AccountSnapshot } from '../refresh/snapshot';
import type { StatusGroup, TicketStatus } from '../status';
import { STATUS_GROUPS } from '../status';
import type { LabelledValue, TicketSummary } from '../ticket';

export const SNAPSHOT_FORMAT = 'cloud-tickets/account-snapshot';
/** Version 2 keeps tickets as rows (arrays) with statuses and severities listed once; version 1 files still read. */
export const SNAPSHOT_VERSION = 2;

/**
 * One ticket: id, title, index into `statuses`, createdAt, updatedAt, index into `severities`, product
 * name, unread count, labels — absent values are null, trailing ones left out. Rows parse several times
 * faster than objects with repeated keys, which is what the first paint of a large account waits for.
 */
type TicketRow = readonly [string, string, number, ...(number | string | readonly string[] | null)[]];

interface SnapshotFileHeader {
  readonly format: typeof SNAPSHOT_FORMAT;
  readonly accountId: string;
  readonly fetchedAt?: number;
  readonly changeToken?: string;
  readonly filter: AccountFilter;
  readonly incompleteIds: readonly string[];
}

interface SnapshotFileV2 extends SnapshotFileHeader {
  readonly version: 2;
  readonly statuses: readonly TicketStatus[];
  readonly severities: readonly LabelledValue[];
  readonly rows: readonly TicketRow[];
}

/** Serialises the cacheable part of a snapshot (state and error are not cached). */
export function serializeSnapshot(snapshot: AccountSnapshot): string {
  const statuses = new Interned<TicketStatus>((status) => [status.group, status.code, status.label, status.known, status.nativeLabel ?? null]);
  const severities = new Interned<LabelledValue>((severity) => [severity.code, severity.label]);
  const rows = snapshot.tickets.map((ticket) => {
    const summary = summaryOf(ticket);
    const row: (string | number | readonly string[] | null)[] = [
      summary.id,
      summary.title,
      statuses.indexOf(summary.status),
      summary.createdAt ?? null,
      summary.updatedAt ?? null,
      summary.severity ? severities.indexOf(summary.severity) : null,
      summary.productName ?? null,
      summary.unreadCount ?? null,
      summary.labels ?? null,
    ];
    while (row[row.length - 1] === null) row.pop();
    return row as unknown as TicketRow;
  });
  const file: SnapshotFileV2 = {
    format: SNAPSHOT_FORMAT,
    version: SNAPSHOT_VERSION,
    accountId: snapshot.accountId,
    ...(snapshot.fetchedAt !== undefined ? { fetchedAt: snapshot.fetchedAt } : {}),
    ...(snapshot.changeToken !== undefined ? { changeToken: snapshot.changeToken } : {}),
    filter: snapshot.filter,
    incompleteIds: snapshot.incompleteIds,
    statuses: statuses.values,
    severities: severities.values,
    rows,
  };
  return JSON.stringify(file);
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
  const tickets = value.version === SNAPSHOT_VERSION ? readRows(value) : value.version === 1 ? readTicketObjects(value) : undefined;
  if (!tickets) return undefined;
  return createSnapshot({
    accountId,
    state: 'stale',
    fetchedAt: optionalNumber(value.fetchedAt),
    changeToken: optionalString(value.changeToken),
    filter: readFilter(value.filter),
    incompleteIds: Array.isArray(value.incompleteIds) ? value.incompleteIds.filter((id): id is string => typeof id === 'string') : [],
    tickets,
  });
}

/** Version 2: rows against the lists of statuses and severities. */
function readRows(file: Record<string, unknown>): TicketSummary[] {
  const statuses = (Array.isArray(file.statuses) ? file.statuses : []).map((status) => {
    const read = readStatus(status);
    return read && summaryStatus(read);
  });
  const severities = (Array.isArray(file.severities) ? file.severities : []).map((severity) => {
    const read = readLabelled(severity);
    return read && summarySeverity(read);
  });
  const tickets: TicketSummary[] = [];
  for (const row of Array.isArray(file.rows) ? (file.rows as unknown[]) : []) {
    if (!Array.isArray(row)) continue;
    const [id, title, statusIndex, createdAt, updatedAt, severityIndex, productName, unreadCount, labels] = row as unknown[];
    const status = typeof statusIndex === 'number' ? statuses[statusIndex] : undefined;
    if (typeof id !== 'string' || typeof title !== 'string' || !status) continue;
    const ticket: { -readonly [K in keyof TicketSummary]: TicketSummary[K] } = { id, title, status };
    if (isNumber(createdAt)) ticket.createdAt = createdAt;
    if (isNumber(updatedAt)) ticket.updatedAt = updatedAt;
    const severity = typeof severityIndex === 'number' ? severities[severityIndex] : undefined;
    if (severity) ticket.severity = severity;
    if (typeof productName === 'string') ticket.productName = productName;
    if (isNumber(unreadCount)) ticket.unreadCount = unreadCount;
    if (Array.isArray(labels)) ticket.labels = labels.filter((label): label is string => typeof label === 'string');
    tickets.push(adoptSummary(ticket));
  }
  return tickets;
}

/** Version 1: one object per ticket. */
function readTicketObjects(file: Record<string, unknown>): TicketSummary[] {
  return Array.isArray(file.tickets) ? file.tickets.map(readTicket).filter((ticket): ticket is TicketSummary => ticket !== undefined) : [];
}

/** Gives each distinct value an index in `values`, by identity first and by content second. */
class Interned<T extends object> {
  readonly values: T[] = [];
  private readonly byObject = new Map<T, number>();
  private readonly byContent = new Map<string, number>();

  constructor(private readonly content: (value: T) => readonly unknown[]) {}

  indexOf(value: T): number {
    const known = this.byObject.get(value);
    if (known !== undefined) return known;
    const key = JSON.stringify(this.content(value));
    let index = this.byContent.get(key);
    if (index === undefined) {
      index = this.values.push(value) - 1;
      this.byContent.set(key, index);
    }
    this.byObject.set(value, index);
    return index;
  }
}

function readTicket(value: unknown): TicketSummary | undefined {
  if (!isRecord(value) || typeof value.id !== 'string' || typeof value.title !== 'string') return undefined;
  const status = readStatus(value.status);
  if (!status) return undefined;
  const severity = readLabelled(value.severity);
  const labels = Array.isArray(value.labels) ? value.labels.filter((label): label is string => typeof label === 'string') : undefined;
  return {
    id: value.id,
    title: value.title,
    status,
    ...numberField('createdAt', value.createdAt),
    ...numberField('updatedAt', value.updatedAt),
    ...(severity ? { severity } : {}),
    ...(typeof value.productName === 'string' ? { productName: value.productName } : {}),
    ...numberField('unreadCount', value.unreadCount),
    ...(labels ? { labels } : {}),
  };
}

function readStatus(value: unknown): TicketStatus | undefined {
  if (!isRecord(value) || !isStatusGroup(value.group) || typeof value.code !== 'string' || typeof value.label !== 'string') return undefined;
  return {
    group: value.group,
    code: value.code,
    label: value.label,
    known: value.known !== false,
    ...(typeof value.nativeLabel === 'string' ? { nativeLabel: value.nativeLabel } : {}),
  };
}

function readLabelled(value: unknown): LabelledValue | undefined {
  return isRecord(value) && typeof value.code === 'string' && typeof value.label === 'string' ? { code: value.code, label: value.label } : undefined;
}

function readFilter(value: unknown): AccountFilter {
  if (!isRecord(value)) return {};
  const groups = Array.isArray(value.statusGroups) ? value.statusGroups.filter(isStatusGroup) : undefined;
  return {
    ...(groups ? { statusGroups: groups } : {}),
    ...(typeof value.keyword === 'string' ? { keyword: value.keyword } : {}),
    ...numberField('createdAfter', value.createdAfter),
    ...numberField('createdBefore', value.createdBefore),
    ...(Array.isArray(value.labels) ? { labels: value.labels.filter(isFilterLabel).map((label) => ({ id: label.id, name: label.name })) } : {}),
  };
}

function isFilterLabel(value: unknown): value is { id: string; name: string } {
  return isRecord(value) && typeof value.id === 'string' && typeof value.name === 'string';
}

function isStatusGroup(value: unknown): value is StatusGroup {
  return typeof value === 'string' && (STATUS_GROUPS as readonly string[]).includes(value);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isNumber(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value);
}

function optionalNumber(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isFinite(value) ? value : undefined;
}

function optionalString(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

function numberField<K extends string>(key: K, value: unknown): Partial<Record<K, number>> {
  const n = optionalNumber(value);
  return n === undefined ? {} : ({ [key]: n } as Partial<Record<K, number>>);
}
