import * as vscode from 'vscode';
import { offeredOperation } from '../common/providerOperation';
import type { CommandModule } from './command';
import { withProgress } from './labelPrompts';
import { ticketFromArgsOrPick } from './ticketTarget';
import { OUTSIDE_TEXT_LIMITS, outsideText, ownText } from '../shared/outsideText';

/**
 * Deletes a finished ticket from the account's lists after a modal confirmation (OSM `delete`, 5.3.8).
 * The tree offers it only where the cloud accepts it (completed, cancelled, invalid).
 */
export const deleteTicketCommand: CommandModule = {
  id: 'cloudTickets.deleteTicket',
  create:
    (services) =>
    async (...args: unknown[]) => {
      const target = await ticketFromArgsOrPick(services, args);
      if (!target) return false;
      const id = outsideText(target.ticketId, { maxLength: OUTSIDE_TEXT_LIMITS.label });
      const remove = vscode.l10n.t('Delete Ticket');
      const answer = await vscode.window.showWarningMessage(
        vscode.l10n.t('Delete ticket {0}?', id),
        { modal: true, detail: vscode.l10n.t('It disappears from your ticket lists here and in the console. This cannot be undone.') },
        remove,
      );
      if (answer !== remove) return false;
      await services.providers.run(target.accountId, (provider) =>
        withProgress(ownText(vscode.l10n.t('Deleting ticket {0}…', id)), (signal) => offeredOperation(provider, 'deleteTicket')(target.ticketId, signal)),
      );
      // The ticket's panel would show a ticket that no longer exists for the user.
      services.panels.get(target)?.dispose();
      await services.tickets.refresh(target.accountId);
      void vscode.window.showInformationMessage(vscode.l10n.t('Ticket {0} was deleted.', id));
      return true;
    },
};
