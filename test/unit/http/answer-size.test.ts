/**
 * An answer that never ends, or is far larger than any answer of the API, must not take the extension
 * host's memory with it: the shared transport stops reading at MAX_ANSWER_BYTES and says so. Against the
 * emulator's `oversize` fault over real sockets.
 */
import assert from 'node:assert/strict';
import { isTicketError } from '../../../src/core/errors';
import { MAX_ANSWER_BYTES } from '../../../src/providers/http/no-answer';
import { errorText, inEnglish } from '../../../src/shared/errorText';
import { FAST_RETRY, NO_RETRY, TransportHarness } from './harness';

const OVER_THE_LIMIT = MAX_ANSWER_BYTES + 1024 * 1024;

describe('shared transport: answers larger than it reads', () => {
  let h: TransportHarness;
  before(async () => {
    h = await TransportHarness.start();
  });
  beforeEach(() => h.emulator.control.reset());
  after(() => h.close());

  it('stops reading a read answer at the limit and says why, retrying as after any server fault', async () => {
    h.emulator.control.injectFault({ provider: 'aliyun', action: 'ListTickets', times: 2, fault: { kind: 'oversize', bytes: OVER_THE_LIMIT } });
    const error = await h
      .transport({ retryPolicy: FAST_RETRY })
      .send(h.workorder('ListTickets', 'read', { pageNumber: 1, pageSize: 1 }))
      .then(
        () => undefined,
        (caught: unknown) => caught,
      );
    // Two oversize answers, then the third attempt is answered normally.
    assert.equal(error, undefined);
    assert.equal(h.emulator.control.requests().filter((entry) => entry.action === 'ListTickets').length, 3);
  });

  it('fails a write whose answer is too large as possibly applied, with a sentence naming the limit', async () => {
    h.emulator.control.injectFault({ provider: 'aliyun', action: 'ReplyTicket', fault: { kind: 'oversize', bytes: OVER_THE_LIMIT } });
    const error = await h
      .transport({ retryPolicy: NO_RETRY })
      .send(h.workorder('ReplyTicket', 'write', { ticketId: 'T-any', content: 'hello' }))
      .then(
        () => assert.fail('the call was expected to fail'),
        (caught: unknown) => caught,
      );
    assert.ok(isTicketError(error));
    assert.deepEqual(
      { kind: error.kind, reason: error.reason, ambiguous: error.ambiguous, writes: h.emulator.control.requests().filter((entry) => entry.action === 'ReplyTicket').length },
      { kind: 'server', reason: { id: 'answer-too-large', limitMegabytes: 64 }, ambiguous: true, writes: 1 },
    );
    assert.match(errorText(error, inEnglish), /larger than 64 MB, so it was not read\./);
  });

  it('reads an answer just under the limit to its end (the filler is then judged by the reader, not cut off)', async () => {
    h.emulator.control.injectFault({ provider: 'aliyun', action: 'ListTickets', fault: { kind: 'oversize', bytes: MAX_ANSWER_BYTES - 1024 } });
    let bytesRead = 0;
    const call = h.workorder('ListTickets', 'read', { pageNumber: 1, pageSize: 1 });
    await h
      .transport({ retryPolicy: NO_RETRY })
      .send({
        ...call,
        read: (answer, context) => {
          bytesRead = answer.body.length;
          return call.read(answer, context);
        },
      })
      .catch(() => undefined);
    assert.equal(bytesRead, MAX_ANSWER_BYTES - 1024);
  });
});
