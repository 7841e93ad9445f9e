import * as vscode from 'vscode';
import type { Confirmation } from '../assistant';
import { OUTSIDE_TEXT_LIMITS, outsideText, ownText, type SafeText } from '../shared/outsideText';
import { labelNamesCloud } from '../shared/accountWithCloud';

/** Longer than any text a tool accepts (20,000 characters), so the confirmation never cuts what is sent. */
const TEXT_SHOWN = 20_100;

/**
 * What VS Code shows before a tool writes: the account, the ticket and the exact text that will be sent.
 * Plain text on purpose: VS Code shows it in the chat or in a modal dialog, and neither may render
 * anything from outside as Markdown.
 */
export function confirmationMessages(confirmation: Confirmation): vscode.LanguageModelToolConfirmationMessages {
  const label = (text: string | undefined) => outsideText(text, { maxLength: OUTSIDE_TEXT_LIMITS.label });
  const cloud = ownText(vscode.l10n.t(confirmation.providerName));
  // A label that names its cloud ("Alibaba Cloud (demo)") is not followed by the cloud's name again.
  const account = labelNamesCloud(confirmation.account.label, cloud)
    ? vscode.l10n.t('Account: {0}', label(confirmation.account.label))
    : vscode.l10n.t('Account: {0} ({1})', label(confirmation.account.label), cloud);
  const lines: SafeText[] = [ownText(account)];
  if (confirmation.ticketId) lines.push(ownText(vscode.l10n.t('Ticket: {0} — {1}', label(confirmation.ticketId), label(confirmation.ticketTitle))));
  for (const field of confirmation.fields ?? []) lines.push(ownText(`${vscode.l10n.t(field.label)}: ${outsideText(field.value, { maxLength: TEXT_SHOWN, multiline: true })}`));
  if (confirmation.attachment) {
    const { fileName, sizeBytes } = confirmation.attachment;
    lines.push(
      ownText(vscode.l10n.t('Attachment: {0} ({1} KB). The redacted preview is open in the editor; review it before you continue.', label(fileName), Math.max(1, Math.round(sizeBytes / 1024)))),
    );
  }
  if (confirmation.text !== undefined) lines.push(ownText(vscode.l10n.t('Text that will be sent:')), outsideText(confirmation.text, { maxLength: TEXT_SHOWN, multiline: true }));
  if (confirmation.redactedSecrets > 0) lines.push(ownText(vscode.l10n.t('{0} secret(s) were taken out of the text; it is sent exactly as shown.', confirmation.redactedSecrets)));
  lines.push(ownText(vscode.l10n.t('Nothing is sent if you cancel.')));
  return { title: titleOf(confirmation), message: ownText(lines.join('\n\n')) };
}

function titleOf(confirmation: Confirmation): SafeText {
  const ticket = outsideText(confirmation.ticketId, { maxLength: OUTSIDE_TEXT_LIMITS.label });
  switch (confirmation.action) {
    case 'reply':
      return ownText(vscode.l10n.t('Send this reply to ticket {0}?', ticket));
    case 'create':
      return ownText(vscode.l10n.t('File this ticket in "{0}"?', outsideText(confirmation.account.label, { maxLength: OUTSIDE_TEXT_LIMITS.label })));
    case 'attach-diagnostics':
      return ownText(vscode.l10n.t('Attach the diagnostics bundle to ticket {0}?', ticket));
  }
}
