/** The fault-schedule checks themselves must be able to fail: each is shown a case it has to catch. */
import assert from 'node:assert/strict';
import { TicketError } from '../../../src/core/errors';
import { secretLeaks } from '../../support/secret-leaks';
import { checkDuplicates, checkErrorShape, checkSettled, type CallRecord } from './invariants';
import type { Step } from './schedule';

const STEP: Step = { index: 3, flavour: 'huaweicloud', operation: 'reply', target: 0, disturbance: { type: 'none' }, skewMs: 0 };
const CANARY = 'canary-secret-123';

function failedCall(error: unknown): CallRecord {
  return { step: STEP, method: 'reply', elapsedMs: 10, boundMs: 100, failed: true, error };
}

describe('fault-schedule invariants', () => {
  it('finds a secret in a non-enumerable property deep in a cause chain, in a Map, and in bytes', () => {
    const hidden = new Error('inner');
    Object.defineProperty(hidden, 'config', { value: { headers: { 'X-Security-Token': CANARY } }, enumerable: false });
    const withCause = new Error('outer', { cause: hidden });
    const inMap = Object.assign(new Error('map'), { extra: new Map([['k', { v: CANARY }]]) });
    const inBytes = Object.assign(new Error('bytes'), { body: Buffer.from(`token=${CANARY}`) });
    assert.deepEqual(
      [withCause, inMap, inBytes, new Error('clean')].map((e) => secretLeaks(e, [CANARY]).length > 0),
      [true, true, true, false],
    );
  });

  it('asks for a TicketError with a sentence and the request id of an HTTP answer', () => {
    const good = new TicketError({ kind: 'server', message: 'The cloud had an internal error. Try again later.', httpStatus: 500, requestId: 'R1' });
    const noId = new TicketError({ kind: 'server', message: 'The cloud had an internal error. Try again later.', httpStatus: 500 });
    const noSentence = new TicketError({ kind: 'server', message: 'oops', requestId: 'R1' });
    const found = [good, noId, noSentence, new TypeError('x is undefined')].map((e) => checkErrorShape(failedCall(e)).map((v) => v.invariant));
    assert.deepEqual(found, [[], ['request-id'], ['error-shape'], ['error-shape']]);
  });

  it('flags a call that took longer than its bound or never settled', () => {
    const slow = { step: STEP, method: 'getTicket', elapsedMs: 101, boundMs: 100, failed: false };
    const hung = { ...slow, elapsedMs: 0, hung: true };
    assert.deepEqual(
      [slow, hung, { ...slow, elapsedMs: 100 }].map((c) => checkSettled(c).length),
      [1, 1, 0],
    );
  });

  it('counts a marker filed twice, and does not mistake marker 2 for marker 20', () => {
    const tickets = [
      { id: 'a', group: 'in-progress' as const, text: 'run [fs1/2]', messages: ['reply [fs1/20]'] },
      { id: 'b', group: 'in-progress' as const, text: 'run [fs1/2]', messages: ['reply [fs1/2]'] },
    ];
    const violations = checkDuplicates(
      tickets,
      new Map([['[fs1/2]', STEP]]),
      new Map([
        ['[fs1/2]', STEP],
        ['[fs1/20]', STEP],
      ]),
    );
    assert.deepEqual(
      violations.map((v) => v.detail),
      ['2 tickets filed for one create ([fs1/2])'],
    );
  });
});
