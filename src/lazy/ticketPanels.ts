/** The ticket panels bundle: the ticket page and the ticket actions it shares with the commands. */
export { TicketPanels } from '../panels/ticketPanels';
