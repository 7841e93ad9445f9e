import assert from 'node:assert/strict';
import { resolveStatus, type StatusDefinition } from '../../../src/core/status';

const table: Record<string, StatusDefinition> = {
  '3': { group: 'needs-action', label: 'Waiting for your feedback' },
  '6': { group: 'closed', label: 'Completed' },
};

describe('resolveStatus', () => {
  it('maps a known code to its group and keeps the native label', () => {
    assert.deepEqual(resolveStatus(3, table), { group: 'needs-action', code: '3', label: 'Waiting for your feedback', known: true });
  });

  it('keeps an unknown code visible as "Unknown (n)"', () => {
    assert.deepEqual(resolveStatus('42', table), { group: 'in-progress', code: '42', label: 'Unknown (42)', known: false });
  });

  it('does not treat inherited object keys as statuses', () => {
    assert.equal(resolveStatus('toString', table).known, false);
  });
});
