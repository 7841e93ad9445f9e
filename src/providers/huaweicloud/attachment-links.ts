/**
 * Download links for the attachments of a conversation. OSM lists attachments by id only; the
 * contract's `Attachment.url` is how the host fetches a file, so the provider asks for temporary
 * URLs (5.2.1, fetched without credentials) once per conversation, at most 100 ids per request.
 */
import type { Message } from '../../core/ticket';
import type { OsmAttachmentsApi } from './ops/attachments';

/** Ids per ListAccessoryAccessUrls request (spec §3.6.7: 1–100). */
const MAX_IDS_PER_REQUEST = 100;

/**
 * The messages with a `url` on every attachment the server gave a link for. A failed request leaves
 * those attachments without a link (the panel then says so) rather than hiding the conversation.
 */
export async function withDownloadLinks(api: OsmAttachmentsApi, messages: readonly Message[], signal?: AbortSignal): Promise<Message[]> {
  const ids = [...new Set(messages.flatMap((m) => m.attachments.flatMap((a) => (a.id && !a.url ? [a.id] : []))))];
  if (ids.length === 0) return [...messages];
  const urls = new Map<string, string>();
  for (let start = 0; start < ids.length; start += MAX_IDS_PER_REQUEST) {
    const links = await api.accessUrls(ids.slice(start, start + MAX_IDS_PER_REQUEST), signal).catch((error: unknown) => {
      if (signal?.aborted) throw error;
      return [];
    });
    for (const link of links) if (link.url) urls.set(link.id, link.url);
  }
  return messages.map((m) => {
    if (!m.attachments.some((a) => a.id !== undefined && urls.has(a.id))) return m;
    return { ...m, attachments: m.attachments.map((a) => (a.id !== undefined && urls.has(a.id) ? { ...a, url: urls.get(a.id) } : a)) };
  });
}
