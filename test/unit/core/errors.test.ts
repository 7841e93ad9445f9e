import assert from 'node:assert/strict';
import { describeError, isTicketError, TicketError, unsupportedOperation } from '../../../src/core/errors';

describe('describeError', () => {
  it('names the request id', () => {
    const text = describeError('server', { provider: 'Alibaba Cloud', requestId: 'REQ-123' });
    assert.match(text, /Request ID: REQ-123\./);
  });

  it('tells an auth failure to re-enter the key', () => {
    assert.match(describeError('auth', { provider: 'Alibaba Cloud' }), /enter it again/);
  });

  it('names the denied permission and keeps the account signed in', () => {
    const text = describeError('permission', { provider: 'Alibaba Cloud', deniedAction: 'ram:ListTickets' });
    assert.match(text, /ram:ListTickets.*stays signed in/s);
  });

  it('ends every part as a sentence', () => {
    const text = describeError('invalid-input', { provider: 'X', detail: 'Params illegal', code: 'param.illegal' });
    assert.equal(text, 'X rejected the request as invalid. param.illegal: Params illegal. Check the entered values and try again.');
  });
});

describe('TicketError', () => {
  it('is recognised by kind', () => {
    const error = new TicketError({ kind: 'throttled', message: 'slow down' });
    assert.deepEqual([isTicketError(error, 'throttled'), isTicketError(error, 'auth')], [true, false]);
  });

  it('reports unsupported operations as invalid input', () => {
    assert.equal(unsupportedOperation('Alibaba Cloud', 'ReopenTicket').kind, 'invalid-input');
  });
});
