import assert from 'node:assert/strict';
import { isTicketError, TicketError } from '../../../src/core/errors';
import { KEY, OWNER_TICKETS, OWNER_UID, STS_KEY } from './emulator-fixtures';
import { AliyunHarness, FAST_RETRY } from './harness';
import { errorText, inEnglish } from '../../../src/shared/errorText';

/** The error as the user reads it, in English. */
const sentence = (error: unknown): string => errorText(error, inEnglish);

const TICKET = OWNER_TICKETS[1].TicketId;

async function failure(promise: Promise<unknown>): Promise<TicketError> {
  try {
    await promise;
  } catch (error) {
    if (isTicketError(error)) {
      return error;
    }
    throw error;
  }
  throw new Error('expected a TicketError');
}

describe('aliyun provider: every error kind through the real client and the emulator', () => {
  let harness: AliyunHarness;

  before(async () => {
    harness = await AliyunHarness.start();
  });
  beforeEach(() => harness.reset());
  after(() => harness.close());

  describe('auth', () => {
    it('a wrong secret is an auth error (SignatureDoesNotMatch)', async () => {
      const error = await failure(harness.provider('2021-06-10', { credentials: { ...KEY, accessKeySecret: 'wrong' } }).verifyCredentials());
      assert.deepEqual([error.kind, error.code], ['auth', 'SignatureDoesNotMatch']);
    });

    it('an unknown key is an auth error even though it is HTTP 404', async () => {
      const error = await failure(harness.provider('2021-06-10', { credentials: { accessKeyId: 'LTAInobody', accessKeySecret: 'x' } }).verifyCredentials());
      assert.deepEqual([error.kind, error.code, error.httpStatus], ['auth', 'InvalidAccessKeyId.NotFound', 404]);
    });

    it('an STS key works with its security token', async () => {
      await harness.provider('2021-06-10', { credentials: STS_KEY }).verifyCredentials();
    });

    it('an STS key without its token is an auth error', async () => {
      const { securityToken: _token, ...withoutToken } = STS_KEY;
      const error = await failure(harness.provider('2021-06-10', { credentials: withoutToken }).verifyCredentials());
      assert.equal(error.kind, 'auth');
    });

    it('an expired STS token is an auth error that says so', async () => {
      harness.emulator.control.addCredential({ provider: 'aliyun', ...STS_KEY, accountId: OWNER_UID, securityTokenExpiresAt: Date.now() - 1000 });
      const error = await failure(harness.provider('2021-06-10', { credentials: STS_KEY }).verifyCredentials());
      assert.deepEqual([error.kind, error.code, /expired/.test(sentence(error))], ['auth', 'InvalidSecurityToken.Expired', true]);
    });

    it('never puts the secret, the token or the echoed request text in the sentence (v1 mismatch)', async () => {
      const provider = harness.provider('2021-06-10', { signatureAlgorithm: 'RPC-v1-HMAC-SHA1', credentials: { ...STS_KEY, accessKeySecret: 'not-the-secret' } });
      const error = await failure(provider.reply(TICKET, { body: 'my private reply text' }));
      assert.ok(![STS_KEY.accessKeyId, 'not-the-secret', STS_KEY.securityToken, 'private'].some((secret) => error.message.includes(secret)), error.message);
    });
  });

  it('signs with RPC v1 (HMAC-SHA1) as well, body parameters included', async () => {
    const provider = harness.provider('2021-06-10', { signatureAlgorithm: 'RPC-v1-HMAC-SHA1' });
    const { messageId } = await provider.reply(TICKET, { body: 'via v1: 中文 & spaces' });
    assert.ok(messageId);
  });

  it('a clock off by more than 15 minutes is reported with a clock hint', async () => {
    harness.emulator.control.clock.set(Date.now() + 20 * 60_000);
    const error = await failure(harness.provider('2021-06-10').verifyCredentials());
    assert.deepEqual([error.code, /clock/.test(sentence(error))], ['InvalidTimeStamp.Expired', true]);
  });

  describe('permission', () => {
    it('a RAM denial is a permission error naming the denied action', async () => {
      harness.emulator.control.deny('aliyun', KEY.accessKeyId, 'GetTicket');
      const error = await failure(harness.provider('2021-06-10').getTicket(TICKET));
      assert.deepEqual([error.kind, error.deniedAction, sentence(error).includes('ram:GetTicket')], ['permission', 'ram:GetTicket', true]);
    });

    it('a denial of one action leaves the others working', async () => {
      harness.emulator.control.deny('aliyun', KEY.accessKeyId, 'GetTicket');
      const page = await harness.provider('2021-06-10').listTickets({}, { pageSize: 1 });
      assert.equal(page.items.length, 1);
    });

    it("401 illegal.auth (not the caller's resource) is a per-request permission error, not a logout", async () => {
      harness.emulator.control.injectFault({
        provider: 'aliyun',
        action: 'GetTicket',
        fault: { kind: 'error', status: 401, code: 'illegal.auth', message: 'You are not authorized to perform the operation.' },
      });
      const error = await failure(harness.provider('2021-06-10').getTicket(TICKET));
      assert.equal(error.kind, 'permission');
    });
  });

  describe('throttled', () => {
    const throttling = { kind: 'error', status: 400, code: 'Throttling.User', message: 'Request was denied due to user flow control.' } as const;

    it('a throttled read is retried and succeeds', async () => {
      harness.emulator.control.injectFault({ provider: 'aliyun', action: 'ListTickets', fault: throttling });
      await harness.provider('2021-06-10').listTickets({}, {});
      assert.equal(harness.calls('ListTickets'), 2);
    });

    it('a read throttled every time ends as a throttled error after the retry budget', async () => {
      harness.emulator.control.addThrottle({ provider: 'aliyun', action: 'ListTickets', limit: 0 });
      const error = await failure(harness.provider('2021-06-10').listTickets({}, {}));
      assert.deepEqual([error.kind, harness.calls('ListTickets')], ['throttled', FAST_RETRY.maxAttempts]);
    });

    it('a throttled write is not retried', async () => {
      harness.emulator.control.injectFault({ provider: 'aliyun', action: 'ReplyTicket', fault: throttling });
      const error = await failure(harness.provider('2021-06-10').reply(TICKET, { body: 'once' }));
      assert.deepEqual([error.kind, harness.calls('ReplyTicket')], ['throttled', 1]);
    });

    it('waits at least the x-acs-retry-after the server asked for', async () => {
      harness.emulator.control.injectFault({ provider: 'aliyun', action: 'ListTickets', fault: { ...throttling, headers: { 'x-acs-retry-after': '150' } } });
      const started = Date.now();
      await harness.provider('2021-06-10').listTickets({}, {});
      assert.ok(Date.now() - started >= 150);
    });
  });

  describe('server', () => {
    it('a persistent 500 System.error is a server error after the retry budget', async () => {
      harness.emulator.control.injectFault({
        provider: 'aliyun',
        action: 'GetTicket',
        times: 10,
        fault: { kind: 'error', status: 500, code: 'System.error', message: 'An error occurred while processing your request.' },
      });
      const error = await failure(harness.provider('2021-06-10').getTicket(TICKET));
      assert.deepEqual([error.kind, harness.calls('GetTicket')], ['server', FAST_RETRY.maxAttempts]);
    });

    it('malformed JSON is a clear server error', async () => {
      harness.emulator.control.injectFault({ provider: 'aliyun', action: 'ListTickets', times: 10, fault: { kind: 'malformed-json' } });
      const error = await failure(harness.provider('2021-06-10').listTickets({}, {}));
      assert.deepEqual([error.kind, error.code], ['server', 'InvalidResponse']);
    });

    it('an HTML error page from a proxy is a server error, not a crash', async () => {
      harness.emulator.control.injectFault({
        provider: 'aliyun',
        action: 'GetTicket',
        times: 10,
        fault: { kind: 'http', status: 502, body: '<html>Bad Gateway</html>', headers: { 'content-type': 'text/html' } },
      });
      const error = await failure(harness.provider('2021-06-10').getTicket(TICKET));
      assert.deepEqual([error.kind, error.httpStatus], ['server', 502]);
    });

    it('malformed JSON after a write is flagged as possibly applied and not retried', async () => {
      harness.emulator.control.injectFault({ provider: 'aliyun', action: 'CloseTicket', fault: { kind: 'malformed-json' } });
      const error = await failure(harness.provider('2021-06-10').close(TICKET));
      assert.deepEqual([error.kind, error.ambiguous, harness.calls('CloseTicket')], ['server', true, 1]);
    });

    it('names the request id in the sentence', async () => {
      harness.emulator.control.injectFault({
        provider: 'aliyun',
        action: 'CloseTicket',
        fault: { kind: 'error', status: 500, code: 'System.error', message: 'An error occurred while processing your request.' },
      });
      const error = await failure(harness.provider('2021-06-10').close(TICKET));
      assert.ok(error.requestId && sentence(error).includes(`Request ID: ${error.requestId}`), sentence(error));
    });
  });

  describe('network', () => {
    it('a dropped connection on a read is retried and succeeds', async () => {
      harness.emulator.control.injectFault({ provider: 'aliyun', action: 'GetTicket', fault: { kind: 'close' } });
      const detail = await harness.provider('2021-06-10').getTicket(TICKET);
      assert.equal(detail.id, TICKET);
    });

    it('a connection dropped every time is a network error', async () => {
      harness.emulator.control.injectFault({ provider: 'aliyun', action: 'GetTicket', times: 10, fault: { kind: 'close' } });
      const error = await failure(harness.provider('2021-06-10').getTicket(TICKET));
      assert.equal(error.kind, 'network');
    });

    it('a write whose connection drops after the commit is flagged as possibly applied', async () => {
      harness.emulator.control.injectFault({ provider: 'aliyun', action: 'CreateTicket', fault: { kind: 'commit-then-drop' } });
      const provider = harness.provider('2021-06-10');
      const error = await failure(provider.createTicket({ directory: '2', product: '7200', category: '793', severity: '1', description: 'dropped after commit' }));
      const found = await provider.listTickets({ keyword: 'dropped after commit' }, {});
      assert.deepEqual([error.kind, error.ambiguous, found.items.length], ['network', true, 1]);
    });

    it('a request slower than the timeout is a network error', async () => {
      harness.emulator.control.injectFault({ provider: 'aliyun', action: 'CloseTicket', fault: { kind: 'delay', ms: 1000 } });
      const error = await failure(harness.provider('2021-06-10', { timeoutMs: 150 }).close(TICKET));
      assert.deepEqual([error.kind, /No answer within/.test(sentence(error))], ['network', true]);
    });

    it('a refused connection is a network error that was certainly not applied', async () => {
      const error = await failure(harness.provider('2021-06-10', { endpoint: 'http://127.0.0.1:1' }).close(TICKET));
      assert.deepEqual([error.kind, error.ambiguous], ['network', false]);
    });
  });

  describe('not-found', () => {
    it('an action the endpoint does not serve is not-found with a settings hint', async () => {
      harness.emulator.control.injectFault({
        provider: 'aliyun',
        action: 'ListTickets',
        fault: { kind: 'error', status: 404, code: 'InvalidAction.NotFound', message: 'Specified api is not found, please check your url and method.' },
      });
      const error = await failure(harness.provider('2021-06-10').listTickets({}, {}));
      assert.deepEqual([error.kind, /endpoint/.test(sentence(error))], ['not-found', true]);
    });

    it('an unknown ticket id is not-found', async () => {
      const error = await failure(harness.provider('2021-06-10').listMessages('NOSUCH01', {}));
      assert.equal(error.kind, 'not-found');
    });
  });

  describe('invalid-input', () => {
    it('a server validation error is invalid input with the server text', async () => {
      harness.emulator.control.injectFault({ provider: 'aliyun', action: 'ReplyTicket', fault: { kind: 'error', status: 400, code: 'param.illegal', message: 'Params illegal.' } });
      const error = await failure(harness.provider('2021-06-10').reply(TICKET, { body: 'x' }));
      assert.deepEqual([error.kind, sentence(error).includes('“Params illegal”')], ['invalid-input', true]);
    });
  });
});
