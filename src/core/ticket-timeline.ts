/**
 * What a ticket's timeline shows besides messages: the operations recorded on it (created, urged,
 * closed …), the tickets related to it, and the conversation read from its newest end in windows.
 */
import type { Message } from './ticket';

/** One recorded operation on a ticket. `text` is in the provider's language and comes from the cloud. */
export interface TicketEvent {
  readonly id: string;
  readonly at: number;
  readonly text: string;
  /** Who did it, when the cloud says. */
  readonly actor?: string;
}

/** A ticket the cloud links to this one. */
export interface RelatedTicket {
  readonly id: string;
  readonly title: string;
  /** Who filed it, when the cloud says. */
  readonly filedBy?: string;
}

/** A run of consecutive messages in ascending time, and whether older ones exist before it. */
export interface MessageWindow {
  readonly items: readonly Message[];
  readonly hasEarlier: boolean;
}

/**
 * `loaded` (ascending, possibly with older messages loaded earlier) joined with a fresh `window` of the
 * newest messages: the window's versions win, older loaded messages stay in front of it.
 */
export function joinMessageWindows(loaded: readonly Message[], window: readonly Message[]): Message[] {
  if (window.length === 0) return [...loaded];
  const inWindow = new Set(window.map((m) => m.id));
  const start = window[0].createdAt;
  const older = loaded.filter((m) => !inWindow.has(m.id) && m.createdAt <= start);
  return [...older, ...window];
}
