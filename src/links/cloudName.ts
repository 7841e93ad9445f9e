import type { ProviderId } from '../core/account';
import { providerDescriptor } from '../providers';
import { outsideText, type SafeText } from '../shared/outsideText';

/** The display name of a cloud, from its descriptor (the provider id when this version does not know it). */
export function cloudName(providerId: ProviderId): SafeText {
  try {
    return outsideText(providerDescriptor(providerId).displayName);
  } catch {
    return outsideText(providerId);
  }
}

/** Several clouds' names, as "Alibaba Cloud / Huawei Cloud". */
export function cloudNames(providerIds: readonly ProviderId[]): SafeText {
  return outsideText(providerIds.map(cloudName).join(' / '));
}
