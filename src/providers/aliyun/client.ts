/**
 * HTTP client for the Workorder RPC API: builds and signs requests (rpc-request.ts), sends them with
 * axios under a concurrency bound and a timeout, retries reads only, and turns every failure into a
 * `TicketError` that names the request id.
 */
import axios, { type AxiosInstance, type AxiosResponse } from 'axios';
import type { CredentialsSupplier } from '../../core/account';
import { callDeadlineMs, deadlineExceeded, withDeadline, type CallDeadline } from '../../core/deadline';
import { isTicketError } from '../../core/errors';
import { ConcurrencyLimiter } from '../../core/limiter';
import { DEFAULT_READ_RETRY, withRetry, type RetryPolicy } from '../../core/retry';
import { ServerClock } from '../../core/server-clock';
import type { ActionSpec, AliyunCaller } from './client-types';
import type { AliyunEndpoint } from './endpoints';
import { errorFromResponse, PROVIDER_NAME, unreadableResponse } from './errors';
import { transportError } from './http-errors';
import type { WorkorderRequestModel } from './rpc-params';
import { buildWorkorderRequest, type WorkorderSignatureAlgorithm } from './rpc-request';
import { readBoolean, readNumber, readRecord, readString, type JsonRecord } from './wire-read';
import type { AliyunEnvelope, AliyunResult } from './wire-types';

export interface AliyunClientOptions {
  readonly endpoint: AliyunEndpoint;
  readonly credentials: CredentialsSupplier;
  /** Default ACS3-HMAC-SHA256 (what the official SDK uses). */
  readonly signatureAlgorithm?: WorkorderSignatureAlgorithm;
  /** Whole-request timeout in ms (default 30 s; the official SDK's 3 s is too short for ticket text, spec §12.10). */
  readonly timeoutMs?: number;
  /** Shared per-account limiter (default: 4 concurrent requests). */
  readonly limiter?: ConcurrencyLimiter;
  readonly retryPolicy?: RetryPolicy;
  readonly userAgent?: string;
}

const DEFAULT_TIMEOUT_MS = 30_000;
const DEFAULT_CONCURRENCY = 4;

export class AliyunClient implements AliyunCaller {
  readonly limiter: ConcurrencyLimiter;
  /** The account's server clock, learnt from every answer's `Date` header (duplicate look-ups, clock-skew sentences). */
  readonly serverClock = new ServerClock();
  private readonly http: AxiosInstance;
  private readonly timeoutMs: number;

  constructor(private readonly options: AliyunClientOptions) {
    this.limiter = options.limiter ?? new ConcurrencyLimiter(DEFAULT_CONCURRENCY);
    this.timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
    // No redirects (a signed request must not wander), no status-based throwing, raw text bodies.
    this.http = axios.create({
      maxRedirects: 0,
      validateStatus: () => true,
      responseType: 'text',
      transformResponse: [(data: unknown) => data],
    });
  }

  /** Sends one action; reads are retried per the policy, writes exactly once; all within the call deadline. */
  call(spec: ActionSpec, request: WorkorderRequestModel, signal?: AbortSignal): Promise<AliyunResult> {
    return this.withinDeadline(spec.action, spec.intent === 'write', 0, signal, (deadline) =>
      withRetry(spec.intent, () => this.limiter.run(() => this.attempt(spec, request, deadline), deadline.signal), {
        signal: deadline.signal,
        policy: this.retryPolicy,
        remainingMs: deadline.remainingMs,
        onRetry: ({ delayMs, error }) => {
          if (isTicketError(error, 'throttled')) {
            this.limiter.pauseFor(delayMs);
          }
        },
      }));
  }

  /** Uploads bytes to a presigned URL with a plain PUT (no Alibaba signing; spec §4.11). Never retried. */
  async putPresigned(url: string, data: Uint8Array, onProgress?: (sent: number, total: number) => void, signal?: AbortSignal): Promise<AxiosResponse<string>> {
    return this.withinDeadline('UploadAttachment', true, data.byteLength, signal, (deadline) => this.limiter.run(async () => {
      deadline.markSent();
      try {
        return await this.http.request<string>({
          method: 'PUT',
          url,
          data: Buffer.from(data.buffer, data.byteOffset, data.byteLength),
          // OSS presigned PUT URLs sign the Content-Type (spec §12.22).
          headers: { 'content-type': 'application/octet-stream' },
          timeout: this.timeoutMs,
          signal: deadline.signal,
          maxBodyLength: Infinity,
          onUploadProgress: onProgress ? (event) => onProgress(event.loaded, event.total ?? data.byteLength) : undefined,
        });
      } catch (error) {
        throw transportError(error, 'UploadAttachment', true, this.timeoutMs, deadline.signal);
      }
    }, deadline.signal));
  }

