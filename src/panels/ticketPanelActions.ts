import * as vscode from 'vscode';
import { TicketError } from '../core/errors';
import type { TicketProvider } from '../core/provider';
import type { HostServices } from '../services/services';
import { offeredOperation } from '../common/providerOperation';
import { providerDescriptor } from '../providers';
import { cloudNameOf } from '../accounts/cloudName';
import type { TicketAction } from '../shared/protocol/ticket';
import type { TicketTarget } from '../services/services';
import { exportTicketToFile } from './ticketExport';
import type { TicketPrompts } from './ticketPanelPrompts';
import { reopenWithProgress } from './ticketPanelReopen';
import { OUTSIDE_TEXT_LIMITS, outsideText, ownText, type SafeText } from '../shared/outsideText';

/**
 * Every ticket action, shared by the panel's buttons and the commands: asks what it must (confirmation
 * for destructive actions, reopen message, rating), runs the write once (never retried), then lets the
 * open panel and the explorer tree refresh. Resolves false when the user cancelled.
 */
export class TicketActionRunner {
  constructor(
    private readonly services: HostServices,
    private readonly prompts: TicketPrompts,
    /** Called after a write succeeded, to reload the open panel of that ticket. */
    private readonly onDidChangeTicket: (target: TicketTarget) => Promise<void>,
  ) {}

  run(action: TicketAction, target: TicketTarget): Promise<boolean> {
    switch (action) {
      case 'close':
        return this.close(target);
      case 'cancel':
        return this.cancel(target);
      case 'reopen':
        return this.reopen(target);
      case 'urge':
        return this.urge(target);
      case 'rate':
        return this.rate(target);
      case 'refresh':
        return this.onDidChangeTicket(target).then(() => true);
      case 'export':
        return this.exportMarkdown(target);
      case 'openInConsole':
        return this.openInConsole(target);
      case 'copyId':
        return this.copyId(target);
    }
  }

  async close(target: TicketTarget): Promise<boolean> {
    const confirmed = await this.prompts.confirm(
      ownText(vscode.l10n.t('Close ticket {0}?', outsideText(target.ticketId))),
      ownText(vscode.l10n.t('Close it only when the problem is solved. Support stops working on a closed ticket.')),
      ownText(vscode.l10n.t('Close ticket')),
    );
    if (!confirmed) return false;
    await this.write(target, ownText(vscode.l10n.t('Closing ticket {0}…', idOf(target))), (provider, signal) => provider.close(target.ticketId, signal));
    return true;
  }

  async cancel(target: TicketTarget): Promise<boolean> {
    const confirmed = await this.prompts.confirm(
      ownText(vscode.l10n.t('Cancel ticket {0}?', outsideText(target.ticketId))),
      ownText(vscode.l10n.t('The ticket is withdrawn and support stops working on it. This cannot be undone.')),
      ownText(vscode.l10n.t('Cancel ticket')),
    );
    if (!confirmed) return false;
    await this.write(target, ownText(vscode.l10n.t('Cancelling ticket {0}…', idOf(target))), (provider, signal) => offeredOperation(provider, 'cancel')(target.ticketId, signal));
    return true;
  }

  async reopen(target: TicketTarget, message?: string): Promise<boolean> {
    const reason = message ?? (await this.prompts.reopenMessage());
    if (!reason?.trim()) return false;
    const provider = await this.services.providers.get(target.accountId);
    if (!provider.capabilities.canReopen) throw unsupported(provider, 'reopen');
    // The reason is text like a reply's: after an ambiguous failure the status is checked before a retry.
    await reopenWithProgress(this.services, target, reason.trim());
    await this.afterChange(target);
    return true;
  }

  async urge(target: TicketTarget): Promise<boolean> {
    await this.write(target, ownText(vscode.l10n.t('Urging support on ticket {0}…', idOf(target))), (provider, signal) => offeredOperation(provider, 'urge')(target.ticketId, signal));
    void vscode.window.showInformationMessage(vscode.l10n.t('Support was asked to hurry on ticket {0}.', idOf(target)));
    return true;
  }

  async rate(target: TicketTarget): Promise<boolean> {
    const provider = await this.services.providers.get(target.accountId);
    if (!provider.capabilities.canRate || !provider.capabilities.rating) throw unsupported(provider, 'rate');
    // The cloud's own dimensions and reasons, read fresh: its configuration may change.
    const form = await this.services.providers.run(target.accountId, (p) => offeredOperation(p, 'ratingForm')(target.ticketId));
    const rating = await this.prompts.rating(form);
    if (!rating) return false;
    await this.write(target, ownText(vscode.l10n.t('Rating ticket {0}…', idOf(target))), (p, signal) => offeredOperation(p, 'rate')(target.ticketId, rating, signal));
    void vscode.window.showInformationMessage(vscode.l10n.t('Thank you for rating ticket {0}.', idOf(target)));
    return true;
  }

  /** Exports the conversation as Markdown into a file the user picks (or `destination`). */
  exportMarkdown(target: TicketTarget, destination?: vscode.Uri): Promise<boolean> {
    return exportTicketToFile(this.services, target, destination);
  }

  async openInConsole(target: TicketTarget): Promise<boolean> {
    const account = this.services.accounts.get(target.accountId);
    if (!account) throw new TicketError({ kind: 'not-found', code: 'UnknownAccount', message: vscode.l10n.t('This account was removed. Refresh the Tickets view.') });
    if (account.demo) {
      // A demo ticket lives only in the built-in emulator: the real console would show someone else's ticket or none.
      void vscode.window.showInformationMessage(vscode.l10n.t('Demo tickets exist only in the built-in emulator, so there is no web console page for them.'));
      return false;
    }
    const url = providerDescriptor(account.providerId).consoleTicketUrl(target.ticketId);
    return vscode.env.openExternal(vscode.Uri.parse(url, true));
  }

  async copyId(target: TicketTarget): Promise<boolean> {
    await vscode.env.clipboard.writeText(target.ticketId);
    void vscode.window.setStatusBarMessage(vscode.l10n.t('Copied ticket ID {0}', idOf(target)), 3000);
    return true;
  }

  /** Runs one write with a cancellable progress notification, then refreshes panel and tree. */
  private async write(target: TicketTarget, title: SafeText, call: (provider: TicketProvider, signal: AbortSignal) => Promise<void>): Promise<void> {
    await vscode.window.withProgress({ location: vscode.ProgressLocation.Notification, title, cancellable: true }, (_progress, token) => {
      const abort = new AbortController();
      const subscription = token.onCancellationRequested(() => abort.abort());
      return this.services.providers.run(target.accountId, (provider) => call(provider, abort.signal)).finally(() => subscription.dispose());
    });
    await this.afterChange(target);
  }

  private async afterChange(target: TicketTarget): Promise<void> {
    await Promise.all([
      this.onDidChangeTicket(target).catch((error: unknown) => this.services.log.warn(`ticket panel refresh failed: ${String(error)}`)),
      this.services.tickets.refresh(target.accountId).catch((error: unknown) => this.services.log.warn(`tree refresh failed: ${String(error)}`)),
    ]);
  }
}

function unsupported(provider: TicketProvider, operation: string): TicketError {
  return new TicketError({
    kind: 'invalid-input',
    code: 'Unsupported',
    operation,
    message: vscode.l10n.t('{0} does not offer this action for this account.', cloudNameOf(provider.providerId)),
  });
}

/** The ticket id as notifications and progress titles may show it (ids come from the server too). */
function idOf(target: TicketTarget): SafeText {
  return outsideText(target.ticketId, { maxLength: OUTSIDE_TEXT_LIMITS.label });
}
