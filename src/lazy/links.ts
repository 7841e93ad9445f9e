/** The ticket links bundle: ticket ids in editors and terminals, ticket URIs, Open Ticket by ID and Copy Link. */
export { createTicketLinks } from '../links';
export { openTicketByIdCommand } from '../commands/ticketOpenById';
export { copyTicketLinkCommand } from '../commands/ticketCopyLink';
