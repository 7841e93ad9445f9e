/** Counts for the view badge and the status bar: tickets that need the user, on every account. */
import type { AccountTickets } from '../refresh/hidden-open-tickets';
import type { AccountSnapshot } from '../refresh/snapshot';
import type { TicketSummary } from '../ticket';

/** Tickets needing the user's action across accounts. */
export function needsActionTotal(snapshots: readonly AccountSnapshot[]): number {
  return snapshots.reduce((sum, snapshot) => sum + snapshot.counts['needs-action'], 0);
}

export interface AttentionCount {
  /** Tickets that need the user's action or have unread support messages (each ticket once). */
  readonly total: number;
  readonly needsAction: number;
  /** Tickets with unread support messages. */
  readonly unread: number;
}

/**
 * What needs the user across accounts. `decorate` folds in what was seen (the reply watch), so
 * unread counts exist on every cloud, not only where the list reports them. Pass every ticket, not a
 * filtered view (`RefreshCoordinator.attentionTickets`): a filter must not lower the count.
 */
export function attentionCount(snapshots: readonly AccountTickets[], decorate: (accountId: string, ticket: TicketSummary) => TicketSummary): AttentionCount {
  let total = 0;
  let needsAction = 0;
  let unread = 0;
  for (const snapshot of snapshots) {
    for (const listed of snapshot.tickets) {
      const ticket = decorate(snapshot.accountId, listed);
      const waiting = ticket.status.group === 'needs-action';
      const hasUnread = (ticket.unreadCount ?? 0) > 0;
      if (waiting) needsAction++;
      if (hasUnread) unread++;
      if (waiting || hasUnread) total++;
    }
  }
  return { total, needsAction, unread };
}
