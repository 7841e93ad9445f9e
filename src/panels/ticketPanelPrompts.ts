import * as vscode from 'vscode';
import type { RatingCapability } from '../core/capabilities';
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
  /** Score, solved flag and comment in the provider's shape; undefined when cancelled. */
  rating(shape: RatingCapability): Promise<RatingInput | undefined>;
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

  async rating(shape) {
    const scores = [];
    for (let score = shape.maxScore; score >= shape.minScore; score--) {
      scores.push({ label: '★'.repeat(Math.max(1, Math.min(score, 10))), description: vscode.l10n.t('{0} of {1}', score, shape.maxScore), score });
    }
    const picked = await vscode.window.showQuickPick(scores, {
      title: vscode.l10n.t('Rate the support (1/3)'),
      placeHolder: vscode.l10n.t('How satisfied are you?'),
      ignoreFocusOut: true,
      matchOnDescription: true,
    });
    if (!picked) return undefined;
    let solved: boolean | undefined;
    if (shape.solvedFlag) {
      const yes = vscode.l10n.t('Yes, the problem is solved');
      const no = vscode.l10n.t('No, the problem is not solved');
      const answer = await vscode.window.showQuickPick([yes, no], { title: vscode.l10n.t('Rate the support (2/3)'), placeHolder: vscode.l10n.t('Was the problem solved?'), ignoreFocusOut: true });
      if (!answer) return undefined;
      solved = answer === yes;
    }
    let comment: string | undefined;
    if (shape.comment) {
      comment = await vscode.window.showInputBox({ title: vscode.l10n.t('Rate the support (3/3)'), prompt: vscode.l10n.t('A comment for support (optional)'), ignoreFocusOut: true });
      if (comment === undefined) return undefined;
    }
    return { score: picked.score, solved, comment: comment?.trim() || undefined };
  },
};
