import type { CommandModule } from './command';
import { runTicketAction } from './ticketTarget';

/** Closes the ticket after a confirmation. */
export const closeTicketCommand: CommandModule = {
  id: 'cloudTickets.closeTicket',
  create:
    (services) =>
    (...args: unknown[]) =>
      runTicketAction(services, 'close', args),
};
