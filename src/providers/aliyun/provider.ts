/**
 * Entry point of the Alibaba Cloud provider: builds the client for an account (endpoint, signing,
 * limits) and picks the implementation for the account's API version (default 2021-06-10).
 * Layout: provider-*.ts → client.ts → ops/<area> → transport.ts → the shared ../http transport.
 */
import type { AccountMetadata, CredentialsSupplier } from '../../core/account';
import { TicketError } from '../../core/errors';
import { PROVIDER_NAME } from './errors';
import type { ConcurrencyLimiter } from '../../core/limiter';
import type { TicketProvider } from '../../core/provider';
import type { RetryPolicy } from '../../core/retry';
import { AliyunClient } from './client';
import { languageFromLocale } from './language';
import { AliyunProvider2020 } from './provider-2020';
import { AliyunProvider2021 } from './provider-2021';
import type { WorkorderSignatureAlgorithm } from './rpc-request';
import { DEFAULT_API_VERSION, type AliyunApiVersion } from './wire/types';

export interface AliyunProviderOptions {
  readonly account: AccountMetadata;
  /** Called before every request, so refreshed STS credentials are picked up. */
  readonly credentials: CredentialsSupplier;
  /** UI locale (e.g. VS Code's display language) for the API `Language` parameter. */
  readonly locale?: string;
  readonly signatureAlgorithm?: WorkorderSignatureAlgorithm;
  readonly timeoutMs?: number;
  readonly limiter?: ConcurrencyLimiter;
  readonly retryPolicy?: RetryPolicy;
  readonly userAgent?: string;
}

/** API versions this provider speaks. */
export const ALIYUN_API_VERSIONS: readonly AliyunApiVersion[] = ['2021-06-10', '2020-03-26'];

/** Creates the provider for one Alibaba Cloud account; throws `invalid-input` for an unknown API version or endpoint. */
export function createAliyunProvider(options: AliyunProviderOptions): TicketProvider {
  const version = apiVersionOf(options.account);
  const language = languageFromLocale(options.locale);
  const client = new AliyunClient({
    endpoint: options.account.endpoint,
    region: options.account.region,
    language,
    credentials: options.credentials,
    signatureAlgorithm: options.signatureAlgorithm,
    timeoutMs: options.timeoutMs,
    limiter: options.limiter,
    retryPolicy: options.retryPolicy,
    userAgent: options.userAgent,
  });
  return version === '2020-03-26' ? new AliyunProvider2020(client) : new AliyunProvider2021(client, language);
}

function apiVersionOf(account: AccountMetadata): AliyunApiVersion {
  const wanted = account.apiVersion?.trim() || DEFAULT_API_VERSION;
  const known = ALIYUN_API_VERSIONS.find((version) => version === wanted);
  if (!known) {
    throw new TicketError({
      kind: 'invalid-input',
      code: 'InvalidApiVersion',
      provider: PROVIDER_NAME,
      reason: { id: 'unsupported-api-version', version: wanted, supported: ALIYUN_API_VERSIONS },
    });
  }
  return known;
}
