/**
 * The shared transport itself (src/providers/http), against the emulator over real sockets: request
 * ids handed to the reader, reads retried and writes sent once, every call settled by its deadline,
 * no secret in any error it raises, streamed bodies sent exactly as announced, the server's clock.
 */
import assert from 'node:assert/strict';
import { callDeadlineMs } from '../../../src/core/deadline';
import { isTicketError, TicketError } from '../../../src/core/errors';
import { ConcurrencyLimiter } from '../../../src/core/limiter';
import { chunkSource, FAST_RETRY, NO_RETRY, TransportHarness, type Seen } from './harness';
import { secretLeaks } from '../../support/secret-leaks';
import { errorText, inEnglish } from '../../../src/shared/errorText';

/** The error as the user reads it, in English. */
const sentence = (error: unknown): string => errorText(error, inEnglish);

const CANARY = { accessKeyId: 'LTAIcanaryHttp00001', accessKeySecret: 'canary-sk-http-7a1c93e0', securityToken: 'canary-sts-http-52be0d4f' };
const CANARIES = [CANARY.accessKeySecret, CANARY.securityToken];

async function failureOf(work: Promise<unknown>): Promise<unknown> {
  return work.then(
    () => assert.fail('the call was expected to fail'),
    (error: unknown) => error,
  );
}

