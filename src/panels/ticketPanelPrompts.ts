import * as vscode from 'vscode';
import type { RatingForm } from '../core/rating-form';
import { askRating } from './ticketPanelRatingPrompt';
import type { RatingInput } from '../core/provider';
import type { SafeText } from '../shared/outsideText';

/**
 * The questions ticket actions ask the user. Behind an interface so extension-host tests can answer
 * them; the real implementation uses VS Code's modal dialogs, input boxes and quick picks.
 */
export interface TicketPrompts {
  /** Modal confirmation of a destructive action; true when confirmed. */
  confirm(question: SafeText, detail: SafeText, confirmLabel: SafeText): Promise<boolean>;
  /** Why the ticket is reopened; undefined when cancelled. */
  reopenMessage(): Promise<string | undefined>;
  /** A score (and reason) per dimension of the cloud's rating form, solved flag and comment; undefined when cancelled. */
  rating(form: RatingForm): Promise<RatingInput | undefined>;
}

export const vscodePrompts: TicketPrompts = {
  async confirm(question, detail, confirmLabel) {
    const choice = await vscode.window.showWarningMessage(question, { modal: true, detail }, confirmLabel);
    return choice === confirmLabel;
  },

  async reopenMessage() {
    return vscode.window.showInputBox({
      title: vscode.l10n.t('Reopen ticket'),
      prompt: vscode.l10n.t('Tell support why the ticket is reopened.'),
      ignoreFocusOut: true,
      validateInput: (value) => (value.trim() === '' ? vscode.l10n.t('A message is required to reopen a ticket.') : undefined),
    });
  },

  rating: askRating,
};
