/**
 * The refresh engine end to end: the real Alibaba provider and client against the emulator over
 * loopback, with generated tickets.
 */
import assert from 'node:assert/strict';
import { aliyunTicketFixtures, BENCH_KEY } from '../../../bench/fixtures/aliyun-tickets';
import { ConcurrencyLimiter } from '../../../src/core/limiter';
import { ReplyWatch, type TicketChange } from '../../../src/core/notify';
import type { TicketProvider } from '../../../src/core/provider';
import { RefreshCoordinator, type AccountSnapshot } from '../../../src/core/refresh';
import type { StatusGroup } from '../../../src/core/status';
import { startEmulator, type RunningEmulator } from '../../../src/emulator';
import { createAliyunProvider } from '../../../src/providers/aliyun/provider';
import { accessTo } from './helpers';

const TICKETS = 130;
const CONCURRENCY = 4;

/** Alibaba 2021 status codes by group (spec §4.0), to read expectations off the emulator state. */
const GROUP_OF_CODE: Readonly<Record<number, StatusGroup>> = { 1: 'in-progress', 2: 'in-progress', 3: 'needs-action', 4: 'in-progress', 5: 'needs-action', 6: 'closed' };

function providerFor(url: string): TicketProvider {
  return createAliyunProvider({
    account: { id: 'bench', providerId: 'aliyun', label: 'bench', endpoint: url },
    credentials: async () => BENCH_KEY,
    limiter: new ConcurrencyLimiter(CONCURRENCY),
    retryPolicy: { maxAttempts: 2, baseDelayMs: 5, maxDelayMs: 50 },
    timeoutMs: 5_000,
  });
}

/** Wraps a provider to measure how many of its calls run at once. */
function measured(provider: TicketProvider): { provider: TicketProvider; peak: () => number } {
  let inFlight = 0;
  let peak = 0;
  const wrapped = Object.create(provider) as TicketProvider;
  for (const name of ['getChangeSignal', 'listTickets', 'getTicket'] as const) {
    const original = provider[name].bind(provider) as (...args: unknown[]) => Promise<unknown>;
    (wrapped as unknown as Record<string, unknown>)[name] = async (...args: unknown[]) => {
      inFlight++;
      peak = Math.max(peak, inFlight);
      try {
        return await original(...args);
      } finally {
        inFlight--;
      }
    };
  }
  return { provider: wrapped, peak: () => peak };
}

/** Wraps a provider to count its list and change-signal calls: those made before the first was answered, and all. */
function wavesOf(provider: TicketProvider): { provider: TicketProvider; firstWave: () => number; total: () => number } {
  let started = 0;
  let beforeFirstAnswer: number | undefined;
  const wrapped = Object.create(provider) as TicketProvider;
  for (const name of ['getChangeSignal', 'listTickets'] as const) {
    const original = provider[name].bind(provider) as (...args: unknown[]) => Promise<unknown>;
    (wrapped as unknown as Record<string, unknown>)[name] = async (...args: unknown[]) => {
      started++;
      try {
        return await original(...args);
      } finally {
        beforeFirstAnswer ??= started;
      }
    };
  }
  return { provider: wrapped, firstWave: () => beforeFirstAnswer ?? started, total: () => started };
}

