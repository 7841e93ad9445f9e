import * as vscode from 'vscode';
import { errorMessage } from '../common/errorMessage';
import type { CommandId } from '../shared/commandIds';
import type { CommandModule, CommandServices } from './command';
import { addAccountCommand, editAccountCommand, reenterCredentialsCommand } from './accountAdd';
import { importAccountsCommand } from './accountImport';
import { createTicketCommand } from './createTicket';
import { createTicketFromDiagnosticCommand } from './createTicketFromDiagnostic';
import { createTicketFromSelectionCommand } from './createTicketFromSelection';
import { copyAccountIdCommand, removeAccountCommand, renameAccountCommand } from './accountManage';
import { openSettingsCommand } from './openSettings';
import { refreshCommand } from './refresh';
import { showLogCommand } from './showLog';
import { tryDemoCommand } from './tryDemo';
import { clearFilterCommand, filterCommand, loadMoreCommand, searchTicketsCommand } from './ticketsView';
import { openTicketCommand } from './ticketOpen';
import { replyToTicketCommand } from './ticketReply';
import { closeTicketCommand } from './ticketClose';
import { cancelTicketCommand } from './ticketCancel';
import { reopenTicketCommand } from './ticketReopen';
import { urgeTicketCommand } from './ticketUrge';
import { rateTicketCommand } from './ticketRate';
import { exportTicketCommand } from './ticketExport';
import { openTicketInConsoleCommand } from './ticketOpenInConsole';
import { copyTicketIdCommand } from './ticketCopyId';
import { markTicketReadCommand, markTicketUnreadCommand } from './ticketMarkRead';
import { openTicketByIdCommand } from './ticketOpenById';
import { copyTicketLinkCommand } from './ticketCopyLink';
import { attachToTicketCommand } from './attachToTicket';
import { attachDiagnosticsCommand } from './diagnosticsAttach';
import { addTicketLabelCommand, createLabelCommand, removeTicketLabelCommand } from './ticketLabels';
import { editTicketContactCommand } from './ticketContact';
import { deleteTicketCommand } from './ticketDelete';
import { viewTitleClearFilterCommand, viewTitleCreateTicketCommand, viewTitleFilterCommand, viewTitleRefreshCommand } from './viewTitle';

/**
 * The explicit list of commands. Typed as a record over CommandId so that adding an id to
 * src/shared/commandIds.ts without a module here (or the reverse) fails to compile.
 */
const COMMANDS: Record<CommandId, CommandModule> = {
  'cloudTickets.loadMore': loadMoreCommand,
  'cloudTickets.filter': filterCommand,
  'cloudTickets.clearFilter': clearFilterCommand,
  'cloudTickets.searchTickets': searchTicketsCommand,
  'cloudTickets.addAccount': addAccountCommand,
  'cloudTickets.importAccounts': importAccountsCommand,
  'cloudTickets.tryDemo': tryDemoCommand,
  'cloudTickets.removeAccount': removeAccountCommand,
  'cloudTickets.renameAccount': renameAccountCommand,
  'cloudTickets.editAccount': editAccountCommand,
  'cloudTickets.reenterCredentials': reenterCredentialsCommand,
  'cloudTickets.copyAccountId': copyAccountIdCommand,
  'cloudTickets.refresh': refreshCommand,
  'cloudTickets.showLog': showLogCommand,
  'cloudTickets.openSettings': openSettingsCommand,
  'cloudTickets.createTicket': createTicketCommand,
  'cloudTickets.createTicketFromSelection': createTicketFromSelectionCommand,
  'cloudTickets.createTicketFromDiagnostic': createTicketFromDiagnosticCommand,
  'cloudTickets.openTicket': openTicketCommand,
  'cloudTickets.replyToTicket': replyToTicketCommand,
  'cloudTickets.closeTicket': closeTicketCommand,
  'cloudTickets.cancelTicket': cancelTicketCommand,
  'cloudTickets.reopenTicket': reopenTicketCommand,
  'cloudTickets.urgeTicket': urgeTicketCommand,
  'cloudTickets.rateTicket': rateTicketCommand,
  'cloudTickets.exportTicket': exportTicketCommand,
  'cloudTickets.openTicketInConsole': openTicketInConsoleCommand,
  'cloudTickets.copyTicketId': copyTicketIdCommand,
  'cloudTickets.markTicketRead': markTicketReadCommand,
  'cloudTickets.markTicketUnread': markTicketUnreadCommand,
  'cloudTickets.openTicketById': openTicketByIdCommand,
  'cloudTickets.copyTicketLink': copyTicketLinkCommand,
  'cloudTickets.attachToTicket': attachToTicketCommand,
  'cloudTickets.attachDiagnostics': attachDiagnosticsCommand,
  'cloudTickets.addTicketLabel': addTicketLabelCommand,
  'cloudTickets.removeTicketLabel': removeTicketLabelCommand,
  'cloudTickets.createLabel': createLabelCommand,
  'cloudTickets.editTicketContact': editTicketContactCommand,
  'cloudTickets.deleteTicket': deleteTicketCommand,
  'cloudTickets.viewTitle.refresh': viewTitleRefreshCommand,
  'cloudTickets.viewTitle.createTicket': viewTitleCreateTicketCommand,
  'cloudTickets.viewTitle.filter': viewTitleFilterCommand,
  'cloudTickets.viewTitle.clearFilter': viewTitleClearFilterCommand,
};

/** Registers every command; errors thrown by a handler are logged and shown once, not swallowed. */
export function registerCommands(services: CommandServices): vscode.Disposable[] {
  return Object.values(COMMANDS).map((module) => {
    const handler = module.create(services);
    return vscode.commands.registerCommand(module.id, async (...args: unknown[]) => {
      try {
        return await handler(...args);
      } catch (error) {
        services.log.error(`${module.id} failed: ${error instanceof Error ? error.message : String(error)}`);
        void vscode.window.showErrorMessage(vscode.l10n.t('Cloud Tickets: {0}', errorMessage(error)));
        return undefined;
      }
    });
  });
}
