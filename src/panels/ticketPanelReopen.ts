import * as vscode from 'vscode';
import { recoveredReopenText, replyArrived, unreopenedText } from '../attach/replyOutcome';
import type { HostServices } from '../services/services';
import { isTicketError, TicketError } from '../core/errors';
import { reopenOnce } from '../core/reply-duplicate-guard';
import { OUTSIDE_TEXT_LIMITS, outsideText } from '../shared/outsideText';
import type { TicketTarget } from '../services/services';

/**
 * Reopens a ticket with the user's reason, once: a reopen writes text like a reply, so after a
 * timeout or a dropped connection the ticket's status is read before the user is told to try again.
 * Resolves when the ticket is reopened (also when the server had done it despite the failure);
 * rejects with a sentence that says whether trying again is safe.
 */
export async function reopenWithProgress(services: HostServices, target: TicketTarget, reason: string): Promise<void> {
  const outcome = await vscode.window.withProgress(
    { location: vscode.ProgressLocation.Notification, title: vscode.l10n.t('Reopening ticket {0}…', outsideText(target.ticketId, { maxLength: OUTSIDE_TEXT_LIMITS.label })), cancellable: true },
    (progress, token) => {
      const abort = new AbortController();
      const subscription = token.onCancellationRequested(() => abort.abort());
      return reopenOnce((call) => services.providers.run(target.accountId, call), target.ticketId, reason, {
        signal: abort.signal,
        onCheck: () => progress.report({ message: vscode.l10n.t('Checking whether the ticket was reopened…') }),
      }).finally(() => subscription.dispose());
    },
  );
  if (replyArrived(outcome)) {
    if (outcome.status === 'recovered') void vscode.window.showInformationMessage(recoveredReopenText());
    return;
  }
  // A plain refusal keeps its own error (kind, request id); only the ambiguous cases get the new sentence.
  if (outcome.status === 'not-sent' && !outcome.checked) throw outcome.error;
  services.log.warn(`ticket ${target.ticketId}: reopen failed (${outcome.status}): ${String(outcome.error)}`);
  const kind = isTicketError(outcome.error) ? outcome.error.kind : 'network';
  throw new TicketError({ kind, operation: 'reopen', message: unreopenedText(outcome) });
}
