// Which tickets the "Attach to ticket" picker offers, in which order. vscode-free for unit tests.
import type { StatusGroup } from '../core/status';
import type { TicketSummary } from '../core/ticket';
import type { TicketTarget } from '../services/services';

export interface AccountTicketList {
  readonly accountId: string;
  readonly accountLabel: string;
  readonly tickets: readonly TicketSummary[];
}

export interface TicketChoiceGroup {
  readonly accountId: string;
  readonly accountLabel: string;
  readonly tickets: readonly TicketSummary[];
}

export interface TicketChoices {
  /** The ticket used last, when it is still open; shown first. */
  readonly recent?: { readonly accountId: string; readonly accountLabel: string; readonly ticket: TicketSummary };
  /** One group per account that has open tickets, in account order. */
  readonly groups: readonly TicketChoiceGroup[];
}

const GROUP_RANK: Record<StatusGroup, number> = { 'needs-action': 0, 'in-progress': 1, closed: 2 };

/** Open tickets only, needs-your-action first, then most recently changed (or created) first. */
export function orderOpenTickets(tickets: readonly TicketSummary[]): TicketSummary[] {
  const when = (ticket: TicketSummary) => ticket.updatedAt ?? ticket.createdAt ?? 0;
  return tickets
    .map((ticket, index) => ({ ticket, index }))
    .filter(({ ticket }) => ticket.status.group !== 'closed')
    .sort((a, b) => GROUP_RANK[a.ticket.status.group] - GROUP_RANK[b.ticket.status.group] || when(b.ticket) - when(a.ticket) || a.index - b.index)
    .map(({ ticket }) => ticket);
}

/** The picker's content: the recent ticket (if still open) and each account's open tickets. */
export function ticketChoices(accounts: readonly AccountTicketList[], recent?: TicketTarget): TicketChoices {
  const groups = accounts
    .map((account) => ({ accountId: account.accountId, accountLabel: account.accountLabel, tickets: orderOpenTickets(account.tickets) }))
    .filter((group) => group.tickets.length > 0);
  const recentGroup = recent && groups.find((group) => group.accountId === recent.accountId);
  const recentTicket = recentGroup?.tickets.find((ticket) => ticket.id === recent?.ticketId);
  return recentGroup && recentTicket ? { recent: { accountId: recentGroup.accountId, accountLabel: recentGroup.accountLabel, ticket: recentTicket }, groups } : { groups };
}
