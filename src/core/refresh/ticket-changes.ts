/** Decides which listed tickets need their details (again) and merges list, detail and cached data. */
import type { StatusGroup } from '../status';
import type { TicketSummary } from '../ticket';

/**
 * True when a field the list answer carries differs from what we already know. Only fields present
 * in the list item are compared: a terse list (id, title, status) cannot tell about the rest.
 */
export function listItemChanged(item: TicketSummary, known: TicketSummary): boolean {
  if (item.title !== known.title || item.status.code !== known.status.code || item.status.group !== known.status.group) return true;
  if (item.updatedAt !== undefined && item.updatedAt !== known.updatedAt) return true;
  if (item.createdAt !== undefined && item.createdAt !== known.createdAt) return true;
  if (item.unreadCount !== undefined && item.unreadCount !== known.unreadCount) return true;
  if (item.severity !== undefined && item.severity.code !== known.severity?.code) return true;
  if (item.productName !== undefined && item.productName !== known.productName) return true;
  if (item.labels !== undefined && item.labels.join('\n') !== (known.labels ?? []).join('\n')) return true;
  return false;
}

/** What the detail policy needs to know about one listed ticket. */
export interface DetailQuestion {
  readonly item: TicketSummary;
  /** The ticket as the current snapshot has it, if it does. */
  readonly known: TicketSummary | undefined;
  /** Its details failed last time. */
  readonly incomplete: boolean;
}

export interface DetailPolicy {
  /** Groups whose new or changed tickets get details during a refresh. */
  readonly groups: readonly StatusGroup[];
  /** Tickets to load details for regardless (e.g. visible ones). */
  readonly forceIds: ReadonlySet<string>;
}

/** New, changed, previously failed or explicitly requested tickets get details. */
export function needsDetail(question: DetailQuestion, policy: DetailPolicy): boolean {
  if (policy.forceIds.has(question.item.id)) return true;
  if (!policy.groups.includes(question.item.status.group)) return false;
  return !question.known || question.incomplete || listItemChanged(question.item, question.known);
}

/**
 * The ticket to show: the list item over what we knew, and fresh details over both (they were
 * fetched after the list, and carry fields the list lacks).
 */
export function mergeTicket(item: TicketSummary, known: TicketSummary | undefined, detail: TicketSummary | undefined): TicketSummary {
  return { ...(known ?? {}), ...definedFields(item), ...(detail ? definedFields(detail) : {}) } as TicketSummary;
}

function definedFields(ticket: TicketSummary): Partial<TicketSummary> {
  return Object.fromEntries(Object.entries(ticket).filter(([, value]) => value !== undefined)) as Partial<TicketSummary>;
}
