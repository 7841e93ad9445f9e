// Where an account's requests go, for the connectivity check: the account's endpoint override, or the
// default endpoint its cloud's descriptor names. vscode-free; loaded only with the diagnostics command.
import type { AccountMetadata } from '../core/account';
import { findProviderDescriptor } from '../providers';

/** The base URL requests of this account go to, or undefined when it cannot be told. */
export async function endpointUrlOf(account: AccountMetadata): Promise<string | undefined> {
  const override = account.endpoint?.trim();
  if (override) return /^[a-z][a-z0-9+.-]*:\/\//i.test(override) ? override : `https://${override}`;
  return findProviderDescriptor(account.providerId)?.defaultEndpoint(account);
}
