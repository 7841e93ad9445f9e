import { askForTicketId, openByIdContext, openTicketById } from '../links';
import { ticketIdFromInput } from '../core/ticket-ids';
import { TICKET_ID_FORMATS } from '../providers';
import type { CommandModule } from './command';

/**
 * "Open Ticket by ID…": any ticket of any account, cached or not. Called bare it asks for the id (or a console
 * link, or text holding one); links in editors, the terminal and `…/ticket` URIs pass the id as the argument.
 */
export const openTicketByIdCommand: CommandModule = {
  id: 'cloudTickets.openTicketById',
  create: (services) => async (arg?: unknown) => {
    const given = typeof arg === 'string' ? ticketIdFromInput(arg, TICKET_ID_FORMATS) : undefined;
    const ticketId = given?.kind === 'id' ? given.id : await askForTicketId(typeof arg === 'string' ? arg : undefined);
    if (!ticketId) return false;
    return openTicketById(openByIdContext(services), ticketId);
  },
};
