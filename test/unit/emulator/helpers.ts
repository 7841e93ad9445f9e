/** Raw loopback HTTP and requests signed with the project's own Alibaba signer, for emulator tests. */
import { request as httpRequest } from 'node:http';
import { buildAcs3Headers, formatAliyunTimestamp, percentEncode, signAcs3Request, signRpcV1Request, type AliyunSigningCredentials } from '../../../src/providers/aliyun/signer';

export const TEST_KEY: AliyunSigningCredentials = { accessKeyId: 'testid', accessKeySecret: 'testsecret' };
export const V2021 = '2021-06-10';
export const V2020 = '2020-03-26';

export interface HttpResult {
  readonly status: number;
  readonly headers: Readonly<Record<string, string | string[] | undefined>>;
  readonly body: Buffer;
  readonly text: string;
}

export interface RawRequest {
  readonly method: string;
  readonly path: string;
  readonly headers?: Readonly<Record<string, string>>;
  readonly body?: string | Buffer;
}

/** Sends exactly these bytes over a fresh loopback connection; rejects when the socket is dropped. */
export function rawRequest(baseUrl: string, raw: RawRequest, timeoutMs = 5_000): Promise<HttpResult> {
  return new Promise((resolve, reject) => {
    const url = new URL(baseUrl);
    const body = raw.body === undefined ? undefined : Buffer.isBuffer(raw.body) ? raw.body : Buffer.from(raw.body, 'utf8');
    const req = httpRequest(
      {
        host: url.hostname,
        port: url.port,
        method: raw.method,
        path: raw.path,
        agent: false,
        timeout: timeoutMs,
        setHost: raw.headers?.host === undefined,
        headers: { ...raw.headers, ...(body ? { 'content-length': String(body.length) } : {}) },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => {
          const all = Buffer.concat(chunks);
          resolve({ status: res.statusCode ?? 0, headers: res.headers, body: all, text: all.toString('utf8') });
        });
        res.on('error', reject);
      },
    );
    req.on('timeout', () => req.destroy(new Error('client timeout')));
    req.on('error', reject);
    req.end(body);
  });
}

/** Parsed JSON body as a plain object. */
export function jsonOf(result: HttpResult): Record<string, unknown> {
  return JSON.parse(result.text) as Record<string, unknown>;
}

/** Form body as the official SDK would send it (values percent-encoded). */
export function formBody(params: Readonly<Record<string, string>>): string {
  return Object.entries(params)
    .map(([k, v]) => `${percentEncode(k)}=${percentEncode(v)}`)
    .join('&');
}

function queryString(params: Readonly<Record<string, string>>): string {
  return Object.entries(params)
    .map(([k, v]) => `${percentEncode(k)}=${percentEncode(v)}`)
    .join('&');
}

export interface SignedCall {
  readonly action: string;
  readonly version?: string;
  /** Action parameters in the query. */
  readonly query?: Readonly<Record<string, string>>;
  /** Action parameters in the form body. */
  readonly body?: Readonly<Record<string, string>>;
  readonly credentials?: AliyunSigningCredentials;
  readonly method?: string;
  readonly timestamp?: Date | string;
  readonly nonce?: string;
}

/** Builds (without sending) an RPC v1 signed request. */
export function rpcV1Request(call: SignedCall): RawRequest {
  const method = call.method ?? 'POST';
  const signed = signRpcV1Request({
    method,
    action: call.action,
    version: call.version ?? V2021,
    query: call.query,
    body: call.body,
    credentials: call.credentials ?? TEST_KEY,
    timestamp: call.timestamp,
    nonce: call.nonce,
  });
  const body = signed.body && Object.keys(signed.body).length > 0 ? formBody(signed.body) : undefined;
  return {
    method,
    path: `/?${queryString(signed.query)}`,
    headers: body ? { 'content-type': 'application/x-www-form-urlencoded' } : {},
    body,
  };
}

/** Builds (without sending) a V3 ACS3-HMAC-SHA256 signed request. */
export function acs3Request(call: SignedCall, host = 'workorder.aliyuncs.com'): RawRequest {
  const method = call.method ?? 'POST';
  const body = call.body && Object.keys(call.body).length > 0 ? formBody(call.body) : undefined;
  const headers = buildAcs3Headers({
    host,
    action: call.action,
    version: call.version ?? V2021,
    date: typeof call.timestamp === 'string' ? call.timestamp : call.timestamp === undefined ? undefined : formatAliyunTimestamp(call.timestamp),
    nonce: call.nonce,
    contentType: body ? 'application/x-www-form-urlencoded' : undefined,
  });
  const signed = signAcs3Request({ method, pathname: '/', query: call.query, headers, body, credentials: call.credentials ?? TEST_KEY });
  const query = call.query && Object.keys(call.query).length > 0 ? `?${queryString(call.query)}` : '';
  return { method, path: `/${query}`, headers: signed.headers, body };
}

export const callV1 = (baseUrl: string, call: SignedCall) => rawRequest(baseUrl, rpcV1Request(call));
export const callV3 = (baseUrl: string, call: SignedCall) => rawRequest(baseUrl, acs3Request(call));

/** `Data` of a successful envelope (asserts success). */
export function dataOf<T>(result: HttpResult): T {
  const body = jsonOf(result);
  if (result.status !== 200 || body.Success !== true) throw new Error(`call failed: ${result.status} ${result.text}`);
  return body.Data as T;
}
