/**
 * The one signed HTTP transport every provider sends through. A provider plugs in, per call, a signer
 * (credentials → the request as it goes on the wire) and a reader that classifies the answer; the
 * transport owns the rest, so the clouds cannot drift apart on it:
 * - the account's request slots (core/limiter.ts): adaptive, paused and narrowed on throttling;
 * - one overall deadline per call, queueing and retries included (core/deadline.ts);
 * - retries of reads only (core/retry.ts; what is retryable is core/failure-classification.ts's);
 * - the server's clock, learnt from every answer's `Date` header (core/server-clock.ts);
 * - failures without an answer as `network` errors, with secret-free causes (no-answer.ts);
 * - the request id from the answer's headers, handed to the reader for its errors;
 * - bodies streamed from their source with a Content-Length (streamed-body.ts).
 */
import axios, { type AxiosInstance, type AxiosResponse, type RawAxiosRequestHeaders } from 'axios';
import type { CredentialsSupplier } from '../../core/account';
import { callDeadlineMs, deadlineExceeded, withDeadline, type CallDeadline } from '../../core/deadline';
import { isTicketError } from '../../core/errors';
import { DEFAULT_MAX_CONCURRENCY } from '../../core/adaptive-concurrency';
import { ConcurrencyLimiter } from '../../core/limiter';
import { DEFAULT_READ_RETRY, withRetry, type RetryPolicy } from '../../core/retry';
import { ServerClock } from '../../core/server-clock';
import { MAX_ANSWER_BYTES, noAnswerError } from './no-answer';
import { exactSizeStream, isStreamedBody, type BodySourceError } from './streamed-body';
import type { AnswerContext, HttpAnswer, HttpCall, OutgoingRequest, StreamedBody } from './types';

export interface SignedTransportOptions {
  /** Provider display name ("Alibaba Cloud"), for the sentences of errors the transport raises itself. */
  readonly providerName: string;
  /** Answer headers that carry the request id, in order of preference (lower case). */
  readonly requestIdHeaders: readonly string[];
  /** Asked before every signed attempt, so refreshed temporary keys are picked up. */
  readonly credentials: CredentialsSupplier;
  /** Timeout of one attempt in ms (default 30 s). */
  readonly timeoutMs?: number;
  /**
   * The account's request slots, shared by everything that calls this account (default: adaptive, from
   * 8 up to 24 in flight; the host passes one with the user's ceiling and the global limiter).
   */
  readonly limiter?: ConcurrencyLimiter;
  readonly retryPolicy?: RetryPolicy;
  readonly userAgent?: string;
}

const DEFAULT_TIMEOUT_MS = 30_000;
/** A burst call also goes before the account's other waiting calls: the user waits for its batch. */
const BURST = { ahead: true, burst: true } as const;

/** A request ready for the wire and what its errors must not show. */
interface PreparedRequest {
  readonly request: OutgoingRequest;
  readonly secrets: readonly string[];
  readonly usesSecurityToken: boolean;
}

export class SignedTransport {
  readonly limiter: ConcurrencyLimiter;
  /** The account's server clock, learnt from every answer's `Date` header. */
  readonly serverClock = new ServerClock();
  readonly timeoutMs: number;
  private readonly http: AxiosInstance;

  constructor(private readonly options: SignedTransportOptions) {
    this.limiter = options.limiter ?? new ConcurrencyLimiter(DEFAULT_MAX_CONCURRENCY, { adaptive: true });
    this.timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
    // A signed request must not wander to another host (and without redirects axios streams request
    // bodies straight to the socket instead of buffering them for a replay); statuses are judged by
    // the provider's reader; bodies arrive as bytes.
    this.http = axios.create({ maxRedirects: 0, validateStatus: () => true, responseType: 'arraybuffer', transformResponse: [(data: unknown) => data] });
  }

  private get retryPolicy(): RetryPolicy {
    return this.options.retryPolicy ?? DEFAULT_READ_RETRY;
  }

  /** Sends one call within its deadline: reads are retried per the policy, writes sent exactly once. */
  send<T>(call: HttpCall<T>): Promise<T> {
    const policy = this.retryPolicy;
    const deadlineMs = callDeadlineMs(this.timeoutMs, policy, call.uploadBytes ?? 0);
    const write = call.intent === 'write';
    const expired = (sent: boolean) => deadlineExceeded({ provider: this.options.providerName, operation: call.operation, deadlineMs, write, sent });
    return withDeadline({ ms: deadlineMs, signal: call.signal, expired }, async (deadline) => {
      await call.prerequisite?.(deadline.signal);
      return withRetry(call.intent, () => this.limiter.run(() => this.attempt(call, deadline), deadline.signal, call.burst ? BURST : undefined), {
        signal: deadline.signal,
        policy,
        remainingMs: deadline.remainingMs,
        onRetry: ({ delayMs, error }) => {
          // The cloud asked everyone on this account to slow down, not just this call.
          if (isTicketError(error, 'throttled')) this.limiter.pauseFor(delayMs);
        },
      });
    });
  }