describe('refresh engine against the emulator', () => {
  let emulator: RunningEmulator;

  before(async () => {
    emulator = await startEmulator({ providers: ['aliyun'], fixtures: aliyunTicketFixtures(TICKETS) });
  });
  after(() => emulator.close());
  beforeEach(() => emulator.control.reset());

  function coordinatorWith(provider: TicketProvider): RefreshCoordinator {
    const coordinator = new RefreshCoordinator({ access: accessTo({ bench: provider }), concurrency: CONCURRENCY });
    coordinator.setAccounts(['bench']);
    return coordinator;
  }

  function calls(action: string): number {
    return emulator.control.requests().filter((entry) => entry.action === action).length;
  }

  it('groups and counts match the emulator state', async () => {
    const snapshot = await coordinatorWith(providerFor(emulator.url)).refresh('bench');
    const state = emulator.control.state('aliyun') as { tickets: { TicketId: string; Status: number }[] };
    const expected: Record<StatusGroup, string[]> = { 'needs-action': [], 'in-progress': [], closed: [] };
    for (const ticket of state.tickets) expected[GROUP_OF_CODE[ticket.Status]].push(ticket.TicketId);
    const actual = Object.fromEntries(Object.entries(snapshot.groups).map(([group, tickets]) => [group, tickets.map((t) => t.id).sort()]));
    assert.deepEqual({ state: snapshot.state, actual }, { state: 'fresh', actual: Object.fromEntries(Object.entries(expected).map(([g, ids]) => [g, ids.sort()])) });
  });

  it('first refresh: every page and every detail once; second: pages only', async () => {
    const coordinator = coordinatorWith(providerFor(emulator.url));
    await coordinator.refresh('bench');
    const first = { pages: calls('ListTickets'), details: calls('GetTicket') };
    emulator.control.clearRequests();
    await coordinator.refresh('bench');
    const second = { details: calls('GetTicket') };
    // ListTickets includes the change signal (one open-tickets page) besides the list pages.
    assert.deepEqual({ first, second }, { first: { pages: Math.ceil(TICKETS / 50) + 1, details: TICKETS }, second: { details: 0 } });
  });

  it('keeps at most the configured number of requests in flight, and reaches that bound', async () => {
    emulator.control.addLatency({ provider: 'aliyun', ms: 15 });
    const { provider, peak } = measured(providerFor(emulator.url));
    const snapshot = await coordinatorWith(provider).refresh('bench');
    assert.deepEqual({ tickets: snapshot.tickets.length, peak: peak() }, { tickets: TICKETS, peak: CONCURRENCY });
  });

  it('a refresh that knows its page count sends its pages and change signal at once, past a new provider’s slow start', async () => {
    const slowStart = (): { provider: TicketProvider; limiter: ConcurrencyLimiter } => {
      const limiter = new ConcurrencyLimiter(24, { adaptive: { initial: 2 } });
      const provider = createAliyunProvider({ account: { id: 'bench', providerId: 'aliyun', label: 'bench', endpoint: emulator.url }, credentials: async () => BENCH_KEY, limiter, timeoutMs: 5_000 });
      return { provider, limiter };
    };
    const providers: Record<string, TicketProvider> = { bench: slowStart().provider };
    const coordinator = new RefreshCoordinator({ access: accessTo(providers) });
    coordinator.setAccounts(['bench']);
    await coordinator.refresh('bench');
    // A new provider (its slots back at 2) for the same account, as after a restart with the tree cached.
    const fresh = slowStart();
    providers.bench = fresh.provider;
    emulator.control.addLatency({ provider: 'aliyun', ms: 30 });
    let peak = 0;
    let sampling = true;
    const sample = (): void => {
      peak = Math.max(peak, fresh.limiter.active);
      if (sampling) setImmediate(sample);
    };
    sample();
    await coordinator.refresh('bench');
    sampling = false;
    // Three pages of 50 and the change signal, in the transport's slots together.
    assert.equal(peak, Math.ceil(TICKETS / 50) + 1);
  });

  it('the first refresh of an account whose key check counted its tickets sends all its pages at once; without the count, two waves', async () => {
    const slowStart = (): { provider: TicketProvider; limiter: ConcurrencyLimiter } => {
      const limiter = new ConcurrencyLimiter(24, { adaptive: { initial: 2 } });
      const provider = createAliyunProvider({ account: { id: 'bench', providerId: 'aliyun', label: 'bench', endpoint: emulator.url }, credentials: async () => BENCH_KEY, limiter, timeoutMs: 5_000 });
      return { provider, limiter };
    };
    /** The list and change-signal calls the engine made before the first of them was answered, and in all. */
    const wavesOfFirstRefresh = async (counted: boolean): Promise<{ beforeFirstAnswer: number; calls: number; peak: number }> => {
      const { provider, limiter } = slowStart();
      const { provider: watched, firstWave, total } = wavesOf(provider);
      const coordinator = new RefreshCoordinator({ access: accessTo({ bench: watched }) });
      // As Add Account does: the key check (its own provider) before the account exists, its count told first.
      const check = await slowStart().provider.verifyCredentials();
      assert.equal(check.ticketCount, TICKETS);
      if (counted && check.ticketCount !== undefined) coordinator.expectTickets('bench', check.ticketCount);
      coordinator.setAccounts(['bench']);
      // Requests in the transport's slots at once, until the complete tree is published (the details come after it).
      let peak = 0;
      let sampling = true;
      const tree = coordinator.onDidChange(({ current }) => (sampling &&= current?.tickets.length !== TICKETS));
      const sample = (): void => {
        if (!sampling) return;
        peak = Math.max(peak, limiter.active);
        setImmediate(sample);
      };
      sample();
      const snapshot = await coordinator.refresh('bench');
      tree.dispose();
      assert.equal(snapshot.tickets.length, TICKETS);
      coordinator.dispose();
      return { beforeFirstAnswer: firstWave(), calls: total(), peak };
    };
    emulator.control.addLatency({ provider: 'aliyun', ms: 30 });
    const counted = await wavesOfFirstRefresh(true);
    const uncounted = await wavesOfFirstRefresh(false);
    // Three pages of 50 and the change signal together, in the transport's slots together; without the count the slow
    // start's one page and the signal go first, the two other pages after the first answer. (How many run at once
    // without the count depends on which of the first two answers lands first, so it is not compared.)
    const all = Math.ceil(TICKETS / 50) + 1;
    assert.deepEqual(
      [counted, { beforeFirstAnswer: uncounted.beforeFirstAnswer, calls: uncounted.calls }],
      [
        { beforeFirstAnswer: all, calls: all, peak: all },
        { beforeFirstAnswer: 2, calls: all },
      ],
    );
  });

  it('an agent reply that asks the user for feedback yields one change to notify, one detail and one conversation request', async () => {
    const provider = providerFor(emulator.url);
    const coordinator = coordinatorWith(provider);
    const watch = new ReplyWatch({ access: accessTo({ bench: provider }) });
    watch.setAccounts(['bench']);
    const changes: TicketChange[] = [];
    watch.onDidDetect((change) => changes.push(change));
    const before = await coordinator.refresh('bench');
    await watch.observeSnapshot(before);
    const target = before.groups['in-progress'][0];
    emulator.control.agentReply('aliyun', target.id, 'Please send the instance id.', { status: 'wait_feedback' });
    emulator.control.clearRequests();
    await watch.observeSnapshot(await coordinator.refresh('bench'));
    const seen = { changes: changes.map((c) => [c.ticket.id, c.reasons]), details: calls('GetTicket'), conversations: calls('ListTicketNotes') };
    assert.deepEqual(seen, { changes: [[target.id, ['support-reply', 'needs-action']]], details: 1, conversations: 1 });
  });

  it('shows the cached tickets marked offline when the cloud cannot be reached', async () => {
    const spare = await startEmulator({ providers: ['aliyun'], fixtures: aliyunTicketFixtures(20) });
    const coordinator = coordinatorWith(providerFor(spare.url));
    const good = await coordinator.refresh('bench');
    await spare.close();
    const offline: AccountSnapshot = await coordinator.refresh('bench');
    assert.deepEqual({ state: offline.state, kind: offline.error?.kind, tickets: offline.tickets.length }, { state: 'offline', kind: 'network', tickets: good.tickets.length });
  });
});
