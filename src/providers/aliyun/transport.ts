/**
 * Workorder RPC calls through the shared signed transport (../http): the Workorder signer
 * (rpc-request.ts: parameter encoding + ACS3 or RPC v1 signature) and the answer classifier (a JSON
 * envelope that says `Success`, else errors.ts's reading of its `Code`) plugged in. Slots, deadline,
 * read retries, the server's clock and network failures are the shared transport's.
 */
import type { ReadOptions } from '../../core/provider';
import type { Credentials, CredentialsSupplier } from '../../core/account';
import type { ConcurrencyLimiter } from '../../core/limiter';
import type { RequestIntent, RetryPolicy } from '../../core/retry';
import type { ServerClock } from '../../core/server-clock';
import { SignedTransport } from '../http/transport';
import type { AnswerContext, HttpAnswer, OutgoingRequest } from '../http/types';
import type { AliyunEndpoint } from './endpoints';
import { errorFromResponse, PROVIDER_NAME, unreadableResponse } from './errors';
import { buildWorkorderRequest, type WorkorderSignatureAlgorithm } from './rpc-request';
import type { WorkorderRequestModel, WorkorderVersion } from './wire/params';
import { readRecord, toEnvelope } from './wire/read';
import type { AliyunResult } from './wire/types';

/** One API action and whether it changes state (reads may be retried; writes never are). */
export interface ActionSpec {
  readonly action: string;
  readonly version: WorkorderVersion;
  readonly intent: RequestIntent;
}

export interface WorkorderTransportOptions {
  readonly endpoint: AliyunEndpoint;
  readonly credentials: CredentialsSupplier;
  /** Default ACS3-HMAC-SHA256 (what the official SDK uses). */
  readonly signatureAlgorithm?: WorkorderSignatureAlgorithm;
  /** Timeout of one attempt in ms (default 30 s; the official SDK's 3 s is too short for ticket text, spec §12.10). */
  readonly timeoutMs?: number;
  /** Shared per-account limiter (default: 4 concurrent requests). */
  readonly limiter?: ConcurrencyLimiter;
  readonly retryPolicy?: RetryPolicy;
  readonly userAgent?: string;
}

/** Request ids: Workorder answers carry `x-acs-request-id`, the storage service (OSS) `x-oss-request-id`. */
const REQUEST_ID_HEADERS = ['x-acs-request-id', 'x-oss-request-id'];

export class WorkorderTransport {
  /** The shared transport, also used for the presigned storage upload (ops/attachments.ts). */
  readonly http: SignedTransport;

  constructor(private readonly options: WorkorderTransportOptions) {
    this.http = new SignedTransport({
      providerName: PROVIDER_NAME,
      requestIdHeaders: REQUEST_ID_HEADERS,
      credentials: options.credentials,
      timeoutMs: options.timeoutMs,
      limiter: options.limiter,
      retryPolicy: options.retryPolicy,
      userAgent: options.userAgent,
    });
  }

  get limiter(): ConcurrencyLimiter {
    return this.http.limiter;
  }

  /** The account's server clock (duplicate look-ups, clock-skew sentences). */
  get serverClock(): ServerClock {
    return this.http.serverClock;
  }

  /**
   * Sends one action with an SDK-style camelCase request model (encoded per spec §3); resolves with the
   * success envelope or throws `TicketError`. Reads are retried per the policy, writes sent once.
   */
  call(spec: ActionSpec, request: WorkorderRequestModel, signal?: AbortSignal, options: ReadOptions = {}): Promise<AliyunResult> {
    return this.http.send({
      operation: spec.action,
      intent: spec.intent,
      signal,
      burst: options.burst,
      request: { sign: (credentials) => this.sign(spec, request, credentials) },
      read: readWorkorderAnswer,
    });
  }

  /** The Workorder signer: the action encoded and signed for this endpoint. */
  private sign(spec: ActionSpec, request: WorkorderRequestModel, credentials: Credentials): OutgoingRequest {
    const { endpoint, signatureAlgorithm } = this.options;
    const wire = buildWorkorderRequest({ version: spec.version, action: spec.action, request, host: endpoint.host, credentials, algorithm: signatureAlgorithm });
    return {
      method: wire.method,
      url: `${endpoint.origin}/${wire.queryString ? `?${wire.queryString}` : ''}`,
      headers: { ...wire.headers, accept: 'application/json' },
      body: wire.body,
    };
  }
}

/**
 * The Workorder answer classifier: a 2xx JSON envelope with `Success: true` is the result; anything
 * else becomes the `TicketError` its status and `Code` call for (errors.ts). The request id comes from
 * the body, else the header.
 */
export function readWorkorderAnswer(answer: HttpAnswer, context: AnswerContext): AliyunResult {
  let parsed: unknown;
  try {
    parsed = JSON.parse(answer.text());
  } catch {
    throw unreadableResponse(context.operation, answer.status, context.requestId, context.intent === 'write');
  }
  const envelope = toEnvelope(readRecord(parsed));
  const requestId = envelope.RequestId || context.requestId;
  if (answer.status >= 200 && answer.status < 300 && envelope.Success === true) {
    return { envelope, requestId };
  }
  throw errorFromResponse({
    httpStatus: answer.status,
    envelope,
    requestId,
    retryAfterHeader: answer.header('x-acs-retry-after'),
    operation: context.operation,
    secrets: context.secrets,
    intent: context.intent,
    clockSkewMs: context.clockSkewMs,
  });
}
