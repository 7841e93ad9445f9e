/**
 * Fault soak: a simulated day of polling three accounts (Alibaba 2021, Alibaba 2020, Huawei) with the
 * real poll scheduler on a fake clock, the real refresh engine and the real providers talking to the
 * in-process emulator over loopback. Every simulated minute may bring a fault from the seeded fault
 * schedule (the generator of test/unit/faults), the server clock wanders up to ±14 min, the support
 * agent answers once an hour so refreshes happen. Reported: the request budget per account-hour,
 * heap growth over the day, timers left behind, polls that never settled, errors without a kind or a
 * sentence or holding a canary secret, and whether a refresh after the faults shows the server's state.
 * `SOAK_SEED=n` replays a day; the seed is printed.
 */
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { callDeadlineMs } from '../../src/core/deadline';
import { isTicketError } from '../../src/core/errors';
import { errorText, inEnglish } from '../../src/shared/errorText';
import type { TicketProvider } from '../../src/core/provider';
import { PollScheduler, type PollActivity } from '../../src/core/polling';
import { FakeClock } from '../../test/support/fake-clock';
import { RefreshCoordinator } from '../../src/core/refresh';
import { checkReadsMatch } from '../../test/unit/faults/invariants';
import { secretLeaks } from '../../test/support/secret-leaks';
import { SeededRandom } from '../../test/unit/faults/prng';
import { generateSchedule, type Step } from '../../test/unit/faults/schedule';
import { CANARY_VALUES, EMULATOR_PROVIDER, FaultWorld, FLAVOURS } from '../../test/unit/faults/world';
import type { BenchContext, BenchRow } from '../types';

export const title = 'Fault soak (simulated day, 3 accounts, seeded faults)';

const MINUTE = 60_000;
const HOURS = Number(process.env.SOAK_HOURS ?? 24);
/** Share of simulated minutes that bring a fault, throttling or a changed server clock. */
const DISTURBED_MINUTES = 0.1;
const SETTINGS = { timeoutMs: 250, retryPolicy: { maxAttempts: 4, baseDelayMs: 50, maxDelayMs: 500 } };
/** Real time a poll may take before it counts as never settling (far past every call deadline). */
const HANG_MS = 20 * callDeadlineMs(SETTINGS.timeoutMs, SETTINGS.retryPolicy);

/** What the user is doing in each hour of the day. */
function activityAt(hour: number): PollActivity {
  if (hour >= 9 && hour < 18 && hour !== 12) return { viewVisible: true, panelVisible: false, windowFocused: true };
  if (hour === 12) return { viewVisible: true, panelVisible: false, windowFocused: false };
  return { viewVisible: false, panelVisible: false, windowFocused: true };
}

function gcFunction(): () => void {
  setFlagsFromString('--expose-gc');
  return runInNewContext('gc') as () => void;
}

function heapAfterGc(gc: () => void): number {
  gc();
  gc();
  return process.memoryUsage().heapUsed;
}

function realTimers(): number {
  return process.getActiveResourcesInfo().filter((name) => name === 'Timeout').length;
}

interface HourFigures {
  readonly hour: number;
  readonly visible: boolean;
  /** Change checks per account. */
  readonly checks: Map<string, number>;
  /** Requests the emulator saw, all accounts. */
  requests: number;
}

interface SoakTally {
  hungPolls: number;
  failedPolls: number;
  unsoundErrors: string[];
  leaks: string[];
  disturbances: number;
}

/** Applies one disturbance of the seeded schedule (its fault, throttle, or clock) to the emulator. */
function disturb(world: FaultWorld, step: Step): void {
  world.setServerSkew(step.skewMs);
  const provider = EMULATOR_PROVIDER[step.flavour];
  const d = step.disturbance;
  if (d.type === 'fault') world.emulator.control.injectFault({ provider, action: d.action, times: d.times, fault: d.fault });
  if (d.type === 'throttle') world.emulator.control.addThrottle({ provider, limit: d.limit, windowMs: d.windowMs });
}

/** The support agent answers one open ticket of each cloud, so the next checks see a change. */
function agentAnswers(world: FaultWorld, hour: number): void {
  for (const flavour of ['aliyun-2021', 'huaweicloud'] as const) {
    const open = world
      .serverTickets(flavour)
      .filter((t) => t.group !== 'closed')
      .sort((a, b) => a.id.localeCompare(b.id));
    if (open.length > 0) world.emulator.control.agentReply(EMULATOR_PROVIDER[flavour], open[hour % open.length].id, `Update ${hour}: we are still looking into it.`);
  }
}

