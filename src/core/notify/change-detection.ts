/**
 * What deserves a notification between two snapshots of one account: a ticket that got a new
 * support reply, or one that moved into "Needs your action". Only fresh data with the same filter is
 * compared, and an account seen for the first time never notifies (nothing is "new" on first sight).
 */
import { sameFilter } from '../refresh/filter';
import type { AccountSnapshot } from '../refresh/snapshot';
import type { TicketSummary } from '../ticket';

export type TicketChangeReason =
  /** Support wrote since the previous snapshot (the unread count went up). */
  | 'support-reply'
  /** The ticket is now in "Needs your action" and was not before (or is new and already there). */
  | 'needs-action';

export interface TicketChange {
  readonly accountId: string;
  readonly ticket: TicketSummary;
  readonly reasons: readonly TicketChangeReason[];
}

/**
 * Tickets of `next` that got a support reply or entered needs-action since `previous`. Empty when
 * there is no loaded previous snapshot, when `next` is not fresh, or when the filters differ (a
 * ticket appearing because the filter widened is not news).
 */
export function detectTicketChanges(previous: AccountSnapshot | undefined, next: AccountSnapshot): readonly TicketChange[] {
  if (!previous || previous.fetchedAt === undefined || next.state !== 'fresh') return [];
  if (previous.accountId !== next.accountId || !sameFilter(previous.filter, next.filter)) return [];
  const before = new Map(previous.tickets.map((ticket) => [ticket.id, ticket]));
  const changes: TicketChange[] = [];
  for (const ticket of next.tickets) {
    const reasons = reasonsFor(before.get(ticket.id), ticket);
    if (reasons.length > 0) changes.push({ accountId: next.accountId, ticket, reasons });
  }
  return changes;
}

function reasonsFor(before: TicketSummary | undefined, after: TicketSummary): TicketChangeReason[] {
  const reasons: TicketChangeReason[] = [];
  if ((after.unreadCount ?? 0) > (before?.unreadCount ?? 0)) reasons.push('support-reply');
  if (after.status.group === 'needs-action' && before?.status.group !== 'needs-action') reasons.push('needs-action');
  return reasons;
}

/** Tickets needing the user's action across accounts (badge and status bar count). */
export function needsActionTotal(snapshots: readonly AccountSnapshot[]): number {
  return snapshots.reduce((sum, snapshot) => sum + snapshot.counts['needs-action'], 0);
}
