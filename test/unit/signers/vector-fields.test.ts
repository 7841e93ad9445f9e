// The verifier reads every field of the vector format (issue #15): a Huawei pipeline vector with
// temporary credentials, built here by the OFFICIAL SDK pipeline (GlobalCredentials + HcClient), passes
// only because `sdk_options.security_token` is used; a field the verifier does not read fails loudly.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { AKSKSigner } from '@huaweicloud/huaweicloud-sdk-core/auth/AKSKSigner';
import { GlobalCredentials } from '@huaweicloud/huaweicloud-sdk-core/auth/GlobalCredentials';
import { HcClient, type HttpRequestOptions } from '@huaweicloud/huaweicloud-sdk-core/HcClient';
import { DefaultHttpClient } from '@huaweicloud/huaweicloud-sdk-core/http/DefaultHttpClient';
import { LogLevel, type Logger } from '@huaweicloud/huaweicloud-sdk-core/logger';

interface VerifyOutcome {
  readonly results: readonly { readonly id: string; readonly failures: readonly { readonly field: string }[] }[];
  readonly passed: number;
  readonly failed: number;
}
type Verify = (document: unknown) => Promise<VerifyOutcome>;

const repoRoot = resolve(__dirname, '../../..');
const ENDPOINT = 'https://osm.cn-south-1.myhuaweicloud.com';
const DOMAIN_ID = '0a1b2c3d4e5f60718293a4b5c6d7e8f9';
const TOKEN = 'gQpjbi1ub3J0aC00iR5nSVp2Q3B0dGVzdHRva2Vu';

async function verifier(): Promise<Verify> {
  return ((await import(pathToFileURL(resolve(repoRoot, 'scripts/verify-signatures.mjs')).href)) as { verifyVectors: Verify }).verifyVectors;
}

const failures = (outcome: VerifyOutcome) => outcome.results.flatMap((r) => r.failures.map((f) => `${r.id} ${f.field}`));

/** A pipeline vector for GET list cases with a security token, every expected field computed by the official SDK. */
async function officialTokenVector(): Promise<Record<string, unknown>> {
  const quiet: Logger = {
    debug: () => undefined,
    info: () => undefined,
    warn: () => undefined,
    error: () => undefined,
    setLevel: () => undefined,
    getLevel: () => LogLevel.ERROR,
    setName: () => undefined,
  };
  const clientOptions = { headers: {}, logger: quiet };
  const credentials = new GlobalCredentials().withAk('testak').withSk('testsk').withDomainId(DOMAIN_ID).withSecurityToken(TOKEN);
  const client = new HcClient(new DefaultHttpClient(clientOptions, [ENDPOINT]), clientOptions).withCredential(credentials).withEndpoints([ENDPOINT]);
  const query = { offset: 0, limit: 10, search_key: ['华为云'] };
  const headers = { 'X-Language': 'zh-cn', 'X-Sdk-Date': '20260402T080000Z' };
  const options: HttpRequestOptions = { method: 'GET', url: '/v2/servicerequest/cases', pathParams: {}, queryParams: { ...query }, headers: { ...headers }, contentType: 'application/json' };
  // buildRequest is the SDK's own signing step (private in its typings, public at run time).
  const signed = await (client as unknown as { buildRequest(o: HttpRequestOptions): Promise<{ headers: Record<string, string>; queryParams: Record<string, unknown> }> }).buildRequest(options);
  const { Authorization: authorization, ...signedHeaders } = signed.headers;
  const sdk = AKSKSigner as unknown as Record<string, (...args: unknown[]) => string>;
  const names = Object.keys(signedHeaders).sort((a, b) => a.toLowerCase().localeCompare(b.toLowerCase()));
  const canonical = {
    canonical_uri: sdk.CanonicalURI.call(AKSKSigner, '/v2/servicerequest/cases'),
    canonical_query_string: sdk.CanonicalQueryString.call(AKSKSigner, { queryParams: signed.queryParams }),
    canonical_headers: sdk.buildCanonicalHeaders.call(AKSKSigner, signedHeaders),
    signed_headers: names.join(';').toLowerCase(),
    payload_hash: (AKSKSigner as unknown as { EMPTY_BODY_SHA256: string }).EMPTY_BODY_SHA256,
  };
  const canonicalRequest = ['GET', canonical.canonical_uri, canonical.canonical_query_string, canonical.canonical_headers, canonical.signed_headers, canonical.payload_hash].join('\n');
  const hash = sdk.Hex(canonicalRequest);
  const stringToSign = `SDK-HMAC-SHA256\n20260402T080000Z\n${hash}`;
  return {
    id: 'pipeline-get-list-cases-temporary-credentials',
    description: 'Generated in the test by the official pipeline with a security token.',
    level: 'sdk-pipeline',
    input: {
      ak: 'testak',
      sk: 'testsk',
      method: 'GET',
      url: `${ENDPOINT}/v2/servicerequest/cases`,
      query,
      query_string_on_wire: 'offset=0&limit=10&search_key=%E5%8D%8E%E4%B8%BA%E4%BA%91',
      headers,
      body: null,
      sdk_options: {
        credential_type: 'GlobalCredentials',
        domain_id: DOMAIN_ID,
        security_token: TOKEN,
        path_template: '/v2/servicerequest/cases',
        path_params: {},
        content_type_option: 'application/json',
        body_kind: 'none',
      },
    },
    expected: {
      ...canonical,
      canonical_request: canonicalRequest,
      canonical_request_sha256: hash,
      string_to_sign: stringToSign,
      signature: sdk.hmacSHA256('testsk', stringToSign),
      authorization,
      request_headers_after_signing: signed.headers,
    },
  };
}

