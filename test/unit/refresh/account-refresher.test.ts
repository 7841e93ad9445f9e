import assert from 'node:assert/strict';
import { AccountRefresher, type AccountSnapshot } from '../../../src/core/refresh';
import { STATUS_GROUPS } from '../../../src/core/status';
import { FakeProvider, STATUS, ticketError } from './fake-provider';
import { accessTo, until } from './helpers';

function refresherFor(provider: FakeProvider, options: Partial<ConstructorParameters<typeof AccountRefresher>[0]> = {}): AccountRefresher {
  return new AccountRefresher({ accountId: 'a', access: accessTo({ a: provider }), pageSize: 20, ...options });
}

describe('AccountRefresher', () => {
  describe('requests', () => {
    it('never has more calls in flight than its concurrency, and uses all of it', async () => {
      const provider = new FakeProvider({ ticketCount: 120, delayMs: 3, randomAccess: true });
      await refresherFor(provider, { concurrency: 3 }).refresh();
      assert.equal(provider.peakInFlight, 3);
    });

    it('fetches the pages after the first concurrently when the provider can address pages', async () => {
      const provider = new FakeProvider({ ticketCount: 200, delayMs: 5, randomAccess: true });
      await refresherFor(provider, { concurrency: 4, detailGroups: [] }).refresh();
      assert.ok(provider.peakOf('listTickets') > 1, `peak list calls in flight: ${provider.peakOf('listTickets')}`);
    });

    it('walks the pages one after another when cursors are opaque, and still gets every ticket', async () => {
      const provider = new FakeProvider({ ticketCount: 95, delayMs: 1 });
      const snapshot = await refresherFor(provider, { concurrency: 4, detailGroups: [] }).refresh();
      assert.deepEqual({ peak: provider.peakOf('listTickets'), tickets: snapshot.tickets.length }, { peak: 1, tickets: provider.tickets.length });
    });

    it('loads details only for new or changed tickets on the next refresh', async () => {
      const provider = new FakeProvider({ ticketCount: 40, randomAccess: true });
      const refresher = refresherFor(provider);
      await refresher.refresh();
      const afterFirst = provider.count('getTicket');
      provider.tickets[1] = { ...provider.tickets[1], status: STATUS.closed };
      provider.tickets[8] = { ...provider.tickets[8], title: 'Renamed' };
      provider.tickets.push({ ...provider.tickets[0], id: 'NEW1' });
      await refresher.refresh();
      const detailed = provider.calls
        .filter((call) => call.operation === 'getTicket')
        .slice(afterFirst)
        .map((call) => call.ticketId)
        .sort();
      assert.deepEqual({ first: afterFirst, detailed }, { first: 40, detailed: [provider.tickets[1].id, provider.tickets[8].id, 'NEW1'].sort() });
    });

    it('loads details of explicitly requested tickets even when unchanged', async () => {
      const provider = new FakeProvider({ ticketCount: 10 });
      const refresher = refresherFor(provider);
      await refresher.refresh();
      const before = provider.count('getTicket');
      await refresher.refresh({ detailIds: [provider.tickets[2].id] });
      assert.equal(provider.count('getTicket') - before, 1);
    });

    it('skips details of groups left out of detailGroups', async () => {
      const provider = new FakeProvider({ ticketCount: 25 });
      await refresherFor(provider, { detailGroups: ['needs-action', 'in-progress'] }).refresh();
      const open = provider.tickets.filter((ticket) => ticket.status.group !== 'closed').length;
      assert.equal(provider.count('getTicket'), open);
    });

    it('keeps detail fields of unchanged tickets from the previous snapshot', async () => {
      const provider = new FakeProvider({ ticketCount: 5 });
      const refresher = refresherFor(provider);
      await refresher.refresh();
      const second = await refresher.refresh();
      assert.deepEqual(
        second.tickets.map((t) => t.createdAt),
        provider.tickets.map((t) => t.createdAt),
      );
    });
  });

  describe('snapshots', () => {
    it('groups tickets by status with matching counts, in list order', async () => {
      const provider = new FakeProvider({ ticketCount: 33 });
      const snapshot = await refresherFor(provider).refresh();
      const expected = Object.fromEntries(STATUS_GROUPS.map((g) => [g, provider.tickets.filter((t) => t.status.group === g).map((t) => t.id)]));
      const actual = Object.fromEntries(STATUS_GROUPS.map((g) => [g, snapshot.groups[g].map((t) => t.id)]));
      assert.deepEqual({ actual, counts: snapshot.counts }, { actual: expected, counts: Object.fromEntries(STATUS_GROUPS.map((g) => [g, expected[g].length])) });
    });

    it('never carries detail text such as the description', async () => {
      const provider = new FakeProvider({ ticketCount: 3 });
      const snapshot = await refresherFor(provider).refresh();
      assert.ok(!JSON.stringify(snapshot).includes('description'));
    });

    it('is frozen', async () => {
      const snapshot = await refresherFor(new FakeProvider({ ticketCount: 2 })).refresh();
      assert.ok(Object.isFrozen(snapshot) && Object.isFrozen(snapshot.tickets) && Object.isFrozen(snapshot.tickets[0]));
    });

    it('records the change token seen when the tickets were fetched', async () => {
      const provider = new FakeProvider({ ticketCount: 4 });
      const snapshot = await refresherFor(provider).refresh();
      assert.equal(snapshot.changeToken, (await provider.getChangeSignal()).token);
    });
  });

  describe('failures', () => {
    it('keeps the last good tickets and marks the account offline on a network failure', async () => {
      const provider = new FakeProvider({ ticketCount: 6 });
      const refresher = refresherFor(provider);
      const good = await refresher.refresh();
      provider.failNext('listTickets', ticketError('network'));
      const failed = await refresher.refresh();
      assert.deepEqual(
        { state: failed.state, ids: failed.tickets.map((t) => t.id), fetchedAt: failed.fetchedAt },
        {
          state: 'offline',
          ids: good.tickets.map((t) => t.id),
          fetchedAt: good.fetchedAt,
        },
      );
    });

    it('reports an auth failure as an error with the provider sentence', async () => {
      const provider = new FakeProvider({ ticketCount: 2 });
      provider.failNext('listTickets', ticketError('auth'));
      const snapshot = await refresherFor(provider).refresh();
      assert.deepEqual(
        { state: snapshot.state, kind: snapshot.error?.kind, message: snapshot.error?.message },
        {
          state: 'error',
          kind: 'auth',
          message: ticketError('auth').message,
        },
      );
    });

    it('keeps a ticket whose details failed and retries its details on the next refresh', async () => {
      const provider = new FakeProvider({ ticketCount: 5 });
      const refresher = refresherFor(provider);
      const broken = provider.tickets[1].id;
      provider.ticketFailures.set(broken, ticketError('permission'));
      const first = await refresher.refresh();
      provider.ticketFailures.clear();
      const before = provider.count('getTicket');
      const second = await refresher.refresh();
      assert.deepEqual(
        { state: first.state, incomplete: first.incompleteIds, retried: provider.count('getTicket') - before, after: second.incompleteIds },
        {
          state: 'fresh',
          incomplete: [broken],
          retried: 1,
          after: [],
        },
      );
    });

    it('stops queued calls when a detail failure means the account is unreachable', async () => {
      const provider = new FakeProvider({ ticketCount: 60, delayMs: 2 });
      provider.ticketFailures.set(provider.tickets[0].id, ticketError('auth'));
      const snapshot = await refresherFor(provider, { concurrency: 2 }).refresh();
      assert.deepEqual({ state: snapshot.state, kind: snapshot.error?.kind, fewerCalls: provider.count('getTicket') < 60 }, { state: 'error', kind: 'auth', fewerCalls: true });
    });
  });

  describe('throttling', () => {
    it('pauses every call of the account for the requested time, then completes', async () => {
      const provider = new FakeProvider({ ticketCount: 30, delayMs: 2 });
      const retryAfterMs = 120;
      provider.failNext('getTicket', ticketError('throttled', retryAfterMs));
      const snapshot = await refresherFor(provider, { concurrency: 3, throttleBaseMs: 1 }).refresh();
      const answeredAt = provider.calls.find((call) => call.operation === 'getTicket')?.endedAt ?? 0;
      const startedDuringPause = provider.calls.filter((call) => call.startedAt > answeredAt && call.startedAt < answeredAt + retryAfterMs - 5);
      assert.deepEqual({ state: snapshot.state, tickets: snapshot.tickets.length, startedDuringPause: startedDuringPause.length }, { state: 'fresh', tickets: 30, startedDuringPause: 0 });
    });

    it('gives up after its retries with a throttled error that says when to retry', async () => {
      const provider = new FakeProvider({ ticketCount: 3 });
      const refresher = refresherFor(provider, { throttleRetries: 1, throttleBaseMs: 1 });
      await refresher.refresh();
      provider.failNext('listTickets', ticketError('throttled', 40), 2);
      const before = Date.now();
      const snapshot = await refresher.refresh();
      assert.deepEqual(
        { state: snapshot.state, kind: snapshot.error?.kind, retryAtLater: (snapshot.error?.retryAt ?? 0) >= before + 40, tickets: snapshot.tickets.length },
        { state: 'error', kind: 'throttled', retryAtLater: true, tickets: 3 },
      );
    });
  });

  describe('cancellation', () => {
    it('discards an older refresh when a newer one starts: both resolve with the newer snapshot', async () => {
      const provider = new FakeProvider({ ticketCount: 40, delayMs: 10 });
      const published: AccountSnapshot[] = [];
      const refresher = refresherFor(provider, { onSnapshot: (current) => published.push(current) });
      const older = refresher.refresh();
      await until(() => provider.calls.length > 0);
      const beforeNewer = published.length;
      const newer = refresher.refresh();
      const [a, b] = await Promise.all([older, newer]);
      assert.deepEqual({ same: a === b, beforeNewer, last: published[published.length - 1] === b }, { same: true, beforeNewer: 0, last: true });
    });

    it('aborts the calls of the older refresh', async () => {
      const provider = new FakeProvider({ ticketCount: 40, delayMs: 20 });
      const refresher = refresherFor(provider);
      const older = refresher.refresh();
      await until(() => provider.calls.length > 0);
      const firstCalls = [...provider.calls];
      await Promise.all([older, refresher.refresh()]);
      assert.ok(firstCalls.every((call) => call.aborted));
    });

    it('cancel() leaves the current snapshot in place', async () => {
      const provider = new FakeProvider({ ticketCount: 10, delayMs: 10 });
      const refresher = refresherFor(provider);
      const pending = refresher.refresh();
      refresher.cancel();
      const result = await pending;
      assert.deepEqual({ state: result.state, fetched: result.fetchedAt, refreshing: refresher.refreshing }, { state: 'stale', fetched: undefined, refreshing: false });
    });
  });

  describe('filters', () => {
    it('passes a keyword to the provider when it filters server-side', async () => {
      const provider = new FakeProvider({ ticketCount: 30 });
      await refresherFor(provider).setFilter({ keyword: 'disk' });
      assert.equal(provider.calls.find((c) => c.operation === 'listTickets')?.filter?.keyword, 'disk');
    });

    it('applies a keyword locally when the provider cannot filter by it', async () => {
      const provider = new FakeProvider({ ticketCount: 30, listFilters: { keyword: false } });
      const snapshot = await refresherFor(provider).setFilter({ keyword: 'DISK' });
      const expected = provider.tickets.filter((t) => t.title.toLowerCase().includes('disk')).map((t) => t.id);
      assert.deepEqual({ sent: provider.calls.find((c) => c.operation === 'listTickets')?.filter?.keyword, ids: snapshot.tickets.map((t) => t.id) }, { sent: undefined, ids: expected });
    });

    it('does not load details of tickets the local filter drops', async () => {
      const provider = new FakeProvider({ ticketCount: 30, listFilters: { statusGroups: false } });
      await refresherFor(provider).setFilter({ statusGroups: ['needs-action'] });
      assert.equal(provider.count('getTicket'), provider.tickets.filter((t) => t.status.group === 'needs-action').length);
    });

    it('applies a created range locally once details tell the creation time', async () => {
      const provider = new FakeProvider({ ticketCount: 30, listFilters: { createdRange: false } });
      const after = provider.tickets[20].createdAt ?? 0;
      const snapshot = await refresherFor(provider).setFilter({ createdAfter: after });
      assert.deepEqual(
        snapshot.tickets.map((t) => t.id),
        provider.tickets.filter((t) => (t.createdAt ?? 0) >= after).map((t) => t.id),
      );
    });
  });

  describe('visible tickets', () => {
    it('loadDetails merges details of the given tickets into the snapshot', async () => {
      const provider = new FakeProvider({ ticketCount: 10 });
      const refresher = refresherFor(provider, { detailGroups: [] });
      await refresher.refresh();
      const target = provider.tickets[4];
      const snapshot = await refresher.loadDetails([target.id]);
      assert.deepEqual({ calls: provider.count('getTicket'), createdAt: snapshot.tickets.find((t) => t.id === target.id)?.createdAt }, { calls: 1, createdAt: target.createdAt });
    });
  });
});