describe('shared signed transport (src/providers/http) against the emulator', () => {
  let h: TransportHarness;
  before(async () => {
    h = await TransportHarness.start();
  });
  beforeEach(() => h.emulator.control.reset());
  after(() => h.close());

  describe('request ids', () => {
    it('hands the reader the request id of a success answer', async () => {
      const { body, context } = await h.transport().send(h.workorder('ListTickets', 'read', { pageNumber: 1, pageSize: 1 }));
      assert.equal(typeof body.RequestId, 'string');
      assert.equal(context.requestId, body.RequestId);
    });

    it('hands the reader the request id of an error answer, so the error names it', async () => {
      let bodyId: unknown;
      const call = h.workorder('GetTicket', 'read', { ticketId: 'T-none' });
      const error = await failureOf(
        h.transport().send({
          ...call,
          read: (answer, context) => {
            bodyId = (JSON.parse(answer.text()) as { RequestId?: unknown }).RequestId;
            return call.read(answer, context);
          },
        }),
      );
      assert.ok(isTicketError(error));
      assert.deepEqual([typeof bodyId, error.requestId], ['string', bodyId]);
    });

    it('takes the first of the listed request-id headers the answer carries (storage answers have their own)', async () => {
      const transport = h.transport();
      const { url } = await h.putUrl(transport, 'a.txt');
      let seen: string | undefined;
      await transport.send({
        ...h.putCall(url, Buffer.from('x')),
        read: (answer, context) => {
          seen = context.requestId;
          assert.equal(answer.header('x-oss-request-id'), context.requestId);
          return answer.status;
        },
      });
      assert.match(seen ?? '', /\S/);
    });
  });

  describe('reads are retried, writes are sent once', () => {
    it('retries a read after dropped connections until it succeeds', async () => {
      h.emulator.control.injectFault({ provider: 'aliyun', action: 'ListTickets', times: 2, fault: { kind: 'close' } });
      await h.transport({ retryPolicy: FAST_RETRY }).send(h.workorder('ListTickets', 'read', { pageNumber: 1, pageSize: 1 }));
      assert.equal(h.calls('ListTickets'), 3);
    });

    it("retries a read on a server error answer, and gives up after the policy's attempts", async () => {
      h.emulator.control.injectFault({ provider: 'aliyun', action: 'ListTickets', times: 5, fault: { kind: 'error', status: 500, code: 'InternalError', message: 'boom' } });
      const error = await failureOf(h.transport({ retryPolicy: FAST_RETRY }).send(h.workorder('ListTickets', 'read', { pageNumber: 1, pageSize: 1 })));
      assert.deepEqual([isTicketError(error, 'server'), h.calls('ListTickets')], [true, FAST_RETRY.maxAttempts]);
    });

    it('sends a write once; a dropped connection after sending makes it ambiguous', async () => {
      h.emulator.control.injectFault({ provider: 'aliyun', action: 'CloseTicket', times: 3, fault: { kind: 'commit-then-drop' } });
      const error = await failureOf(h.transport({ retryPolicy: FAST_RETRY }).send(h.workorder('CloseTicket', 'write', { ticketId: 'T-none' })));
      assert.ok(isTicketError(error, 'network'));
      assert.deepEqual([error.ambiguous, h.calls('CloseTicket')], [true, 1]);
    });

    it('a write refused before it left (connection refused) is not ambiguous', async () => {
      const error = await failureOf(h.transport().send(h.workorder('CloseTicket', 'write', { ticketId: 'T-none' }, {}, 'http://127.0.0.1:1')));
      assert.ok(isTicketError(error, 'network'));
      assert.deepEqual([error.code, error.ambiguous], ['ECONNREFUSED', false]);
    });
  });

  describe('every call settles by its deadline', () => {
    const TIMEOUT_MS = 300;
    const deadlineMs = callDeadlineMs(TIMEOUT_MS, NO_RETRY);

    it('a read queued behind a slot that is never freed fails as DeadlineExceeded, unsent', async () => {
      const limiter = new ConcurrencyLimiter(1);
      void limiter.run(() => new Promise<void>(() => undefined));
      const started = Date.now();
      const error = await failureOf(h.transport({ limiter, timeoutMs: TIMEOUT_MS }).send(h.workorder('ListTickets', 'read', { pageNumber: 1, pageSize: 1 })));
      const elapsed = Date.now() - started;
      assert.ok(isTicketError(error, 'network'));
      assert.deepEqual([error.code, error.ambiguous, h.calls('ListTickets')], ['DeadlineExceeded', false, 0]);
      assert.ok(elapsed >= deadlineMs - 50 && elapsed <= deadlineMs + 400, `settled after ${elapsed} ms, deadline ${deadlineMs} ms`);
    });

    it("the deadline covers the call's prerequisite (work before a slot is taken)", async () => {
      const error = await failureOf(h.transport({ timeoutMs: TIMEOUT_MS }).send(h.workorder('ListTickets', 'read', {}, { prerequisite: () => new Promise<void>(() => undefined) })));
      assert.ok(isTicketError(error, 'network'));
      assert.equal(error.code, 'DeadlineExceeded');
    });

    it('an attempt without an answer times out with the request timeout', async () => {
      h.emulator.control.injectFault({ provider: 'aliyun', action: 'ListTickets', fault: { kind: 'delay', ms: 1_500 } });
      const started = Date.now();
      const error = await failureOf(h.transport({ timeoutMs: TIMEOUT_MS }).send(h.workorder('ListTickets', 'read', { pageNumber: 1, pageSize: 1 })));
      assert.ok(isTicketError(error, 'network'));
      assert.ok(Date.now() - started < 1_000, 'gave up at the attempt timeout');
      assert.match(sentence(error), /No answer within/);
    });

    it("a caller's abort ends the call with the caller's reason", async () => {
      h.emulator.control.addLatency({ provider: 'aliyun', action: 'ListTickets', ms: 1_000 });
      const controller = new AbortController();
      setTimeout(() => controller.abort(new Error('user cancelled')), 30);
      const error = await failureOf(h.transport().send(h.workorder('ListTickets', 'read', {}, { signal: controller.signal })));
      assert.equal((error as Error).message, 'user cancelled');
    });
  });

  describe('no secret in any error the transport raises', () => {
    const canaryTransport = (timeoutMs = 2_000) => h.transport({ key: CANARY, timeoutMs });
    const scenarios: { name: string; run: () => Promise<unknown>; code?: string }[] = [
      { name: 'connection refused', run: () => canaryTransport().send(h.workorder('ListTickets', 'read', {}, {}, 'http://127.0.0.1:1')), code: 'ECONNREFUSED' },
      {
        name: 'connection dropped',
        run: () => {
          h.emulator.control.injectFault({ provider: 'aliyun', fault: { kind: 'close' } });
          return canaryTransport().send(h.workorder('ListTickets', 'read'));
        },
      },
      {
        name: 'attempt timeout',
        run: () => {
          h.emulator.control.injectFault({ provider: 'aliyun', fault: { kind: 'delay', ms: 800 } });
          return canaryTransport(150).send(h.workorder('ListTickets', 'read'));
        },
      },
      {
        name: 'deadline',
        code: 'DeadlineExceeded',
        run: () => {
          const limiter = new ConcurrencyLimiter(1);
          void limiter.run(() => new Promise<void>(() => undefined));
          return h.transport({ key: CANARY, limiter, timeoutMs: 100 }).send(h.workorder('ListTickets', 'read'));
        },
      },
      {
        name: 'body source failing with the secrets in its message',
        code: 'ContentUnreadable',
        run: async () => {
          const { url } = await h.putUrl(h.transport(), 'a.txt');
          const failing = chunkSource(10, [Buffer.from('12345'), Object.assign(new Error(`disk said ${CANARIES.join(' ')}`), { code: 'EIO' })]);
          return canaryTransport().send({
            ...h.putCall(url, failing),
            request: { sign: (credentials) => ({ method: 'PUT', url, headers: { 'content-type': 'application/octet-stream', 'x-security-token': credentials.securityToken ?? '' }, body: failing }) },
          });
        },
      },
    ];
    for (const scenario of scenarios) {
      it(`${scenario.name}: the error holds no secret anywhere`, async () => {
        const error = await failureOf(scenario.run());
        assert.ok(isTicketError(error), `not a TicketError: ${String(error)}`);
        if (scenario.code) assert.equal(error.code, scenario.code);
        assert.deepEqual(secretLeaks(error, CANARIES), []);
      });
    }

    it("a presigned URL's signature stays out of the errors of its request", async () => {
      const { url } = await h.putUrl(h.transport(), 'a.txt');
      const signature = new URL(url).searchParams.get('Signature') ?? '';
      const unreachable = url.replace(h.emulator.url, 'http://127.0.0.1:1');
      const error = await failureOf(
        h.transport().send(h.putCall(unreachable, Buffer.from('x'), { request: { presigned: { method: 'PUT', url: unreachable, headers: {}, body: Buffer.from('x'), secrets: [signature] } } })),
      );
      assert.deepEqual([isTicketError(error, 'network'), secretLeaks(error, [signature])], [true, []]);
    });

    it("the scan finds a secret hidden in a cause's request headers (the check can fail)", () => {
      const hidden = Object.assign(new Error('x'), { config: { headers: { 'X-Security-Token': CANARY.securityToken } } });
      const wrapper = new TicketError({ kind: 'network', message: 'outer' });
      Object.defineProperty(wrapper, 'cause', { value: hidden });
      assert.ok(secretLeaks(wrapper, CANARIES).length > 0);
    });
  });

  describe('streamed bodies', () => {
    it('sends a body from its source with its size as Content-Length; the server stores exactly those bytes', async () => {
      const transport = h.transport();
      const { objectKey, url } = await h.putUrl(transport, 'log.txt');
      const chunks = [Buffer.from('first '), Buffer.from('second '), Buffer.from('third')];
      const source = chunkSource(18, chunks);
      const progress: number[] = [];
      await transport.send(h.putCall(url, source, { onUploadProgress: (sent, total) => progress.push(sent, total) }));
      assert.deepEqual(h.emulator.control.attachment('aliyun', objectKey), Buffer.concat(chunks));
      const stored = (h.emulator.control.state('aliyun') as { attachments: { ObjectKey: string; ReceivedBytes?: number; Framing?: string }[] }).attachments.find((a) => a.ObjectKey === objectKey);
      assert.deepEqual([stored?.ReceivedBytes, stored?.Framing], [18, 'length'], 'sent once, with a Content-Length (not chunked)');
      assert.equal(source.opened, 1);
      assert.deepEqual(progress.slice(-2), [18, 18]);
    });

    it('sends only the bytes a typed-array view covers, not its whole buffer', async () => {
      const transport = h.transport();
      const { objectKey, url } = await h.putUrl(transport, 'view.txt');
      const whole = new Uint8Array(Buffer.from('0123456789'));
      await transport.send(h.putCall(url, whole.subarray(3, 7)));
      assert.deepEqual(h.emulator.control.attachment('aliyun', objectKey), Buffer.from('3456'));
    });

    for (const [name, size, chunks] of [
      // The pause lets a complete body reach the server before the source shows it was wrong.
      ['grew past its size (the extra bytes start a new chunk)', 6, [Buffer.from('abcdef'), 150, Buffer.from('g')]],
      ['grew past its size (inside a chunk)', 6, [Buffer.from('abc'), Buffer.from('defg')]],
      ['ended short of its size', 6, [Buffer.from('abc')]],
    ] as const) {
      it(`a source that ${name} fails as ContentChanged and nothing is stored`, async () => {
        const transport = h.transport();
        const { objectKey, url } = await h.putUrl(transport, 'changing.log');
        const error = await failureOf(transport.send(h.putCall(url, chunkSource(size, chunks))));
        assert.ok(isTicketError(error, 'invalid-input'), String(error));
        assert.deepEqual([error.code, error.ambiguous, h.emulator.control.attachment('aliyun', objectKey)], ['ContentChanged', false, undefined]);
      });
    }
  });

  it("learns the server's clock from the answers' Date header and hands it to the reader", async () => {
    h.emulator.control.clock.set(Date.now() + 10 * 60_000);
    const transport = h.transport();
    const seen: Seen = await transport.send(h.workorder('ListTickets', 'read', { pageNumber: 1, pageSize: 1 }));
    h.emulator.control.clock.useRealTime();
    const skew = transport.serverClock.skewMs ?? 0;
    assert.ok(Math.abs(skew - 10 * 60_000) < 2_000, `skew ${skew} ms`);
    // The reader sees the clock as it stood after this very answer.
    assert.equal(seen.context.clockSkewMs, skew);
  });

  it('asks for the credentials on every attempt (refreshed temporary keys are used)', async () => {
    let asked = 0;
    const transport = h.transport({
      credentials: async () => {
        asked++;
        return { accessKeyId: 'LTAItestOwner0001', accessKeySecret: 'owner-secret-0001' };
      },
      retryPolicy: FAST_RETRY,
    });
    h.emulator.control.injectFault({ provider: 'aliyun', action: 'ListTickets', fault: { kind: 'close' } });
    await transport.send(h.workorder('ListTickets', 'read', { pageNumber: 1, pageSize: 1 }));
    assert.equal(asked, 2);
  });
});
