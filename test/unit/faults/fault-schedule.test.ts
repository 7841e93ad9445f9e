/**
 * Seeded fault schedules (issue #15): random operations of Alibaba 2021, Alibaba 2020 and Huawei
 * against the emulator over real sockets, with random faults and a server clock up to ±14 min off.
 * Reproduce a failure with the seed it prints: `FAULT_SEED=123 npx mocha test/unit/faults`
 * (`FAULT_SEED=random` draws a new one; `FAULT_STEPS=200` makes the schedule longer).
 */
import assert from 'node:assert/strict';
import { describeStep, skewedWriteSchedule } from './schedule';
import { seedFromEnvironment } from './prng';
import { markerOf, runFaultSchedule, type RunReport } from './runner';
import { EMULATOR_PROVIDER, FaultWorld, FLAVOURS } from './world';

/** Seeds of the short run in `npm test`; chosen once at random, kept fixed so CI is repeatable. */
const DEFAULT_SEEDS = [20_260_515, 7_731];
const STEPS = Number(process.env.FAULT_STEPS ?? 24);

/** Short timeouts: a delay past the timeout costs little real time. The deadline is 300 ms × (3 + 1). */
export const SHORT_RUN = {
  settings: { timeoutMs: 300, retryPolicy: { maxAttempts: 3, baseDelayMs: 20, maxDelayMs: 250 } },
  timing: { searchPauseMs: 250, thinkMs: 80 },
  slackMs: 1_000,
} as const;

function report(run: RunReport): string {
  const lines = run.violations.map((v) => `  [${v.invariant}] ${v.step ? `${describeStep(v.step)}\n      ` : ''}${v.detail}`);
  return [
    `Fault schedule seed ${run.seed} broke ${run.violations.length} invariant(s). Reproduce: FAULT_SEED=${run.seed} FAULT_STEPS=${run.schedule.length} npx mocha test/unit/faults`,
    ...lines,
    'Schedule:',
    ...run.schedule.map((step) => `  ${describeStep(step)}`),
  ].join('\n');
}

describe('fault schedules: every call settles, nothing is filed twice, errors are sound', function () {
  this.timeout(120_000);
  let world: FaultWorld;
  before(async () => {
    world = await FaultWorld.start();
  });
  after(() => world.close());

  const seeds = process.env.FAULT_SEED ? [seedFromEnvironment(0)] : DEFAULT_SEEDS;
  for (const seed of seeds) {
    it(`seed ${seed}, ${STEPS} steps`, async () => {
      const run = await runFaultSchedule(world, { seed, steps: STEPS, ...SHORT_RUN });
      assert.ok(run.violations.length === 0, report(run));
      // A schedule that never failed a call tested nothing.
      assert.ok(
        run.calls.some((call) => call.failed),
        `seed ${seed}: no call failed; the schedule injected no effective fault`,
      );
    });
  }

  it('server clock 14 min ahead or behind, answers to creates and replies lost: nothing filed or posted twice', async () => {
    const schedule = skewedWriteSchedule(SHORT_RUN.settings.timeoutMs, FLAVOURS);
    const run = await runFaultSchedule(world, { seed: 0, steps: schedule.length, schedule, ...SHORT_RUN });
    assert.ok(run.violations.length === 0, report(run));
    // Each write was committed by the server and found again by the look-up: exactly one copy, not none.
    const copies = schedule.map((step) => {
      const tickets = world.serverTickets(step.flavour);
      const marker = markerOf(0, step);
      const found = step.operation === 'create' ? tickets.filter((t) => t.text.includes(marker)).length : tickets.flatMap((t) => t.messages).filter((m) => m.includes(marker)).length;
      return `${EMULATOR_PROVIDER[step.flavour]}/${step.index}:${found}`;
    });
    assert.deepEqual(
      copies,
      schedule.map((step) => `${EMULATOR_PROVIDER[step.flavour]}/${step.index}:1`),
    );
  });
});
