import type { ProviderId } from '../core/account';
import { cloudNameOf } from '../accounts/cloudName';
import { outsideText, type SafeText } from '../shared/outsideText';

/** Several clouds' names in the user's language, as "Cloud A / Cloud B". */
export function cloudNames(providerIds: readonly ProviderId[]): SafeText {
  return outsideText(providerIds.map(cloudNameOf).join(' / '));
}
