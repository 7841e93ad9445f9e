import * as vscode from 'vscode';
import { errorMessage } from '../common/errorMessage';
import type { CommandId } from '../shared/commandIds';
import type { CommandModule, CommandServices } from './command';
import { loadBundle } from '../lazy/load';
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
import { attachDiagnosticsCommand } from './diagnosticsAttach';
import { addTicketLabelCommand, createLabelCommand, removeTicketLabelCommand } from './ticketLabels';
import { editTicketContactCommand } from './ticketContact';
import { deleteTicketCommand } from './ticketDelete';
import { viewTitleClearFilterCommand, viewTitleCreateTicketCommand, viewTitleFilterCommand, viewTitleRefreshCommand } from './viewTitle';

/** A command in a bundle of its own (src/lazy/load.ts): loaded on the command's first run. */
type CommandSource = CommandModule | (() => CommandModule);

/**
 * The explicit list of commands. Typed as a record over CommandId so that adding an id to
 * src/shared/commandIds.ts without a module here (or the reverse) fails to compile. This table is the
 * commands bundle; commands that need a heavy feature (the create form, account setup and importers,
 * attachments, ticket links) are named through their bundle, so running Refresh does not load them.
 */
const COMMANDS: Record<CommandId, CommandSource> = {
  'cloudTickets.loadMore': loadMoreCommand,
  'cloudTickets.filter': filterCommand,
  'cloudTickets.clearFilter': clearFilterCommand,
  'cloudTickets.searchTickets': searchTicketsCommand,
  'cloudTickets.addAccount': () => loadBundle('accountSetup').addAccountCommand,
  'cloudTickets.importAccounts': () => loadBundle('accountSetup').importAccountsCommand,
  'cloudTickets.tryDemo': tryDemoCommand,
  'cloudTickets.removeAccount': removeAccountCommand,
  'cloudTickets.renameAccount': renameAccountCommand,
  'cloudTickets.editAccount': () => loadBundle('accountSetup').editAccountCommand,
  'cloudTickets.reenterCredentials': () => loadBundle('accountSetup').reenterCredentialsCommand,
  'cloudTickets.copyAccountId': copyAccountIdCommand,
  'cloudTickets.refresh': refreshCommand,
  'cloudTickets.showLog': showLogCommand,
  'cloudTickets.openSettings': openSettingsCommand,
  'cloudTickets.createTicket': () => loadBundle('createForm').createTicketCommand,
  'cloudTickets.createTicketFromSelection': () => loadBundle('createForm').createTicketFromSelectionCommand,
  'cloudTickets.createTicketFromDiagnostic': () => loadBundle('createForm').createTicketFromDiagnosticCommand,
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
  'cloudTickets.openTicketById': () => loadBundle('links').openTicketByIdCommand,
  'cloudTickets.copyTicketLink': () => loadBundle('links').copyTicketLinkCommand,
  'cloudTickets.attachToTicket': () => loadBundle('attach').attachToTicketCommand,
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

/** Runs commands by id; each command's handler is bound to the services on its first run. */
export interface CommandRunner {
  /** Runs the command; an error thrown by its handler is logged and shown once, not swallowed. */
  run(id: CommandId, args: readonly unknown[]): Promise<unknown>;
}

/** The commands as the extension's registrations run them (src/lazy/workbench.ts). */
export function commandRunner(services: CommandServices): CommandRunner {
  const handlers = new Map<CommandId, (...args: unknown[]) => unknown>();
  return {
    async run(id, args) {
      try {
        let handler = handlers.get(id);
        if (!handler) {
          const source = COMMANDS[id];
          handler = (typeof source === 'function' ? source() : source).create(services);
          handlers.set(id, handler);
        }
        return await handler(...args);
      } catch (error) {
        services.log.error(`${id} failed: ${error instanceof Error ? error.message : String(error)}`);
        void vscode.window.showErrorMessage(vscode.l10n.t('Cloud Tickets: {0}', errorMessage(error)));
        return undefined;
      }
    },
  };
}
