/** The create form bundle: the form's panel and the commands that open it. */
export { createTicketCommand, openCreateFormAsking } from '../commands/createTicket';
export { createTicketFromSelectionCommand } from '../commands/createTicketFromSelection';
export { createTicketFromDiagnosticCommand } from '../commands/createTicketFromDiagnostic';
export { CreatePanel } from '../panels/createPanel';
