/**
 * The stored form of what was seen of an account's tickets (core/notify): a versioned JSON value of
 * per-ticket counters, ids and times — never message text, titles or credentials. A value of another
 * version or shape reads as "nothing seen yet"; malformed entries are skipped.
 */
import type { SeenTicket } from '../notify/seen-ticket';

export const SEEN_FORMAT = 'cloud-tickets/seen-tickets';
export const SEEN_VERSION = 1;

/** The JSON value stored per account. */
export interface SeenFileV1 {
  readonly format: typeof SEEN_FORMAT;
  readonly version: typeof SEEN_VERSION;
  readonly accountId: string;
  readonly tickets: Readonly<Record<string, SeenTicket>>;
}

const NUMBER_FIELDS = ['lastNoteAt', 'noteCount', 'lastActivityAt', 'checkedAt', 'listUnread', 'repliesSeen', 'watchedSince'] as const;
const BOOLEAN_FIELDS = ['awaitingSupport', 'markedUnread', 'newTicket'] as const;
const STRING_FIELDS = ['statusCode', 'lastNoteId'] as const;

/** The storable value of an account's seen tickets. */
export function serializeSeen(accountId: string, tickets: ReadonlyMap<string, SeenTicket>): SeenFileV1 {
  return { format: SEEN_FORMAT, version: SEEN_VERSION, accountId, tickets: Object.fromEntries([...tickets].map(([id, seen]) => [id, readSeenTicket(seen) ?? { unread: 0 }])) };
}

/** Reads a stored value back; undefined when it is not this format, version and account. */
export function parseSeen(value: unknown, accountId: string): Map<string, SeenTicket> | undefined {
  if (!isRecord(value) || value.format !== SEEN_FORMAT || value.version !== SEEN_VERSION || value.accountId !== accountId || !isRecord(value.tickets)) return undefined;
  const tickets = new Map<string, SeenTicket>();
  for (const [id, entry] of Object.entries(value.tickets)) {
    const seen = readSeenTicket(entry);
    if (seen) tickets.set(id, seen);
  }
  return tickets;
}

/** Copies only the known fields with the right types (a stored value is outside input). */
function readSeenTicket(value: unknown): SeenTicket | undefined {
  if (!isRecord(value)) return undefined;
  const unread = value.unread;
  if (typeof unread !== 'number' || !Number.isFinite(unread) || unread < 0) return undefined;
  const seen: Record<string, unknown> = { unread };
  for (const key of NUMBER_FIELDS) if (typeof value[key] === 'number' && Number.isFinite(value[key])) seen[key] = value[key];
  for (const key of BOOLEAN_FIELDS) if (typeof value[key] === 'boolean') seen[key] = value[key];
  for (const key of STRING_FIELDS) if (typeof value[key] === 'string') seen[key] = value[key];
  return seen as unknown as SeenTicket;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
