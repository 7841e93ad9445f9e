import type { CommandModule } from './command';
import { runTicketAction } from './ticketTarget';

/** Rates the support of a closed ticket (score, solved, comment). */
export const rateTicketCommand: CommandModule = {
  id: 'cloudTickets.rateTicket',
  create:
    (services) =>
    (...args: unknown[]) =>
      runTicketAction(services, 'rate', args),
};
