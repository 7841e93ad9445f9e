/** Signature verification of the Alibaba routes (spec §8.5) over loopback, with the project's signer. */
import { strict as assert } from 'node:assert';
import { startEmulator, type RunningEmulator } from '../../../src/emulator';
import { acs3Request, callV1, callV3, jsonOf, rawRequest, rpcV1Request, TEST_KEY, type SignedCall } from './helpers';

const LIST: SignedCall = { action: 'ListTickets', query: { PageNumber: '1', PageSize: '5' } };
const STS = {
  accessKeyId: 'STS.NTestSessionKey0001',
  accessKeySecret: 'teststssecret',
  securityToken: 'CAIS8gF1q6Ft5B2yfSjIr5bTEMLRnuwX+ZKkZWHrjEMNf9tJn/Hmizz2IHhMeXNtAeAdsvg1mW1Q6/0Zlr1oSoRFSFLZaI8u1psNqVj4tGSI3B3ZhOK7bAZo==',
};

describe('emulator: Alibaba signature verification', () => {
  let emulator: RunningEmulator;
  before(async () => {
    emulator = await startEmulator({ providers: ['aliyun'] });
  });
  afterEach(() => emulator.control.reset());
  after(() => emulator.close());

  const code = async (call: Promise<{ text: string; status: number }>) => {
    const result = await call;
    return `${result.status} ${String(JSON.parse(result.text).Code)}`;
  };

  for (const [name, send] of [
    ['RPC v1', callV1],
    ['V3', callV3],
  ] as const) {
    describe(name, () => {
      it('accepts a correctly signed request', async () => {
        assert.equal(await code(send(emulator.url, LIST)), '200 0');
      });

      it('rejects a wrong secret with SignatureDoesNotMatch', async () => {
        assert.equal(await code(send(emulator.url, { ...LIST, credentials: { ...TEST_KEY, accessKeySecret: 'wrong' } })), '400 SignatureDoesNotMatch');
      });

      it('rejects an unknown key with 404 InvalidAccessKeyId.NotFound', async () => {
        assert.equal(await code(send(emulator.url, { ...LIST, credentials: { accessKeyId: 'nobody', accessKeySecret: 'x' } })), '404 InvalidAccessKeyId.NotFound');
      });

      it('rejects a disabled key', async () => {
        const disabled = { accessKeyId: 'LTAI5tDisabledKey000001', accessKeySecret: 'disabledsecret' };
        assert.equal(await code(send(emulator.url, { ...LIST, credentials: disabled })), '400 InvalidAccessKeyId.Inactive');
      });

      it('rejects a timestamp more than 15 minutes old', async () => {
        const old = new Date(Date.now() - 16 * 60_000);
        assert.equal(await code(send(emulator.url, { ...LIST, timestamp: old })), '400 InvalidTimeStamp.Expired');
      });

      it('accepts a timestamp 14 minutes in the future of the emulator clock', async () => {
        emulator.control.clock.advance(-14 * 60_000);
        assert.equal(await code(send(emulator.url, LIST)), '200 0');
      });

      it('rejects a nonce used twice', async () => {
        const call = { ...LIST, nonce: `nonce-${name}-reuse` };
        await send(emulator.url, call);
        assert.equal(await code(send(emulator.url, call)), '400 SignatureNonceUsed');
      });

      it('accepts an STS key with its token', async () => {
        assert.equal(await code(send(emulator.url, { ...LIST, credentials: STS })), '200 0');
      });

      it('rejects an STS key without its token', async () => {
        const { securityToken: _token, ...withoutToken } = STS;
        assert.equal(await code(send(emulator.url, { ...LIST, credentials: withoutToken })), '400 InvalidSecurityToken.Malformed');
      });

      it('rejects an expired STS token', async () => {
        emulator.control.addCredential({
          provider: 'aliyun',
          accessKeyId: 'STS.shortlived',
          accessKeySecret: 's',
          securityToken: 'tok',
          securityTokenExpiresAt: Date.now() + 60_000,
          accountId: '1234567890123456',
        });
        emulator.control.clock.advance(2 * 60_000);
        const credentials = { accessKeyId: 'STS.shortlived', accessKeySecret: 's', securityToken: 'tok' };
        assert.equal(await code(send(emulator.url, { ...LIST, credentials, timestamp: new Date(emulator.control.clock.now()) })), '400 InvalidSecurityToken.Expired');
      });

      it("rejects another key's STS token as a mismatch", async () => {
        emulator.control.addCredential({ provider: 'aliyun', accessKeyId: 'STS.second', accessKeySecret: 's2', securityToken: 'tok2', accountId: '1234567890123456' });
        assert.equal(await code(send(emulator.url, { ...LIST, credentials: { ...STS, securityToken: 'tok2' } })), '400 InvalidSecurityToken.MismatchWithAccessKey');
      });
    });
  }

  it('v1: echoes the server string-to-sign in the SignatureDoesNotMatch message', async () => {
    const body = jsonOf(await callV1(emulator.url, { ...LIST, credentials: { ...TEST_KEY, accessKeySecret: 'wrong' } }));
    assert.match(String(body.Message), /^Specified signature is not matched with our calculation\. server string to sign is:POST&%2F&AccessKeyId%3Dtestid%26Action%3DListTickets/);
  });

  it('v1: a tampered form-body parameter breaks the signature', async () => {
    const signed = rpcV1Request({ action: 'GetTicket', body: { TicketId: '00004FM1C' } });
    const result = await rawRequest(emulator.url, { ...signed, body: String(signed.body).replace('00004FM1C', '00004FM1D') });
    assert.equal(jsonOf(result).Code, 'SignatureDoesNotMatch');
  });

  it('v1: a missing SignatureNonce is reported as MissingSignatureNonce', async () => {
    const signed = rpcV1Request(LIST);
    const result = await rawRequest(emulator.url, { ...signed, path: signed.path.replace(/&SignatureNonce=[^&]*/, '') });
    assert.equal(`${result.status} ${String(jsonOf(result).Code)}`, '400 MissingSignatureNonce');
  });

  it('v1: accepts pop-core style POSTs with every parameter, Signature included, in the form body', async () => {
    const signed = rpcV1Request(LIST);
    const result = await rawRequest(emulator.url, { method: 'POST', path: '/', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: signed.path.slice(2) });
    assert.equal(result.status, 200);
  });

  it('v1: a GET request is verified with GET in the string-to-sign', async () => {
    assert.equal(await code(callV1(emulator.url, { ...LIST, method: 'GET' })), '200 0');
  });

  it('V3: a tampered body (hash no longer matches) is rejected', async () => {
    const signed = acs3Request({ action: 'ListTickets', query: { PageNumber: '1', PageSize: '5' }, body: { Keyword: 'backup' } });
    const result = await rawRequest(emulator.url, { ...signed, body: 'Keyword=restore' });
    assert.equal(`${result.status} ${String(jsonOf(result).Code)}`, '400 SignatureDoesNotMatch');
  });

  it('V3: a tampered query parameter is rejected', async () => {
    const signed = acs3Request(LIST);
    const result = await rawRequest(emulator.url, { ...signed, path: signed.path.replace('PageSize=5', 'PageSize=6') });
    assert.equal(jsonOf(result).Code, 'SignatureDoesNotMatch');
  });

  it('V3: an x-acs-* header left out of SignedHeaders is IncompleteSignature', async () => {
    const signed = acs3Request(LIST);
    const result = await rawRequest(emulator.url, { ...signed, headers: { ...signed.headers, 'x-acs-extra': 'unsigned' } });
    assert.equal(jsonOf(result).Code, 'IncompleteSignature');
  });

  it('V3: a malformed Authorization header is IncompleteSignature', async () => {
    const signed = acs3Request(LIST);
    const result = await rawRequest(emulator.url, { ...signed, headers: { ...signed.headers, Authorization: 'ACS3-HMAC-SHA256 Credential=testid' } });
    assert.equal(jsonOf(result).Code, 'IncompleteSignature');
  });

  it('V3: header name case and value whitespace do not matter', async () => {
    const signed = acs3Request(LIST);
    const headers = Object.fromEntries(Object.entries(signed.headers ?? {}).map(([k, v]) => [k.startsWith('x-acs-') ? k.toUpperCase() : k, k === 'x-acs-action' ? `  ${v} ` : v]));
    assert.equal((await rawRequest(emulator.url, { ...signed, headers })).status, 200);
  });

  it('answers RAM denials with 403 Forbidden.RAM and an AccessDeniedDetail naming the action', async () => {
    emulator.control.deny('aliyun', 'testid', 'ListTickets');
    const body = jsonOf(await callV3(emulator.url, LIST));
    const detail = JSON.parse(String(body.AccessDeniedDetail)) as Record<string, string>;
    assert.deepEqual([body.Code, detail.AuthAction, detail.NoPermissionType], ['Forbidden.RAM', 'ram:ListTickets', 'ImplicitDeny']);
  });

  it('applies fixture denials to the read-only sub-user for writes only', async () => {
    const readOnly = { accessKeyId: 'LTAI5tReadOnlySubUser01', accessKeySecret: 'readonlysubusersecret0000000001' };
    const read = await callV3(emulator.url, { ...LIST, credentials: readOnly });
    const write = await callV3(emulator.url, { action: 'CloseTicket', body: { TicketId: 'X' }, credentials: readOnly });
    assert.deepEqual([read.status, write.status, jsonOf(write).Code], [200, 403, 'Forbidden.RAM']);
  });
});