  private get retryPolicy(): RetryPolicy {
    return this.options.retryPolicy ?? DEFAULT_READ_RETRY;
  }

  /** Runs one call under its overall deadline (core/deadline.ts), so nothing can keep it waiting for ever. */
  private withinDeadline<T>(operation: string, write: boolean, uploadBytes: number, signal: AbortSignal | undefined, work: (deadline: CallDeadline) => Promise<T>): Promise<T> {
    const deadlineMs = callDeadlineMs(this.timeoutMs, this.retryPolicy, uploadBytes);
    return withDeadline({ ms: deadlineMs, signal, expired: (sent) => deadlineExceeded({ provider: PROVIDER_NAME, operation, deadlineMs, write, sent }) }, work);
  }

  private async attempt(spec: ActionSpec, request: WorkorderRequestModel, deadline: CallDeadline): Promise<AliyunResult> {
    const signal = deadline.signal;
    const credentials = await this.options.credentials();
    const wire = buildWorkorderRequest({
      version: spec.version,
      action: spec.action,
      request,
      host: this.options.endpoint.host,
      credentials,
      algorithm: this.options.signatureAlgorithm,
    });
    let response: AxiosResponse<string>;
    const secrets = [credentials.accessKeySecret, credentials.securityToken ?? ''];
    deadline.markSent();
    const sentAt = Date.now();
    try {
      response = await this.http.request<string>({
        method: wire.method,
        url: `${this.options.endpoint.origin}/${wire.queryString ? `?${wire.queryString}` : ''}`,
        headers: {
          ...wire.headers,
          accept: 'application/json',
          ...(this.options.userAgent ? { 'user-agent': this.options.userAgent } : {}),
          // axios would add an unsigned form content-type to a bodyless POST; V3 requires every
          // content-type sent to be signed, and the SDK sends none without a body (spec §3.2).
          ...(wire.body === undefined ? { 'content-type': false } : {}),
        },
        data: wire.body,
        timeout: this.timeoutMs,
        signal,
      });
    } catch (error) {
      throw transportError(error, spec.action, spec.intent === 'write', this.timeoutMs, signal, secrets);
    }
    this.serverClock.observe(headerText(response, 'date'), sentAt, Date.now());
    return interpretResponse(spec, response, secrets, this.serverClock.skewMs);
  }
}

function interpretResponse(spec: ActionSpec, response: AxiosResponse<string>, secrets: readonly string[], clockSkewMs: number | undefined): AliyunResult {
  const headerRequestId = headerText(response, 'x-acs-request-id');
  let parsed: unknown;
  try {
    parsed = JSON.parse(typeof response.data === 'string' ? response.data : '');
  } catch {
    throw unreadableResponse(spec.action, response.status, headerRequestId, spec.intent === 'write');
  }
  const envelope = toEnvelope(readRecord(parsed));
  const requestId = envelope.RequestId || headerRequestId;
  const ok = response.status >= 200 && response.status < 300;
  if (ok && envelope.Success === true) {
    return { envelope, requestId };
  }
  throw errorFromResponse({
    httpStatus: response.status,
    envelope,
    requestId,
    retryAfterHeader: headerText(response, 'x-acs-retry-after'),
    operation: spec.action,
    secrets,
    intent: spec.intent,
    clockSkewMs,
  });
}

/** Reads the envelope leniently, including the lower-case keys some gateways use (spec §7.2). */
function toEnvelope(body: JsonRecord): AliyunEnvelope {
  const code = body.Code ?? body.code;
  return {
    RequestId: readString(body.RequestId ?? body.requestId) || undefined,
    Success: body.Success === undefined ? undefined : readBoolean(body.Success),
    Code: typeof code === 'number' ? code : readString(code) || undefined,
    Message: readString(body.Message ?? body.message) || undefined,
    AccessDeniedDetail: readString(body.AccessDeniedDetail) || undefined,
    Data: body.Data,
    PageNumber: readNumber(body.PageNumber),
    PageSize: readNumber(body.PageSize),
    TotalCount: readNumber(body.TotalCount),
  };
}

function headerText(response: AxiosResponse, name: string): string | undefined {
  const value: unknown = response.headers[name];
  return typeof value === 'string' && value !== '' ? value : undefined;
}
