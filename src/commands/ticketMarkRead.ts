import type { TicketTarget } from '../services/services';
import type { CommandModule, CommandServices } from './command';
import { targetFromArgs } from './ticketTarget';

/**
 * Tree menu commands (hidden from the palette). The tickets a command is about: every selected ticket when several are selected (VS Code
 * passes the clicked node and the selection), else the one ticket named by the arguments.
 */
function targetsOf(services: CommandServices, args: readonly unknown[]): TicketTarget[] {
  const selection = Array.isArray(args[1]) ? (args[1] as unknown[]) : [];
  const selected = selection.map((node) => targetFromArgs([node])).filter((target): target is TicketTarget => target !== undefined);
  if (selected.length > 0) return selected;
  const one = targetFromArgs(args, services.panels);
  return one ? [one] : [];
}

function markAll(services: CommandServices, args: readonly unknown[], read: boolean): void {
  for (const { accountId, ticketId } of targetsOf(services, args)) {
    if (read) services.tickets.markRead(accountId, ticketId);
    else services.tickets.markUnread(accountId, ticketId);
  }
}

/** Clears the unread dot of the ticket(s) without opening them. */
export const markTicketReadCommand: CommandModule = {
  id: 'cloudTickets.markTicketRead',
  create:
    (services) =>
    (...args: unknown[]) =>
      markAll(services, args, true),
};

/** Puts the unread dot back until the ticket is opened again. */
export const markTicketUnreadCommand: CommandModule = {
  id: 'cloudTickets.markTicketUnread',
  create:
    (services) =>
    (...args: unknown[]) =>
      markAll(services, args, false),
};