function judgeError(error: unknown, tally: SoakTally): void {
  // The sentence the user reads is worded from the error's facts at the boundary, as the unit invariants check it.
  if (!isTicketError(error) || !/[.!?。]$/.test(errorText(error, inEnglish).trim())) tally.unsoundErrors.push(error instanceof Error ? error.message : String(error));
  tally.leaks.push(...secretLeaks(error, CANARY_VALUES));
}

/** Waits for the polls a timer started, or gives up on them after HANG_MS of real time. */
function settleOrGiveUp(scheduler: PollScheduler, tally: SoakTally): () => Promise<void> {
  return async () => {
    let timer: NodeJS.Timeout | undefined;
    const hung = new Promise<'hung'>((resolve) => {
      timer = setTimeout(() => resolve('hung'), HANG_MS);
    });
    if ((await Promise.race([scheduler.settled(), hung])) === 'hung') tally.hungPolls++;
    clearTimeout(timer);
  };
}

export async function run(context: BenchContext): Promise<readonly BenchRow[]> {
  const seed = process.env.SOAK_SEED ? Number(process.env.SOAK_SEED) : Math.floor(Math.random() * 2 ** 31);
  context.progress(`seed ${seed} (replay with SOAK_SEED=${seed})`);
  const random = new SeededRandom(seed);
  const schedule = generateSchedule(new SeededRandom(seed), { steps: HOURS * 60, timeoutMs: SETTINGS.timeoutMs, flavours: FLAVOURS });
  const gc = gcFunction();
  const timersBefore = realTimers();
  const world = await FaultWorld.start();
  const tally: SoakTally = { hungPolls: 0, failedPolls: 0, unsoundErrors: [], leaks: [], disturbances: 0 };
  const hours: HourFigures[] = [];
  let heapAfterFirstHour = 0;
  const heapByHour: number[] = [];
  let heapAtEnd = 0;
  let fakeTimersLeft = 0;
  let mismatched: string[] = [];
  try {
    const providers = new Map<string, TicketProvider>(FLAVOURS.map((flavour) => [flavour, world.provider(flavour, SETTINGS)]));
    // The engine's own throttling backoff runs on real time here (the fake clock only drives polling).
    const coordinator = new RefreshCoordinator({ access: (id, work) => work(providers.get(id) as TicketProvider), throttleBaseMs: 50 });
    coordinator.setAccounts(FLAVOURS);
    for (const flavour of FLAVOURS) await coordinator.refresh(flavour);
    const clock = new FakeClock();
    const scheduler = new PollScheduler({ target: coordinator, clock, intervalSeconds: 60, activity: activityAt(0) });
    const dayStart = clock.now();
    // Checks are booked by the simulated hour they started in (a poll at 10:00:00 belongs to 10 h).
    const checksByHour = new Map<number, Map<string, number>>();
    scheduler.onDidPoll((event) => {
      const hour = Math.floor((event.at - dayStart) / (60 * MINUTE));
      const checks = checksByHour.get(hour) ?? new Map<string, number>();
      checksByHour.set(hour, checks.set(event.accountId, (checks.get(event.accountId) ?? 0) + 1));
      if (event.outcome === 'failed') {
        tally.failedPolls++;
        judgeError(event.error, tally);
      }
    });
    scheduler.start();
    const settle = settleOrGiveUp(scheduler, tally);
    for (let hour = 0; hour < HOURS; hour++) {
      const activity = activityAt(hour);
      scheduler.setActivity(activity);
      const current: HourFigures = { hour, visible: activity.viewVisible && activity.windowFocused, checks: checksByHour.get(hour) ?? new Map(), requests: 0 };
      checksByHour.set(hour, current.checks);
      hours.push(current);
      agentAnswers(world, hour);
      for (let minute = 0; minute < 60; minute++) {
        if (random.chance(DISTURBED_MINUTES)) {
          tally.disturbances++;
          disturb(world, schedule[hour * 60 + minute]);
        }
        await clock.advance(MINUTE, settle);
        // A fault waits for the next matching request; throttling lasts its minute.
        world.emulator.control.clearThrottles();
        current.requests += world.emulator.control.requestCount();
        world.emulator.control.clearRequests();
      }
      world.stopFaults();
      heapByHour.push(heapAfterGc(gc));
      if (hour === 0) heapAfterFirstHour = heapByHour[0];
      context.progress(`hour ${hour + 1}/${HOURS}: ${current.requests} requests, ${tally.failedPolls} failed polls so far, heap ${(heapByHour[hour] / 1024 / 1024).toFixed(1)} MB`);
    }
    await scheduler.settled();
    scheduler.dispose();
    fakeTimersLeft = clock.pendingTimers;
    // Faults stop: one refresh per account must show exactly what the server holds.
    world.stopFaults();
    mismatched = [];
    for (const flavour of FLAVOURS) {
      const snapshot = await coordinator.refresh(flavour);
      mismatched.push(...checkReadsMatch(flavour, snapshot, world.serverTickets(flavour)).map((v) => v.detail));
    }
    coordinator.dispose();
    heapAtEnd = heapAfterGc(gc);
  } finally {
    await world.close();
  }
  // Limiter pauses end within the retry policy's longest wait; give them that long to run out.
  await new Promise((resolve) => setTimeout(resolve, SETTINGS.retryPolicy.maxDelayMs * 2));
  const timersLeft = realTimers() - timersBefore;
  const lateGrowth = heapByHour.length > 12 ? heapByHour[heapByHour.length - 1] - heapByHour[heapByHour.length - 13] : 0;
  return rows(hours, tally, { seed, heapGrowth: heapAtEnd - heapAfterFirstHour, lateGrowth, fakeTimersLeft, timersLeft, mismatched });
}

