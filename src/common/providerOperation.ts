import * as vscode from 'vscode';
import type { TicketProvider } from '../core/provider';
import { requireOperation, type OptionalOperation, type ProviderOperation } from '../core/provider-operations';
import { outsideText } from '../shared/outsideText';

/**
 * An optional provider operation for a host action, bound to its provider; when the account's
 * capabilities do not offer it, throws core's `Unsupported` error with the translated sentence.
 */
export function offeredOperation<K extends OptionalOperation>(provider: TicketProvider, operation: K): ProviderOperation<K> {
  return requireOperation(provider, operation, vscode.l10n.t('{0} does not offer this action for this account.', outsideText(vscode.l10n.t(provider.displayName))));
}
