/**
 * Every command the extension contributes. package.json must list exactly these (a unit test checks
 * it), and src/commands/index.ts must register exactly these (the compiler checks it).
 */
export const COMMAND_IDS = [
  'cloudTickets.loadMore',
  'cloudTickets.filter',
  'cloudTickets.clearFilter',
  'cloudTickets.searchTickets',
  'cloudTickets.addAccount',
  'cloudTickets.importAccounts',
  'cloudTickets.tryDemo',
  'cloudTickets.removeAccount',
  'cloudTickets.renameAccount',
  'cloudTickets.editAccount',
  'cloudTickets.reenterCredentials',
  'cloudTickets.copyAccountId',
  'cloudTickets.refresh',
  'cloudTickets.showLog',
  'cloudTickets.openSettings',
  'cloudTickets.createTicket',
  'cloudTickets.createTicketFromSelection',
  'cloudTickets.createTicketFromDiagnostic',
  'cloudTickets.openTicket',
  'cloudTickets.replyToTicket',
  'cloudTickets.closeTicket',
  'cloudTickets.cancelTicket',
  'cloudTickets.reopenTicket',
  'cloudTickets.urgeTicket',
  'cloudTickets.rateTicket',
  'cloudTickets.exportTicket',
  'cloudTickets.openTicketInConsole',
  'cloudTickets.copyTicketId',
  'cloudTickets.markTicketRead',
  'cloudTickets.markTicketUnread',
  'cloudTickets.openTicketById',
  'cloudTickets.copyTicketLink',
  'cloudTickets.attachToTicket',
  'cloudTickets.attachDiagnostics',
] as const;

export type CommandId = (typeof COMMAND_IDS)[number];
