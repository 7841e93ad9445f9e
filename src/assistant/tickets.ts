/** Tickets as the model reads them: one block per ticket with id, account, status and links. vscode-free. */
import { isTicketError } from '../core/errors';
import type { TicketDetail, TicketSummary } from '../core/ticket';
import type { StatusGroup } from '../core/status';
import { findProviderDescriptor } from '../providers';
import { describeAccount } from './accounts';
import { failureText, inline, utcMinute } from './text';
import type { AssistantAccount, AssistantWorkspace } from './workspace';

const GROUP_NAMES: Readonly<Record<StatusGroup, string>> = { 'needs-action': 'needs your action', 'in-progress': 'in progress', closed: 'closed' };

/** The status as "<native label> (<group>)". */
export function statusText(ticket: TicketSummary, secrets: readonly string[]): string {
  return `${inline(ticket.status.label, secrets, 80)} (${GROUP_NAMES[ticket.status.group]})`;
}

/** The links of a ticket: VS Code (where the host has one) and the cloud's console. */
export function ticketLinks(workspace: AssistantWorkspace, account: AssistantAccount, ticketId: string): string[] {
  const links: string[] = [];
  const editor = workspace.ticketLink(account, ticketId);
  if (editor) links.push(`open in VS Code: ${editor}`);
  const descriptor = findProviderDescriptor(account.providerId);
  if (descriptor) links.push(`console: ${descriptor.consoleTicketUrl(ticketId)}`);
  return links;
}

/** One ticket of a list: id and title, then account, status, update time, unread count and links. */
export function ticketBlock(workspace: AssistantWorkspace, account: AssistantAccount, ticket: TicketSummary, secrets: readonly string[]): string {
  const facts = [`account ${describeAccount(account)}`, `status ${statusText(ticket, secrets)}`];
  const changed = ticket.updatedAt ?? ticket.createdAt;
  if (changed !== undefined) facts.push(`updated ${utcMinute(changed)}`);
  if (ticket.unreadCount) facts.push(`${ticket.unreadCount} unread`);
  return [`- ${inline(ticket.id, secrets, 100)} — ${inline(ticket.title, secrets)}`, `  ${facts.join(' · ')}`, ...ticketLinks(workspace, account, ticket.id).map((link) => `  ${link}`)].join('\n');
}

/** A ticket found in one of several accounts. */
export interface FoundTicket {
  readonly account: AssistantAccount;
  readonly detail: TicketDetail;
}

/**
 * Reads a ticket from the first of the candidate accounts that has it. Only "not found" moves on to the
 * next account; any other failure is the answer, since the ticket may well be in that account.
 */
export async function findTicket(workspace: AssistantWorkspace, candidates: readonly AssistantAccount[], ticketId: string, signal?: AbortSignal): Promise<FoundTicket | string> {
  const secrets = await workspace.knownSecrets();
  for (const account of candidates) {
    try {
      const detail = await workspace.run(account.id, (provider) => provider.getTicket(ticketId, signal));
      return { account, detail };
    } catch (error) {
      if (isTicketError(error, 'not-found', 'invalid-input')) continue;
      return `Could not read ticket ${inline(ticketId, secrets, 100)} in ${describeAccount(account)}: ${failureText(error, secrets)}`;
    }
  }
  return `No ticket ${inline(ticketId, secrets, 100)} was found in ${candidates.length === 1 ? describeAccount(candidates[0]) : `any of ${candidates.length} accounts`}. Use cloud_tickets_search to find its id.`;
}
