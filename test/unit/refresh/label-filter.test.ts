// Filtering an account's tickets by label: the server does it where the provider says it can
// (`listFilters.labels`), else the listed tickets are matched by label name; the cache keeps the filter.
import assert from 'node:assert/strict';
import { parseSnapshot, serializeSnapshot } from '../../../src/core/cache';
import type { ListFilterCapability } from '../../../src/core/capabilities';
import { matchesFilter, normalizeFilter, sameFilter, splitFilter, type AccountFilter } from '../../../src/core/refresh/filter';
import { emptySnapshot } from '../../../src/core/refresh/snapshot';
import type { TicketSummary } from '../../../src/core/ticket';

const URGENT = { id: '1', name: 'urgent' };
const PROD = { id: '2', name: '生产环境' };
const ALL: ListFilterCapability = { keyword: true, statusGroups: true, createdRange: true, ids: true, labels: true };

function ticket(id: string, labels?: string[]): TicketSummary {
  return { id, title: `Ticket ${id}`, status: { code: '1', label: 'In progress', group: 'in-progress', known: true }, ...(labels ? { labels } : {}) };
}

describe('label filter', () => {
  it('asks the server for the label ids when the provider lists by label', () => {
    const { server, local } = splitFilter({ labels: [PROD, URGENT] }, ALL);
    assert.deepEqual([server.labelIds, local.labels], [['1', '2'], undefined]);
  });

  it('matches the label names locally when the provider cannot list by label', () => {
    const { server, local } = splitFilter({ labels: [URGENT] }, { ...ALL, labels: undefined });
    const kept = [ticket('a', ['urgent']), ticket('b', ['other']), ticket('c')].filter((t) => matchesFilter(t, local));
    assert.deepEqual([server.labelIds, kept.map((t) => t.id)], [undefined, ['a']]);
  });

  it('keeps a ticket that carries any one of the labels', () => {
    const filter: AccountFilter = { labels: [URGENT, PROD] };
    assert.deepEqual(
      [ticket('a', ['生产环境']), ticket('b', ['urgent', 'x']), ticket('c', ['x'])].filter((t) => matchesFilter(t, filter)).map((t) => t.id),
      ['a', 'b'],
    );
  });

  it('treats the same labels in another order as the same filter, and no labels as none', () => {
    assert.deepEqual([sameFilter({ labels: [URGENT, PROD] }, { labels: [PROD, URGENT] }), normalizeFilter({ labels: [] }), sameFilter({ labels: [URGENT] }, {})], [true, {}, false]);
  });

  it('survives the snapshot cache (labels with id and name), dropping malformed entries', () => {
    const snapshot = emptySnapshot('acc-1', { labels: [URGENT] });
    const file = JSON.parse(serializeSnapshot(snapshot));
    file.filter.labels.push({ id: 3 }, 'bad');
    assert.deepEqual(parseSnapshot(JSON.stringify(file), 'acc-1')?.filter.labels, [URGENT]);
  });
});
