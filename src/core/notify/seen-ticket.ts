/**
 * What was last seen of one ticket, and how each new observation (a list row, a conversation read)
 * moves it on. Pure functions: the reply watch keeps the records, persists them and turns the
 * returned `newReplies` into notifications. The user's unread count lives here, so every cloud gets
 * the same dot whether its list reports unread messages or not.
 */
import type { Message, TicketSummary } from '../ticket';

export interface SeenTicket {
  /** Native status code when last listed. */
  readonly statusCode?: string;
  /** Id and time of the newest message of the conversation when it was last read. */
  readonly lastNoteId?: string;
  readonly lastNoteAt?: number;
  /** Messages in the conversation when it was last read. */
  readonly noteCount?: number;
  /** The newest message is the customer's: support owes an answer. */
  readonly awaitingSupport?: boolean;
  /** Newest activity seen (epoch ms): the newest message, or when a change was observed in the list. */
  readonly lastActivityAt?: number;
  /** When the conversation was last read (note check or panel load). */
  readonly checkedAt?: number;
  /** Unread count the list reported last (clouds whose list reports it). */
  readonly listUnread?: number;
  /** Support messages the user has not seen here. */
  readonly unread: number;
  /** The user asked to keep the ticket unread ("Mark as Unread"). */
  readonly markedUnread?: boolean;
  /** Support replies noticed so far (a running total; names a reply when its message id is unknown). */
  readonly repliesSeen?: number;
  /** When the ticket was first listed here: on its first read, messages after this are news. */
  readonly watchedSince?: number;
  /** It appeared after the account was first watched: its whole conversation is news when first read. */
  readonly newTicket?: boolean;
}

export interface Observation {
  readonly seen: SeenTicket;
  /** Support messages that arrived since the previous observation (0 when none or on first sight). */
  readonly newReplies: number;
  /** Id of the newest new support message, when the conversation was read. */
  readonly newestReplyId?: string;
}

export interface ConversationContext {
  readonly now: number;
  /** The ticket was never observed and its messages are not news (first look at the account). */
  readonly baseline: boolean;
  /** The conversation is on screen: everything in it counts as read. */
  readonly shown: boolean;
}

/** A freshly read conversation (ascending time) applied to what was seen before. */
export function observeConversation(before: SeenTicket | undefined, messages: readonly Message[], context: ConversationContext): Observation {
  const visible = messages.filter((message) => message.withdrawn !== true);
  const newest = visible.at(-1);
  const neverRead = before?.lastNoteId === undefined && before?.noteCount === undefined;
  const allNews = neverRead && (before ? before.newTicket === true : !context.baseline);
  const arrived = allNews ? visible : neverRead ? messagesSince(before?.watchedSince, visible) : messagesAfter(before as SeenTicket, visible);
  const replies = arrived.filter((message) => message.author.role === 'support');
  // On a first read, older support messages the cloud itself flags unread (where it keeps flags) show the dot too.
  const firstSightUnread = neverRead && !allNews ? visible.filter((m) => m.author.role === 'support' && m.unread === true && !arrived.includes(m)).length : 0;
  const conversational = visible.filter((message) => message.author.role !== 'system').at(-1);
  const lastActivityAt = maxDefined(before?.lastActivityAt, newest?.createdAt);
  const seen: SeenTicket = {
    ...withoutNewTicket(before),
    ...(newest ? { lastNoteId: newest.id, lastNoteAt: newest.createdAt } : {}),
    noteCount: visible.length,
    awaitingSupport: conversational?.author.role === 'customer',
    ...(lastActivityAt !== undefined ? { lastActivityAt } : {}),
    checkedAt: context.now,
    unread: context.shown ? 0 : (before?.unread ?? 0) + replies.length + firstSightUnread,
    markedUnread: context.shown ? false : (before?.markedUnread ?? false),
    repliesSeen: (before?.repliesSeen ?? 0) + replies.length,
  };
  const newestReply = replies.at(-1);
  return { seen, newReplies: replies.length, ...(newestReply ? { newestReplyId: newestReply.id } : {}) };
}

export interface ListedContext {
  /** When the list was fetched (epoch ms). */
  readonly at: number;
  /** The list reports unread counts (`Capabilities.unreadFromList`). */
  readonly unreadFromList: boolean;
  /** A ticket seen for the first time is not news (first look at the account). */
  readonly baseline: boolean;
}

