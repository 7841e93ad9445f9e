import type { CommandModule } from './command';
import { runTicketAction } from './ticketTarget';

/** Copies the ticket ID. */
export const copyTicketIdCommand: CommandModule = {
  id: 'cloudTickets.copyTicketId',
  create:
    (services) =>
    (...args: unknown[]) =>
      runTicketAction(services, 'copyId', args),
};
