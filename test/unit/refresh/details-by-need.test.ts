import assert from 'node:assert/strict';
import { AccountRefresher, type AccountSnapshot, type SnapshotCause } from '../../../src/core/refresh';
import { STATUS, FakeProvider, ticketError } from './fake-provider';
import { accessTo, until } from './helpers';

function refresherFor(provider: FakeProvider, options: Partial<ConstructorParameters<typeof AccountRefresher>[0]> = {}): AccountRefresher {
  return new AccountRefresher({ accountId: 'a', access: accessTo({ a: provider }), pageSize: 20, ...options });
}

/** Ticket ids in the order their details were asked for. */
function detailOrder(provider: FakeProvider, from = 0): string[] {
  return provider.calls
    .filter((call) => call.operation === 'getTicket')
    .slice(from)
    .map((call) => call.ticketId ?? '');
}

describe('AccountRefresher: the tree from the list, details by need', () => {
  it('publishes every listed ticket before asking for any detail, and lists them as waiting for details', async () => {
    const provider = new FakeProvider({ ticketCount: 90, delayMs: 2, randomAccess: true });
    let first: { snapshot: AccountSnapshot; detailsAsked: number } | undefined;
    const refresher = refresherFor(provider, { onSnapshot: (snapshot) => (first ??= { snapshot, detailsAsked: provider.count('getTicket') }) });
    const done = await refresher.refresh();
    assert.deepEqual(
      {
        tree: first?.snapshot.tickets.length,
        asked: first?.detailsAsked,
        waiting: first?.snapshot.incompleteIds.length,
        severity: first?.snapshot.tickets[0].severity,
        after: done.incompleteIds.length,
      },
      { tree: 90, asked: 0, waiting: 90, severity: undefined, after: 0 },
    );
  });

  it('publishes details in batches as they land, and the last publication says the details are in', async () => {
    const provider = new FakeProvider({ ticketCount: 60, delayMs: 4 });
    const causes: SnapshotCause[] = [];
    await refresherFor(provider, { concurrency: 2, detailBatchMs: 15, onSnapshot: (_current, _previous, cause) => causes.push(cause) }).refresh();
    assert.deepEqual({ first: causes[0], filling: causes.filter((cause) => cause === 'filling').length > 1, last: causes[causes.length - 1] }, { first: 'refresh', filling: true, last: 'details' });
  });

  it("publishes a large account's details less often (the cost stays linear), yet a ticket on screen at once", async () => {
    const provider = new FakeProvider({ ticketCount: 4000, delayMs: 1, randomAccess: true });
    const target = provider.tickets[3000].id;
    let filling = 0;
    let shownAt: number | undefined;
    const refresher = refresherFor(provider, {
      concurrency: 8,
      detailBatchMs: 5,
      onSnapshot: (current, _previous, cause) => {
        if (cause === 'filling') filling++;
        if (shownAt === undefined && current.tickets.find((ticket) => ticket.id === target)?.severity) shownAt = Date.now();
      },
    });
    refresher.setVisible([target]);
    await refresher.refresh();
    const answeredAt = provider.calls.find((call) => call.operation === 'getTicket' && call.ticketId === target)?.endedAt ?? 0;
    // 4,000 tickets: a quiet batch every 200 ms (not every 5 ms) while the whole pass takes several hundred.
    assert.deepEqual({ fewBatches: filling <= 10, visibleSoon: (shownAt ?? Infinity) - answeredAt < 100 }, { fewBatches: true, visibleSoon: true });
  });

  it('loads the details of tickets on screen first, even when they came on screen during the refresh', async () => {
    const provider = new FakeProvider({ ticketCount: 80, delayMs: 3 });
    const refresher = refresherFor(provider, { concurrency: 2 });
    const pending = refresher.refresh();
    await until(() => provider.count('getTicket') >= 4);
    const onScreen = provider.tickets.slice(70, 74).map((ticket) => ticket.id);
    const asked = provider.count('getTicket');
    refresher.setVisible(onScreen);
    await pending;
    // The two calls in flight when the tickets came on screen finish first; the next ones are the visible ones.
    assert.deepEqual(detailOrder(provider, asked).slice(0, 4), onScreen);
  });

  it('asks for changed tickets before new closed ones', async () => {
    const provider = new FakeProvider({ ticketCount: 10 });
    const refresher = refresherFor(provider, { concurrency: 1 });
    await refresher.refresh();
    const closedNew = { ...provider.tickets[3], id: 'NEWCLOSED', status: STATUS.closed };
    provider.tickets = [closedNew, ...provider.tickets];
    provider.tickets[9] = { ...provider.tickets[9], title: 'Renamed' };
    const asked = provider.count('getTicket');
    await refresher.refresh();
    assert.deepEqual(detailOrder(provider, asked), [provider.tickets[9].id, 'NEWCLOSED']);
  });

  it('a refresh cancelled while details load leaves the missing ones for the next refresh', async () => {
    const provider = new FakeProvider({ ticketCount: 50, delayMs: 5 });
    const refresher = refresherFor(provider, { concurrency: 2 });
    const cancelled = refresher.refresh();
    await until(() => provider.count('getTicket') >= 6);
    refresher.cancel();
    const left = (await cancelled).incompleteIds.length;
    await refresher.refresh();
    const perTicket = new Map<string, number>();
    for (const id of detailOrder(provider)) perTicket.set(id, (perTicket.get(id) ?? 0) + 1);
    assert.deepEqual({ leftSome: left > 30, everyTicket: perTicket.size, final: refresher.snapshot.incompleteIds.length }, { leftSome: true, everyTicket: 50, final: 0 });
  });

  it('keeps what landed when the account fails while details load, and marks it offline', async () => {
    const provider = new FakeProvider({ ticketCount: 30, delayMs: 2 });
    provider.ticketFailures.set(provider.tickets[20].id, ticketError('network'));
    const snapshot = await refresherFor(provider, { concurrency: 1, detailBatchMs: 60_000 }).refresh();
    const withDetails = snapshot.tickets.filter((ticket) => ticket.severity !== undefined).length;
    assert.deepEqual(
      { state: snapshot.state, tickets: snapshot.tickets.length, someDetails: withDetails >= 10, waiting: snapshot.incompleteIds.length === 30 - withDetails },
      { state: 'offline', tickets: 30, someDetails: true, waiting: true },
    );
  });

  it('outside a refresh, loads details of tickets that come on screen without them, once', async () => {
    const provider = new FakeProvider({ ticketCount: 12 });
    const refresher = refresherFor(provider, { detailGroups: [] });
    await refresher.refresh();
    const target = provider.tickets[5].id;
    provider.ticketFailures.set(target, ticketError('permission'));
    refresher.setVisible([target]);
    await until(() => provider.count('getTicket') === 1);
    await until(() => refresher.snapshot.incompleteIds.includes(target));
    refresher.setVisible([target]);
    refresher.setVisible([target, provider.tickets[6].id]);
    await until(() => provider.count('getTicket') === 2);
    assert.deepEqual(detailOrder(provider), [target, provider.tickets[6].id]);
  });
});

