/**
 * The cache file format of an account snapshot: versioned JSON holding ticket summaries, the filter
 * and the account id — never credentials, descriptions or messages. A file that does not parse, is
 * of another version or belongs to another account reads as "no cache".
 */
import type { AccountFilter } from '../refresh/filter';
import { createSnapshot, summaryOf, type AccountSnapshot } from '../refresh/snapshot';
import type { StatusGroup, TicketStatus } from '../status';
import { STATUS_GROUPS } from '../status';
import type { LabelledValue, TicketSummary } from '../ticket';

export const SNAPSHOT_FORMAT = 'cloud-tickets/account-snapshot';
export const SNAPSHOT_VERSION = 1;

interface SnapshotFileV1 {
  readonly format: typeof SNAPSHOT_FORMAT;
  readonly version: typeof SNAPSHOT_VERSION;
  readonly accountId: string;
  readonly fetchedAt?: number;
  readonly changeToken?: string;
  readonly filter: AccountFilter;
  readonly incompleteIds: readonly string[];
  readonly tickets: readonly TicketSummary[];
}

/** Serialises the cacheable part of a snapshot (state and error are not cached). */
export function serializeSnapshot(snapshot: AccountSnapshot): string {
  const file: SnapshotFileV1 = {
    format: SNAPSHOT_FORMAT,
    version: SNAPSHOT_VERSION,
    accountId: snapshot.accountId,
    ...(snapshot.fetchedAt !== undefined ? { fetchedAt: snapshot.fetchedAt } : {}),
    ...(snapshot.changeToken !== undefined ? { changeToken: snapshot.changeToken } : {}),
    filter: snapshot.filter,
    incompleteIds: snapshot.incompleteIds,
    tickets: snapshot.tickets.map(summaryOf),
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
  if (!isRecord(value) || value.format !== SNAPSHOT_FORMAT || value.version !== SNAPSHOT_VERSION || value.accountId !== accountId) {
    return undefined;
  }
  const tickets = Array.isArray(value.tickets) ? value.tickets.map(readTicket).filter((ticket): ticket is TicketSummary => ticket !== undefined) : [];
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
