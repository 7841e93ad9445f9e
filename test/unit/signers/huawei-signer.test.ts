import assert from 'node:assert/strict';
import {
  computeSdkHmacSignature,
  formatSdkDate,
  parseSdkDate,
  parseSdkHmacAuthorization,
  sdkHmacCanonicalQueryString,
  sdkHmacCanonicalUri,
  signHuaweiRequest,
  signOsmRequest,
  UNSIGNED_PAYLOAD,
} from '../../../src/providers/huaweicloud/signer';

const credentials = { accessKeyId: 'testak', accessKeySecret: 'testsk' };
const base = 'https://osm.cn-south-1.myhuaweicloud.com';
const date = { 'X-Sdk-Date': '20260402T080000Z' };

describe('huawei canonical URI', () => {
  it('appends the trailing slash', () => {
    assert.equal(sdkHmacCanonicalUri('/v2/servicerequest/cases'), '/v2/servicerequest/cases/');
  });

  it('keeps an existing trailing slash single', () => {
    assert.equal(sdkHmacCanonicalUri('/v2/cases/'), '/v2/cases/');
  });

  it('gives the same URI for a decoded and a wire-encoded path', () => {
    assert.deepEqual([sdkHmacCanonicalUri('/a b/c*'), sdkHmacCanonicalUri('/a%20b/c%2A')], ['/a%20b/c%2A/', '/a%20b/c%2A/']);
  });

  it('keeps a lone % as a literal character', () => {
    assert.equal(sdkHmacCanonicalUri('/100%'), '/100%25/');
  });
});

describe('huawei canonical query string', () => {
  it('sorts the values of an array as strings and repeats the name', () => {
    assert.equal(sdkHmacCanonicalQueryString({ id: ['5', '12', '3'] }), 'id=12&id=3&id=5');
  });

  it('writes numbers, booleans and empty values as text', () => {
    assert.equal(sdkHmacCanonicalQueryString({ b: true, a: 0, c: '' }), 'a=0&b=true&c=');
  });

  it('encodes reserved characters, keeping ~', () => {
    assert.equal(sdkHmacCanonicalQueryString({ k: 'a b+c*~' }), 'k=a%20b%2Bc%2A~');
  });

  it('accepts the decoded multi-map a server parses', () => {
    assert.equal(sdkHmacCanonicalQueryString(new Map([['s', ['b', 'a']]])), 's=a&s=b');
  });
});

describe('huawei outgoing signature', () => {
  it('adds X-Sdk-Date in basic ISO format when absent', () => {
    const signed = signHuaweiRequest({ method: 'GET', url: `${base}/v2/x`, credentials, date: new Date(Date.UTC(2026, 3, 2, 8, 0, 0, 999)) });
    assert.equal(signed.headers['X-Sdk-Date'], '20260402T080000Z');
  });

  it('signs the host with a non-default port', () => {
    const signed = signHuaweiRequest({ method: 'GET', url: 'http://127.0.0.1:8443/v2/x', headers: date, credentials });
    assert.match(signed.signature.canonicalHeaders, /^host:127\.0\.0\.1:8443$/m);
  });

  it('adds and signs X-Security-Token for temporary credentials', () => {
    const signed = signHuaweiRequest({
      method: 'GET',
      url: `${base}/v2/x`,
      headers: date,
      credentials: { ...credentials, securityToken: 'tok' },
    });
    assert.deepEqual([signed.headers['X-Security-Token'], signed.signature.signedHeaders.split(';').includes('x-security-token')], ['tok', true]);
  });

  it('signs X-Domain-Id for OSM', () => {
    const signed = signOsmRequest({ method: 'GET', url: `${base}/v2/x`, headers: date, credentials, domainId: 'd1' });
    assert.equal(signed.signature.signedHeaders, 'content-type;host;x-domain-id;x-sdk-date');
  });

  it('signs multipart uploads with UNSIGNED-PAYLOAD and leaves the content-type unsigned', () => {
    const sign = (body: string) =>
      signOsmRequest({
        method: 'POST',
        url: `${base}/v2/servicerequest/accessorys`,
        headers: date,
        body,
        credentials,
        domainId: 'd1',
        contentType: 'multipart/form-data',
      });
    const first = sign('--b\r\nfile one');
    assert.deepEqual(
      [first.signature.payloadHash, first.signature.signedHeaders.includes('content-type'), first.headers['content-type'], sign('other').signature.signature],
      [UNSIGNED_PAYLOAD, false, 'multipart/form-data', first.signature.signature],
    );
  });

  it('hashes a JSON body', () => {
    const sign = (body: string) => signOsmRequest({ method: 'POST', url: `${base}/v2/servicerequest/cases`, headers: date, body, credentials, domainId: 'd1' });
    assert.notEqual(sign('{"a":1}').signature.signature, sign('{"a":2}').signature.signature);
  });
});

describe('huawei server-side verification', () => {
  function receive(extra: Record<string, string> = {}) {
    const signed = signOsmRequest({
      method: 'POST',
      url: `${base}/v2/servicerequest/cases/TS1/action`,
      query: { action_id: 'close' },
      headers: { ...date, 'X-Language': 'en-us' },
      body: '{"operate_desc":"ok"}',
      credentials,
      domainId: 'd1',
    });
    const headers = Object.fromEntries(Object.entries({ ...signed.headers, ...extra }).map(([k, v]) => [k.toLowerCase(), v]));
    const auth = parseSdkHmacAuthorization(headers.authorization);
    assert.ok(auth);
    return { headers, auth };
  }

  it('recomputes the client signature from the received request', () => {
    const { headers, auth } = receive();
    const result = computeSdkHmacSignature({
      method: 'POST',
      path: '/v2/servicerequest/cases/TS1/action',
      query: new Map([['action_id', ['close']]]),
      headers,
      body: Buffer.from('{"operate_desc":"ok"}'),
      signedHeaders: auth.signedHeaders,
      accessKeyId: auth.accessKeyId,
      accessKeySecret: 'testsk',
    });
    assert.equal(result.signature, auth.signature);
  });

  it('ignores an X-Sdk-Content-Sha256 that was not signed', () => {
    const { headers, auth } = receive({ 'X-Sdk-Content-Sha256': UNSIGNED_PAYLOAD });
    const result = computeSdkHmacSignature({
      method: 'POST',
      path: '/v2/servicerequest/cases/TS1/action',
      query: { action_id: 'close' },
      headers,
      body: '{"operate_desc":"tampered"}',
      signedHeaders: auth.signedHeaders,
      accessKeyId: auth.accessKeyId,
      accessKeySecret: 'testsk',
    });
    assert.notEqual(result.signature, auth.signature);
  });

  it('rejects an Authorization header without the spaces after the commas', () => {
    assert.equal(parseSdkHmacAuthorization(`SDK-HMAC-SHA256 Access=a,SignedHeaders=host,Signature=${'0'.repeat(64)}`), undefined);
  });

  it('parses only exact X-Sdk-Date values', () => {
    assert.deepEqual([parseSdkDate('20260402T080000Z')?.toISOString(), parseSdkDate('20260402T080000'), parseSdkDate('20261302T080000Z')], ['2026-04-02T08:00:00.000Z', undefined, undefined]);
  });

  it('formats and parses X-Sdk-Date symmetrically', () => {
    const instant = new Date(Date.UTC(2030, 0, 31, 23, 59, 58));
    assert.equal(parseSdkDate(formatSdkDate(instant))?.getTime(), instant.getTime());
  });
});
