import assert from 'node:assert/strict';
import { attentionCount, needsActionTotal } from '../../../src/core/notify';
import { createSnapshot, type AccountSnapshot } from '../../../src/core/refresh';
import type { TicketSummary } from '../../../src/core/ticket';
import { fakeTicket } from '../refresh/fake-provider';

function snapshot(accountId: string, tickets: readonly TicketSummary[]): AccountSnapshot {
  return createSnapshot({ accountId, state: 'fresh', fetchedAt: 1, tickets });
}

describe('badge and status bar counts', () => {
  const a = snapshot('a', [fakeTicket(0), fakeTicket(1), fakeTicket(2)]); // needs-action, in-progress, in-progress
  const b = snapshot('b', [fakeTicket(5), fakeTicket(3)]); // needs-action, closed

  it('needsActionTotal sums the needs-action counts of all accounts', () => {
    assert.equal(needsActionTotal([a, b]), 2);
  });

  it('counts each ticket that needs action or has unread replies once, unread from what was seen', () => {
    const unread = new Set(['a/T00000', 'a/T00001']);
    const count = attentionCount([a, b], (accountId, ticket) => (unread.has(`${accountId}/${ticket.id}`) ? { ...ticket, unreadCount: 1 } : ticket));
    assert.deepEqual(count, { total: 3, needsAction: 2, unread: 2 });
  });
});
