import { attachToTicket } from '../attach/attachFlow';
import type { CommandModule } from './command';

/** Attaches files, folders (zipped) or editor text to a ticket the user picks, as one reply. */
export const attachToTicketCommand: CommandModule = {
  id: 'cloudTickets.attachToTicket',
  create:
    (services) =>
    (...args: unknown[]) =>
      attachToTicket(services, args),
};
