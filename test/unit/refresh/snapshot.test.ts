import assert from 'node:assert/strict';
import { createSnapshot, summaryOf } from '../../../src/core/refresh';
import { fakeTicket } from './fake-provider';

describe('snapshot summaries', () => {
  it('copies only summary fields from a detail, and returns a summary it made as it is', () => {
    const detail = { ...fakeTicket(1, { unreadCount: 1, labels: ['a'] }), creatorId: 'someone' };
    const summary = summaryOf(detail);
    assert.deepEqual(
      {
        keys: Object.keys(summary).sort(),
        frozen: Object.isFrozen(summary) && Object.isFrozen(summary.status) && Object.isFrozen(summary.labels),
        again: summaryOf(summary) === summary,
        copy: summary !== detail,
      },
      { keys: ['createdAt', 'id', 'labels', 'severity', 'status', 'title', 'unreadCount'], frozen: true, again: true, copy: true },
    );
  });

  it('a frozen detail that looks like a summary is still copied', () => {
    const detail = Object.freeze({ ...fakeTicket(2) });
    assert.ok(!('description' in summaryOf(detail)));
  });

  it('a snapshot built from another one shares its tickets instead of copying them', () => {
    const first = createSnapshot({ accountId: 'a', state: 'fresh', tickets: [fakeTicket(0), fakeTicket(1)] });
    const second = createSnapshot({ ...first, state: 'stale' });
    assert.ok(second.tickets.every((ticket, index) => ticket === first.tickets[index]));
  });
});
