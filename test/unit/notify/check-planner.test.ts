import assert from 'node:assert/strict';
import { CHECK_INTERVALS, checkClassOf, pickTicketsToCheck, type CheckCandidate } from '../../../src/core/notify';
import type { StatusGroup } from '../../../src/core/status';
import type { TicketSummary } from '../../../src/core/ticket';

const NOW = Date.UTC(2026, 0, 10);
const MINUTE = 60_000;

function listed(group: StatusGroup, createdAt = NOW - 10 * 86_400_000): TicketSummary {
  return { id: 'T', title: 't', status: { group, code: group, label: group, known: true }, createdAt };
}

describe('note-check planner', () => {
  it('never checks closed tickets', () => {
    assert.equal(checkClassOf(listed('closed'), { unread: 0, awaitingSupport: true }, NOW), undefined);
  });

  it('classes: waiting for support, recent, quiet, waiting for the customer', () => {
    const classes = [
      checkClassOf(listed('in-progress'), { unread: 0, awaitingSupport: true }, NOW),
      checkClassOf(listed('in-progress'), { unread: 0, lastActivityAt: NOW - 2 * 60 * MINUTE }, NOW),
      checkClassOf(listed('in-progress'), { unread: 0, lastActivityAt: NOW - 3 * 86_400_000 }, NOW),
      checkClassOf(listed('needs-action'), { unread: 0, awaitingSupport: true }, NOW),
    ];
    assert.deepEqual(classes, ['awaiting-support', 'recent', 'quiet', 'awaiting-customer']);
  });

  it('picks never-read tickets first, then the most overdue relative to its interval', () => {
    const candidates: CheckCandidate[] = [
      { ticketId: 'quiet-late', checkClass: 'quiet', checkedAt: NOW - 90 * MINUTE }, // 1.5 intervals
      { ticketId: 'support-late', checkClass: 'awaiting-support', checkedAt: NOW - 15 * MINUTE }, // 3 intervals
      { ticketId: 'never', checkClass: 'quiet' },
      { ticketId: 'not-due', checkClass: 'recent', checkedAt: NOW - 5 * MINUTE },
    ];
    assert.deepEqual(pickTicketsToCheck(candidates, NOW, 10), ['never', 'support-late', 'quiet-late']);
  });

  it('gives at most the number of checks the tick has', () => {
    const candidates = Array.from({ length: 5 }, (_, i): CheckCandidate => ({ ticketId: `T${i}`, checkClass: 'quiet' }));
    assert.deepEqual(pickTicketsToCheck(candidates, NOW, 1), ['T0']);
  });

  it('under overload every class is stretched by the same factor (simulated day, 1 check a minute)', () => {
    const classes = [...Array(10).fill('awaiting-support'), ...Array(90).fill('quiet')] as CheckCandidate['checkClass'][];
    const checkedAt = new Map<string, number>();
    const counts = new Map<string, number>();
    for (let minute = 0; minute < 24 * 60; minute++) {
      const now = NOW + minute * MINUTE;
      const candidates = classes.map((checkClass, i): CheckCandidate => ({ ticketId: `T${i}`, checkClass, ...(checkedAt.has(`T${i}`) ? { checkedAt: checkedAt.get(`T${i}`) } : {}) }));
      for (const id of pickTicketsToCheck(candidates, now, 1)) {
        checkedAt.set(id, now);
        counts.set(id, (counts.get(id) ?? 0) + 1);
      }
    }
    const support = (counts.get('T0') ?? 0) / 24;
    const quiet = (counts.get('T50') ?? 0) / 24;
    // Demand: 10 × 12/h + 90 × 1/h = 210/h for 60/h of checks: factor 3.5, so ~3.4/h and ~0.29/h.
    assert.ok(Math.abs(support / quiet - CHECK_INTERVALS.quiet / CHECK_INTERVALS['awaiting-support']) <= 2.5, `support ${support}/h, quiet ${quiet}/h`);
    assert.ok(support >= 3, `support ${support}/h`);
  });
});
