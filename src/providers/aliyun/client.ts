/**
 * The Workorder client: one signed transport for the account and the operation families over it
 * (2021-06-10: tickets, catalogue, attachments; 2020-03-26: the legacy actions). The `TicketProvider`s
 * in provider-2021.ts and provider-2020.ts build on it; same shape as huaweicloud/client.ts.
 */
import type { CredentialsSupplier } from '../../core/account';
import type { ConcurrencyLimiter } from '../../core/limiter';
import type { RetryPolicy } from '../../core/retry';
import type { ServerClock } from '../../core/server-clock';
import { resolveEndpoint } from './endpoints';
import { AliyunAttachmentsApi } from './ops/attachments';
import { AliyunCatalogueApi } from './ops/catalogue';
import { Workorder2020Api } from './ops/legacy-2020';
import { AliyunTicketsApi } from './ops/tickets';
import type { WorkorderSignatureAlgorithm } from './rpc-request';
import { WorkorderTransport } from './transport';
import type { AliyunLanguage } from './wire/types';

export interface AliyunClientOptions {
  readonly credentials: CredentialsSupplier;
  /** Endpoint override (host or URL); else the regional or central host (spec §1). */
  readonly endpoint?: string;
  readonly region?: string;
  /** `Language` the legacy API sends with every call. */
  readonly language: AliyunLanguage;
  /** Default ACS3-HMAC-SHA256 (what the official SDK uses). */
  readonly signatureAlgorithm?: WorkorderSignatureAlgorithm;
  readonly timeoutMs?: number;
  readonly limiter?: ConcurrencyLimiter;
  readonly retryPolicy?: RetryPolicy;
  readonly userAgent?: string;
}

export class AliyunClient {
  readonly transport: WorkorderTransport;
  readonly language: AliyunLanguage;
  readonly tickets: AliyunTicketsApi;
  readonly catalogue: AliyunCatalogueApi;
  readonly attachments: AliyunAttachmentsApi;
  readonly legacy: Workorder2020Api;

  /** Throws `invalid-input` for an unusable endpoint setting. */
  constructor(options: AliyunClientOptions) {
    this.language = options.language;
    this.transport = new WorkorderTransport({
      endpoint: resolveEndpoint({ endpoint: options.endpoint, region: options.region }),
      credentials: options.credentials,
      signatureAlgorithm: options.signatureAlgorithm,
      timeoutMs: options.timeoutMs,
      limiter: options.limiter,
      retryPolicy: options.retryPolicy,
      userAgent: options.userAgent,
    });
    this.tickets = new AliyunTicketsApi(this.transport);
    this.catalogue = new AliyunCatalogueApi(this.transport);
    this.attachments = new AliyunAttachmentsApi(this.transport);
    this.legacy = new Workorder2020Api(this.transport, options.language);
  }

  /** The account's server clock, learnt from every answer's `Date` header. */
  get serverClock(): ServerClock {
    return this.transport.serverClock;
  }
}