  private async attempt<T>(call: HttpCall<T>, deadline: CallDeadline): Promise<T> {
    const { request, secrets, usesSecurityToken } = await this.prepare(call);
    let bodyFailure: BodySourceError | undefined;
    const body = request.body;
    const stream = isStreamedBody(body)
      ? exactSizeStream(body, (failure) => {
          bodyFailure = failure;
        })
      : undefined;
    deadline.markSent();
    const sentAt = Date.now();
    let response: AxiosResponse<ArrayBuffer>;
    try {
      response = await this.http.request<ArrayBuffer>({
        method: request.method,
        url: request.url,
        headers: this.wireHeaders(request),
        data: stream ?? wireBytes(body as Exclude<typeof body, StreamedBody>),
        timeout: this.timeoutMs,
        signal: deadline.signal,
        maxBodyLength: Infinity,
        maxContentLength: MAX_ANSWER_BYTES,
        onUploadProgress: call.onUploadProgress ? (event) => call.onUploadProgress?.(event.loaded, event.total ?? bodySize(body)) : undefined,
      });
    } catch (error) {
      // Closes the source (a file) when the request ended before the body did.
      stream?.destroy();
      throw noAnswerError(error, {
        providerName: this.options.providerName,
        operation: call.operation,
        intent: call.intent,
        timeoutMs: this.timeoutMs,
        secrets,
        signal: deadline.signal,
        bodyFailure,
      });
    }
    this.serverClock.observe(headerOf(response, 'date'), sentAt, Date.now());
    const answer = answerOf(response);
    const context: AnswerContext = {
      operation: call.operation,
      intent: call.intent,
      requestId: this.options.requestIdHeaders.map((name) => answer.header(name)).find((id) => id !== undefined),
      secrets,
      usesSecurityToken,
      clockSkewMs: this.serverClock.skewMs,
    };
    return call.read(answer, context);
  }

  /** Signs the attempt with the current credentials (or takes the presigned request as it is). */
  private async prepare<T>(call: HttpCall<T>): Promise<PreparedRequest> {
    if ('presigned' in call.request) {
      return { request: call.request.presigned, secrets: call.request.presigned.secrets ?? [], usesSecurityToken: false };
    }
    const credentials = await this.options.credentials();
    const request = call.request.sign(credentials);
    const secrets = [credentials.accessKeySecret, credentials.securityToken ?? '', ...(request.secrets ?? [])].filter((secret) => secret !== '');
    return { request, secrets, usesSecurityToken: !!credentials.securityToken };
  }

  private wireHeaders(request: OutgoingRequest): RawAxiosRequestHeaders {
    const headers: RawAxiosRequestHeaders = { ...request.headers };
    // The HTTP layer writes the authority the URL names, which is what the signer signed.
    for (const name of Object.keys(headers)) if (name.toLowerCase() === 'host') delete headers[name];
    if (this.options.userAgent) headers['user-agent'] = this.options.userAgent;
    const body = request.body;
    const declaresType = Object.keys(headers).some((name) => name.toLowerCase() === 'content-type');
    // axios would add an unsigned form content-type to a body-less POST; signers sign every
    // content-type sent, and the official SDKs send none without a body.
    if (body === undefined && !declaresType) headers['content-type'] = false;
    if (isStreamedBody(body)) headers['content-length'] = String(body.size);
    return headers;
  }
}

/** Bytes as axios sends them: a typed array that is not a Buffer would be sent as its whole underlying buffer. */
function wireBytes(body: string | Uint8Array | undefined): string | Buffer | undefined {
  if (body === undefined || typeof body === 'string' || Buffer.isBuffer(body)) return body;
  return Buffer.from(body.buffer, body.byteOffset, body.byteLength);
}

function bodySize(body: OutgoingRequest['body']): number {
  if (body === undefined) return 0;
  if (typeof body === 'string') return Buffer.byteLength(body);
  return isStreamedBody(body) ? body.size : body.byteLength;
}

function headerOf(response: AxiosResponse, name: string): string | undefined {
  const value: unknown = response.headers[name];
  return typeof value === 'string' && value !== '' ? value : undefined;
}

function answerOf(response: AxiosResponse<ArrayBuffer>): HttpAnswer {
  const body = Buffer.from(response.data ?? new ArrayBuffer(0));
  return {
    status: response.status,
    body,
    header: (name) => headerOf(response, name),
    text: () => body.toString('utf8'),
  };
}
