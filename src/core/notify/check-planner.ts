/**
 * Which open ticket's conversation to read next, for clouds whose list does not say that support
 * wrote. Each open ticket has a class and a target interval; on every poll tick of its account the
 * scheduler spends its note checks on the tickets that are most overdue relative to their interval
 * ((now − last check) ÷ interval, never-read tickets first). When there are more tickets than
 * checks, every interval stretches by the same factor, so the order of the classes holds.
 * Closed tickets are never checked. The ticket on screen in a panel is not planned here: the
 * scheduler's panel lane reloads it every 30 s.
 */
import type { TicketSummary } from '../ticket';
import type { SeenTicket } from './seen-ticket';

export type CheckClass = 'awaiting-support' | 'recent' | 'quiet' | 'awaiting-customer';

const MINUTE = 60_000;

/** Target time between two reads of a conversation, by class. */
export const CHECK_INTERVALS: Readonly<Record<CheckClass, number>> = {
  /** The customer wrote last: support owes an answer. */
  'awaiting-support': 5 * MINUTE,
  /** Something happened in the last day. */
  recent: 15 * MINUTE,
  /** In progress, nothing for a day. */
  quiet: 60 * MINUTE,
  /** Waiting for the customer: support seldom writes again (and a status change shows in the list). */
  'awaiting-customer': 120 * MINUTE,
};

/** How long after the last activity a ticket counts as recent. */
export const RECENT_MS = 24 * 60 * MINUTE;

/** The class of a listed ticket; undefined for closed ones (never checked). */
export function checkClassOf(ticket: TicketSummary, seen: SeenTicket | undefined, now: number): CheckClass | undefined {
  if (ticket.status.group === 'closed') return undefined;
  if (ticket.status.group === 'needs-action') return 'awaiting-customer';
  if (seen?.awaitingSupport) return 'awaiting-support';
  const lastActivity = seen?.lastActivityAt ?? ticket.updatedAt ?? ticket.createdAt;
  return lastActivity !== undefined && now - lastActivity < RECENT_MS ? 'recent' : 'quiet';
}

export interface CheckCandidate {
  readonly ticketId: string;
  readonly checkClass: CheckClass;
  /** When its conversation was last read; undefined = never. */
  readonly checkedAt?: number;
}

/** How overdue a candidate is: ≥ 1 means due; never-read tickets are the most overdue. */
export function overdueRatio(candidate: CheckCandidate, now: number): number {
  if (candidate.checkedAt === undefined) return Number.POSITIVE_INFINITY;
  return (now - candidate.checkedAt) / CHECK_INTERVALS[candidate.checkClass];
}

const CLASS_ORDER: readonly CheckClass[] = ['awaiting-support', 'recent', 'quiet', 'awaiting-customer'];

/**
 * Up to `max` due tickets, most overdue first (ties: class order, then the list's order). A `sweep`
 * (the first tick after a start) takes the most overdue ones even when not due yet: a reply may have
 * come while VS Code was closed.
 */
export function pickTicketsToCheck(candidates: readonly CheckCandidate[], now: number, max: number, sweep = false): string[] {
  if (max <= 0) return [];
  return candidates
    .map((candidate, index) => ({ candidate, index, ratio: overdueRatio(candidate, now) }))
    .filter((entry) => sweep || entry.ratio >= 1)
    .sort((a, b) => b.ratio - a.ratio || CLASS_ORDER.indexOf(a.candidate.checkClass) - CLASS_ORDER.indexOf(b.candidate.checkClass) || a.index - b.index)
    .slice(0, max)
    .map((entry) => entry.candidate.ticketId);
}
