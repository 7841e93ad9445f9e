/**
 * Sends signed OSM and IAM requests with axios: serialises the body once and signs exactly those bytes,
 * adds `X-Domain-Id`, `X-Site`, `X-Language`, `X-Time-Zone`, bounds concurrency, retries reads only,
 * and applies the failure rule of spec §1.6 to every answer (HTTP 200 business errors included) inside
 * the retry loop. Every answer's `Date` header feeds the account's server clock.
 */
import { randomBytes } from 'node:crypto';
import axios, { type AxiosInstance, type AxiosResponse } from 'axios';
import { untilAborted } from '../../core/abort';
import type { CredentialsSupplier } from '../../core/account';
import { callDeadlineMs, deadlineExceeded, withDeadline, type CallDeadline } from '../../core/deadline';
import { isTicketError, type TicketError } from '../../core/errors';
import { ConcurrencyLimiter } from '../../core/limiter';
import { DEFAULT_READ_RETRY, withRetry, type RequestIntent, type RetryPolicy } from '../../core/retry';
import { ServerClock } from '../../core/server-clock';
import { sdkHmacEncode, signOsmRequest } from './signer';
import { failureCode, osmError, osmNetworkError, PROVIDER_NAME, unexpectedResponse } from './errors';
import { siteHeader, type OsmSite } from './endpoint';
import type { QueryParams } from './wire/common';

export interface OsmTransportOptions {
  /** Normalised OSM endpoint (see endpoint.ts). */
  readonly endpoint: string;
  /** IAM endpoint for the account-id discovery. */
  readonly iamEndpoint: string;
  readonly credentials: CredentialsSupplier;
  /** Account (domain) id; discovered through IAM when absent. */
  readonly domainId?: string;
  readonly site: OsmSite;
  readonly language: 'zh-cn' | 'en-us';
  /** `X-Time-Zone` value, e.g. `GMT+8`. */
  readonly timeZone: string;
  readonly timeoutMs?: number;
  readonly limiter?: ConcurrencyLimiter;
  readonly retryPolicy?: RetryPolicy;
  readonly userAgent?: string;
}

export interface OsmCall {
  /** SDK operation name, for errors and logs. */
  readonly op: string;
  readonly method: 'GET' | 'POST' | 'PUT' | 'DELETE';
  /** Path with already-encoded parameters (use `osmPath`). */
  readonly path: string;
  readonly query?: QueryParams;
  /** JSON body; serialised once and signed as sent. */
  readonly body?: unknown;
  /** Extra headers to sign and send (e.g. `x-phone-verifiedid`). */
  readonly headers?: Readonly<Record<string, string>>;
  /** Multipart upload (signed with UNSIGNED-PAYLOAD). */
  readonly multipart?: MultipartUpload;
  readonly intent: RequestIntent;
  /** `iam` calls go to the IAM endpoint, without X-Domain-Id and the OSM locale headers. */
  readonly service?: 'osm' | 'iam';
  readonly signal?: AbortSignal;
}

export interface MultipartUpload {
  readonly fields: Readonly<Record<string, string>>;
  readonly file: { readonly field: string; readonly fileName: string; readonly contentType: string; readonly data: Uint8Array };
  readonly onProgress?: (sentBytes: number, totalBytes: number) => void;
}

export interface BinaryResult { readonly data: Buffer; readonly contentType: string; readonly fileName?: string }

const DEFAULT_TIMEOUT_MS = 30_000;
const DEFAULT_CONCURRENCY = 4;

/** Builds a path from a template, encoding each `{name}` value as one segment. */
export function osmPath(template: string, params: Readonly<Record<string, string | number>> = {}): string {
  return template.replace(/\{(\w+)\}/g, (_, name: string) => encodeURIComponent(String(params[name] ?? '')));
}

/** Query as the signer and the wire need it: undefined and empty lists dropped, scalars as text. */
function normaliseQuery(query: QueryParams | undefined): Record<string, string | string[]> {
  const out: Record<string, string | string[]> = {};
  for (const [name, value] of Object.entries(query ?? {})) {
    if (value === undefined) continue;
    if (Array.isArray(value)) {
      if (value.length > 0) out[name] = value.map(String);
    } else {
      out[name] = String(value);
    }
  }
  return out;
}

/** Wire query string: RFC 3986 encoding, arrays as repeated keys (spec §3.4.1, §5.1 step 13). */
function queryString(query: Record<string, string | string[]>): string {
  return Object.entries(query)
    .flatMap(([name, value]) => (Array.isArray(value) ? value : [value]).map((v) => `${sdkHmacEncode(name)}=${sdkHmacEncode(v)}`))
    .join('&');
}

