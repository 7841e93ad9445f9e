import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import {
  buildAcs3Headers,
  canonicalizeRpcParams,
  computeAcs3Signature,
  computeRpcV1Signature,
  flattenRpcParams,
  parseAcs3Authorization,
  percentEncode,
  signAcs3Request,
  signRpcV1Request,
  signaturesEqual,
} from '../../../src/providers/aliyun/signer';

const credentials = { accessKeyId: 'testid', accessKeySecret: 'testsecret' };
const stsCredentials = { ...credentials, securityToken: 'CAIS-token+/=' };

function commonHeaders(extra: Record<string, string> = {}): Record<string, string> {
  return {
    ...buildAcs3Headers({
      host: 'workorder.aliyuncs.com',
      action: 'GetTicket',
      version: '2021-06-10',
      date: '2025-06-10T08:30:00Z',
      nonce: 'n1',
      contentType: 'application/x-www-form-urlencoded',
    }),
    ...extra,
  };
}

describe('aliyun percentEncode', () => {
  it('keeps the RFC 3986 unreserved characters literal', () => {
    assert.equal(percentEncode('AZaz09-_.~'), 'AZaz09-_.~');
  });

  it('encodes the characters encodeURIComponent leaves alone', () => {
    assert.equal(percentEncode("!'()*"), '%21%27%28%29%2A');
  });

  it('encodes a space as %20, never +', () => {
    assert.equal(percentEncode('a b+c'), 'a%20b%2Bc');
  });

  it('writes upper-case hex over UTF-8 bytes, 4 bytes for an emoji', () => {
    assert.equal(percentEncode('备😀/'), '%E5%A4%87%F0%9F%98%80%2F');
  });

  it('encodes a lone surrogate as U+FFFD instead of throwing', () => {
    assert.equal(percentEncode('\uD83D'), '%EF%BF%BD');
  });
});

describe('aliyun RPC v1 parameter flattening', () => {
  it('expands arrays to 1-based Key.N and stringifies scalars', () => {
    assert.deepEqual(flattenRpcParams({ StatusList: ['a', 'b'], PageSize: 10, Encrypt: false }), {
      'StatusList.1': 'a',
      'StatusList.2': 'b',
      PageSize: '10',
      Encrypt: 'false',
    });
  });

  it('expands objects inside arrays to Key.N.Sub', () => {
    assert.deepEqual(flattenRpcParams({ Tag: [{ Key: 'k', Value: 'v' }] }), { 'Tag.1.Key': 'k', 'Tag.1.Value': 'v' });
  });

  it('drops null and undefined but keeps an empty string', () => {
    assert.deepEqual(flattenRpcParams({ A: null, B: undefined, C: '', D: [null, 'x'] }), { C: '', 'D.2': 'x' });
  });

  it('sorts after flattening, so .10 comes before .2', () => {
    const list = Array.from({ length: 11 }, (_, i) => `s${i + 1}`);
    const keys = canonicalizeRpcParams(flattenRpcParams({ L: list }))
      .split('&')
      .map((pair) => pair.split('=')[0]);
    assert.deepEqual(keys.slice(0, 4), ['L.1', 'L.10', 'L.11', 'L.2']);
  });
});

describe('aliyun RPC v1 signature', () => {
  const params = { Action: 'GetTicket', Version: '2021-06-10', TicketId: '0005PYGCW', AccessKeyId: 'testid' };

  it('ignores a received Signature parameter', () => {
    const plain = computeRpcV1Signature({ method: 'POST', params, accessKeySecret: 'testsecret' });
    const received = computeRpcV1Signature({ method: 'POST', params: { ...params, Signature: 'x' }, accessKeySecret: 'testsecret' });
    assert.equal(received.signature, plain.signature);
  });

  it('signs the HTTP method', () => {
    const post = computeRpcV1Signature({ method: 'POST', params, accessKeySecret: 'testsecret' });
    const get = computeRpcV1Signature({ method: 'GET', params, accessKeySecret: 'testsecret' });
    assert.notEqual(post.signature, get.signature);
  });

  it('accepts the decoded multi-map a server parses', () => {
    const fromMap = computeRpcV1Signature({
      method: 'POST',
      params: new Map(Object.entries(params).map(([k, v]) => [k, [v]])),
      accessKeySecret: 'testsecret',
    });
    assert.equal(fromMap.signature, computeRpcV1Signature({ method: 'POST', params, accessKeySecret: 'testsecret' }).signature);
  });

  it('signs the form body parameters together with the query', () => {
    const sign = (content: string) =>
      signRpcV1Request({
        method: 'POST',
        action: 'ReplyTicket',
        version: '2021-06-10',
        body: { Content: content },
        credentials,
        timestamp: '2025-06-10T08:30:00Z',
        nonce: 'n1',
      }).query.Signature;
    assert.notEqual(sign('a'), sign('b'));
  });

  it('puts the STS token in the query as SecurityToken and signs it', () => {
    const signed = signRpcV1Request({
      method: 'POST',
      action: 'GetTicket',
      version: '2021-06-10',
      credentials: stsCredentials,
      timestamp: '2025-06-10T08:30:00Z',
      nonce: 'n1',
    });
    assert.deepEqual([signed.query.SecurityToken, signed.signature.flattenedParams.SecurityToken], ['CAIS-token+/=', 'CAIS-token+/=']);
  });

  it('adds the Signature as the last query parameter and never signs it', () => {
    const signed = signRpcV1Request({ method: 'POST', action: 'ListProducts', version: '2021-06-10', credentials });
    assert.deepEqual([Object.keys(signed.query).at(-1), 'Signature' in signed.signature.flattenedParams], ['Signature', false]);
  });

  it('formats a Date timestamp without milliseconds', () => {
    const signed = signRpcV1Request({
      method: 'POST',
      action: 'ListProducts',
      version: '2021-06-10',
      credentials,
      timestamp: new Date(Date.UTC(2025, 5, 10, 8, 30, 0, 123)),
    });
    assert.equal(signed.query.Timestamp, '2025-06-10T08:30:00Z');
  });
});

