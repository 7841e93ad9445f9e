/**
 * Random fault schedules: a seeded sequence of user operations on the three provider flavours, each
 * with an optional disturbance from the emulator's fault injection (native error envelopes, raw HTTP
 * answers, throttling, malformed bodies, closed connections, delays past the timeout, commit-then-drop)
 * and a server clock that wanders up to ±14 minutes from this machine's.
 */
import type { FaultKind } from '../../../src/emulator';
import type { SeededRandom } from './prng';
import { EMULATOR_PROVIDER, type Flavour } from './world';

export type Operation = 'change-signal' | 'list' | 'detail' | 'messages' | 'create' | 'reply' | 'close' | 'burst' | 'fresh-create-form';

export type Disturbance =
  | { readonly type: 'none' }
  /** `action` '*' hits the next call of the provider, whatever it is. */
  | { readonly type: 'fault'; readonly action: string; readonly times: number; readonly fault: FaultKind }
  | { readonly type: 'throttle'; readonly limit: number; readonly windowMs: number };

export interface Step {
  readonly index: number;
  readonly flavour: Flavour;
  readonly operation: Operation;
  /** Which ticket: an index into the account's tickets as the server lists them when the step runs. */
  readonly target: number;
  readonly disturbance: Disturbance;
  /** Server clock minus local clock from this step on, in ms. */
  readonly skewMs: number;
}

export interface ScheduleOptions {
  readonly steps: number;
  /** The clients' request timeout; delays are drawn just past it. */
  readonly timeoutMs: number;
  readonly flavours: readonly Flavour[];
}

/** Largest clock difference drawn: inside both clouds' 15-minute signature windows. */
export const MAX_SKEW_MS = 14 * 60_000;

const OPERATIONS: readonly (readonly [Operation, number])[] = [
  ['change-signal', 3],
  ['list', 3],
  ['detail', 3],
  ['messages', 2],
  ['create', 4],
  ['reply', 4],
  ['close', 1],
  ['burst', 2],
  ['fresh-create-form', 1],
];

const WRITES: readonly Operation[] = ['create', 'reply', 'close'];

/** Actions an operation calls (its write first), per emulator plugin, so that faults can hit a specific one of them. */
const ACTIONS: Readonly<Record<'aliyun' | 'huaweicloud', Partial<Record<Operation, readonly string[]>>>> = {
  aliyun: {
    'change-signal': ['ListTickets'],
    list: ['ListTickets'],
    detail: ['GetTicket', 'ListTickets', 'ListTicketNotes'],
    messages: ['ListTicketNotes'],
    create: ['CreateTicket', 'ListTickets', 'GetTicket'],
    reply: ['ReplyTicket', 'ListTicketNotes'],
    close: ['CloseTicket'],
    burst: ['ListTickets', 'GetTicket'],
  },
  huaweicloud: {
    'change-signal': ['ListCaseCounts', 'ListNewInstantMessages'],
    list: ['ListCases', 'ListUnreadNewInstantMessages'],
    detail: ['ShowCaseDetail'],
    messages: ['ListMessages', 'UpdateNewInstantMessagesRead'],
    create: ['CreateCases', 'ListCases'],
    reply: ['CreateMessages', 'ListMessages'],
    close: ['UpdateCases'],
    burst: ['ShowCaseDetail', 'ListCases'],
    'fresh-create-form': ['KeystoneListAuthDomains'],
  },
};

const NATIVE_ERRORS: Readonly<Record<'aliyun' | 'huaweicloud', readonly { status: number; code: string; message: string }[]>> = {
  aliyun: [
    { status: 503, code: 'ServiceUnavailable', message: 'The request has failed due to a temporary failure of the server.' },
    { status: 500, code: 'InternalError', message: 'The request processing has failed due to some unknown error.' },
    { status: 400, code: 'Throttling.User', message: 'Request was denied due to user flow control.' },
  ],
  huaweicloud: [
    { status: 500, code: 'OSM.0004', message: 'System error.' },
    { status: 503, code: 'APIGW.0201', message: 'Request error.' },
    { status: 429, code: 'APIGW.0308', message: 'The throttling threshold has been reached.' },
  ],
};

