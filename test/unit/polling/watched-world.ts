/**
 * The extension's polling as it runs (coordinator → reply watch → the one scheduler, wired by
 * `createWatchedPolling`) over any providers, on a fake clock, with the seen state in a storage that
 * outlives a "restart". Tests step time with `advance`, which lets every poll, note check and
 * snapshot comparison finish (real I/O included) before the next timer fires.
 */
import { KeyValueSeenStore, MemoryKeyValueStorage } from '../../../src/core/cache';
import { createWatchedPolling, NotificationClaims, ReplyWatch, type TicketChange, type WatchedPolling } from '../../../src/core/notify';
import { type PollActivity, type TicketRef } from '../../../src/core/polling';
import { FakeClock } from '../../support/fake-clock';
import type { TicketProvider } from '../../../src/core/provider';
import { RefreshCoordinator } from '../../../src/core/refresh';

export const VISIBLE: PollActivity = { viewVisible: true, panelVisible: false, windowFocused: true };
export const HIDDEN: PollActivity = { viewVisible: false, panelVisible: false, windowFocused: true };

export interface WorldOptions {
  readonly clock?: FakeClock;
  /** Survives `restart()`: the seen state (globalState in the host). */
  readonly storage?: MemoryKeyValueStorage;
  readonly activity?: PollActivity;
  readonly reloadShown?: (ref: TicketRef) => Promise<void>;
}

export class WatchedWorld {
  readonly clock: FakeClock;
  readonly storage: MemoryKeyValueStorage;
  readonly coordinator: RefreshCoordinator;
  readonly watch: ReplyWatch;
  readonly polling: WatchedPolling;
  /** Every change the watch announced, with the fake time it was announced at. */
  readonly detected: { change: TicketChange; at: number }[] = [];

  constructor(
    readonly providers: Readonly<Record<string, TicketProvider>>,
    options: WorldOptions = {},
  ) {
    this.clock = options.clock ?? new FakeClock();
    this.storage = options.storage ?? new MemoryKeyValueStorage();
    const access = <T>(accountId: string, work: (provider: TicketProvider) => Promise<T>): Promise<T> => {
      const provider = providers[accountId];
      return provider ? work(provider) : Promise.reject(new Error(`no provider for ${accountId}`));
    };
    this.coordinator = new RefreshCoordinator({ access, clock: this.clock });
    this.coordinator.setAccounts(Object.keys(providers));
    this.watch = new ReplyWatch({ access, store: new KeyValueSeenStore(this.storage), clock: this.clock });
    this.watch.onDidDetect((change) => this.detected.push({ change, at: this.clock.now() }));
    this.polling = createWatchedPolling({ coordinator: this.coordinator, watch: this.watch, clock: this.clock, activity: options.activity ?? VISIBLE, reloadShown: options.reloadShown });
  }

  /** What activate() does: load what was seen, refresh every account, start polling. */
  async start(): Promise<void> {
    await this.watch.ready();
    await this.coordinator.refreshAll();
    await this.polling.settled();
    this.polling.scheduler.start();
  }

  async advance(ms: number): Promise<void> {
    await this.clock.advance(ms, () => this.polling.settled());
  }

  /** Closes this "window" (what was seen is written) and opens a new one on the same storage and clock. */
  async restart(providers: Readonly<Record<string, TicketProvider>> = this.providers): Promise<WatchedWorld> {
    await this.stop();
    return new WatchedWorld(providers, { clock: this.clock, storage: this.storage });
  }

  async stop(): Promise<void> {
    await this.watch.flush();
    this.polling.dispose();
    this.coordinator.dispose();
  }

  /** Claims of this world's storage, as the notifier makes them. */
  claims(): NotificationClaims {
    return new NotificationClaims(this.storage, this.clock);
  }

  repliesTo(ticketId: string): { change: TicketChange; at: number }[] {
    return this.detected.filter((entry) => entry.change.ticket.id === ticketId && entry.change.reasons.includes('support-reply'));
  }
}
