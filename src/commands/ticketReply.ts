import type { CommandModule } from './command';
import { pickTicket, targetFromArgs } from './ticketTarget';

/** Opens the ticket's panel with the focus in the reply box. */
export const replyToTicketCommand: CommandModule = {
  id: 'cloudTickets.replyToTicket',
  create:
    (services) =>
    async (...args: unknown[]) => {
      const { panels } = services;
      const target = targetFromArgs(args, panels) ?? (await pickTicket(services));
      if (target) panels.open(target).focusReply();
    },
};
