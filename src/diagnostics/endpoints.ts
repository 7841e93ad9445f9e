// Where an account's requests go, for the connectivity check. The provider descriptors do not expose
// this yet (see the report of issue 10), so the two clouds' own resolvers are asked here; an unknown
// cloud falls back to the account's endpoint override. vscode-free; loaded only with the diagnostics
// command, so activation does not pay for the provider modules.
import type { AccountMetadata } from '../core/account';
import { resolveEndpoint } from '../providers/aliyun/endpoints';
import { defaultOsmEndpoint } from '../providers/huaweicloud/endpoint';
import { siteOf } from '../providers/huaweicloud/provider';

/** The base URL requests of this account go to, or undefined when it cannot be told. */
export async function endpointUrlOf(account: AccountMetadata): Promise<string | undefined> {
  const override = account.endpoint?.trim();
  if (override) return /^[a-z][a-z0-9+.-]*:\/\//i.test(override) ? override : `https://${override}`;
  switch (account.providerId) {
    case 'aliyun':
      return resolveEndpoint({ region: account.region }).origin;
    case 'huaweicloud':
      return defaultOsmEndpoint(siteOf(account.site));
    default:
      return undefined;
  }
}
