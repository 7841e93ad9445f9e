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

/** The label a demo account gets: "阿里云（演示）" in Chinese, "Alibaba Cloud (demo)" in English. */
export function demoAccountLabel(descriptor: ProviderDescriptor): string {
  return vscode.l10n.t('{0} (demo)', cloudName(descriptor));
}

/**
 * Whether a demo account still has a label we made (in English, the language of a window without a
 * translation, or in the current display language), not one the user chose: such a label follows the
 * display language.
 */
export function isMadeDemoLabel(label: string, descriptor: ProviderDescriptor): boolean {
  return label === `${descriptor.displayName} (demo)` || label === demoAccountLabel(descriptor);
}
