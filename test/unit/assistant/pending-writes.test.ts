import * as assert from 'node:assert/strict';
import { canonicalJson, CONFIRMATION_TTL_MS, PendingWrites } from '../../../src/assistant/confirmations';

describe('assistant write gate (PendingWrites)', () => {
  it('gives a held plan once, for the same tool and the same input in any property order', () => {
    const pending = new PendingWrites<string>();
    pending.hold('reply', { ticketId: 'T1', text: 'hello' }, 'plan');
    assert.equal(pending.take('reply', { text: 'hello', ticketId: 'T1' }), 'plan');
    assert.equal(pending.take('reply', { text: 'hello', ticketId: 'T1' }), undefined);
  });

  it('gives nothing for an input that differs from the confirmed one, or for another tool', () => {
    const pending = new PendingWrites<string>();
    pending.hold('reply', { ticketId: 'T1', text: 'hello' }, 'plan');
    assert.equal(pending.take('reply', { ticketId: 'T1', text: 'hello!' }), undefined);
    assert.equal(pending.take('create', { ticketId: 'T1', text: 'hello' }), undefined);
    assert.equal(pending.take('reply', { ticketId: 'T1', text: 'hello' }), 'plan');
  });

  it('forgets a plan whose invoke did not come within the time limit', () => {
    let now = 1_000;
    const pending = new PendingWrites<string>(() => now);
    pending.hold('reply', { text: 'a' }, 'plan');
    now += CONFIRMATION_TTL_MS;
    assert.equal(pending.take('reply', { text: 'a' }), undefined);
    assert.equal(pending.size, 0);
  });

  it('writes canonical JSON with sorted keys at every depth', () => {
    assert.equal(canonicalJson({ b: 1, a: { d: [2, { f: 1, e: 0 }], c: undefined } }), '{"a":{"d":[2,{"e":0,"f":1}]},"b":1}');
  });
});
