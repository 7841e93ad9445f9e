/**
 * A filter narrows an account's list, not what needs the user: the badge and status-bar count read
 * `RefreshCoordinator.attentionTickets`, which adds the open tickets a filter hides (issue #20).
 */
import assert from 'node:assert/strict';
import { aliyunTicketFixtures, BENCH_KEY } from '../../../bench/fixtures/aliyun-tickets';
import { ConcurrencyLimiter } from '../../../src/core/limiter';
import { attentionCount } from '../../../src/core/notify';
import type { TicketProvider } from '../../../src/core/provider';
import { filterHidesOpenTickets, RefreshCoordinator } from '../../../src/core/refresh';
import type { TicketSummary } from '../../../src/core/ticket';
import { startEmulator, type RunningEmulator } from '../../../src/emulator';
import { createAliyunProvider } from '../../../src/providers/aliyun/provider';
import { FakeProvider } from './fake-provider';
import { accessTo } from './helpers';

const asListed = (_accountId: string, ticket: TicketSummary): TicketSummary => ticket;

async function filtered(coordinator: RefreshCoordinator, accountId: string, filter: Parameters<RefreshCoordinator['setFilter']>[1]): Promise<void> {
  await coordinator.setFilter(accountId, filter);
  await coordinator.attentionSettled();
}

describe('attention count under a filter', () => {
  it('counts the open tickets a filter hides, as many as without the filter', async () => {
    // Groups cycle needs-action, in-progress ×2, closed ×2: 4 of 20 need action.
    const provider = new FakeProvider({ ticketCount: 20 });
    provider.tickets[1] = { ...provider.tickets[1], unreadCount: 2 };
    const coordinator = new RefreshCoordinator({ access: accessTo({ a: provider }), pageSize: 50 });
    coordinator.setAccounts(['a']);
    await coordinator.refresh('a');
    const unfiltered = attentionCount(coordinator.attentionTickets(), asListed);
    await filtered(coordinator, 'a', { statusGroups: ['closed'] });
    const closedOnly = attentionCount(coordinator.attentionTickets(), asListed);
    await filtered(coordinator, 'a', { keyword: 'Disk' });
    const byKeyword = attentionCount(coordinator.attentionTickets(), asListed);
    assert.deepEqual(
      { unfiltered, closedOnly, byKeyword, shown: coordinator.snapshot('a')?.tickets.length },
      { unfiltered: { total: 5, needsAction: 4, unread: 1 }, closedOnly: unfiltered, byKeyword: unfiltered, shown: 3 },
    );
  });

  it('lists the open tickets again only when the change token moved, and not at all when the filter keeps them', async () => {
    const provider = new FakeProvider({ ticketCount: 10 });
    const coordinator = new RefreshCoordinator({ access: accessTo({ a: provider }), pageSize: 50 });
    coordinator.setAccounts(['a']);
    const lists = () => provider.calls.filter((call) => call.operation === 'listTickets').length;
    await filtered(coordinator, 'a', { statusGroups: ['needs-action', 'in-progress'] });
    const keepingOpen = lists();
    await filtered(coordinator, 'a', { statusGroups: ['closed'] });
    const closedOnly = lists();
    await coordinator.refresh('a');
    await coordinator.attentionSettled();
    const unchanged = lists();
    provider.tickets[3] = { ...provider.tickets[3], status: provider.tickets[0].status };
    await coordinator.refresh('a');
    await coordinator.attentionSettled();
    const afterChange = lists();
    assert.deepEqual({ keepingOpen, closedOnly, unchanged, afterChange }, { keepingOpen: 1, closedOnly: 3, unchanged: 4, afterChange: 6 });
  });

  it('forgets the hidden tickets when the filter is cleared or the account removed', async () => {
    const provider = new FakeProvider({ ticketCount: 10 });
    const coordinator = new RefreshCoordinator({ access: accessTo({ a: provider }), pageSize: 50 });
    coordinator.setAccounts(['a']);
    const heard: string[] = [];
    coordinator.onDidChangeHidden((accountId) => heard.push(accountId));
    await filtered(coordinator, 'a', { statusGroups: ['closed'] });
    const withFilter = coordinator.attentionTickets()[0].tickets.length;
    await filtered(coordinator, 'a', {});
    const cleared = coordinator.attentionTickets()[0].tickets.length;
    await filtered(coordinator, 'a', { statusGroups: ['closed'] });
    coordinator.removeAccount('a');
    assert.deepEqual({ withFilter, cleared, left: coordinator.attentionTickets().length, heard: heard.length >= 3 }, { withFilter: 4 + 6, cleared: 10, left: 0, heard: true });
  });

  it('knows which filters can hide an open ticket', () => {
    assert.deepEqual(
      [{}, { statusGroups: ['needs-action', 'in-progress'] as const }, { statusGroups: ['needs-action'] as const }, { keyword: 'x' }, { createdAfter: 1 }].map((filter) =>
        filterHidesOpenTickets({ ...filter, statusGroups: filter.statusGroups ? [...filter.statusGroups] : undefined }),
      ),
      [false, false, true, true, true],
    );
  });
});

describe('attention count under a filter, against the emulator', () => {
  let emulator: RunningEmulator;
  before(async () => {
    emulator = await startEmulator({ providers: ['aliyun'], fixtures: aliyunTicketFixtures(90) });
  });
  after(() => emulator.close());

  it('stays what it was without the filter when an Alibaba Cloud account shows closed tickets only', async () => {
    const provider: TicketProvider = createAliyunProvider({
      account: { id: 'a', providerId: 'aliyun', label: 'a', endpoint: emulator.url },
      credentials: async () => BENCH_KEY,
      limiter: new ConcurrencyLimiter(4),
      retryPolicy: { maxAttempts: 2, baseDelayMs: 5, maxDelayMs: 50 },
      timeoutMs: 5_000,
    });
    const coordinator = new RefreshCoordinator({ access: accessTo({ a: provider }), pageSize: 20, detailGroups: [] });
    coordinator.setAccounts(['a']);
    await coordinator.refresh('a');
    const unfiltered = attentionCount(coordinator.attentionTickets(), asListed);
    await filtered(coordinator, 'a', { statusGroups: ['closed'] });
    const snapshot = coordinator.snapshot('a')!;
    assert.ok(unfiltered.needsAction > 0 && snapshot.counts['needs-action'] === 0, 'the filtered list holds no ticket needing action');
    assert.deepEqual(attentionCount(coordinator.attentionTickets(), asListed), unfiltered);
  });
});