function megabytes(bytes: number): number {
  return Math.round((bytes / 1024 / 1024) * 10) / 10;
}

function perAccount(hours: readonly HourFigures[], visible: boolean): number {
  return Math.max(0, ...hours.filter((h) => h.visible === visible).flatMap((h) => [...h.checks.values()]));
}

function rows(
  hours: readonly HourFigures[],
  tally: SoakTally,
  end: { seed: number; heapGrowth: number; lateGrowth: number; fakeTimersLeft: number; timersLeft: number; mismatched: readonly string[] },
): BenchRow[] {
  const accounts = FLAVOURS.length;
  const requestsPerAccountHour = hours.map((h) => h.requests / accounts);
  const mean = requestsPerAccountHour.reduce((sum, n) => sum + n, 0) / hours.length;
  const first = (list: readonly string[]) => (list.length > 0 ? `; first: ${list[0].slice(0, 200)}` : '');
  return [
    { metric: 'change checks per account-hour, view visible (peak)', value: perAccount(hours, true), unit: 'req/h', budget: { max: 60, label: '≤ 60 (§6)' } },
    { metric: 'change checks per account-hour, hidden or unfocused (peak)', value: perAccount(hours, false), unit: 'req/h', budget: { max: 12, label: '≤ 12 (§6)' } },
    {
      metric: 'requests per account-hour under faults, mean',
      value: Math.round(mean),
      unit: 'req/h',
      note: `seed ${end.seed}; peak hour ${Math.round(Math.max(...requestsPerAccountHour))} req per account (checks, their retries, refreshes after the agent's hourly answer); ${tally.disturbances} disturbed minutes, ${tally.failedPolls} failed polls`,
    },
    {
      metric: `heap growth from hour 1 to hour ${hours.length} (after GC)`,
      value: megabytes(end.heapGrowth),
      unit: 'MB',
      budget: { max: 5, label: '≤ 5 MB' },
      note: `of which the last 12 hours: ${megabytes(end.lateGrowth)} MB (warm-up flattens out; the emulator in the same process keeps the agent's hourly messages)`,
    },
    { metric: 'fake-clock timers left after dispose', value: end.fakeTimersLeft, unit: '', budget: { max: 0, label: '0' } },
    { metric: 'real timers left after dispose', value: end.timersLeft, unit: '', budget: { max: 0, label: '0' } },
    { metric: 'polls that never settled', value: tally.hungPolls, unit: '', budget: { max: 0, label: '0' } },
    {
      metric: 'poll errors without kind or sentence',
      value: tally.unsoundErrors.length,
      unit: '',
      budget: { max: 0, label: '0' },
      ...(tally.unsoundErrors.length ? { note: first(tally.unsoundErrors) } : {}),
    },
    { metric: 'canary secrets found in poll errors', value: tally.leaks.length, unit: '', budget: { max: 0, label: '0' }, ...(tally.leaks.length ? { note: first(tally.leaks) } : {}) },
    {
      metric: 'accounts whose refresh after the faults differs from the server',
      value: end.mismatched.length,
      unit: '',
      budget: { max: 0, label: '0' },
      ...(end.mismatched.length ? { note: first(end.mismatched) } : {}),
    },
  ];
}