function randomFault(random: SeededRandom, plugin: 'aliyun' | 'huaweicloud', timeoutMs: number, index: number): FaultKind {
  const requestIdHeader = plugin === 'aliyun' ? 'x-acs-request-id' : 'x-request-id';
  // An oversize answer costs the limit's worth of memory per fault; it has its own tests (test/unit/http/answer-size.test.ts).
  const kind = random.weighted<Exclude<FaultKind['kind'], 'oversize'>>([
    ['error', 4],
    ['http', 2],
    ['malformed-json', 2],
    ['close', 2],
    ['delay', 2],
    ['commit-then-drop', 3],
  ]);
  switch (kind) {
    case 'error':
      return { kind, ...random.pick(NATIVE_ERRORS[plugin]) };
    case 'http':
      // A gateway's own page: no envelope, but a request id in the header as gateways send one.
      return { kind, status: random.pick([502, 504]), body: '<html><body>Bad gateway</body></html>', headers: { 'content-type': 'text/html', [requestIdHeader]: `fault-${index}` } };
    case 'delay':
      // Past the timeout, but committed before the duplicate look-up's second search (see README).
      return { kind, ms: timeoutMs + random.int(20, 120) };
    case 'malformed-json':
    case 'close':
    case 'commit-then-drop':
      return { kind };
  }
}

function randomDisturbance(random: SeededRandom, flavour: Flavour, operation: Operation, timeoutMs: number, index: number): Disturbance {
  const roll = random.next();
  if (roll < 0.3) return { type: 'none' };
  const plugin = EMULATOR_PROVIDER[flavour];
  if (roll < 0.4) return { type: 'throttle', limit: random.int(0, 2), windowMs: random.int(200, 600) };
  const targeted = ACTIONS[plugin][operation];
  // A write's own request is where a lost answer matters most: aim at it half of the time.
  const action = !targeted ? '*' : WRITES.includes(operation) && random.chance(0.5) ? targeted[0] : random.chance(0.6) ? random.pick(targeted) : '*';
  return {
    type: 'fault',
    action,
    times: random.weighted([
      [1, 6],
      [2, 3],
      [4, 1],
    ]),
    fault: randomFault(random, plugin, timeoutMs, index),
  };
}

/** The schedule for one seed: the same seed always yields the same steps. */
export function generateSchedule(random: SeededRandom, options: ScheduleOptions): Step[] {
  const steps: Step[] = [];
  let skewMs = 0;
  for (let index = 0; index < options.steps; index++) {
    if (random.chance(0.25)) skewMs = random.chance(0.3) ? 0 : random.pick([-1, 1]) * random.int(60_000, MAX_SKEW_MS);
    const flavour = random.pick(options.flavours);
    const operation = random.weighted(OPERATIONS.filter(([op]) => op !== 'fresh-create-form' || flavour === 'huaweicloud'));
    steps.push({ index, flavour, operation, target: random.int(0, 1000), disturbance: randomDisturbance(random, flavour, operation, options.timeoutMs, index), skewMs });
  }
  return steps;
}

/**
 * The duplicate cases of issue #15 as a fixed schedule: on every flavour, with the server clock 14
 * minutes ahead and behind, a create and a reply whose answer is lost after the server committed them
 * (dropped connection), and a create answered only after the client's timeout.
 */
export function skewedWriteSchedule(timeoutMs: number, flavours: readonly Flavour[]): Step[] {
  const steps: Omit<Step, 'index'>[] = [];
  for (const flavour of flavours) {
    const writes = ACTIONS[EMULATOR_PROVIDER[flavour]];
    for (const skewMs of [MAX_SKEW_MS, -MAX_SKEW_MS]) {
      for (const operation of ['create', 'reply'] as const) {
        steps.push({ flavour, operation, target: steps.length, skewMs, disturbance: { type: 'fault', action: writes[operation]?.[0] ?? '*', times: 1, fault: { kind: 'commit-then-drop' } } });
      }
    }
    steps.push({
      flavour,
      operation: 'create',
      target: 0,
      skewMs: -MAX_SKEW_MS,
      disturbance: { type: 'fault', action: writes.create?.[0] ?? '*', times: 1, fault: { kind: 'delay', ms: timeoutMs + 100 } },
    });
  }
  return steps.map((step, index) => ({ ...step, index }));
}

/** One line per step, for the failure report. */
export function describeStep(step: Step): string {
  const d = step.disturbance;
  const disturbance =
    d.type === 'none'
      ? 'no fault'
      : d.type === 'throttle'
        ? `throttle ${d.limit}/${d.windowMs}ms`
        : `${d.fault.kind}${'status' in d.fault ? ` ${d.fault.status}` : ''}${'code' in d.fault ? ` ${d.fault.code}` : ''}${d.fault.kind === 'delay' ? ` ${d.fault.ms}ms` : ''} on ${d.action} ×${d.times}`;
  return `#${step.index} ${step.flavour} ${step.operation} (target ${step.target}, skew ${Math.round(step.skewMs / 60_000)} min): ${disturbance}`;
}
