/** Reading a whole conversation through the contract, for note checks and the ticket panel alike. */
import type { TicketProvider } from '../provider';
import type { Message } from '../ticket';

const MESSAGE_PAGE_SIZE = 100;
/** A runaway cursor must not loop forever; 50 pages of 100 is far beyond any real thread. */
const MAX_MESSAGE_PAGES = 50;

/** Every message of a ticket in ascending time, following the provider's cursor (one request on most clouds). */
export async function readConversation(provider: TicketProvider, ticketId: string, signal?: AbortSignal): Promise<Message[]> {
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
