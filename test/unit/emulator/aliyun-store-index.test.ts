// The Alibaba emulator pages through a per-owner index instead of filtering and sorting every ticket
// per call; on random stores it must answer exactly what the plain filter-and-sort answers.
import * as assert from 'node:assert/strict';
import { ControllableClock } from '../../../src/emulator/clock';
import type { AliyunTicketFixture } from '../../../src/emulator/aliyun/fixtures';
import { sampleAliyunFixtures } from '../../../src/emulator/aliyun/sample-data';
import { WorkorderStore, type ListFilter, type StoredTicket } from '../../../src/emulator/aliyun/store';

/** A small deterministic generator (the same store on every run). */
function seeded(seed: number): () => number {
  let state = seed;
  return () => (state = (state * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31;
}

function storeWith(count: number, random: () => number): WorkorderStore {
  const base = sampleAliyunFixtures();
  const tickets: AliyunTicketFixture[] = Array.from({ length: count }, (_, i) => ({
    TicketId: `T${String(i).padStart(7, '0')}`,
    Title: i % 7 === 0 ? `disk full ${i}` : `ticket ${i}`,
    Description: i % 11 === 0 ? 'Disk is FULL' : 'other',
    CategoryId: '7161',
    Severity: 1,
    Status: 1 + Math.floor(random() * 6),
    CreatorId: random() < 0.7 ? 'owner-a' : 'owner-b',
    // Few distinct times, so ties are common and the id order decides.
    CreateTime: 1_700_000_000_000 + Math.floor(random() * 50) * 1_000,
    Notes: [],
  }));
  return new WorkorderStore({ ...base, tickets }, new ControllableClock());
}

/** What the store answered before it had an index: filter everything, sort, slice. */
function reference(store: WorkorderStore, uid: string, filter: ListFilter, offset: number, limit: number) {
  const keyword = filter.keyword?.toLowerCase();
  const all = [...store.tickets.values()]
    .filter((t) => t.creatorId === uid)
    .filter((t) => !filter.statuses || filter.statuses.includes(t.status))
    .filter((t) => !filter.ticketIds || filter.ticketIds.includes(t.ticketId))
    .filter((t) => !keyword || t.description.toLowerCase().includes(keyword) || t.title.toLowerCase().includes(keyword))
    .filter((t) => filter.createdFrom === undefined || t.createTime >= filter.createdFrom)
    .filter((t) => filter.createdTo === undefined || t.createTime <= filter.createdTo)
    .sort((a, b) => b.createTime - a.createTime || (a.ticketId < b.ticketId ? 1 : -1));
  return { total: all.length, ids: all.slice(offset, offset + limit).map((t) => t.ticketId) };
}

const ids = (items: readonly StoredTicket[]) => items.map((t) => t.ticketId);

describe('aliyun emulator store index', () => {
  it('pages exactly like filter-and-sort, for every kind of filter', () => {
    const random = seeded(7);
    const store = storeWith(2_000, random);
    const filters: ListFilter[] = [
      {},
      { statuses: [3, 5] },
      { keyword: 'disk' },
      { createdFrom: 1_700_000_010_000, createdTo: 1_700_000_030_000 },
      { ticketIds: ['T0000001', 'T0000002', 'T0001999', 'T0000002', 'NOPE'] },
      { statuses: [1], keyword: 'full' },
    ];
    for (const filter of filters) {
      for (const uid of ['owner-a', 'owner-b', 'nobody']) {
        for (const [offset, limit] of [
          [0, 10],
          [90, 30],
          [1_380, 100],
          [5_000, 10],
        ]) {
          const page = store.page(uid, filter, offset, limit);
          assert.deepEqual({ total: page.total, ids: ids(page.items) }, reference(store, uid, filter, offset, limit), JSON.stringify({ filter, uid, offset }));
        }
      }
    }
  });

  it('puts a new ticket in its place and counts it', () => {
    const store = storeWith(500, seeded(11));
    const before = store.count('owner-a');
    const created = store.createTicket({ title: 'new', description: 'new', categoryId: '7161', severity: 1, creatorId: 'owner-a', customerName: 'me' } as Parameters<
      WorkorderStore['createTicket']
    >[0]);
    assert.equal(store.count('owner-a'), before + 1);
    assert.deepEqual(ids(store.page('owner-a', {}, 0, 1_000).items), reference(store, 'owner-a', {}, 0, 1_000).ids);
    assert.equal(store.page('owner-a', { ticketIds: [created.ticketId] }, 0, 10).total, 1);
  });

  it('starts again from the fixtures on reset', () => {
    const store = storeWith(50, seeded(3));
    store.createTicket({ title: 'extra', description: 'extra', categoryId: '7161', severity: 1, creatorId: 'owner-b', customerName: 'me' } as Parameters<WorkorderStore['createTicket']>[0]);
    store.reset();
    assert.deepEqual(ids(store.page('owner-b', {}, 0, 100).items), reference(store, 'owner-b', {}, 0, 100).ids);
  });
});
