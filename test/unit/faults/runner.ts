/**
 * Runs one seeded fault schedule against the emulator over loopback and judges it: providers of the
 * three flavours live through the whole schedule (as an account does in the extension), every provider
 * method call is timed and its error kept, and at the end the server's state and a fresh refresh by
 * the real engine are compared with what the invariants demand.
 */
import { callDeadlineMs } from '../../../src/core/deadline';
import type { CreateFormSchema } from '../../../src/core/form-schema';
import type { TicketProvider } from '../../../src/core/provider';
import { RefreshCoordinator } from '../../../src/core/refresh';
import { checkDuplicates, checkErrorShape, checkReadsMatch, checkSecrets, checkSettled, chainLength, type CallRecord, type Violation } from './invariants';
import { SeededRandom } from './prng';
import { generateSchedule, type Step } from './schedule';
import { runOperation, type UserTiming } from './user-flows';
import { CANARY_VALUES, EMULATOR_PROVIDER, FLAVOURS, type ClientSettings, type FaultWorld, type Flavour } from './world';

export interface RunOptions {
  readonly seed: number;
  readonly steps: number;
  readonly flavours?: readonly Flavour[];
  /** A fixed schedule instead of the seed's random one. */
  readonly schedule?: readonly Step[];
  readonly settings: ClientSettings;
  readonly timing: UserTiming;
  /** Event-loop and loopback allowance on top of each call's bound. */
  readonly slackMs: number;
}

export interface RunReport {
  readonly seed: number;
  readonly schedule: readonly Step[];
  readonly calls: readonly CallRecord[];
  readonly violations: readonly Violation[];
  /** Requests the emulator answered (or dropped), faults included. */
  readonly requests: number;
}

const MEASURED = new Set([
  'verifyCredentials',
  'getChangeSignal',
  'listTickets',
  'getTicket',
  'listMessages',
  'reply',
  'close',
  'reopen',
  'rate',
  'urge',
  'cancel',
  'withdrawMessage',
  'getCreateForm',
  'loadFieldOptions',
  'createTicket',
  'uploadAttachment',
]);
/** How long after its bound a call is declared hung (and the run goes on without it). */
const HANG_GRACE_MS = 3_000;
const HUNG = Symbol('hung');

/** The provider, with every method call timed against its bound and recorded. */
function measured(provider: TicketProvider, flavour: Flavour, currentStep: () => Step, deadlineMs: number, slackMs: number, record: (call: CallRecord) => void): TicketProvider {
  return new Proxy(provider, {
    get(target, key) {
      const value: unknown = Reflect.get(target, key, target);
      if (typeof value !== 'function' || typeof key !== 'string' || !MEASURED.has(key)) return value;
      return (...args: unknown[]): Promise<unknown> => {
        const step = currentStep();
        const boundMs = chainLength(flavour, key) * deadlineMs + slackMs;
        const started = Date.now();
        let timer: NodeJS.Timeout | undefined;
        const watchdog = new Promise<never>((_, reject) => {
          timer = setTimeout(() => reject(HUNG), boundMs + HANG_GRACE_MS);
        });
        const work = Promise.resolve().then(() => Reflect.apply(value, target, args) as Promise<unknown>);
        const done = (failed: boolean, error?: unknown): void => {
          clearTimeout(timer);
          record({ step, method: key, elapsedMs: Date.now() - started, boundMs, failed, ...(error === HUNG ? { hung: true } : failed ? { error } : {}) });
        };
        return Promise.race([work, watchdog]).then(
          (result) => {
            done(false);
            return result;
          },
          (error: unknown) => {
            done(true, error);
            throw error === HUNG ? new Error(`${key} hung`) : error;
          },
        );
      };
    },
  });
}

/** The step the final refresh is booked under. */
function finalStep(flavour: Flavour): Step {
  return { index: -1, flavour, operation: 'list', target: 0, disturbance: { type: 'none' }, skewMs: 0 };
}

function applyDisturbance(world: FaultWorld, step: Step): void {
  const provider = EMULATOR_PROVIDER[step.flavour];
  const d = step.disturbance;
  if (d.type === 'fault') world.emulator.control.injectFault({ provider, action: d.action, times: d.times, fault: d.fault });
  if (d.type === 'throttle') world.emulator.control.addThrottle({ provider, limit: d.limit, windowMs: d.windowMs });
}

