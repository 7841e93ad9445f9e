import * as vscode from 'vscode';
import type { CommandModule } from './command';
import { ticketFromArgsOrPick } from './ticketTarget';

/**
 * Exports the conversation as redacted Markdown into a file. `(accountId, ticketId, destination?)`:
 * a `vscode.Uri` third argument writes there without asking (automation); otherwise a save dialog asks.
 */
export const exportTicketCommand: CommandModule = {
  id: 'cloudTickets.exportTicket',
  create:
    (services) =>
    async (...args: unknown[]) => {
      const target = await ticketFromArgsOrPick(services, args);
      if (!target) return false;
      const destination = args[2] instanceof vscode.Uri ? args[2] : undefined;
      return services.panels.actions.exportMarkdown(target, destination);
    },
};
