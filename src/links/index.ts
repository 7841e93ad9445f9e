import * as vscode from 'vscode';
import { readConversation, type ConversationRead } from '../core/notify';
import { redactSecrets } from '../core/redaction';
import { REDACTION_PROFILE } from '../providers';
import type { HostServices } from '../services/services';
import { TicketIdEditorLinks } from './editorLinks';
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

/** The ticket-id providers and the URI handler, kept current with the cache; VS Code registrations are the caller's. */
export interface TicketLinks extends vscode.Disposable {
  readonly editorLinks: TicketIdEditorLinks;
  readonly terminalLinks: TicketIdTerminalLinks;
  readonly uriHandler: TicketUriHandler;
  /** A conversation some part read (a panel, the reply watch): its newest messages serve the hover cards. */
  remember(read: ConversationRead): void;
}

/**
 * Builds the link, hover and terminal providers and the URI handler. The extension registers thin
 * forwarders at activation and builds these on first use (src/lazy/workbench.ts), so it also forwards
 * every conversation read to `remember`.
 */
export function createTicketLinks(services: HostServices): TicketLinks {
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
  const subscriptions = vscode.Disposable.from(
    services.tickets.onDidChange(cacheChanged),
    services.accounts.onDidChange(cacheChanged),
    services.accounts.onDidChange(() => lastReplyCache.keepAccounts(services.accounts.list().map((account) => account.id))),
  );
  return {
    editorLinks,
    terminalLinks: new TicketIdTerminalLinks(index),
    uriHandler: new TicketUriHandler(openContext),
    remember: (read) => lastReplyCache.remember(read.accountId, read.ticketId, read.messages),
    dispose: () => subscriptions.dispose(),
  };
}
