/**
 * The OSM v2 client: one signed transport and the operation families of spec §3. OSM-only operations
 * (labels, relations, agreements, extends parameters …) are reached here; the `TicketProvider` in
 * provider.ts covers what every cloud shares.
 */
import type { CredentialsSupplier } from '../../core/account';
import type { ConcurrencyLimiter } from '../../core/limiter';
import type { RetryPolicy } from '../../core/retry';
import { defaultOsmEndpoint, iamEndpointFor, languageHeader, normaliseEndpoint, timeZoneHeader, type OsmSite } from './endpoint';
import { invalidSetting } from './provider-errors';
import { OsmAttachmentsApi } from './ops/attachments';
import { OsmAuthorizationsApi } from './ops/authorizations';
import { OsmCasesApi } from './ops/cases';
import { OsmCatalogueApi } from './ops/catalogue';
import { OsmLabelsApi } from './ops/labels';
import { OsmMessagesApi } from './ops/messages';
import { OsmVerificationApi } from './ops/verification';
import { OsmTransport } from './transport';

export interface OsmClientOptions {
  readonly credentials: CredentialsSupplier;
  /** OSM endpoint URL; default per site (spec §1.2). */
  readonly endpoint?: string;
  /** IAM endpoint for discovering the account id; derived from the endpoint when absent. */
  readonly iamEndpoint?: string;
  /** Account (domain) id; discovered with `GET /v3/auth/domains` when absent. */
  readonly domainId?: string;
  readonly site?: OsmSite;
  /** Display locale, e.g. VS Code's `env.language`; picks `X-Language`. */
  readonly locale?: string;
  /** Minutes east of UTC for `X-Time-Zone` (default: this machine's offset). */
  readonly utcOffsetMinutes?: number;
  /** IAM user group id for same-group tickets (spec §1.7). */
  readonly groupId?: string;
  readonly timeoutMs?: number;
  readonly limiter?: ConcurrencyLimiter;
  readonly retryPolicy?: RetryPolicy;
  readonly userAgent?: string;
}

export class OsmClient {
  readonly transport: OsmTransport;
  readonly language: 'zh-cn' | 'en-us';
  /** The zone of `X-Time-Zone`, in which query times are written. */
  readonly utcOffsetMinutes: number;
  readonly catalogue: OsmCatalogueApi;
  readonly cases: OsmCasesApi;
  readonly messages: OsmMessagesApi;
  readonly attachments: OsmAttachmentsApi;
  readonly labels: OsmLabelsApi;
  readonly authorizations: OsmAuthorizationsApi;
  readonly verification: OsmVerificationApi;

  /** Throws `invalid-input` for an unusable endpoint setting. */
  constructor(options: OsmClientOptions) {
    const site = options.site ?? 'china';
    const endpoint = normaliseEndpoint(options.endpoint?.trim() || defaultOsmEndpoint(site));
    if ('error' in endpoint) throw invalidSetting('InvalidEndpoint', endpoint.error);
    const iam = options.iamEndpoint ? normaliseEndpoint(options.iamEndpoint) : { url: iamEndpointFor(endpoint.url) };
    if ('error' in iam) throw invalidSetting('InvalidEndpoint', iam.error);
    this.language = languageHeader(options.locale ?? 'zh-cn');
    this.utcOffsetMinutes = options.utcOffsetMinutes ?? -new Date().getTimezoneOffset();
    this.transport = new OsmTransport({
      endpoint: endpoint.url,
      iamEndpoint: iam.url,
      credentials: options.credentials,
      domainId: options.domainId?.trim() || undefined,
      site,
      language: this.language,
      timeZone: timeZoneHeader(this.utcOffsetMinutes),
      timeoutMs: options.timeoutMs,
      limiter: options.limiter,
      retryPolicy: options.retryPolicy,
      userAgent: options.userAgent,
    });
    const group = options.groupId?.trim() || undefined;
    this.catalogue = new OsmCatalogueApi(this.transport);
    this.cases = new OsmCasesApi(this.transport, group);
    this.messages = new OsmMessagesApi(this.transport, group);
    this.attachments = new OsmAttachmentsApi(this.transport, group);
    this.labels = new OsmLabelsApi(this.transport, group);
    this.authorizations = new OsmAuthorizationsApi(this.transport, group);
    this.verification = new OsmVerificationApi(this.transport);
  }

  /** The account (domain) id in use: configured or discovered through IAM. */
  domainId(signal?: AbortSignal): Promise<string> {
    return this.transport.domainId(signal);
  }
}
