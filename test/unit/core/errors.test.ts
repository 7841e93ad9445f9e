import assert from 'node:assert/strict';
import { isTicketError, TicketError, unsupportedOperation } from '../../../src/core/errors';

describe('TicketError', () => {
  it('is recognised by kind', () => {
    const error = new TicketError({ kind: 'throttled', message: 'slow down' });
    assert.deepEqual([isTicketError(error, 'throttled'), isTicketError(error, 'auth')], [true, false]);
  });

  it('reports unsupported operations as invalid input with the operation as a fact', () => {
    const error = unsupportedOperation('Alibaba Cloud', 'ReopenTicket');
    assert.deepEqual([error.kind, error.reason, error.provider], ['invalid-input', { id: 'unsupported-operation', operation: 'ReopenTicket' }, 'Alibaba Cloud']);
  });

  it('keeps a ready sentence apart from the facts, and gives a fact line for logs otherwise', () => {
    const ready = new TicketError({ kind: 'invalid-input', message: '请先写好回复。' });
    const facts = new TicketError({ kind: 'server', provider: 'Huawei Cloud', operation: 'ListCases', code: 'OSM.0004', httpStatus: 500, cloudMessage: 'busy', requestId: 'R1' });
    assert.deepEqual(
      [ready.presetMessage, ready.message, facts.presetMessage, facts.message],
      ['请先写好回复。', '请先写好回复。', undefined, 'server; in Huawei Cloud ListCases; code OSM.0004; HTTP 500; cloud said "busy"; request id R1'],
    );
  });
});
