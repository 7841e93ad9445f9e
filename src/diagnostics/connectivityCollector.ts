import * as vscode from 'vscode';
import type { BundleSection } from '../core/diagnostics/bundle';
import type { CollectContext } from './collectContext';
import { checkConnectivity, formatConnectivity } from './connectivity';
import { endpointUrlOf } from './endpoints';

/** DNS, TCP, TLS and HTTP checks to the endpoint of the ticket's account. */
export async function collectConnectivity(context: CollectContext): Promise<BundleSection[]> {
  const title = vscode.l10n.t('Connectivity');
  const account = context.services.accounts.get(context.target.accountId);
  const endpoint = account ? await endpointUrlOf(account) : undefined;
  if (!endpoint) return [{ path: 'connectivity.txt', title, text: 'The endpoint of this account is not known; no checks were run.\n' }];
  const steps = await checkConnectivity(endpoint, { signal: context.signal });
  const note = 'The checks connect directly, without the proxy settings, and send no credentials.';
  return [{ path: 'connectivity.txt', title, text: `${formatConnectivity(endpoint, steps)}\n${note}\n` }];
}
