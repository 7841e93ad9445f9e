import type { CommandModule } from './command';
import { ticketFromArgsOrPick } from './ticketTarget';

/** Opens the ticket's panel with the focus in the reply box. */
export const replyToTicketCommand: CommandModule = {
  id: 'cloudTickets.replyToTicket',
  create:
    (services) =>
    async (...args: unknown[]) => {
      const target = await ticketFromArgsOrPick(services, args);
      if (target) services.panels.open(target).focusReply();
    },
};
