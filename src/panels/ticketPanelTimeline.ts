import * as vscode from 'vscode';
import type { TicketProvider } from '../core/provider';
import { operationIfOffered } from '../core/provider-operations';
import type { Authorization } from '../core/support-requests';
import type { HostServices, TicketTarget } from '../services/services';
import { errorMessage } from '../common/errorMessage';
import { offeredOperation } from '../common/providerOperation';
import type { TicketTimelineView } from '../shared/protocol/ticketExtras';
import { OUTSIDE_TEXT_LIMITS, outsideText, ownText, type SafeText } from '../shared/outsideText';
import type { TicketPrompts } from './ticketPanelPrompts';
import { timelineView, type TimelineParts } from './ticketPanelExtrasView';

/** One part of the timeline, or the sentence saying why it could not be loaded. */
async function part<T>(load: (() => Promise<T>) | undefined, problems: string[], what: SafeText): Promise<T | undefined> {
  if (!load) return undefined;
  try {
    return await load();
  } catch (error) {
    problems.push(vscode.l10n.t('{0} could not be loaded: {1}', what, errorMessage(error)));
    return undefined;
  }
}

/**
 * The ticket's timeline beside the conversation (operation log, related tickets, authorizations) and
 * the answers to authorization requests: grant (confirmed), refuse (with the reason the user gives) or
 * revoke (confirmed). Parts the cloud does not offer are left out; one that fails does not hide the others.
 */
export class TicketPanelTimeline {
  private authorizations: readonly Authorization[] = [];

  constructor(
    private readonly services: HostServices,
    private readonly target: TicketTarget,
    private readonly prompts: TicketPrompts,
  ) {}

  async load(): Promise<TicketTimelineView> {
    const { ticketId } = this.target;
    const parts = await this.services.providers.run(this.target.accountId, async (provider): Promise<TimelineParts> => {
      const problems: string[] = [];
      const history = operationIfOffered(provider, 'listTicketHistory');
      const related = operationIfOffered(provider, 'listRelatedTickets');
      const authorizations = operationIfOffered(provider, 'listAuthorizations');
      const [events, relatedTickets, asked] = await Promise.all([
        part(history && (() => history(ticketId)), problems, ownText(vscode.l10n.t('The activity'))),
        part(related && (() => related(ticketId)), problems, ownText(vscode.l10n.t('The related tickets'))),
        part(authorizations && (() => authorizations(ticketId)), problems, ownText(vscode.l10n.t('The authorizations'))),
      ]);
      return { events, related: relatedTickets, authorizations: asked, problems };
    });
    if (parts.authorizations) this.authorizations = parts.authorizations;
    return timelineView(parts);
  }

  /** Grants, refuses or revokes an authorization after asking the user; false when they cancelled. */
  async act(authorizationId: string, action: 'grant' | 'refuse' | 'revoke'): Promise<boolean> {
    const asked = this.authorizations.find((a) => a.id === authorizationId);
    const what = outsideText(asked ? `${asked.access} — ${asked.description}` : authorizationId, { maxLength: OUTSIDE_TEXT_LIMITS.label });
    const { ticketId } = this.target;
    if (action === 'refuse') {
      const reason = await vscode.window.showInputBox({
        title: vscode.l10n.t('Refuse the authorization'),
        prompt: vscode.l10n.t('Tell support why access is refused: {0}', what),
        ignoreFocusOut: true,
        validateInput: (value) => (value.trim() === '' ? vscode.l10n.t('A reason is required.') : value.trim().length > 300 ? vscode.l10n.t('At most 300 characters.') : undefined),
      });
      if (!reason?.trim()) return false;
      await this.write(ownText(vscode.l10n.t('Refusing the authorization…')), (p, signal) => offeredOperation(p, 'refuseAuthorization')(ticketId, authorizationId, reason.trim(), signal));
      return true;
    }
    const grant = action === 'grant';
    const until = asked?.expiresAt === undefined ? '' : ownText(new Date(asked.expiresAt).toLocaleString(vscode.env.language, { dateStyle: 'medium', timeStyle: 'short' }));
    const confirmed = await this.prompts.confirm(
      ownText(grant ? vscode.l10n.t('Grant support this access?') : vscode.l10n.t('Revoke this access?')),
      ownText(
        grant
          ? until
            ? vscode.l10n.t('{0}. Support can use it until {1}.', what, until)
            : vscode.l10n.t('{0}. Support can use it for the period it asked for.', what)
          : vscode.l10n.t('{0}. Support can no longer use it.', what),
      ),
      ownText(grant ? vscode.l10n.t('Grant access') : vscode.l10n.t('Revoke access')),
    );
    if (!confirmed) return false;
    if (grant) await this.write(ownText(vscode.l10n.t('Granting the authorization…')), (p, signal) => offeredOperation(p, 'grantAuthorization')(ticketId, authorizationId, signal));
    else await this.write(ownText(vscode.l10n.t('Revoking the authorization…')), (p, signal) => offeredOperation(p, 'revokeAuthorization')(ticketId, authorizationId, signal));
    return true;
  }

  private async write(title: SafeText, call: (provider: TicketProvider, signal: AbortSignal) => Promise<void>): Promise<void> {
    await vscode.window.withProgress({ location: vscode.ProgressLocation.Notification, title, cancellable: true }, (_progress, token) => {
      const abort = new AbortController();
      const subscription = token.onCancellationRequested(() => abort.abort());
      return this.services.providers.run(this.target.accountId, (provider) => call(provider, abort.signal)).finally(() => subscription.dispose());
    });
  }
}
