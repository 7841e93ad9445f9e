import assert from 'node:assert/strict';
import { detectTicketChanges, needsActionTotal } from '../../../src/core/notify';
import { createSnapshot, type AccountSnapshot } from '../../../src/core/refresh';
import type { TicketSummary } from '../../../src/core/ticket';
import { fakeTicket, STATUS } from './fake-provider';

function snapshot(tickets: readonly TicketSummary[], overrides: Partial<AccountSnapshot> = {}): AccountSnapshot {
  return createSnapshot({ accountId: 'acc', state: 'fresh', fetchedAt: 1, tickets, ...overrides });
}

const base = [fakeTicket(1), fakeTicket(2), fakeTicket(3)];

describe('detectTicketChanges', () => {
  it('reports nothing for the first snapshot of an account', () => {
    assert.deepEqual(detectTicketChanges(undefined, snapshot([fakeTicket(0)])), []);
  });

  it('reports nothing against a never-loaded snapshot', () => {
    const never = createSnapshot({ accountId: 'acc', state: 'stale', tickets: [] });
    assert.deepEqual(detectTicketChanges(never, snapshot([fakeTicket(0)])), []);
  });

  it('reports nothing when nothing changed', () => {
    assert.deepEqual(detectTicketChanges(snapshot(base), snapshot(base)), []);
  });

  it('reports a ticket that moved into needs-action', () => {
    const moved = { ...base[0], status: STATUS['needs-action'] };
    const changes = detectTicketChanges(snapshot(base), snapshot([moved, base[1], base[2]]));
    assert.deepEqual(changes.map((c) => [c.ticket.id, c.reasons]), [[moved.id, ['needs-action']]]);
  });

  it('reports a support reply when the unread count goes up', () => {
    const replied = { ...base[1], unreadCount: 1 };
    const changes = detectTicketChanges(snapshot(base), snapshot([base[0], replied, base[2]]));
    assert.deepEqual(changes.map((c) => [c.ticket.id, c.reasons]), [[replied.id, ['support-reply']]]);
  });

  it('does not report a falling unread count (the user read the reply)', () => {
    const before = [{ ...base[1], unreadCount: 2 }];
    assert.deepEqual(detectTicketChanges(snapshot(before), snapshot([{ ...base[1], unreadCount: 0 }])), []);
  });

  it('reports a new ticket that already needs action', () => {
    const arrived = fakeTicket(10, { status: STATUS['needs-action'] });
    const changes = detectTicketChanges(snapshot(base), snapshot([...base, arrived]));
    assert.deepEqual(changes.map((c) => c.ticket.id), [arrived.id]);
  });

  it('reports nothing when the filter changed between the snapshots', () => {
    const arrived = fakeTicket(10, { status: STATUS['needs-action'] });
    assert.deepEqual(detectTicketChanges(snapshot(base, { filter: { keyword: 'x' } }), snapshot([...base, arrived])), []);
  });

  it('reports nothing for a snapshot that is not fresh', () => {
    const moved = { ...base[0], status: STATUS['needs-action'] };
    assert.deepEqual(detectTicketChanges(snapshot(base), snapshot([moved], { state: 'offline' })), []);
  });

  it('needsActionTotal sums the needs-action counts of all accounts', () => {
    const a = snapshot([fakeTicket(0), fakeTicket(5)]);
    const b = snapshot([fakeTicket(10), fakeTicket(1)], { accountId: 'b' });
    assert.equal(needsActionTotal([a, b]), [...a.tickets, ...b.tickets].filter((t) => t.status.group === 'needs-action').length);
  });
});