function multipartBody(upload: MultipartUpload): { boundary: string; body: Buffer } {
  const boundary = `----CloudTickets${randomBytes(12).toString('hex')}`;
  const quote = (s: string) => s.replace(/["\r\n]/g, '_');
  const chunks: Buffer[] = [];
  for (const [name, value] of Object.entries(upload.fields)) {
    chunks.push(Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${quote(name)}"\r\n\r\n${value}\r\n`, 'utf8'));
  }
  const f = upload.file;
  chunks.push(Buffer.from(
    `--${boundary}\r\nContent-Disposition: form-data; name="${quote(f.field)}"; filename="${quote(f.fileName)}"; filename*=UTF-8''${encodeURIComponent(f.fileName)}\r\n` +
    `Content-Type: ${f.contentType}\r\n\r\n`, 'utf8'));
  chunks.push(Buffer.from(f.data.buffer, f.data.byteOffset, f.data.byteLength), Buffer.from(`\r\n--${boundary}--\r\n`, 'utf8'));
  return { boundary, body: Buffer.concat(chunks) };
}

function headerText(response: AxiosResponse, name: string): string | undefined {
  const value: unknown = response.headers[name];
  return typeof value === 'string' && value !== '' ? value : undefined;
}

function fileNameOf(disposition: string | undefined): string | undefined {
  if (!disposition) return undefined;
  const star = /filename\*=(?:UTF-8'')?([^;]+)/i.exec(disposition);
  if (star) {
    try {
      return decodeURIComponent(star[1].trim());
    } catch {
      return star[1].trim();
    }
  }
  return /filename="?([^";]+)"?/i.exec(disposition)?.[1];
}

/** What reading an answer needs to know about the request it belongs to. */
interface AnswerContext {
  /** Values that must never appear in an error (SK, security token). */
  readonly secrets: readonly string[];
  readonly usesSecurityToken: boolean;
}

export class OsmTransport {
  readonly limiter: ConcurrencyLimiter;
  /** The account's server clock, learnt from every answer's `Date` header (duplicate look-ups, auth diagnosis). */
  readonly serverClock = new ServerClock();
  private readonly http: AxiosInstance;
  private readonly timeoutMs: number;
  private domainIdPromise: Promise<string> | undefined;

  constructor(private readonly options: OsmTransportOptions) {
    this.limiter = options.limiter ?? new ConcurrencyLimiter(DEFAULT_CONCURRENCY);
    this.timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
    // A signed request must not follow redirects; statuses are judged here, bodies read as bytes.
    this.http = axios.create({ maxRedirects: 0, validateStatus: () => true, responseType: 'arraybuffer', transformResponse: [(d: unknown) => d] });
    if (options.domainId) this.domainIdPromise = Promise.resolve(options.domainId);
  }

  /** Sends a call and returns its JSON body (after the failure rule). */
  json<T>(call: OsmCall): Promise<T> {
    // Read inside the retry loop: a malformed body or a transient error envelope is retried like any read failure.
    return this.send(call, (response, context) => this.readJson<T>(call, response, context));
  }

  /** Sends a call whose success answer is a file stream; a JSON answer is read as an error. */
  binary(call: OsmCall): Promise<BinaryResult> {
    return this.send(call, (response, context) => {
      const contentType = headerText(response, 'content-type') ?? 'application/octet-stream';
      if (contentType.includes('json') || response.status >= 300) {
        this.readJson<unknown>(call, response, context);
        throw unexpectedResponse(call.op, response.status, headerText(response, 'x-request-id'), call.intent === 'write');
      }
      return { data: Buffer.from(response.data as ArrayBuffer), contentType, fileName: fileNameOf(headerText(response, 'content-disposition')) };
    });
  }

  /**
   * The account (domain) id: configured, or `domains[0].id` of IAM `GET /v3/auth/domains` (cached).
   * One discovery serves every caller and runs under its own deadline, not under a caller's signal:
   * a caller that gives up stops waiting without cancelling it for the others.
   */
  domainId(signal?: AbortSignal): Promise<string> {
    this.domainIdPromise ??= this.json<{ domains?: { id?: string }[] }>({
      op: 'KeystoneListAuthDomains', method: 'GET', path: '/v3/auth/domains', intent: 'read', service: 'iam',
    }).then((body) => {
      const id = body.domains?.[0]?.id;
      if (!id) throw unexpectedResponse('KeystoneListAuthDomains', 200, undefined, false);
      return id;
    }).catch((error: unknown) => {
      this.domainIdPromise = undefined;
      throw error;
    });
    return untilAborted(this.domainIdPromise, signal);
  }

  /**
   * One call within its deadline. The account id is known before a request slot is taken: discovery
   * needs a slot of its own, so waiting for it inside one could deadlock once every slot waits (issue #15).
   */
  private send<T>(call: OsmCall, read: (response: AxiosResponse, context: AnswerContext) => T): Promise<T> {
    const policy = this.options.retryPolicy ?? DEFAULT_READ_RETRY;
    const deadlineMs = callDeadlineMs(this.timeoutMs, policy, call.multipart?.file.data.byteLength ?? 0);
    const expired = (sent: boolean) => deadlineExceeded({ provider: PROVIDER_NAME, operation: call.op, deadlineMs, write: call.intent === 'write', sent });
    return withDeadline({ ms: deadlineMs, signal: call.signal, expired }, async (deadline) => {
      const domainId = call.service === 'iam' ? undefined : await this.domainId(deadline.signal);
      return withRetry(call.intent, () => this.limiter.run(async () => {
        const { response, context } = await this.attempt(call, domainId, deadline);
        return read(response, context);
      }, deadline.signal), {
        signal: deadline.signal,
        policy,
        remainingMs: deadline.remainingMs,
        onRetry: ({ delayMs, error }) => {
          if (isTicketError(error, 'throttled')) this.limiter.pauseFor(delayMs);
        },
      });
    });
  }

  private async attempt(call: OsmCall, domainId: string | undefined, deadline: CallDeadline): Promise<{ response: AxiosResponse; context: AnswerContext }> {
    const iam = call.service === 'iam';
    const credentials = await this.options.credentials();
    const query = normaliseQuery(call.query);
    const base = iam ? this.options.iamEndpoint : this.options.endpoint;
    const headers: Record<string, string> = iam ? { ...call.headers } : {
      'X-Site': siteHeader(this.options.site), 'X-Language': this.options.language, 'X-Time-Zone': this.options.timeZone, ...call.headers,
    };
    let body: string | Buffer | undefined;
    let contentType = 'application/json';
    if (call.multipart) {
      const built = multipartBody(call.multipart);
      body = built.body;
      contentType = `multipart/form-data; boundary=${built.boundary}`;
    } else if (call.body !== undefined) {
      body = JSON.stringify(call.body);
    }
    const signed = signOsmRequest({
      method: call.method, url: `${base}${call.path}`, query, headers, contentType, domainId,
      body: call.multipart ? undefined : body,
      credentials: { accessKeyId: credentials.accessKeyId, accessKeySecret: credentials.accessKeySecret, securityToken: credentials.securityToken },
    });
    const qs = queryString(query);
    const sendHeaders: Record<string, string> = { ...signed.headers, accept: 'application/json' };
    delete sendHeaders.host; // the HTTP layer writes the same authority the signer used
    if (this.options.userAgent) sendHeaders['user-agent'] = this.options.userAgent;
    const context: AnswerContext = { secrets: [credentials.accessKeySecret, credentials.securityToken ?? ''], usesSecurityToken: !!credentials.securityToken };
    let response: AxiosResponse;
    deadline.markSent();
    const sentAt = Date.now();
    try {
      response = await this.http.request({
        method: call.method, url: `${base}${call.path}${qs ? `?${qs}` : ''}`, headers: sendHeaders, data: body,
        timeout: this.timeoutMs, signal: deadline.signal, maxBodyLength: Infinity, maxContentLength: Infinity,
        onUploadProgress: call.multipart?.onProgress ? (e) => call.multipart?.onProgress?.(e.loaded, e.total ?? (body as Buffer).length) : undefined,
      });
    } catch (error) {
      throw osmNetworkError(error, { operation: call.op, intent: call.intent, timeoutMs: this.timeoutMs, secrets: context.secrets, signal: deadline.signal });
    }
    this.serverClock.observe(headerText(response, 'date'), sentAt, Date.now());
    if (response.status >= 400) throw this.failure(call, response, this.tryParse(response), context);
    return { response, context };
  }

  private failure(call: OsmCall, response: AxiosResponse, body: unknown, context: AnswerContext): TicketError {
    return osmError({
      operation: call.op, httpStatus: response.status, body, requestId: headerText(response, 'x-request-id'), retryAfterMs: retryAfter(response),
      intent: call.intent, secrets: context.secrets, usesSecurityToken: context.usesSecurityToken, clockSkewMs: this.serverClock.skewMs,
    });
  }

  private tryParse(response: AxiosResponse): unknown {
    try {
      return JSON.parse(Buffer.from(response.data as ArrayBuffer).toString('utf8'));
    } catch {
      return undefined;
    }
  }

  private readJson<T>(call: OsmCall, response: AxiosResponse, context: AnswerContext): T {
    const requestId = headerText(response, 'x-request-id');
    const raw = Buffer.from(response.data as ArrayBuffer);
    // Several writes document no body ("无") on success.
    if (raw.length === 0 && response.status < 300) return {} as T;
    const parsed = this.tryParse(response);
    if (typeof parsed !== 'object' || parsed === null) throw unexpectedResponse(call.op, response.status, requestId, call.intent === 'write');
    if (failureCode(parsed) !== undefined || response.status >= 300) throw this.failure(call, response, parsed, context);
    return parsed as T;
  }
}

function retryAfter(response: AxiosResponse): number | undefined {
  const value = headerText(response, 'retry-after');
  const seconds = value === undefined ? NaN : Number(value);
  return Number.isFinite(seconds) && seconds >= 0 ? seconds * 1000 : undefined;
}
