/**
 * Reply detection on a cloud whose list does not report replies (Alibaba Cloud 2021): the shipped
 * wiring (`createWatchedPolling`: refresh coordinator → reply watch → the one poll scheduler) on a
 * simulated clock, with the real provider asking the in-process emulator over loopback. For 10, 50
 * and 200 open tickets (20 % waiting for support, 60 % quiet, 20 % waiting for the customer, plus 50
 * closed ones that must cost nothing), the support agent answers a ticket waiting for support every
 * 15 simulated minutes without changing its status (the customer answers back once it was noticed,
 * so the mix holds), and once a quiet ticket. Reported: requests per hour (change checks + note
 * checks, counted by the emulator) and the median and worst delay until the watch announced a reply.
 */
import type { AliyunFixtures, AliyunNoteFixture, AliyunTicketFixture } from '../../src/emulator/aliyun/fixtures';
import { KeyValueSeenStore, MemoryKeyValueStorage } from '../../src/core/cache';
import { createWatchedPolling, ReplyWatch } from '../../src/core/notify';
import { FakeClock } from '../../test/support/fake-clock';
import type { TicketProvider } from '../../src/core/provider';
import { RefreshCoordinator } from '../../src/core/refresh';
import { startEmulator, type RunningEmulator } from '../../src/emulator';
import { BENCH_KEY, BENCH_UID } from '../fixtures/aliyun-tickets';
import { BENCH_ACCOUNT, benchProvider } from '../harness';
import type { BenchContext, BenchRow } from '../types';

export const title = 'Reply detection without an unread API (simulated hours, Alibaba 2021)';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
const WINDOW = 12 * HOUR;
const REPLY_EVERY = 15 * MINUTE;
const CLOSED = 50;
/** Stated worst delay for a reply to a ticket waiting for support (README), by open tickets. */
const STATED_WORST_MIN: Readonly<Record<number, number>> = { 10: 11, 50: 20, 200: 75 };

type Kind = 'awaiting-support' | 'quiet' | 'awaiting-customer' | 'closed';

function kindOf(index: number, open: number): Kind {
  if (index >= open) return 'closed';
  const share = index / open;
  return share < 0.2 ? 'awaiting-support' : share < 0.8 ? 'quiet' : 'awaiting-customer';
}

function fixtureTicket(index: number, open: number, now: number): AliyunTicketFixture {
  const kind = kindOf(index, open);
  const created = now - 5 * DAY - index * MINUTE;
  const supportAt = now - 3 * DAY;
  const notes: AliyunNoteFixture[] = [
    { DialogId: 70_000_000 + index * 3, CreateTime: created, Role: 3 as const, Name: 'bench', Content: `Ticket ${index}.` },
    { DialogId: 70_000_001 + index * 3, CreateTime: supportAt, Role: 2 as const, Name: 'agent', Content: 'We are on it.' },
    ...(kind === 'awaiting-support' ? [{ DialogId: 70_000_002 + index * 3, CreateTime: now - HOUR, Role: 3 as const, Name: 'bench', Content: 'Any news?' }] : []),
  ];
  const status = kind === 'closed' ? 6 : kind === 'awaiting-customer' ? 3 : 2;
  return {
    TicketId: `00R${String(index).padStart(7, '0')}`,
    Title: `Ticket ${index}`,
    Description: `Ticket ${index}.`,
    CategoryId: '7161',
    ProductCode: 'ecs',
    Severity: 1,
    Status: status,
    CreatorId: BENCH_UID,
    CreateTime: created,
    Notes: notes,
  };
}

function fixtures(open: number, now: number): { readonly aliyun: AliyunFixtures } {
  return {
    aliyun: {
      accounts: [{ ...BENCH_KEY, uid: BENCH_UID, principalName: 'bench' }],
      directories: [{ DirectoryId: 1, DirectoryName: 'Elastic Computing', ProductList: [{ ProductId: 18550, ProductName: 'Elastic Compute Service (ECS)', ProductCode: 'ecs' }] }],
      categories: { '18550': [{ CategoryId: 7161, CategoryName: 'ECS instance cannot be connected' }] },
      tickets: Array.from({ length: open + CLOSED }, (_, index) => fixtureTicket(index, open, now)),
    },
  };
}

interface Outcome {
  readonly requestsPerHour: number;
  readonly supportDelays: readonly number[];
  readonly quietDelay: number | undefined;
  readonly closedReads: number;
}

