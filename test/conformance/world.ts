/**
 * The world one flavour's tests run in: the emulator with its built-in sample on a loopback port
 * (simulated agent off: the tests move support's side through the control handles), reset before
 * every test, and providers built through the flavour's factory.
 */
import type { Credentials } from '../../src/core/account';
import type { TicketProvider } from '../../src/core/provider';
import { startEmulator, type EmulatorControl, type RunningEmulator } from '../../src/emulator';
import type { ClientSettings, Flavour, ServerTicket, ServerView } from './flavour';

/** One attempt per call: a throttled or failing read surfaces as it is, and fast. */
export const CLIENT_SETTINGS: ClientSettings = { timeoutMs: 5_000, retryPolicy: { maxAttempts: 1, baseDelayMs: 1, maxDelayMs: 1 } };

export interface World {
  readonly flavour: Flavour;
  readonly control: EmulatorControl;
  readonly server: ServerView;
  /** The account owner's provider for the current test (built on first use, never shared between tests). */
  readonly provider: TicketProvider;
  /** A provider of the same flavour signing with other credentials. */
  providerWith(credentials: Credentials): TicketProvider;
  /** Moves a ticket to a native status, as support's side would. */
  setStatus(ticketId: string, nativeStatus: string): void;
  /** Support posts a reply; returns the server's message id. */
  agentReply(ticketId: string, text: string, attachments?: readonly { name: string; bytes: Buffer }[]): string;
  /**
   * A seeded ticket of the account, moved to `nativeStatus`: the open one with the shortest
   * conversation, so every test starts from the same small ticket.
   */
  seededTicket(nativeStatus: string): ServerTicket;
  /** The emulator actions a call used, in order (read from the request log). */
  actionsOf(call: () => Promise<unknown>): Promise<string[]>;
}

/** Registers the hooks in the calling describe block and returns the world its tests use. */
export function useWorld(flavour: Flavour): World {
  let emulator: RunningEmulator | undefined;
  let provider: TicketProvider | undefined;
  const running = (): RunningEmulator => {
    if (!emulator) throw new Error('the conformance world is used outside its tests (before() has not run)');
    return emulator;
  };
  before(async () => {
    emulator = await startEmulator({});
  });
  after(() => running().close());
  beforeEach(() => {
    running().control.reset();
    running().control.setAgentDelay(undefined);
    provider = undefined;
  });
  const world: World = {
    flavour,
    get control() {
      return running().control;
    },
    get server() {
      return flavour.server(running().control);
    },
    get provider() {
      return (provider ??= flavour.createProvider(running().url, flavour.credentials, CLIENT_SETTINGS));
    },
    providerWith: (credentials) => flavour.createProvider(running().url, credentials, CLIENT_SETTINGS),
    setStatus: (ticketId, nativeStatus) => running().control.setStatus(flavour.emulatorProvider, ticketId, nativeStatus),
    agentReply: (ticketId, text, attachments) => running().control.agentReply(flavour.emulatorProvider, ticketId, text, { attachments }),
    seededTicket(nativeStatus) {
      const open = world.server.tickets().filter((ticket) => flavour.statuses.groups[ticket.status] !== 'closed');
      const [chosen] = open.sort((a, b) => a.messages.length - b.messages.length || (a.id < b.id ? -1 : 1));
      if (!chosen) throw new Error('the sample has no open ticket');
      world.setStatus(chosen.id, nativeStatus);
      return world.server.ticket(chosen.id);
    },
    async actionsOf(call) {
      running().control.clearRequests();
      await call();
      return running()
        .control.requests()
        .flatMap((entry) => (entry.action ? [entry.action] : []));
    },
  };
  return world;
}