const document = (vectors: unknown[]) => ({ title: 'Huawei Cloud signature vectors (test)', vectors });

describe('verify-signatures reads every field of a vector', () => {
  it('passes a pipeline vector with temporary credentials made by the official SDK', async () => {
    const vector = await officialTokenVector();
    assert.match(JSON.stringify((vector.expected as { signed_headers: string }).signed_headers), /x-security-token/);
    const outcome = await (await verifier())(document([vector]));
    assert.deepEqual([outcome.passed, failures(outcome)], [1, []]);
  });

  it('fails that vector when its security_token is taken away (the option is really used)', async () => {
    const vector = await officialTokenVector();
    delete (vector.input as { sdk_options: Record<string, unknown> }).sdk_options.security_token;
    const outcome = await (await verifier())(document([vector]));
    assert.ok(failures(outcome).includes('pipeline-get-list-cases-temporary-credentials signature'), failures(outcome).join('\n'));
  });

  it('fails a vector whose path template does not give its URL', async () => {
    const vector = await officialTokenVector();
    (vector.input as { sdk_options: Record<string, unknown> }).sdk_options.path_template = '/v2/servicerequest/cases/{case_id}';
    const outcome = await (await verifier())(document([vector]));
    assert.ok(failures(outcome).includes('pipeline-get-list-cases-temporary-credentials sdk_options:path'), failures(outcome).join('\n'));
  });

  it('fails a vector with a field the verifier does not read, instead of ignoring it', async () => {
    const vector = await officialTokenVector();
    (vector.input as { sdk_options: Record<string, unknown> }).sdk_options.region = 'cn-south-1';
    const outcome = await (await verifier())(document([vector]));
    assert.deepEqual(failures(outcome), ['pipeline-get-list-cases-temporary-credentials input.sdk_options.region']);
  });

  it("compares the official SDK's error for a captured Alibaba reply with this project's", async () => {
    const aliyun = JSON.parse(readFileSync(resolve(repoRoot, 'test/fixtures/signature-vectors/aliyun-signature-vectors.json'), 'utf8')) as { vectors: { id: string; sdk_error?: { code: string } }[] };
    const vector = aliyun.vectors.find((v) => v.id === 'pipeline-v3-2021-get-ticket-invalid-access-key');
    assert.ok(vector?.sdk_error);
    vector.sdk_error.code = 'InvalidAccessKeyId.Other';
    const outcome = await (await verifier())(aliyun);
    assert.deepEqual(failures(outcome), ['pipeline-v3-2021-get-ticket-invalid-access-key sdk_error:code']);
  });
});