/** Runs the schedule of `options.seed` and returns what happened and every invariant it broke. */
export async function runFaultSchedule(world: FaultWorld, options: RunOptions): Promise<RunReport> {
  const flavours = options.flavours ?? FLAVOURS;
  const schedule = options.schedule ?? generateSchedule(new SeededRandom(options.seed), { steps: options.steps, timeoutMs: options.settings.timeoutMs, flavours });
  const deadlineMs = callDeadlineMs(options.settings.timeoutMs, options.settings.retryPolicy);
  const calls: CallRecord[] = [];
  let current: Step = finalStep(flavours[0]);
  let requests = 0;
  world.reset();
  const wrap = (flavour: Flavour, provider: TicketProvider) =>
    measured(
      provider,
      flavour,
      () => current,
      deadlineMs,
      options.slackMs,
      (call) => calls.push(call),
    );
  const providers = new Map(flavours.map((flavour) => [flavour, wrap(flavour, world.provider(flavour, options.settings))]));
  const schemas = new Map<Flavour, CreateFormSchema>();
  // The form as the user saw it before anything went wrong (read with patient settings: setup, not test).
  const patient = { timeoutMs: 10_000, retryPolicy: options.settings.retryPolicy };
  for (const flavour of flavours) schemas.set(flavour, await world.provider(flavour, patient).getCreateForm());

  for (const step of schedule) {
    current = step;
    world.setServerSkew(step.skewMs);
    applyDisturbance(world, step);
    const provider = providers.get(step.flavour) as TicketProvider;
    await runOperation({
      step,
      provider,
      schema: schemas.get(step.flavour) as CreateFormSchema,
      marker: markerOf(options.seed, step),
      timing: options.timing,
      freshProvider: () => wrap(step.flavour, world.provider(step.flavour, options.settings, { freshAccount: true })),
      serverTickets: () => world.serverTickets(step.flavour),
    });
    world.stopFaults();
    requests += world.emulator.control.requests().length;
    world.emulator.control.clearRequests();
  }

  // Writes delayed past the timeout land a little later; wait for them before counting.
  await new Promise((resolve) => setTimeout(resolve, options.settings.timeoutMs + 300));
  const violations: Violation[] = calls.flatMap((call) => [...checkSettled(call), ...checkErrorShape(call), ...checkSecrets(call, CANARY_VALUES)]);
  violations.push(...duplicates(world, schedule, options.seed, flavours));
  for (const flavour of flavours) {
    current = finalStep(flavour);
    const coordinator = new RefreshCoordinator({ access: (_id, work) => work(providers.get(flavour) as TicketProvider) });
    coordinator.setAccounts([flavour]);
    const snapshot = await coordinator.refresh(flavour);
    coordinator.dispose();
    violations.push(...checkReadsMatch(flavour, snapshot, world.serverTickets(flavour)));
  }
  world.setServerSkew(0);
  requests += world.emulator.control.requests().length;
  return { seed: options.seed, schedule, calls, violations, requests };
}

/** Bracketed, so that the marker of step 2 is not found inside the marker of step 20. */
export function markerOf(seed: number, step: Step): string {
  return `[fs${seed}/${step.index}]`;
}

function duplicates(world: FaultWorld, schedule: readonly Step[], seed: number, flavours: readonly Flavour[]): Violation[] {
  const violations: Violation[] = [];
  for (const plugin of new Set(flavours.map((flavour) => EMULATOR_PROVIDER[flavour]))) {
    const steps = schedule.filter((step) => EMULATOR_PROVIDER[step.flavour] === plugin);
    const markers = (operation: Step['operation']) => new Map(steps.filter((s) => s.operation === operation).map((s) => [markerOf(seed, s), s]));
    const tickets = world.serverTickets(flavours.find((flavour) => EMULATOR_PROVIDER[flavour] === plugin) as Flavour);
    violations.push(...checkDuplicates(tickets, markers('create'), markers('reply')));
  }
  return violations;
}
