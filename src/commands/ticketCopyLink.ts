import * as vscode from 'vscode';
import { ticketLinkUri } from '../links';
import { OUTSIDE_TEXT_LIMITS, outsideText } from '../shared/outsideText';
import type { CommandModule } from './command';
import { ticketFromArgsOrPick } from './ticketTarget';

/** Copies a link that opens the ticket in VS Code (any window; another VS Code looks for it in its own accounts). */
export const copyTicketLinkCommand: CommandModule = {
  id: 'cloudTickets.copyTicketLink',
  create:
    (services) =>
    async (...args: unknown[]) => {
      const target = await ticketFromArgsOrPick(services, args);
      if (!target) return undefined;
      const link = await ticketLinkUri(target.accountId, target.ticketId);
      await vscode.env.clipboard.writeText(link);
      void vscode.window.setStatusBarMessage(vscode.l10n.t('Copied a link to ticket {0}', outsideText(target.ticketId, { maxLength: OUTSIDE_TEXT_LIMITS.label })), 3000);
      return link;
    },
};
