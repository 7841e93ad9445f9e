import * as vscode from 'vscode';
import type { HostServices } from '../services/services';
import { TICKET_LINK_SELECTOR, TicketIdEditorLinks } from './editorLinks';
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
  const editorLinks = new TicketIdEditorLinks(index, (accountId) => services.accounts.get(accountId));
  const cacheChanged = () => {
    index.invalidate();
    editorLinks.forgetRecognized();
  };
  const disposables = [
    services.tickets.onDidChange(cacheChanged),
    services.accounts.onDidChange(cacheChanged),
    vscode.languages.registerDocumentLinkProvider(TICKET_LINK_SELECTOR, editorLinks),
    vscode.languages.registerHoverProvider(TICKET_LINK_SELECTOR, editorLinks),
    vscode.window.registerTerminalLinkProvider(new TicketIdTerminalLinks(index)),
    vscode.window.registerUriHandler(new TicketUriHandler(openContext)),
  ];
  return vscode.Disposable.from(...disposables);
}
