/**
 * The clouds the extension knows. Adding a cloud means adding its folder and one entry here; the UI
 * reads display names, key hints and defaults from these descriptors and never branches on the id.
 */
import type { AccountMetadata, CredentialsSupplier, ProviderId } from '../core/account';
import { TicketError } from '../core/errors';
import type { TicketProvider } from '../core/provider';
import { loadProviderFactories } from './load';

export interface ProviderOptions {
  readonly account: AccountMetadata;
  readonly credentials: CredentialsSupplier;
  /** UI locale, e.g. VS Code's display language ("zh-cn"). */
  readonly locale?: string;
  readonly timeoutMs?: number;
}

export interface ProviderDescriptor {
  readonly id: ProviderId;
  readonly displayName: string;
  /** API versions the user may choose; the first is the default. Empty when the cloud has one. */
  readonly apiVersions: readonly string[];
  /** A hint shown while typing the key id, and a loose check (format hint, not a strict length rule). */
  readonly accessKeyIdHint: string;
  readonly looksLikeAccessKeyId: (value: string) => boolean;
  /** Where the user finds the ticket in the web console. */
  readonly consoleTicketUrl: (ticketId: string) => string;
  /** Loads the provider code lazily, so activation does not pay for it. */
  readonly create: (options: ProviderOptions) => Promise<TicketProvider>;
}

export const PROVIDERS: readonly ProviderDescriptor[] = [
  {
    id: 'aliyun',
    displayName: 'Alibaba Cloud',
    apiVersions: ['2021-06-10', '2020-03-26'],
    accessKeyIdHint: 'LTAI…',
    looksLikeAccessKeyId: (value) => /^(LTAI|STS\.)?[A-Za-z0-9.]{12,}$/.test(value.trim()),
    consoleTicketUrl: (ticketId) => `https://smartservice.console.aliyun.com/service/pre-sales-detail?ticketId=${encodeURIComponent(ticketId)}`,
    create: async (options) => (await loadProviderFactories()).createAliyunProvider(options),
  },
  {
    id: 'huaweicloud',
    displayName: 'Huawei Cloud',
    apiVersions: [],
    accessKeyIdHint: 'HPUA…',
    looksLikeAccessKeyId: (value) => /^[A-Z0-9]{16,40}$/.test(value.trim()),
    consoleTicketUrl: (ticketId) => `https://console.huaweicloud.com/ticket/?#/ticketindex/serviceTicketDetail?id=${encodeURIComponent(ticketId)}`,
    create: async (options) => (await loadProviderFactories()).createHuaweiCloudProvider(options),
  },
];

/** The descriptor of a provider id; throws for an unknown cloud (e.g. an account from a newer version). */
export function providerDescriptor(id: ProviderId): ProviderDescriptor {
  const descriptor = PROVIDERS.find((provider) => provider.id === id);
  if (!descriptor) {
    throw new TicketError({ kind: 'invalid-input', code: 'UnknownProvider', message: `This version of Cloud Tickets does not support the cloud "${id}". Update the extension.` });
  }
  return descriptor;
}
