import * as vscode from 'vscode';
import { readConversation } from '../core/notify';
import { redactSecrets } from '../core/redaction';
import { REDACTION_PROFILE } from '../providers';
import type { HostServices } from '../services/services';
import { TICKET_LINK_SELECTOR, TicketIdEditorLinks } from './editorLinks';
import { LastReplies, LastReplyCache } from './lastReply';
import type { OpenByIdContext } from './openTicketById';
import { TicketIdIndex } from './ticketIdIndex';
import { TicketIdTerminalLinks } from './terminalLinks';
import { TicketUriHandler } from './ticketUriHandler';

export { openTicketById, type OpenByIdContext } from './openTicketById';
export { askForTicketId } from './ticketIdInput';
export { ticketLinkUri } from './ticketUriHandler';

/** What opening by id needs, with an index of the cache as it is now (built at the first look-up; for one command run). */
export function openByIdContext(services: HostServices): OpenByIdContext {
  return { services, index: cacheIndex(services) };
}

function cacheIndex(services: HostServices): TicketIdIndex {
  return new TicketIdIndex({ accountIds: () => services.accounts.list().map((account) => account.id), summaries: (accountId) => services.tickets.summaries(accountId) });
}

/** Registers the link, hover and terminal providers and the URI handler; dispose to remove them all. */
export function registerTicketLinks(services: HostServices): vscode.Disposable {
  const index = cacheIndex(services);
  const openContext: OpenByIdContext = { services, index };
  // Newest messages for hover cards: in memory, a few minutes; read through the registry like a panel load.
  const lastReplyCache = new LastReplyCache({ redact: (text) => redactSecrets(text, REDACTION_PROFILE).text });
  const lastReplies = new LastReplies({
    cache: lastReplyCache,
    read: (accountId, ticketId, signal) => services.providers.run(accountId, (provider) => readConversation(provider, ticketId, signal)),
  });
  const editorLinks = new TicketIdEditorLinks(index, (accountId) => services.accounts.get(accountId), lastReplies);
  const cacheChanged = () => {
    index.invalidate();
    editorLinks.forgetRecognized();
  };
  const disposables = [
    services.tickets.onDidChange(cacheChanged),
    services.accounts.onDidChange(cacheChanged),
    services.accounts.onDidChange(() => lastReplyCache.keepAccounts(services.accounts.list().map((account) => account.id))),
    services.tickets.onDidReadConversation((read) => lastReplyCache.remember(read.accountId, read.ticketId, read.messages)),
    vscode.languages.registerDocumentLinkProvider(TICKET_LINK_SELECTOR, editorLinks),
    vscode.languages.registerHoverProvider(TICKET_LINK_SELECTOR, editorLinks),
    vscode.window.registerTerminalLinkProvider(new TicketIdTerminalLinks(index)),
    vscode.window.registerUriHandler(new TicketUriHandler(openContext)),
  ];
  return vscode.Disposable.from(...disposables);
}
