import type { CommandModule } from './command';
import { runTicketAction } from './ticketTarget';

/** Asks support to hurry. */
export const urgeTicketCommand: CommandModule = {
  id: 'cloudTickets.urgeTicket',
  create:
    (services) =>
    (...args: unknown[]) =>
      runTicketAction(services, 'urge', args),
};
