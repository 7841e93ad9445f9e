import assert from 'node:assert/strict';
import type { Capabilities } from '../../../src/core/capabilities';
import { allowedActions } from '../../../src/core/status-actions';
import type { TicketStatus } from '../../../src/core/status';

const BASE = {
  canCreate: true,
  canReply: true,
  canClose: true,
  canReopen: true,
  canRate: true,
  canUrge: true,
  canCancel: false,
  rating: { minScore: 1, maxScore: 5, solvedFlag: false, comment: true },
} as unknown as Capabilities;
const status = (code: string, group: TicketStatus['group'], known = true): TicketStatus => ({ code, group, label: code, known });
const sorted = (set: ReadonlySet<string>) => [...set].sort();

describe('allowedActions (which writes a ticket in a status can take)', () => {
  it('follows the status groups when the cloud gives no table, and never offers what the account lacks', () => {
    assert.deepEqual(sorted(allowedActions(BASE, status('2', 'in-progress'))), ['close', 'reply', 'urge']);
    assert.deepEqual(sorted(allowedActions(BASE, status('6', 'closed'))), ['rate', 'reopen']);
  });

  it("uses the cloud's table for the statuses it knows", () => {
    const can = { ...BASE, actionStatuses: { close: ['1', '2'], urge: ['1'] } } as Capabilities;
    assert.deepEqual(sorted(allowedActions(can, status('0', 'in-progress'))), ['reply']);
    assert.deepEqual(sorted(allowedActions(can, status('1', 'in-progress'))), ['close', 'reply', 'urge']);
  });

  it('falls back to the group for a status the provider does not know', () => {
    const can = { ...BASE, actionStatuses: { close: ['1'] } } as Capabilities;
    assert.ok(allowedActions(can, status('99', 'in-progress', false)).has('close'));
  });

  it('offers no rating without a rating shape', () => {
    assert.equal(allowedActions({ ...BASE, rating: undefined } as Capabilities, status('6', 'closed')).has('rate'), false);
  });
});
