/**
 * Details by need: the tickets whose details are wanted, in the order they are worth having — those on
 * screen whenever a slot frees, then those asked for, changed ones, new open ones, the rest — loaded
 * through the account's `AccountCalls` with as many in flight as it allows. Each ticket's id is taken
 * only once a slot is free, so a ticket that scrolls into view jumps ahead of everything still waiting.
 */
import { setMaxListeners } from 'node:events';
import { isAbortError } from '../abort';
import { isTicketError } from '../errors';
import type { TicketProvider } from '../provider';
import type { TicketSummary } from '../ticket';
import type { AccountCalls } from './account-calls';
import { summaryOf } from './snapshot';

/** Why a ticket needs its details; lower goes first. */
export enum DetailPriority {
  Requested = 0,
  Changed = 1,
  NewOpen = 2,
  Other = 3,
}

export type DetailOutcome = { readonly detail: TicketSummary } | { readonly error: unknown };

/** The tickets still waiting for details, by priority; taking one removes it. */
export class DetailQueue {
  private readonly lanes: string[][] = [[], [], [], []];
  private readonly heads = [0, 0, 0, 0];
  private readonly waiting = new Set<string>();

  /** Adds a ticket (once; a second add keeps the first priority). */
  add(ticketId: string, priority: DetailPriority): void {
    if (this.waiting.has(ticketId)) return;
    this.waiting.add(ticketId);
    this.lanes[priority].push(ticketId);
  }

  get size(): number {
    return this.waiting.size;
  }

  /** The ids still waiting, in no particular order. */
  ids(): IterableIterator<string> {
    return this.waiting.values();
  }

  has(ticketId: string): boolean {
    return this.waiting.has(ticketId);
  }

  /** The next ticket to load: the first waiting one of `first` (tickets on screen), else by priority. */
  take(first: Iterable<string> = []): string | undefined {
    for (const id of first) if (this.waiting.delete(id)) return id;
    for (let lane = 0; lane < this.lanes.length; lane++) {
      const ids = this.lanes[lane];
      while (this.heads[lane] < ids.length) {
        const id = ids[this.heads[lane]++];
        if (this.waiting.delete(id)) return id;
      }
    }
    return undefined;
  }
}

export interface DetailPumpHooks {
  /** Tickets on screen now, asked whenever a slot frees. */
  readonly visible?: () => Iterable<string>;
  /** Hears each ticket's outcome as it lands (per-ticket failures included). */
  readonly onOutcome: (ticketId: string, outcome: DetailOutcome) => void;
}

/** Loops that wait for a slot; more than any account's ceiling, so the slots are what bounds the pace. */
const MAX_WORKERS = 64;

/**
 * Loads the queued details. Resolves when the queue is empty; rejects with the first failure that
 * means the account is unreachable (auth, network, throttling after its retries, a bug), after
 * stopping the other loads. Per-ticket failures (permission, not found, server) are outcomes.
 */
export async function pumpDetails(provider: TicketProvider, queue: DetailQueue, calls: AccountCalls, signal: AbortSignal, hooks: DetailPumpHooks): Promise<void> {
  const controller = new AbortController();
  // Every waiting load listens for the abort (one per worker at most): expected, not a leak.
  setMaxListeners(0, controller.signal);
  const stop = (): void => controller.abort(signal.reason);
  if (signal.aborted) stop();
  signal.addEventListener('abort', stop, { once: true });
  let fatal: { error: unknown } | undefined;
  const worker = async (): Promise<void> => {
    while (queue.size > 0 && !controller.signal.aborted) {
      let ticketId: string | undefined;
      try {
        const detail = await calls.read(async (callSignal) => {
          ticketId ??= queue.take(hooks.visible?.());
          return ticketId === undefined ? undefined : provider.getTicket(ticketId, callSignal);
        }, controller.signal);
        if (ticketId !== undefined && detail) hooks.onOutcome(ticketId, { detail: summaryOf(detail) });
      } catch (error) {
        if (isAccountWide(error)) {
          fatal ??= { error };
          controller.abort(error);
          return;
        }
        if (ticketId !== undefined) hooks.onOutcome(ticketId, { error });
      }
    }
  };
  try {
    await Promise.all(Array.from({ length: Math.min(MAX_WORKERS, queue.size) }, worker));
  } finally {
    signal.removeEventListener('abort', stop);
  }
  if (fatal) throw signal.aborted ? (signal.reason ?? fatal.error) : fatal.error;
}

/** Detail failures that mean "the account as a whole is not reachable right now". */
export function isAccountWide(error: unknown): boolean {
  return isAbortError(error) || !isTicketError(error) || isTicketError(error, 'auth', 'network', 'throttled');
}
