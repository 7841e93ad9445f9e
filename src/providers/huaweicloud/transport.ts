/**
 * OSM and IAM calls through the shared signed transport (../http): the SDK-HMAC-SHA256 signer (the JSON
 * body serialised once and those bytes signed; multipart uploads streamed with UNSIGNED-PAYLOAD), the
 * `X-Domain-Id`, `X-Site`, `X-Language` and `X-Time-Zone` headers, and the answer classifier: the
 * failure rule of spec §1.6 (HTTP ≥ 400, or a 2xx body with an `error_code`) applied inside the retry
 * loop, so a read is retried on malformed JSON and transient error envelopes. Slots, deadline, read
 * retries, the server's clock and network failures are the shared transport's.
 */
import type { Credentials, CredentialsSupplier } from '../../core/account';
import { untilAborted } from '../../core/abort';
import type { TicketError } from '../../core/errors';
import type { ConcurrencyLimiter } from '../../core/limiter';
import type { RequestIntent, RetryPolicy } from '../../core/retry';
import type { ServerClock } from '../../core/server-clock';
import { multipartBody, type MultipartBody } from '../http/multipart';
import { SignedTransport } from '../http/transport';
import type { AnswerContext, AnswerReader, HttpAnswer, OutgoingRequest, StreamedBody } from '../http/types';
import { sdkHmacEncode, signOsmRequest } from './signer';
import { failureCode, osmError, PROVIDER_NAME, unexpectedResponse } from './errors';
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
  /** One of a short batch the user waits for: see `ReadOptions.burst` (core/provider.ts). */
  readonly burst?: boolean;
  /** `iam` calls go to the IAM endpoint, without X-Domain-Id and the OSM locale headers. */
  readonly service?: 'osm' | 'iam';
  readonly signal?: AbortSignal;
}

export interface MultipartUpload {
  readonly fields: Readonly<Record<string, string>>;
  /** The file part; its bytes are read from `content` while the request is sent. */
  readonly file: { readonly field: string; readonly fileName: string; readonly contentType: string; readonly content: StreamedBody };
  readonly onProgress?: (sentBytes: number, totalBytes: number) => void;
}

export interface BinaryResult {
  readonly data: Buffer;
  readonly contentType: string;
  readonly fileName?: string;
}

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

export class OsmTransport {
  /** The shared transport this account's calls go through. */
  readonly http: SignedTransport;
  private domainIdPromise: Promise<string> | undefined;

  constructor(private readonly options: OsmTransportOptions) {
    this.http = new SignedTransport({
      providerName: PROVIDER_NAME,
      requestIdHeaders: ['x-request-id'],
      credentials: options.credentials,
      timeoutMs: options.timeoutMs,
      limiter: options.limiter,
      retryPolicy: options.retryPolicy,
      userAgent: options.userAgent,
    });
    if (options.domainId) this.domainIdPromise = Promise.resolve(options.domainId);
  }

  get limiter(): ConcurrencyLimiter {
    return this.http.limiter;
  }

  /** The account's server clock, learnt from every answer's `Date` header (duplicate look-ups, auth diagnosis). */
  get serverClock(): ServerClock {
    return this.http.serverClock;
  }

  /** Sends a call and returns its JSON body (after the failure rule). */
  json<T>(call: OsmCall): Promise<T> {
    return this.send(call, (answer, context) => readJson<T>(answer, context));
  }

  /** Sends a call whose success answer is a file stream; a JSON answer is read as an error. */
  binary(call: OsmCall): Promise<BinaryResult> {
    return this.send(call, (answer, context) => {
      const contentType = answer.header('content-type') ?? 'application/octet-stream';
      if (contentType.includes('json') || answer.status >= 300) {
        readJson<unknown>(answer, context);
        throw unexpectedResponse(context.operation, answer.status, context.requestId, context.intent === 'write');
      }
      return { data: answer.body, contentType, fileName: fileNameOf(answer.header('content-disposition')) };
    });
  }

