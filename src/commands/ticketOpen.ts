import type { CommandModule } from './command';
import { pickTicket, targetFromArgs } from './ticketTarget';

/** `cloudTickets.openTicket(accountId, ticketId)` or `({ accountId, ticketId })`; asks when called bare. */
export const openTicketCommand: CommandModule = {
  id: 'cloudTickets.openTicket',
  create:
    (services) =>
    async (...args: unknown[]) => {
      const target = targetFromArgs(args) ?? (await pickTicket(services));
      if (target) services.panels.open(target);
    },
};
