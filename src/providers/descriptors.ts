/**
 * The clouds the extension knows: one line per cloud. Everything else reads these descriptors and
 * never names a cloud (test/unit/core/provider-names.test.ts checks it).
 */
import { TicketError } from '../core/errors';
import type { ProviderId } from '../core/account';
import type { ProviderDescriptor } from '../core/provider-descriptor';
import { aliyunDescriptor } from './aliyun/descriptor';
import { huaweiCloudDescriptor } from './huaweicloud/descriptor';

export const PROVIDERS: readonly ProviderDescriptor[] = [aliyunDescriptor, huaweiCloudDescriptor];

/** How every known cloud's ticket ids look (links, Open Ticket by ID). */
export const TICKET_ID_FORMATS = PROVIDERS.map((provider) => provider.ticketIds);

/** The descriptor of a provider id, or undefined for a cloud this version does not know. */
export function findProviderDescriptor(id: ProviderId): ProviderDescriptor | undefined {
  return PROVIDERS.find((provider) => provider.id === id);
}

/** The descriptor of a provider id; throws for an unknown cloud (e.g. an account from a newer version). */
export function providerDescriptor(id: ProviderId): ProviderDescriptor {
  const descriptor = findProviderDescriptor(id);
  if (!descriptor) {
    throw new TicketError({ kind: 'invalid-input', code: 'UnknownProvider', reason: { id: 'unknown-provider', providerId: id } });
  }
  return descriptor;
}
