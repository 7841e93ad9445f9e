/**
 * Folding loaded details into a snapshot — a ticket with details leaves `incompleteIds`, a failed one
 * joins it — and streaming a refresh's details into the tree in batches as they land.
 */
import type { Clock, Timer } from '../polling/clock';
import type { TicketProvider } from '../provider';
import type { TicketSummary } from '../ticket';
import type { AccountCalls } from './account-calls';
import { pumpDetails, type DetailOutcome, type DetailQueue } from './detail-pump';
import { createSnapshot, type AccountSnapshot } from './snapshot';
import { mergeTicket } from './ticket-changes';

/**
 * The snapshot with these outcomes merged in; tickets no longer in it are ignored. A ticket whose
 * details show it fails `keep` (a local filter that needed a detail field, such as the creation time) leaves.
 */
export function mergeOutcomes(snapshot: AccountSnapshot, outcomes: ReadonlyMap<string, DetailOutcome>, keep: (ticket: TicketSummary) => boolean = () => true): AccountSnapshot {
  if (outcomes.size === 0) return snapshot;
  const incomplete = new Set(snapshot.incompleteIds);
  const tickets: TicketSummary[] = [];
  for (const ticket of snapshot.tickets) {
    const outcome = outcomes.get(ticket.id);
    if (outcome && 'detail' in outcome) {
      incomplete.delete(ticket.id);
      const merged = mergeTicket(ticket, ticket, outcome.detail);
      if (keep(merged)) tickets.push(merged);
      continue;
    }
    if (outcome) incomplete.add(ticket.id);
    tickets.push(ticket);
  }
  return createSnapshot({ ...snapshot, tickets, incompleteIds: [...incomplete] });
}

export interface DetailStream {
  /**
   * Details that land are published together at most this often (ms) while they concern tickets on
   * screen; otherwise at most every `batchMs` or every 1 ms per 20 tickets of the account, whichever is
   * longer — each publication copies the whole ticket list, so a fixed interval would make a large
   * account's details cost the square of its size.
   */
  readonly batchMs: number;
  readonly clock: Clock;
  /** Tickets on screen now (their details go first). */
  readonly visible: () => Iterable<string>;
  /** The local filter: a ticket whose details show it does not match leaves the tree. */
  readonly keep: (ticket: TicketSummary) => boolean;
  /** The snapshot shown now (batches merge into it). */
  readonly current: () => AccountSnapshot;
  readonly publish: (snapshot: AccountSnapshot) => void;
}

/** Tickets of the account per millisecond of the quiet batch interval (see `DetailStream.batchMs`). */
const TICKETS_PER_MS = 20;

function onScreen(visible: Iterable<string>, ticketId: string): boolean {
  for (const id of visible) if (id === ticketId) return true;
  return false;
}

/**
 * Loads the queued details, publishing what landed in batches (see `DetailStream.batchMs`); resolves with the last merge (for
 * the caller to publish). On a failure of the whole account, what landed is published before it rejects.
 */
export async function streamDetails(provider: TicketProvider, queue: DetailQueue, calls: AccountCalls, signal: AbortSignal, stream: DetailStream): Promise<AccountSnapshot> {
  const batch = new Map<string, DetailOutcome>();
  let timer: Timer | undefined;
  let timerDue = Number.POSITIVE_INFINITY;
  const flush = (): void => {
    timer?.cancel();
    timer = undefined;
    timerDue = Number.POSITIVE_INFINITY;
    if (batch.size === 0) return;
    stream.publish(mergeOutcomes(stream.current(), batch, stream.keep));
    batch.clear();
  };
  const quietMs = Math.max(stream.batchMs, stream.current().tickets.length / TICKETS_PER_MS);
  const onOutcome = (id: string, outcome: DetailOutcome): void => {
    batch.set(id, outcome);
    const wait = onScreen(stream.visible(), id) ? stream.batchMs : quietMs;
    const due = stream.clock.now() + wait;
    if (timer && due >= timerDue) return;
    timer?.cancel();
    timerDue = due;
    timer = stream.clock.setTimer(flush, wait);
  };
  try {
    await pumpDetails(provider, queue, calls, signal, { visible: stream.visible, onOutcome });
  } catch (error) {
    flush();
    throw error;
  } finally {
    timer?.cancel();
  }
  return mergeOutcomes(stream.current(), batch, stream.keep);
}
