import * as vscode from 'vscode';
import type { RatingInput } from '../core/provider';
import { reasonsFor, type RatingForm } from '../core/rating-form';
import { OUTSIDE_TEXT_LIMITS, outsideText, ownText } from '../shared/outsideText';

/**
 * The rating form asked with quick picks (the command's way; the ticket panel shows the form itself):
 * a score per dimension, then a reason where the cloud offers some for that score, the solved flag and
 * a comment where the cloud takes them. Undefined when the user cancels.
 */
export async function askRating(form: RatingForm): Promise<RatingInput | undefined> {
  const scores: Record<string, number> = {};
  const reasons: Record<string, string> = {};
  const steps = form.dimensions.length + (form.solvedFlag ? 1 : 0) + (form.comment ? 1 : 0);
  let step = 0;
  const title = () => ownText(vscode.l10n.t('Rate the support ({0}/{1})', ++step, steps));
  for (const dimension of form.dimensions) {
    const name = dimension.label ? outsideText(dimension.label, { maxLength: OUTSIDE_TEXT_LIMITS.label }) : vscode.l10n.t('Overall satisfaction');
    const items = [];
    for (let score = dimension.maxScore; score >= dimension.minScore; score--) {
      items.push({ label: ownText('★'.repeat(Math.max(1, Math.min(score, 10)))), description: ownText(vscode.l10n.t('{0} of {1}', score, dimension.maxScore)), score });
    }
    const picked = await vscode.window.showQuickPick(items, { title: title(), placeHolder: vscode.l10n.t('How satisfied are you with {0}?', name), ignoreFocusOut: true, matchOnDescription: true });
    if (!picked) return undefined;
    scores[dimension.id] = picked.score;
    const offered = reasonsFor(dimension, picked.score);
    if (offered.length === 0) continue;
    const none = { label: ownText(vscode.l10n.t('No reason')), id: '' };
    const reason = await vscode.window.showQuickPick([...offered.map((r) => ({ label: outsideText(r.label, { maxLength: OUTSIDE_TEXT_LIMITS.label }), id: r.id })), none], {
      title: vscode.l10n.t('Rate the support'),
      placeHolder: vscode.l10n.t('Why? (optional)'),
      ignoreFocusOut: true,
    });
    if (!reason) return undefined;
    if (reason.id) reasons[dimension.id] = reason.id;
  }
  let solved: boolean | undefined;
  if (form.solvedFlag) {
    const yes = ownText(vscode.l10n.t('Yes, the problem is solved'));
    const no = ownText(vscode.l10n.t('No, the problem is not solved'));
    const answer = await vscode.window.showQuickPick([yes, no], { title: title(), placeHolder: vscode.l10n.t('Was the problem solved?'), ignoreFocusOut: true });
    if (!answer) return undefined;
    solved = answer === yes;
  }
  let comment: string | undefined;
  if (form.comment) {
    comment = await vscode.window.showInputBox({
      title: title(),
      prompt: vscode.l10n.t('A comment for support (optional)'),
      ignoreFocusOut: true,
      validateInput: (value) => (value.trim().length > form.maxCommentLength ? vscode.l10n.t('At most {0} characters.', form.maxCommentLength) : undefined),
    });
    if (comment === undefined) return undefined;
  }
  const first = form.dimensions[0]?.id ?? '';
  return { score: scores[first] ?? Number.NaN, scores, reasons, ...(solved === undefined ? {} : { solved }), ...(comment?.trim() ? { comment: comment.trim() } : {}) };
}
