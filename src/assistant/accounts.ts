/** Which account a tool call means: by id, label or cloud, or by the shape of a ticket id. vscode-free. */
import { normalizeTicketId, providersMatchingId } from '../core/ticket-ids';
import { findProviderDescriptor, TICKET_ID_FORMATS } from '../providers';
import { ToolInputError } from './input';
import type { AssistantAccount } from './workspace';

/** The English cloud name of an account ("Alibaba Cloud"), or its id for a cloud this version does not know. */
export function providerName(account: AssistantAccount): string {
  return findProviderDescriptor(account.providerId)?.displayName ?? account.providerId;
}

/** One line naming an account for the model: label, cloud and id. */
export function describeAccount(account: AssistantAccount): string {
  return `"${account.label}" (${providerName(account)}, account id ${account.id})`;
}

function listAccounts(accounts: readonly AssistantAccount[]): string {
  return accounts.map((account) => `- ${describeAccount(account)}`).join('\n');
}

/** Accounts a hint names: exact id, then label (any case), then cloud id or name; every account without a hint. */
export function accountsMatching(accounts: readonly AssistantAccount[], hint: string | undefined): AssistantAccount[] {
  if (accounts.length === 0) throw new ToolInputError('No cloud account is set up. The user adds one in the Cloud Tickets view (or the MCP server finds none in its credential sources).');
  const wanted = hint?.trim().toLowerCase();
  if (!wanted) return [...accounts];
  const byId = accounts.filter((account) => account.id.toLowerCase() === wanted);
  if (byId.length > 0) return byId;
  const byLabel = accounts.filter((account) => account.label.toLowerCase() === wanted);
  if (byLabel.length > 0) return byLabel;
  const byCloud = accounts.filter((account) => account.providerId.toLowerCase() === wanted || providerName(account).toLowerCase() === wanted);
  if (byCloud.length > 0) return byCloud;
  throw new ToolInputError(`No account matches "${hint!.slice(0, 100)}". The accounts are:\n${listAccounts(accounts)}`);
}

/** Exactly one account for a call that needs one (create). */
export function singleAccount(accounts: readonly AssistantAccount[], hint: string | undefined): AssistantAccount {
  const matching = accountsMatching(accounts, hint);
  if (matching.length === 1) return matching[0];
  throw new ToolInputError(`Say which account to use ("account"): ${matching.length} accounts match.\n${listAccounts(matching)}`);
}

/** Accounts whose cloud could have issued this ticket id, narrowed by the hint. */
export function accountsForTicket(accounts: readonly AssistantAccount[], ticketId: string, hint: string | undefined): AssistantAccount[] {
  const matching = accountsMatching(accounts, hint);
  const clouds = providersMatchingId(normalizeTicketId(ticketId), TICKET_ID_FORMATS);
  const fitting = matching.filter((account) => clouds.includes(account.providerId));
  // An id of an unexpected shape may still be real (formats change): then every matching account is asked.
  return fitting.length > 0 ? fitting : matching;
}
