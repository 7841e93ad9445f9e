/**
 * How the extension joins its pieces, in one place so the host, the tests and the bench run the
 * same wiring: every snapshot the refresh coordinator publishes goes to the reply watch (with the open
 * tickets a filter hides, so a filter never hides a reply), and the
 * one poll scheduler gets the watch's note checks and the host's panel reloads.
 */
import { PollScheduler, type PollSchedulerOptions, type TicketCheckTarget } from '../polling/poll-scheduler';
import type { TicketRef } from '../polling/focused-lane';
import type { RefreshCoordinator } from '../refresh/coordinator';
import type { Disposable } from '../refresh/listeners';
import type { ReplyWatch } from './reply-watch';

export interface WatchedPollingOptions extends Omit<PollSchedulerOptions, 'target' | 'ticketChecks'> {
  readonly coordinator: RefreshCoordinator;
  readonly watch: ReplyWatch;
  /** Reloads a ticket shown in a panel (the host's panels); without it shown tickets are only marked. */
  readonly reloadShown?: (ref: TicketRef) => Promise<void>;
}

export interface WatchedPolling extends Disposable {
  readonly scheduler: PollScheduler;
  /** Resolves when no poll, note check or snapshot comparison is running (fake-clock steps). */
  settled(): Promise<void>;
}

/** The scheduler over the coordinator, with the watch hearing every snapshot and choosing the note checks. */
export function createWatchedPolling(options: WatchedPollingOptions): WatchedPolling {
  const { coordinator, watch } = options;
  watch.setAccounts(coordinator.accountIds());
  const pending = new Set<Promise<void>>();
  const observe = (accountId: string): void => {
    const watched = coordinator.watchedTickets(accountId);
    if (!watched) return;
    const run = watch.observeSnapshot(watched).finally(() => pending.delete(run));
    pending.add(run);
  };
  const listening = coordinator.onDidChange((change) => {
    if (change.cause === 'removed' || !change.current) {
      watch.setAccounts(coordinator.accountIds(), { forgetRemoved: true });
      return;
    }
    watch.setAccounts(coordinator.accountIds());
    observe(change.accountId);
  });
  // A filtered account's open tickets are listed apart after its refresh; replies to them are news too.
  const listeningHidden = coordinator.onDidChangeHidden((accountId) => observe(accountId));
  const ticketChecks: TicketCheckTarget = {
    ticketsToCheck: (accountId, max, exclude, sweep) => watch.ticketsToCheck(accountId, max, exclude, sweep),
    checkTicket: (accountId, ticketId) => watch.checkTicket(accountId, ticketId),
    reloadShown: (ref) => options.reloadShown?.(ref) ?? Promise.resolve(),
  };
  const scheduler = new PollScheduler({ ...options, target: coordinator, ticketChecks });
  return {
    scheduler,
    async settled() {
      for (;;) {
        await scheduler.settled();
        if (pending.size === 0) return;
        await Promise.all(pending);
      }
    },
    dispose() {
      listening.dispose();
      listeningHidden.dispose();
      scheduler.dispose();
    },
  };
}
