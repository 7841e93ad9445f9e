import * as vscode from 'vscode';
import { OUTSIDE_TEXT_LIMITS, outsideText, ownText, type SafeText } from '../shared/outsideText';
import { openTicketById, idText, type OpenByIdContext } from './openTicketById';
import { EXTENSION_ID, parseTicketLink, ticketLinkQuery, TICKET_LINK_PATH, type TicketLinkProblem } from './ticketUri';

/**
 * Opens `<scheme>://cloud-tickets.cloud-tickets/ticket?account=…&id=…` links in the window VS Code hands
 * them to. A link comes from outside: it is read by parseTicketLink (exact path, two known parameters of the
 * right shape, nothing else), it can only ever open a ticket panel, and when it names no account of this
 * VS Code the user is asked before any account is searched.
 */
export class TicketUriHandler implements vscode.UriHandler {
  constructor(private readonly context: OpenByIdContext) {}

  async handleUri(uri: vscode.Uri): Promise<void> {
    const parsed = parseTicketLink(uri.path, uri.query);
    if (!parsed.ok) {
      void vscode.window.showErrorMessage(vscode.l10n.t('This Cloud Tickets link cannot be opened: {0}', problemText(parsed.problem)));
      return;
    }
    const { ticketId, accountId, providerIds } = parsed.link;
    const account = accountId === undefined ? undefined : this.context.services.accounts.get(accountId);
    if (account && providerIds.includes(account.providerId)) {
      await openTicketById(this.context, ticketId, account.id);
      return;
    }
    const search = vscode.l10n.t('Look in My Accounts');
    const question = account
      ? vscode.l10n.t(
          'The link names the account "{0}", but {1} is not a ticket ID of its cloud. Look for ticket {1} in your other accounts?',
          outsideText(account.label, { maxLength: OUTSIDE_TEXT_LIMITS.label }),
          idText(ticketId),
        )
      : vscode.l10n.t('Open ticket {0}? The link was copied from an account that is not set up in this VS Code; Cloud Tickets can look for the ticket in your own accounts.', idText(ticketId));
    if ((await vscode.window.showInformationMessage(question, { modal: true }, search)) === search) await openTicketById(this.context, ticketId);
  }
}

/** A link to a ticket that opens it in VS Code (through the browser's callback page where VS Code runs on the web). */
export async function ticketLinkUri(accountId: string, ticketId: string): Promise<string> {
  const local = vscode.Uri.from({ scheme: vscode.env.uriScheme, authority: EXTENSION_ID, path: TICKET_LINK_PATH, query: ticketLinkQuery(accountId, ticketId) });
  // toString(true): the default encoding would turn the callback's own `&` and `=` into %26 and %3D and break it.
  return (await vscode.env.asExternalUri(local)).toString(true);
}

function problemText(problem: TicketLinkProblem): SafeText {
  switch (problem) {
    case 'path':
      return ownText(vscode.l10n.t('it does not point to a ticket.'));
    case 'too-long':
      return ownText(vscode.l10n.t('it is too long.'));
    case 'unknown-parameter':
      return ownText(vscode.l10n.t('it carries parameters Cloud Tickets does not know.'));
    case 'repeated-parameter':
      return ownText(vscode.l10n.t('it names a parameter twice.'));
    case 'missing-id':
      return ownText(vscode.l10n.t('it names no ticket.'));
    case 'bad-id':
      return ownText(vscode.l10n.t('its ticket ID is not one of a cloud Cloud Tickets knows.'));
    case 'bad-account':
      return ownText(vscode.l10n.t('its account ID is malformed.'));
  }
}
