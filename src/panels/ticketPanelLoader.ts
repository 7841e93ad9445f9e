import type { Message } from '../core/ticket';
import type { TicketProvider } from '../core/provider';
import type { HostServices, TicketTarget } from '../services/services';
import type { LoadedTicket } from './ticketPanelView';

const MESSAGE_PAGE_SIZE = 100;
/** A runaway cursor must not loop forever; 50 pages of 100 is far beyond any real thread. */
const MAX_MESSAGE_PAGES = 50;

/** Every message of a ticket, following the provider's cursor. */
export async function listAllMessages(provider: TicketProvider, ticketId: string, signal?: AbortSignal): Promise<Message[]> {
  const messages: Message[] = [];
  let cursor: string | undefined;
  for (let page = 0; page < MAX_MESSAGE_PAGES; page++) {
    const result = await provider.listMessages(ticketId, { cursor, pageSize: MESSAGE_PAGE_SIZE }, signal);
    messages.push(...result.items);
    cursor = result.nextCursor;
    if (!cursor) break;
  }
  return messages;
}

/** Loads the ticket, its whole conversation and what the provider allows, through the registry (account health). */
export function loadTicket(services: HostServices, target: TicketTarget, signal?: AbortSignal): Promise<LoadedTicket> {
  const accountLabel = services.accounts.get(target.accountId)?.label ?? target.accountId;
  return services.providers.run(target.accountId, async (provider) => {
    const [detail, messages] = await Promise.all([provider.getTicket(target.ticketId, signal), listAllMessages(provider, target.ticketId, signal)]);
    return {
      detail,
      messages,
      capabilities: provider.capabilities,
      providerName: provider.displayName,
      accountLabel,
    };
  });
}