/** One account with `open` open tickets: warm up until every open conversation was read once, then a measured window. */
async function simulate(open: number, context: BenchContext): Promise<Outcome> {
  const clock = new FakeClock(Date.now());
  const emulator: RunningEmulator = await startEmulator({ providers: ['aliyun'], fixtures: fixtures(open, clock.now()) });
  try {
    const provider: TicketProvider = benchProvider(emulator.url, context.options.concurrency);
    const access = <T>(_id: string, work: (p: TicketProvider) => Promise<T>): Promise<T> => work(provider);
    const coordinator = new RefreshCoordinator({ access, clock, concurrency: context.options.concurrency });
    coordinator.setAccounts([BENCH_ACCOUNT]);
    const watch = new ReplyWatch({ access, clock, store: new KeyValueSeenStore(new MemoryKeyValueStorage()) });
    const polling = createWatchedPolling({ coordinator, watch, clock, activity: { viewVisible: true, panelVisible: false, windowFocused: true } });
    const noticed = new Map<string, number>();
    watch.onDidDetect((change) => {
      if (change.reasons.includes('support-reply')) noticed.set(change.ticket.id, clock.now());
    });
    const advance = (ms: number): Promise<void> => clock.advance(ms, () => polling.settled());
    await coordinator.refreshAll();
    polling.scheduler.start();
    const ids = Array.from({ length: open }, (_, index) => fixtureTicket(index, open, 0).TicketId);
    context.progress(`${open} open tickets: first read of every conversation`);
    while (ids.some((id) => watch.seen(BENCH_ACCOUNT, id)?.checkedAt === undefined)) await advance(10 * MINUTE);

    const waiting = ids.filter((_, index) => kindOf(index, open) === 'awaiting-support');
    const quiet = ids.find((_, index) => kindOf(index, open) === 'quiet') as string;
    const closed = Array.from({ length: CLOSED }, (_, index) => fixtureTicket(open + index, open, 0).TicketId);
    emulator.control.clearRequests();
    const supportDelays: number[] = [];
    const pending = new Map<string, number>();
    const quietAt = clock.now();
    emulator.control.agentReply('aliyun', quiet, 'Follow-up on an old ticket.', { keepStatus: true });
    pending.set(quiet, quietAt);
    let quietDelay: number | undefined;
    context.progress(`${open} open tickets: ${WINDOW / HOUR} simulated hours`);
    for (let elapsed = 0, turn = 0; elapsed < WINDOW; elapsed += REPLY_EVERY, turn++) {
      const target = waiting[turn % waiting.length];
      if (!pending.has(target)) {
        emulator.control.agentReply('aliyun', target, `Answer ${turn}.`, { keepStatus: true });
        pending.set(target, clock.now());
      }
      await advance(REPLY_EVERY);
      for (const [id, at] of [...pending]) {
        const seenAt = noticed.get(id);
        if (seenAt === undefined || seenAt < at) continue;
        pending.delete(id);
        if (id === quiet) quietDelay = seenAt - at;
        else supportDelays.push(seenAt - at);
        // The customer answers back, so the ticket waits for support again.
        if (id !== quiet) await provider.reply(id, { body: `Thanks (${turn}).` });
      }
    }
    const reads = emulator.control.requests().filter((entry) => entry.action !== 'ReplyTicket');
    const closedReads = reads.filter((entry) => entry.action === 'ListTicketNotes' && closed.some((id) => JSON.stringify(entry).includes(id))).length;
    polling.dispose();
    coordinator.dispose();
    return { requestsPerHour: reads.length / (WINDOW / HOUR), supportDelays, quietDelay, closedReads };
  } finally {
    await emulator.close();
  }
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted.length === 0 ? Number.NaN : sorted[Math.floor((sorted.length - 1) / 2)];
}

const minutes = (ms: number): number => Math.round((ms / MINUTE) * 10) / 10;

export async function run(context: BenchContext): Promise<readonly BenchRow[]> {
  const rows: BenchRow[] = [];
  for (const open of [10, 50, 200]) {
    const outcome = await simulate(open, context);
    if (outcome.closedReads > 0) throw new Error(`${outcome.closedReads} conversations of closed tickets were read`);
    rows.push({
      metric: `${open} open tickets: requests per hour (change checks + note checks)`,
      value: Math.round(outcome.requestsPerHour),
      unit: 'req/h',
      budget: { max: 120, label: '≤ 60 + 60 (§6 + stated)' },
    });
    rows.push({
      metric: `${open} open: reply to a ticket waiting for support, median delay`,
      value: minutes(median(outcome.supportDelays)),
      unit: 'min',
      note: `${outcome.supportDelays.length} replies noticed in ${WINDOW / HOUR} simulated hours`,
    });
    rows.push({
      metric: `${open} open: reply to a ticket waiting for support, worst delay`,
      value: minutes(Math.max(...outcome.supportDelays)),
      unit: 'min',
      budget: { max: STATED_WORST_MIN[open], label: `≤ ${STATED_WORST_MIN[open]} min (stated)` },
    });
    rows.push({
      metric: `${open} open: reply to a quiet ticket (support wrote last, idle for days)`,
      value: outcome.quietDelay === undefined ? Number.POSITIVE_INFINITY : minutes(outcome.quietDelay),
      unit: 'min',
      ...(outcome.quietDelay === undefined ? { note: `not noticed within ${WINDOW / HOUR} h` } : {}),
    });
  }
  return rows;
}
