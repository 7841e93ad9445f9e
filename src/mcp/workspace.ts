/** The assistant workspace of the MCP server: in-memory accounts, one provider each, built on first use. vscode-free. */
import type { AssistantWorkspace, DiagnosticsSource } from '../assistant';
import type { TicketProvider } from '../core/provider';
import { EXTENSION_ID, TICKET_LINK_PATH } from '../links/ticketUri';
import { providerDescriptor, type ProviderOptions } from '../providers';
import type { ServerAccount } from './accounts';

const REQUEST_TIMEOUT_MS = 20_000;

/** Links open the ticket in VS Code by id alone: these account ids mean nothing to the editor. */
function editorLink(ticketId: string): string {
  return `vscode://${EXTENSION_ID}${TICKET_LINK_PATH}?${new URLSearchParams({ id: ticketId }).toString()}`;
}

/** Builds an account's provider; the descriptor's lazy loader unless a test passes its own. */
export type ProviderFactory = (options: ProviderOptions) => Promise<TicketProvider>;

const fromDescriptor: ProviderFactory = (options) => providerDescriptor(options.account.providerId).create(options);

export function serverWorkspace(accounts: readonly ServerAccount[], diagnostics?: DiagnosticsSource, createProvider: ProviderFactory = fromDescriptor): AssistantWorkspace {
  const providers = new Map<string, Promise<TicketProvider>>();
  const provider = (accountId: string): Promise<TicketProvider> => {
    let created = providers.get(accountId);
    if (!created) {
      const account = accounts.find((candidate) => candidate.metadata.id === accountId);
      if (!account) return Promise.reject(new Error(`Unknown account ${accountId}.`));
      created = createProvider({ account: account.metadata, credentials: async () => account.credentials, timeoutMs: REQUEST_TIMEOUT_MS });
      created.catch(() => providers.delete(accountId));
      providers.set(accountId, created);
    }
    return created;
  };
  return {
    accounts: () => accounts.map(({ metadata }) => ({ id: metadata.id, label: metadata.label, providerId: metadata.providerId })),
    run: async (accountId, call) => call(await provider(accountId)),
    knownSecrets: async () => accounts.flatMap(({ credentials }) => [credentials.accessKeyId, credentials.accessKeySecret, credentials.securityToken ?? '']).filter((value) => value !== ''),
    ticketLink: (_account, ticketId) => editorLink(ticketId),
    ...(diagnostics ? { diagnostics } : {}),
  };
}