describe('AccountRefresher: pages and pace', () => {
  it('asks for as many pages at once as the last refresh needed', async () => {
    const provider = new FakeProvider({ ticketCount: 100, delayMs: 5, randomAccess: true });
    const refresher = refresherFor(provider, { concurrency: 8, detailGroups: [] });
    await refresher.refresh();
    const before = provider.calls.length;
    await refresher.refresh();
    const listStarts = provider.calls.slice(before).filter((call) => call.operation === 'listTickets');
    // Five pages of 20, all sent before the first answer came back.
    const firstAnswer = Math.min(...listStarts.map((call) => call.endedAt ?? Infinity));
    assert.deepEqual({ pages: listStarts.length, atOnce: listStarts.filter((call) => call.startedAt < firstAnswer).length }, { pages: 5, atOnce: 5 });
  });

  it('the first time, asks for as many pages as may be in flight, and the rest as soon as one answer tells the total', async () => {
    const provider = new FakeProvider({ ticketCount: 200, delayMs: 5, randomAccess: true });
    const snapshot = await refresherFor(provider, { concurrency: 4, detailGroups: [] }).refresh();
    const lists = provider.calls.filter((call) => call.operation === 'listTickets');
    const firstAnswer = Math.min(...lists.map((call) => call.endedAt ?? Infinity));
    // One of the four slots goes to the change signal.
    assert.deepEqual(
      { tickets: snapshot.tickets.length, pages: lists.length, firstWave: lists.filter((call) => call.startedAt < firstAnswer).length, peak: provider.peakOf('listTickets') },
      { tickets: 200, pages: 10, firstWave: 3, peak: 4 },
    );
  });

  it('keeps no more reads in flight than the provider’s request slots allow, whatever its own bound', async () => {
    const slots = { limit: 2, burstLimit: 2 };
    const provider = new FakeProvider({ ticketCount: 40, delayMs: 2, randomAccess: true, requestSlots: slots });
    await refresherFor(provider, { concurrency: 8 }).refresh();
    const narrow = provider.peakInFlight;
    slots.limit = 6;
    provider.tickets = provider.tickets.map((ticket) => ({ ...ticket, title: `${ticket.title}!` }));
    provider.peakInFlight = 0;
    await refresherFor(provider, { concurrency: 8 }).refresh();
    assert.deepEqual({ narrow, wide: provider.peakInFlight }, { narrow: 2, wide: 6 });
  });

  it('asks a first refresh’s pages before the total is known only as far as the slow start, so a small account gets no burst of empty pages', async () => {
    const provider = new FakeProvider({ ticketCount: 15, delayMs: 2, randomAccess: true, requestSlots: { limit: 3, burstLimit: 24 } });
    await refresherFor(provider, { concurrency: 8 }).refresh();
    // Three slots: two pages and the change signal, itself a list call here.
    assert.equal(provider.count('listTickets'), 2);
  });

  it('asks for the pages a refresh knows of and its change signal at once when the slots allow a burst beyond their slow start', async () => {
    const peakWith = async (burstLimit: number): Promise<number> => {
      // 7 pages of 20 and the change signal: 8 reads the tree waits for; details are held to the limit of 2.
      const provider = new FakeProvider({ ticketCount: 140, delayMs: 2, randomAccess: true, requestSlots: { limit: 2, burstLimit } });
      const refresher = refresherFor(provider, { concurrency: 8 });
      await refresher.refresh();
      provider.peakInFlight = 0;
      await refresher.refresh();
      return provider.peakInFlight;
    };
    assert.deepEqual({ burst: await peakWith(8), none: await peakWith(2) }, { burst: 8, none: 2 });
  });
});
