import assert from 'node:assert/strict';
import { inspect } from 'node:util';
import { safeCause, scrubMessage } from '../../../src/core/error-cause';
import { TicketError } from '../../../src/core/errors';
import { faultOf, isAmbiguousFailure, stageOfConnectionError, type FailureEvidence } from '../../../src/core/failure-classification';
import { isRetryableError } from '../../../src/core/retry';

const write = (evidence: Omit<FailureEvidence, 'intent'>): boolean => isAmbiguousFailure({ ...evidence, intent: 'write' });

describe('failure classification table', () => {
  it('calls a write ambiguous when no answer came, the answer was unreadable, or a gateway status came back', () => {
    assert.deepEqual(
      [
        write({ stage: 'no-answer', kind: 'network' }),
        write({ stage: 'unreadable', kind: 'server', httpStatus: 200 }),
        write({ stage: 'answered', kind: 'server', httpStatus: 502 }),
        write({ stage: 'answered', kind: 'server', httpStatus: 503 }),
        write({ stage: 'answered', kind: 'server', httpStatus: 504 }),
      ],
      [true, true, true, true, true],
    );
  });

  it('calls a write settled when it never left, was refused by throttling, or got a plain error answer', () => {
    assert.deepEqual(
      [
        write({ stage: 'not-sent', kind: 'network' }),
        write({ stage: 'answered', kind: 'throttled', httpStatus: 503 }),
        write({ stage: 'answered', kind: 'server', httpStatus: 500 }),
        write({ stage: 'answered', kind: 'invalid-input', httpStatus: 400 }),
      ],
      [false, false, false, false],
    );
  });

  it('never calls a read ambiguous', () => {
    assert.equal(isAmbiguousFailure({ stage: 'no-answer', kind: 'network', intent: 'read' }), false);
  });

  it('tells connections that never reached a server from those that may have', () => {
    assert.deepEqual(['ECONNREFUSED', 'ENOTFOUND', 'ECONNRESET', 'ECONNABORTED', undefined].map(stageOfConnectionError), ['not-sent', 'not-sent', 'no-answer', 'no-answer', 'no-answer']);
  });

  it("names whose move it is; a clock problem is the user's even when the cloud calls it authentication", () => {
    assert.deepEqual(
      [faultOf('auth'), faultOf('throttled'), faultOf('network'), faultOf('not-found'), faultOf('invalid-input', 'clock-skew'), faultOf('auth', 'token-expired')],
      ['credentials', 'cloud', 'network', 'user', 'user', 'credentials'],
    );
  });

  it('retries reads on transient kinds only, and never an authentication problem', () => {
    const retryable = (init: ConstructorParameters<typeof TicketError>[0]) => isRetryableError(new TicketError(init));
    assert.deepEqual(
      [
        retryable({ kind: 'server', message: 'x' }),
        retryable({ kind: 'network', message: 'x' }),
        retryable({ kind: 'throttled', message: 'x' }),
        retryable({ kind: 'auth', message: 'x' }),
        retryable({ kind: 'invalid-input', message: 'x', authFailure: 'clock-skew' }),
        retryable({ kind: 'not-found', message: 'x' }),
      ],
      [true, true, true, false, false, false],
    );
  });
});

describe('error causes keep safe facts only', () => {
  const TOKEN = 'canary-sts-token-7d1e';
  const axiosLike = Object.assign(new Error(`connect ECONNRESET https://user:pw@osm.example.com:8443/v2 ${TOKEN}`), {
    name: 'AxiosError',
    code: 'ECONNRESET',
    config: { url: 'https://user:pw@osm.example.com:8443/v2/servicerequest/cases', headers: { 'X-Security-Token': TOKEN, Authorization: 'SDK-HMAC-SHA256 Access=AK' } },
    request: { _header: `X-Security-Token: ${TOKEN}` },
  });

  it('keeps name, code, host and a message without URL credentials or secrets', () => {
    const cause = safeCause(axiosLike, [TOKEN]);
    assert.deepEqual([cause.name, cause.code, cause.host, cause.message], ['AxiosError', 'ECONNRESET', 'osm.example.com:8443', 'connect ECONNRESET https://osm.example.com:8443/v2 ***']);
  });

  it('reduces any cause handed to a TicketError, so printing it cannot leak the request headers', () => {
    const error = new TicketError({ kind: 'network', message: 'Could not reach.', cause: axiosLike });
    assert.equal(/X-Security-Token|Authorization|user:pw/.test(inspect(error, { depth: 10, showHidden: true })), false);
  });

  it('drops user:password from every URL of a message', () => {
    assert.equal(scrubMessage('GET http://a:b@h/x then https://c@h2/'), 'GET http://h/x then https://h2/');
  });
});
