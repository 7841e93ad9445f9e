/**
 * The conversation read from its newest end (5.10.5 offset 0) and older messages on demand by the
 * cursor of the oldest one shown (5.10.6: its epoch-ms time and sender type). The cursor does not move
 * when new messages arrive, unlike offsets.
 */
import type { Message } from '../../core/ticket';
import type { MessageWindow } from '../../core/ticket-timeline';
import { withDownloadLinks } from './attachment-links';
import type { OsmClient } from './client';
import { messageOf, sortMessages } from './mapping';
import type { MessageWire } from './wire/messages';

/** Messages per window: one less than the API's 100, so asking one more tells whether older ones exist. */
export const MAX_WINDOW = 99;

const clamp = (limit: number) => Math.min(MAX_WINDOW, Math.max(1, Math.floor(limit)));

/** Wire messages (newest first, as the server lists them) → ascending core messages with download links. */
async function toMessages(client: OsmClient, wires: readonly MessageWire[], signal?: AbortSignal): Promise<Message[]> {
  const unique = new Map<string, Message>();
  for (const wire of wires) if (wire?.message_id && !unique.has(wire.message_id)) unique.set(wire.message_id, messageOf(wire));
  // Reversed, messages with equal times keep the server's order.
  return withDownloadLinks(client.attachments, sortMessages([...unique.values()].reverse()), signal);
}

/** The newest `limit` messages; reading them marks the conversation read, as the console does. */
export async function latestMessages(client: OsmClient, caseId: string, limit: number, signal?: AbortSignal): Promise<MessageWindow> {
  const size = clamp(limit);
  const page = await client.messages.list(caseId, 0, size, signal);
  // A failure to mark read must not hide the conversation.
  await client.messages.markRead(caseId, signal).catch(() => undefined);
  return { items: await toMessages(client, page.items, signal), hasEarlier: page.total > page.items.length };
}

/** Up to `limit` messages older than `before`. */
export async function earlierMessages(client: OsmClient, caseId: string, before: Message, limit: number, signal?: AbortSignal): Promise<MessageWindow> {
  const size = clamp(limit);
  const wires = await client.messages.more(caseId, { createTimeMs: before.createdAt, type: before.author.role === 'support' ? 1 : 0 }, size + 1, signal);
  const older = wires.filter((wire) => wire?.message_id && wire.message_id !== before.id);
  return { items: await toMessages(client, older.slice(0, size), signal), hasEarlier: older.length > size };
}
