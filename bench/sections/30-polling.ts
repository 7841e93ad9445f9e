/**
 * Idle polling: one simulated hour of the poll scheduler on a fake clock, with the real Alibaba
 * provider asking the in-process emulator for its change signal (nothing changes, so no refresh).
 * Requests are counted by the emulator. Budgets (DESIGN §6): ≤ 1 cheap request per account per
 * minute while the view is visible, ≤ 1 per 5 minutes hidden.
 */
import { TicketError } from '../../src/core/errors';
import { PollScheduler, type PollActivity, type PollTarget } from '../../src/core/polling';
import { FakeClock } from '../../test/support/fake-clock';
import { RefreshCoordinator } from '../../src/core/refresh';
import { DEFAULT_READ_RETRY } from '../../src/core/retry';
import { BENCH_ACCOUNT, benchProvider, requestCount, startBenchEmulator } from '../harness';
import type { BenchContext, BenchRow } from '../types';

export const title = 'Idle polling (simulated hour)';

const HOUR = 3_600_000;
const VISIBLE: PollActivity = { viewVisible: true, panelVisible: false, windowFocused: true };
const HIDDEN: PollActivity = { viewVisible: false, panelVisible: false, windowFocused: true };
const UNFOCUSED: PollActivity = { viewVisible: true, panelVisible: false, windowFocused: false };

/** Runs the scheduler for one fake hour; each timer's poll (real loopback I/O) settles before the next. */
async function simulateHour(target: PollTarget, activity: PollActivity): Promise<{ polls: number; refreshes: number }> {
  const clock = new FakeClock();
  const scheduler = new PollScheduler({ target, clock, activity });
  let polls = 0;
  let refreshes = 0;
  scheduler.onDidPoll((event) => {
    polls++;
    if (event.outcome === 'refreshed') refreshes++;
  });
  scheduler.start();
  await clock.advance(HOUR, () => scheduler.settled());
  scheduler.dispose();
  return { polls, refreshes };
}

/** A target whose every check fails as if offline: how often the scheduler would try. */
function offlineTarget(): PollTarget {
  const offline = new TicketError({ kind: 'network', message: 'offline' });
  return {
    accountIds: () => [BENCH_ACCOUNT],
    changeToken: () => 'cached',
    checkChangeSignal: () => Promise.reject(offline),
    refresh: () => Promise.resolve({ state: 'offline' as const }),
  };
}

export async function run(context: BenchContext): Promise<readonly BenchRow[]> {
  const emulator = await startBenchEmulator(context.options.tickets);
  try {
    const provider = benchProvider(emulator.url, context.options.concurrency);
    const coordinator = new RefreshCoordinator({ access: (_id, work) => work(provider), concurrency: context.options.concurrency });
    coordinator.addAccount(BENCH_ACCOUNT);
    context.progress('initial refresh of the account');
    const initial = await coordinator.refresh(BENCH_ACCOUNT);
    if (initial.state !== 'fresh') throw new Error(`initial refresh failed: ${initial.error?.message ?? initial.state}`);
    const rows: BenchRow[] = [];
    for (const [label, activity, budget] of [
      ['view visible', VISIBLE, { max: 60, label: '≤ 60 (§6)' }],
      ['view hidden', HIDDEN, { max: 12, label: '≤ 12 (§6)' }],
      ['window unfocused', UNFOCUSED, { max: 12, label: '≤ 12 (as hidden)' }],
    ] as const) {
      context.progress(`one hour, ${label}`);
      emulator.control.clearRequests();
      const { refreshes } = await simulateHour(coordinator, activity);
      if (refreshes > 0) throw new Error(`idle hour (${label}) refreshed ${refreshes} times; the change token should not have changed`);
      rows.push({ metric: `requests per hour per account, ${label}`, value: requestCount(emulator), unit: 'req/h', budget });
    }
    const offline = await simulateHour(offlineTarget(), VISIBLE);
    rows.push({
      metric: 'requests per hour, offline, view visible (worst case)',
      value: offline.polls * DEFAULT_READ_RETRY.maxAttempts,
      unit: 'req/h',
      budget: { max: 60, label: '≤ 60 (§6)' },
      note: `${offline.polls} checks (backing off, capped) × up to ${DEFAULT_READ_RETRY.maxAttempts} attempts each inside the provider's read retry`,
    });
    return rows;
  } finally {
    await emulator.close();
  }
}
