/**
 * Fidelity: requests signed by the OFFICIAL Huawei Cloud SDK core (GlobalCredentials + HcClient, the
 * pipeline an OSM SDK client would use) are accepted by the emulator; altered ones are rejected with
 * the API gateway's codes.
 */
import assert from 'node:assert/strict';
import { request as httpRequest } from 'node:http';
import { stringify } from 'node:querystring';
import FormData from 'form-data';
import { HcClient, type HttpRequestOptions } from '@huaweicloud/huaweicloud-sdk-core/HcClient';
import { LogLevel, type Logger } from '@huaweicloud/huaweicloud-sdk-core/logger';
import { DefaultHttpClient } from '@huaweicloud/huaweicloud-sdk-core/http/DefaultHttpClient';
import { GlobalCredentials } from '@huaweicloud/huaweicloud-sdk-core/auth/GlobalCredentials';
import { DEMO_DOMAIN_ID, useEmulatorSuite } from './harness';

interface SdkOptions {
  readonly ak?: string;
  readonly sk?: string;
  readonly domainId?: string;
  readonly securityToken?: string;
}

function sdkClient(endpoint: string, options: SdkOptions = {}): HcClient {
  let credentials = new GlobalCredentials()
    .withAk(options.ak ?? 'testak')
    .withSk(options.sk ?? 'testsk')
    .withDomainId(options.domainId ?? DEMO_DOMAIN_ID);
  if (options.securityToken) credentials = credentials.withSecurityToken(options.securityToken);
  // What ClientBuilder.build() assembles; the builder itself is not used because its user-agent module
  // needs the `uuid` package, which the SDK core does not declare.
  const quiet: Logger = {
    debug: () => undefined,
    info: () => undefined,
    warn: () => undefined,
    error: () => undefined,
    setLevel: () => undefined,
    getLevel: () => LogLevel.ERROR,
    setName: () => undefined,
  };
  const clientOptions = { disableSslVerification: true, headers: { 'User-Agent': 'huaweicloud-usdk-nodejs/3.0' }, logger: quiet };
  return new HcClient(new DefaultHttpClient(clientOptions, [endpoint]), clientOptions).withCredential(credentials).withEndpoints([endpoint]);
}

interface SdkCall {
  readonly method: string;
  readonly url: string;
  readonly queryParams?: Record<string, unknown>;
  readonly headers?: Record<string, string>;
  readonly data?: unknown;
  readonly contentType?: string;
}

function options(call: SdkCall): HttpRequestOptions {
  return {
    method: call.method,
    url: call.url,
    pathParams: {},
    queryParams: call.queryParams ?? {},
    headers: { ...call.headers },
    data: call.data as Record<string, unknown> | undefined,
    contentType: call.contentType ?? 'application/json',
  };
}

interface RawAnswer {
  status: number;
  body: Record<string, unknown>;
}

/** Signs with the official pipeline, lets the test alter the request, and sends it over a raw socket. */
async function sendAltered(client: HcClient, call: SdkCall, alter: (r: { headers: Record<string, string>; body: string | undefined }) => void = () => undefined): Promise<RawAnswer> {
  // buildRequest is the SDK's own signing step (private in its typings, public at run time).
  const builder = client as unknown as { buildRequest(o: HttpRequestOptions): Promise<unknown> };
  const signed = (await builder.buildRequest(options(call))) as { endpoint: string; headers: Record<string, string>; queryParams?: Record<string, unknown>; data?: unknown };
  const request = { headers: { ...signed.headers }, body: signed.data === undefined ? undefined : JSON.stringify(signed.data) };
  alter(request);
  const query = stringify((signed.queryParams ?? {}) as Record<string, string>);
  const url = new URL(`${signed.endpoint}${query ? `?${query}` : ''}`);
  return new Promise((resolve, reject) => {
    const req = httpRequest({ host: url.hostname, port: url.port, path: `${url.pathname}${url.search}`, method: call.method, headers: request.headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body: JSON.parse(Buffer.concat(chunks).toString('utf8') || '{}') as Record<string, unknown> }));
    });
    req.on('error', reject);
    req.end(request.body);
  });
}

