/** Readers of the cache file's fields (every value from disk is checked), shared by the file versions. */
import type { AccountFilter } from '../refresh/filter';
import type { StatusGroup, TicketStatus } from '../status';
import { STATUS_GROUPS } from '../status';
import type { LabelledValue, TicketSummary } from '../ticket';

/** Gives each distinct value an index in `values`, by identity first and by content second. */
export class Interned<T extends object> {
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

/** A version 1 ticket object. */
export function readTicket(value: unknown): TicketSummary | undefined {
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

export function readStatus(value: unknown): TicketStatus | undefined {
  if (!isRecord(value) || !isStatusGroup(value.group) || typeof value.code !== 'string' || typeof value.label !== 'string') return undefined;
  return {
    group: value.group,
    code: value.code,
    label: value.label,
    known: value.known !== false,
    ...(typeof value.nativeLabel === 'string' ? { nativeLabel: value.nativeLabel } : {}),
  };
}

export function readLabelled(value: unknown): LabelledValue | undefined {
  return isRecord(value) && typeof value.code === 'string' && typeof value.label === 'string' ? { code: value.code, label: value.label } : undefined;
}

export function readFilter(value: unknown): AccountFilter {
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

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function isNumber(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value);
}

export function optionalNumber(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isFinite(value) ? value : undefined;
}

export function optionalString(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

export function numberField<K extends string>(key: K, value: unknown): Partial<Record<K, number>> {
  const n = optionalNumber(value);
  return n === undefined ? {} : ({ [key]: n } as Partial<Record<K, number>>);
}
