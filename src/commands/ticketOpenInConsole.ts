import type { CommandModule } from './command';
import { runTicketAction } from './ticketTarget';

/** Opens the ticket in the provider's web console. */
export const openTicketInConsoleCommand: CommandModule = {
  id: 'cloudTickets.openTicketInConsole',
  create:
    (services) =>
    (...args: unknown[]) =>
      runTicketAction(services, 'openInConsole', args),
};
