/**
 * Message operations (spec §3.5): submit, list (offset paging), older history by cursor ("more"),
 * new-message polling with the server's opaque high-water mark, unread counts, mark read, withdraw.
 */
import type { MessagesResponse, MessageWire, NewMessagesResponse, UnreadResponse } from '../wire/messages';
import { readList, readNumber } from '../wire-readers';
import { osmPath, type OsmTransport } from '../transport';
import type { ReadOptions } from '../../../core/provider';

/** What one poll of 5.10.7 brought. */
export interface NewMessagesPoll {
  /** Per case: new messages (both sides) in arrival order. */
  readonly messages: ReadonlyMap<string, MessageWire[]>;
  /** Per case: message ids whose status changed (-1 withdrawn, 1 read). */
  readonly updates: ReadonlyMap<string, { messageId: string; status: number }[]>;
  /** Cases with unread support messages, as reported by `imstatus`. */
  readonly unreadCases: readonly string[];
  /** The cursor to pass to the next poll (keep the previous one when the server sent none). */
  readonly cursor: string | undefined;
}

/** At most this many case ids per poll/unread request (spec: 0–100). */
export const MAX_CASE_IDS_PER_POLL = 100;

export class OsmMessagesApi {
  constructor(
    private readonly t: OsmTransport,
    private readonly groupId?: string,
  ) {}

  /** 5.10.3: posts a customer message. Never retried. */
  async submit(caseId: string, content: string, accessoryIds: readonly string[] = [], signal?: AbortSignal): Promise<void> {
    const message: { content: string; accessory_ids?: string[] } = { content };
    if (accessoryIds.length > 0) message.accessory_ids = [...accessoryIds];
    await this.t.json({
      op: 'CreateMessages',
      method: 'POST',
      path: osmPath('/v2/servicerequest/cases/{case_id}/message', { case_id: caseId }),
      intent: 'write',
      signal,
      body: { message, group_id: this.groupId },
    });
  }

  /** 5.10.5: one page of the conversation (the server returns newest first). */
  async list(caseId: string, offset: number, limit: number, signal?: AbortSignal): Promise<{ total: number; items: MessageWire[] }> {
    const body = await this.t.json<MessagesResponse>({
      op: 'ListMessages',
      method: 'GET',
      path: osmPath('/v2/servicerequest/cases/{case_id}/messages', { case_id: caseId }),
      intent: 'read',
      signal,
      query: { group_id: this.groupId, offset, limit, trim_osm_rich_text_label: true },
    });
    const items = readList(body.message_list);
    return { total: readNumber(body.count, items.length), items };
  }

  /** 5.10.6: messages older than the given one (its epoch-ms time and `type`). */
  async more(caseId: string, before: { createTimeMs: number; type: number }, limit: number, signal?: AbortSignal): Promise<MessageWire[]> {
    const body = await this.t.json<MessagesResponse>({
      op: 'ListMoreInstantMessages',
      method: 'GET',
      path: osmPath('/v2/servicerequest/cases/{case_id}/instant-messages/more', { case_id: caseId }),
      intent: 'read',
      signal,
      query: { create_time: String(before.createTimeMs), type: before.type, limit, group_id: this.groupId, trim_osm_rich_text_label: true },
    });
    return readList(body.message_list);
  }

  /** 5.10.7: what happened since `cursor` in the given cases (omit the cursor on the first poll). */
  async pollNew(caseIds: readonly string[], cursor?: string, signal?: AbortSignal, options: ReadOptions = {}): Promise<NewMessagesPoll> {
    const body = await this.t.json<NewMessagesResponse>({
      op: 'ListNewInstantMessages',
      method: 'GET',
      path: '/v2/servicerequest/cases/instant-messages',
      intent: 'read',
      signal,
      burst: options.burst,
      query: { case_ids: caseIds.slice(0, MAX_CASE_IDS_PER_POLL), last_message_time_id: cursor, group_id: this.groupId, trim_osm_rich_text_label: true },
    });
    const messages = new Map<string, MessageWire[]>();
    const updates = new Map<string, { messageId: string; status: number }[]>();
    // Real answers contain nulls (spec §3.5.4); skip entries without an id.
    for (const entry of readList(body.immsg)) {
      if (!entry?.incident_id) continue;
      messages.set(entry.incident_id, [...(messages.get(entry.incident_id) ?? []), ...readList(entry.message_list).filter((m) => m?.message_id)]);
      const changed = readList(entry.update_messages)
        .filter((u) => u?.message_id)
        .map((u) => ({ messageId: u.message_id, status: readNumber(u.status, 0) }));
      updates.set(entry.incident_id, [...(updates.get(entry.incident_id) ?? []), ...changed]);
    }
    const unreadCases = readList(body.imstatus)
      .filter((s) => s?.incident_id && s.status === 0)
      .map((s) => s.incident_id as string);
    return { messages, updates, unreadCases, cursor: body.last_message_time_id ?? cursor };
  }

  /** 5.10.2: unread support messages per case. */
  async unreadCounts(caseIds: readonly string[], signal?: AbortSignal, options: ReadOptions = {}): Promise<Map<string, number>> {
    if (caseIds.length === 0) return new Map();
    const body = await this.t.json<UnreadResponse>({
      op: 'ListUnreadNewInstantMessages',
      method: 'GET',
      path: '/v2/servicerequest/cases/instant-messages/unread',
      intent: 'read',
      signal,
      burst: options.burst,
      query: { case_ids: caseIds.slice(0, MAX_CASE_IDS_PER_POLL), group_id: this.groupId },
    });
    return new Map(
      readList(body.imunread)
        .filter((u) => u?.incident_id)
        .map((u) => [u.incident_id, readNumber(u.unread_num, 0)]),
    );
  }

  /** 5.10.1: marks the case's messages read. Idempotent, so retried like a read. */
  async markRead(caseId: string, signal?: AbortSignal): Promise<void> {
    await this.t.json({
      op: 'UpdateNewInstantMessagesRead',
      method: 'POST',
      path: osmPath('/v2/servicerequest/cases/{case_id}/instant-messages/unread', { case_id: caseId }),
      intent: 'read',
      signal,
      body: { group_id: this.groupId },
    });
  }

  /** 5.10.4: withdraws one of the customer's own messages. */
  async withdraw(caseId: string, messageId: string, signal?: AbortSignal): Promise<void> {
    await this.t.json({
      op: 'RevokeMessage',
      method: 'POST',
      intent: 'write',
      signal,
      path: osmPath('/v2/servicerequest/cases/{case_id}/instant-messages/{message_id}/withdraw', { case_id: caseId, message_id: messageId }),
    });
  }
}