/** What the list row says: status, and (where the list reports it) the unread count. */
export function observeListed(before: SeenTicket | undefined, ticket: TicketSummary, context: ListedContext): Observation {
  const { at, unreadFromList } = context;
  const listUnread = unreadFromList ? (ticket.unreadCount ?? 0) : undefined;
  if (!before) {
    const newTicket = !context.baseline;
    const newReplies = newTicket ? (listUnread ?? 0) : 0;
    const seen: SeenTicket = {
      statusCode: ticket.status.code,
      unread: listUnread ?? 0,
      repliesSeen: newReplies,
      watchedSince: at,
      ...(listUnread !== undefined ? { listUnread } : {}),
      ...(newTicket ? { newTicket } : {}),
    };
    return { seen, newReplies };
  }
  const statusChanged = before.statusCode !== undefined && before.statusCode !== ticket.status.code;
  const rose = listUnread !== undefined ? Math.max(0, listUnread - (before.listUnread ?? 0)) : 0;
  // Read elsewhere (the console, another window's panel): the list count fell, so ours falls with it.
  const unread = listUnread !== undefined && listUnread < (before.listUnread ?? 0) ? Math.min(before.unread, listUnread) : before.unread + rose;
  const activity = statusChanged || rose > 0 ? at : undefined;
  const lastActivityAt = maxDefined(before.lastActivityAt, activity);
  const seen: SeenTicket = {
    ...before,
    statusCode: ticket.status.code,
    unread,
    repliesSeen: (before.repliesSeen ?? 0) + rose,
    ...(listUnread !== undefined ? { listUnread } : {}),
    ...(lastActivityAt !== undefined ? { lastActivityAt } : {}),
  };
  return { seen, newReplies: rose };
}

/** The user has read the ticket (panel shown, "Mark as Read"). */
export function markSeenRead(before: SeenTicket | undefined): SeenTicket {
  return { ...(before ?? {}), unread: 0, markedUnread: false };
}

/** The user wants the ticket to stay unread ("Mark as Unread"). */
export function markSeenUnread(before: SeenTicket | undefined): SeenTicket {
  return { ...(before ?? { unread: 0 }), markedUnread: true };
}

/** The unread count to show: at least 1 when the user marked the ticket unread. */
export function shownUnread(seen: SeenTicket | undefined): number {
  if (!seen) return 0;
  return Math.max(seen.unread, seen.markedUnread ? 1 : 0);
}

/** Whether two records show the same on screen: unread count and last activity. */
export function sameShown(before: SeenTicket | undefined, after: SeenTicket | undefined): boolean {
  return shownUnread(before) === shownUnread(after) && before?.lastActivityAt === after?.lastActivityAt;
}

/** The list row with what was seen folded in: unread count and "updated" from the last activity. */
export function withSeen(ticket: TicketSummary, seen: SeenTicket | undefined): TicketSummary {
  if (!seen) return ticket;
  const updatedAt = maxDefined(ticket.updatedAt, seen.lastActivityAt);
  const unreadCount = shownUnread(seen);
  if (updatedAt === ticket.updatedAt && unreadCount === (ticket.unreadCount ?? 0)) return ticket;
  return { ...ticket, ...(updatedAt !== undefined ? { updatedAt } : {}), unreadCount };
}

/** On the first read of a ticket listed before: what was written after it was first listed (nothing when unknown). */
function messagesSince(watchedSince: number | undefined, messages: readonly Message[]): readonly Message[] {
  // Message times are the server's, `watchedSince` is ours: a reply just after the first look can carry a
  // time a little before it. Counting a slightly older reply as news is better than missing a new one.
  return watchedSince === undefined ? [] : messages.filter((message) => message.createdAt > watchedSince - CLOCK_TOLERANCE_MS);
}

/** How far the server's clock may run behind ours before a new reply looks older than the first look. */
const CLOCK_TOLERANCE_MS = 60_000;

/** Messages newer than the newest one seen before: after its id, or (when it is gone) after its time. */
function messagesAfter(before: SeenTicket, messages: readonly Message[]): readonly Message[] {
  if (before.lastNoteId === undefined) return messages.slice(before.noteCount);
  const index = messages.findIndex((message) => message.id === before.lastNoteId);
  if (index >= 0) return messages.slice(index + 1);
  const since = before.lastNoteAt ?? Number.POSITIVE_INFINITY;
  return messages.filter((message) => message.createdAt > since);
}

/** Once read, a conversation's baseline is its newest message, new ticket or not. */
function withoutNewTicket(before: SeenTicket | undefined): Partial<SeenTicket> {
  if (!before) return {};
  const { newTicket: _read, ...rest } = before;
  return rest;
}

function maxDefined(a: number | undefined, b: number | undefined): number | undefined {
  if (a === undefined) return b;
  if (b === undefined) return a;
  return Math.max(a, b);
}
