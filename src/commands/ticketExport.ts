import type { CommandModule } from './command';
import { runTicketAction } from './ticketTarget';

/** Exports the conversation as redacted Markdown into an untitled editor. */
export const exportTicketCommand: CommandModule = {
  id: 'cloudTickets.exportTicket',
  create:
    (services) =>
    (...args: unknown[]) =>
      runTicketAction(services, 'export', args),
};