/** The SDK's own error for a failed call: status + error_code. */
async function sdkFailure(promise: Promise<unknown>): Promise<{ httpStatusCode?: number | string; errorCode?: string }> {
  try {
    await promise;
  } catch (error) {
    return error as { httpStatusCode?: number; errorCode?: string };
  }
  assert.fail('the SDK call was expected to fail');
}

const LIST_CASES: SdkCall = { method: 'GET', url: '/v2/servicerequest/cases', queryParams: { search_key: ['ECS', '远程登录'], limit: 5, offset: 0 } };
const SUBMIT_MESSAGE: SdkCall = {
  method: 'POST',
  url: '/v2/servicerequest/cases/TS202603275SQAIEFGS0404/message',
  data: { message: { content: '补充信息：重启后仍无法登录 😢 "quoted" & more' } },
};

describe('huaweicloud fidelity: official SDK signatures against the emulator', () => {
  const osm = useEmulatorSuite();

  it('accepts a GET with a Chinese array query signed by the SDK pipeline', async () => {
    const body = (await sdkClient(osm.harness.emulator.url).sendRequest(options(LIST_CASES))) as { total_count?: number; httpStatusCode?: number };
    assert.equal(body.httpStatusCode, 200);
  });

  it('accepts a POST with a Chinese/emoji JSON body and stores the message', async () => {
    await sdkClient(osm.harness.emulator.url).sendRequest(options(SUBMIT_MESSAGE));
    const stored = osm.harness.plugin.state.cases.get('TS202603275SQAIEFGS0404')?.messages.at(-1)?.content;
    assert.equal(stored, '补充信息：重启后仍无法登录 😢 "quoted" & more');
  });

  it('accepts a PUT and a DELETE with a JSON body', async () => {
    const client = sdkClient(osm.harness.emulator.url);
    await client.sendRequest(options({ method: 'PUT', url: '/v2/servicerequest/cases/TS20260318CONFIRM0000003/contact-info', data: { remind_time: '10:00-17:00' } }));
    await client.sendRequest(options({ method: 'DELETE', url: '/v2/servicerequest/cases/TS20260318CONFIRM0000003/relations', data: { related_id: 'TS202603275SQAIEFGS0404', group_id: '' } }));
    assert.deepEqual(osm.harness.plugin.state.cases.get('TS20260318CONFIRM0000003')?.relatedIds, []);
  });

  it('accepts a multipart upload signed with UNSIGNED-PAYLOAD', async () => {
    const form = new FormData();
    form.append('file', Buffer.from('hello osm'), { filename: 'hello.txt', contentType: 'text/plain' });
    form.append('form_data', JSON.stringify({ fileName: 'hello.txt', accessoryFrom: 'message', uploadType: 0 }));
    const body = (await sdkClient(osm.harness.emulator.url).sendRequest(options({ method: 'POST', url: '/v2/servicerequest/accessorys', data: form, contentType: 'multipart/form-data' }))) as {
      accessory_id?: string;
    };
    assert.equal(osm.harness.plugin.state.attachments.get(body.accessory_id ?? '')?.bytes.toString(), 'hello osm');
  });

  it('accepts temporary credentials with their security token', async () => {
    osm.harness.emulator.control.addCredential({ provider: 'huaweicloud', accessKeyId: 'STSAK', accessKeySecret: 'stssk', securityToken: 'sts-token-1', accountId: DEMO_DOMAIN_ID });
    const body = (await sdkClient(osm.harness.emulator.url, { ak: 'STSAK', sk: 'stssk', securityToken: 'sts-token-1' }).sendRequest(options(LIST_CASES))) as { httpStatusCode?: number };
    assert.equal(body.httpStatusCode, 200);
  });

  it('accepts the unaltered request when sent over a raw socket (baseline for the rejections below)', async () => {
    const answer = await sendAltered(sdkClient(osm.harness.emulator.url), SUBMIT_MESSAGE);
    assert.equal(answer.status, 200);
  });

  it('rejects a wrong secret key with 401 APIGW.0301', async () => {
    const failure = await sdkFailure(sdkClient(osm.harness.emulator.url, { sk: 'not-the-secret' }).sendRequest(options(LIST_CASES)));
    assert.deepEqual([failure.httpStatusCode, failure.errorCode], [401, 'APIGW.0301']);
  });

  it('rejects a body changed after signing with 401 APIGW.0301', async () => {
    const answer = await sendAltered(sdkClient(osm.harness.emulator.url), SUBMIT_MESSAGE, (r) => {
      r.body = JSON.stringify({ message: { content: 'tampered' } });
      r.headers['content-length'] = String(Buffer.byteLength(r.body));
    });
    assert.deepEqual([answer.status, answer.body.error_code], [401, 'APIGW.0301']);
  });

  it('rejects a stale X-Sdk-Date with 401 APIGW.0301', async () => {
    const failure = await sdkFailure(sdkClient(osm.harness.emulator.url).sendRequest(options({ ...LIST_CASES, headers: { 'X-Sdk-Date': '20200101T000000Z' } })));
    assert.deepEqual([failure.httpStatusCode, failure.errorCode], [401, 'APIGW.0301']);
  });

  it('rejects a signature made 20 minutes ago by the emulator clock', async () => {
    osm.harness.emulator.control.clock.advance(20 * 60_000);
    const failure = await sdkFailure(sdkClient(osm.harness.emulator.url).sendRequest(options(LIST_CASES)));
    assert.deepEqual([failure.httpStatusCode, failure.errorCode], [401, 'APIGW.0301']);
  });

  it('rejects a foreign X-Domain-Id with 401 APIGW.0301', async () => {
    const failure = await sdkFailure(sdkClient(osm.harness.emulator.url, { domainId: 'ffffffffffffffffffffffffffffffff' }).sendRequest(options(LIST_CASES)));
    assert.deepEqual([failure.httpStatusCode, failure.errorCode], [401, 'APIGW.0301']);
  });

  it('rejects an X-Domain-Id swapped after signing with 401 APIGW.0301', async () => {
    const answer = await sendAltered(sdkClient(osm.harness.emulator.url, { ak: 'OTHERACCOUNTAK000001', sk: 'otheraccountsecret', domainId: 'ffffffffffffffffffffffffffffffff' }), LIST_CASES, (r) => {
      r['headers']['X-Domain-Id'] = DEMO_DOMAIN_ID;
    });
    assert.deepEqual([answer.status, answer.body.error_code], [401, 'APIGW.0301']);
  });

  it('rejects an unknown access key with 401 APIGW.0301', async () => {
    const failure = await sdkFailure(sdkClient(osm.harness.emulator.url, { ak: 'UNKNOWNAK' }).sendRequest(options(LIST_CASES)));
    assert.deepEqual([failure.httpStatusCode, failure.errorCode], [401, 'APIGW.0301']);
  });

  it("rejects a security token that is not the key's with 401 APIGW.0301", async () => {
    osm.harness.emulator.control.addCredential({ provider: 'huaweicloud', accessKeyId: 'STSAK', accessKeySecret: 'stssk', securityToken: 'sts-token-1', accountId: DEMO_DOMAIN_ID });
    const failure = await sdkFailure(sdkClient(osm.harness.emulator.url, { ak: 'STSAK', sk: 'stssk', securityToken: 'forged' }).sendRequest(options(LIST_CASES)));
    assert.deepEqual([failure.httpStatusCode, failure.errorCode], [401, 'APIGW.0301']);
  });
});
