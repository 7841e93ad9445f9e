import type { CommandModule } from './command';
import { runTicketAction } from './ticketTarget';

/** Reopens a closed ticket with a message for support. */
export const reopenTicketCommand: CommandModule = {
  id: 'cloudTickets.reopenTicket',
  create:
    (services) =>
    (...args: unknown[]) =>
      runTicketAction(services, 'reopen', args),
};
