/** The attach bundle: attaching files and folders to a ticket. */
export { attachToTicketCommand } from '../commands/attachToTicket';