describe('aliyun V3 (ACS3-HMAC-SHA256) signature', () => {
  it('adds and signs x-acs-security-token and x-acs-accesskey-id for STS credentials', () => {
    const signed = signAcs3Request({ method: 'POST', headers: commonHeaders(), body: 'TicketId=1', credentials: stsCredentials });
    assert.deepEqual(
      [signed.headers['x-acs-security-token'], signed.signature.signedHeaders.split(';').filter((name) => name === 'x-acs-security-token' || name === 'x-acs-accesskey-id')],
      ['CAIS-token+/=', ['x-acs-accesskey-id', 'x-acs-security-token']],
    );
  });

  it('sends no STS header for a long-term key', () => {
    const signed = signAcs3Request({ method: 'POST', headers: commonHeaders(), body: 'TicketId=1', credentials });
    assert.equal(signed.signature.signedHeaders.includes('x-acs-security-token'), false);
  });

  it('hashes the exact body bytes, whatever their type', () => {
    const fromString = signAcs3Request({ method: 'POST', headers: commonHeaders(), body: 'Content=é', credentials });
    const fromBytes = signAcs3Request({ method: 'POST', headers: commonHeaders(), body: new Uint8Array(Buffer.from('Content=é')), credentials });
    assert.deepEqual([fromBytes.signature.hashedPayload, fromBytes.signature.signature], [createHash('sha256').update('Content=é').digest('hex'), fromString.signature.signature]);
  });

  it('signs neither accept nor user-agent', () => {
    const signed = signAcs3Request({ method: 'POST', headers: commonHeaders({ 'user-agent': 'x' }), credentials });
    assert.equal(/accept|user-agent/.test(signed.signature.signedHeaders), false);
  });

  it('replaces a caller-supplied content hash instead of signing it twice', () => {
    const signed = signAcs3Request({
      method: 'POST',
      headers: commonHeaders({ 'X-Acs-Content-Sha256': 'stale' }),
      body: 'a=1',
      credentials,
    });
    assert.equal(signed.signature.canonicalHeaders.match(/x-acs-content-sha256/g)?.length, 1);
  });

  it('sorts duplicate query keys by value and encodes keys', () => {
    const result = computeAcs3Signature({
      method: 'GET',
      query: new Map([
        ['b k', ['2', '1']],
        ['a', ['x']],
      ]),
      headers: {},
      accessKeyId: 'id',
      accessKeySecret: 's',
    });
    assert.equal(result.canonicalQueryString, 'a=x&b%20k=1&b%20k=2');
  });

  it('trims, sorts and comma-joins repeated header values', () => {
    const result = computeAcs3Signature({
      method: 'GET',
      headers: { 'x-acs-b': [' 2 ', '1'], Host: ' h ' },
      accessKeyId: 'id',
      accessKeySecret: 's',
    });
    assert.equal(result.canonicalHeaders, 'host:h\nx-acs-b:1,2\n');
  });
});

describe('aliyun V3 server-side verification', () => {
  function received(body: string) {
    const signed = signAcs3Request({ method: 'POST', query: { PageSize: '10' }, headers: commonHeaders(), body, credentials: stsCredentials });
    const headers = Object.fromEntries(Object.entries(signed.headers).map(([k, v]) => [k.toLowerCase(), v]));
    return { signed, headers };
  }

  it('recomputes the client signature from the received request', () => {
    const { signed, headers } = received('TicketId=1');
    const auth = parseAcs3Authorization(headers.authorization);
    assert.ok(auth);
    const recomputed = computeAcs3Signature({
      method: 'POST',
      query: new Map([['PageSize', ['10']]]),
      headers,
      body: Buffer.from('TicketId=1'),
      signedHeaders: auth.signedHeaders,
      accessKeyId: auth.accessKeyId,
      accessKeySecret: 'testsecret',
    });
    assert.ok(signaturesEqual(auth.signature, recomputed.signature), signed.signature.canonicalRequest);
  });

  it('detects a tampered body through the payload hash', () => {
    const { headers } = received('TicketId=1');
    const auth = parseAcs3Authorization(headers.authorization);
    assert.ok(auth);
    const recomputed = computeAcs3Signature({
      method: 'POST',
      query: { PageSize: '10' },
      headers,
      body: 'TicketId=2',
      signedHeaders: auth.signedHeaders,
      accessKeyId: auth.accessKeyId,
      accessKeySecret: 'testsecret',
    });
    assert.notEqual(recomputed.hashedPayload, headers['x-acs-content-sha256']);
  });

  it('rejects a malformed Authorization header', () => {
    assert.equal(parseAcs3Authorization('ACS3-HMAC-SHA256 Credential=a, SignedHeaders=host, Signature=00'), undefined);
  });
});
