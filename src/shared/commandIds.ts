/**
 * Every command the extension contributes. package.json must list exactly these (a unit test checks
 * it), and src/commands/index.ts must register exactly these (the compiler checks it).
 */
export const COMMAND_IDS = [
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
] as const;

export type CommandId = (typeof COMMAND_IDS)[number];
