import * as vscode from 'vscode';
import type { ProviderId } from '../core/account';
import { findProviderDescriptor, type ProviderDescriptor } from '../providers';
import { outsideText, ownText, type SafeText } from '../shared/outsideText';

/** The cloud's name in the user's language (the descriptor's English name is the l10n key). */
export function cloudName(descriptor: ProviderDescriptor): SafeText {
  return ownText(vscode.l10n.t(descriptor.displayName));
}

/** The name of the cloud an account is on; the bare id for a cloud this version does not know. */
export function cloudNameOf(providerId: ProviderId): SafeText {
  const descriptor = findProviderDescriptor(providerId);
  return descriptor ? cloudName(descriptor) : outsideText(providerId);
}
