import type { CommandModule } from './command';
import { runTicketAction } from './ticketTarget';

/** Cancels (withdraws) the ticket after a confirmation. */
export const cancelTicketCommand: CommandModule = {
  id: 'cloudTickets.cancelTicket',
  create:
    (services) =>
    (...args: unknown[]) =>
      runTicketAction(services, 'cancel', args),
};