  /**
   * The account (domain) id: configured, or `domains[0].id` of IAM `GET /v3/auth/domains` (cached).
   * One discovery serves every caller and runs under its own deadline, not under a caller's signal:
   * a caller that gives up stops waiting without cancelling it for the others.
   */
  domainId(signal?: AbortSignal): Promise<string> {
    this.domainIdPromise ??= this.json<{ domains?: { id?: string }[] }>({
      op: 'KeystoneListAuthDomains',
      method: 'GET',
      path: '/v3/auth/domains',
      intent: 'read',
      service: 'iam',
    })
      .then((body) => {
        const id = body.domains?.[0]?.id;
        if (!id) throw unexpectedResponse('KeystoneListAuthDomains', 200, undefined, false);
        return id;
      })
      .catch((error: unknown) => {
        this.domainIdPromise = undefined;
        throw error;
      });
    return untilAborted(this.domainIdPromise, signal);
  }

  /**
   * One call within its deadline. The account id is known before a request slot is taken: discovery
   * needs a slot of its own, so waiting for it inside one could deadlock once every slot waits (issue #15).
   */
  private send<T>(call: OsmCall, read: AnswerReader<T>): Promise<T> {
    let domainId: string | undefined;
    return this.http.send({
      operation: call.op,
      intent: call.intent,
      signal: call.signal,
      burst: call.burst,
      prerequisite:
        call.service === 'iam'
          ? undefined
          : async (signal) => {
              domainId = await this.domainId(signal);
            },
      uploadBytes: call.multipart?.file.content.size,
      onUploadProgress: call.multipart?.onProgress,
      request: { sign: (credentials) => this.sign(call, credentials, domainId) },
      read: (answer, context) => {
        if (answer.status >= 400) throw failureOf(answer, tryParse(answer), context);
        return read(answer, context);
      },
    });
  }

  /** The OSM signer: headers, query and body as sent, SDK-HMAC-SHA256 over them (multipart: UNSIGNED-PAYLOAD). */
  private sign(call: OsmCall, credentials: Credentials, domainId: string | undefined): OutgoingRequest {
    const iam = call.service === 'iam';
    const query = normaliseQuery(call.query);
    const base = iam ? this.options.iamEndpoint : this.options.endpoint;
    const headers: Record<string, string> = iam
      ? { ...call.headers }
      : {
          'X-Site': siteHeader(this.options.site),
          'X-Language': this.options.language,
          'X-Time-Zone': this.options.timeZone,
          ...call.headers,
        };
    const multipart: MultipartBody | undefined = call.multipart ? multipartBody(call.multipart.fields, call.multipart.file) : undefined;
    const json = multipart || call.body === undefined ? undefined : JSON.stringify(call.body);
    const signed = signOsmRequest({
      method: call.method,
      url: `${base}${call.path}`,
      query,
      headers,
      contentType: multipart?.contentType ?? 'application/json',
      domainId,
      body: json,
      credentials: { accessKeyId: credentials.accessKeyId, accessKeySecret: credentials.accessKeySecret, securityToken: credentials.securityToken },
    });
    const qs = queryString(query);
    return {
      method: call.method,
      url: `${base}${call.path}${qs ? `?${qs}` : ''}`,
      headers: { ...signed.headers, accept: 'application/json' },
      body: multipart?.body ?? json,
    };
  }
}

function tryParse(answer: HttpAnswer): unknown {
  try {
    return JSON.parse(answer.text());
  } catch {
    return undefined;
  }
}

/** The `TicketError` of a failed answer (errors.ts applies the classification). */
function failureOf(answer: HttpAnswer, body: unknown, context: AnswerContext): TicketError {
  return osmError({
    operation: context.operation,
    httpStatus: answer.status,
    body,
    requestId: context.requestId,
    retryAfterMs: retryAfter(answer),
    intent: context.intent,
    secrets: context.secrets,
    usesSecurityToken: context.usesSecurityToken,
    clockSkewMs: context.clockSkewMs,
  });
}

/** The OSM answer classifier for JSON calls: the failure rule of spec §1.6, else the parsed body. */
function readJson<T>(answer: HttpAnswer, context: AnswerContext): T {
  // Several writes document no body ("无") on success.
  if (answer.body.length === 0 && answer.status < 300) return {} as T;
  const parsed = tryParse(answer);
  if (typeof parsed !== 'object' || parsed === null) throw unexpectedResponse(context.operation, answer.status, context.requestId, context.intent === 'write');
  if (failureCode(parsed) !== undefined || answer.status >= 300) throw failureOf(answer, parsed, context);
  return parsed as T;
}

function retryAfter(answer: HttpAnswer): number | undefined {
  const value = answer.header('retry-after');
  const seconds = value === undefined ? NaN : Number(value);
  return Number.isFinite(seconds) && seconds >= 0 ? seconds * 1000 : undefined;
}
