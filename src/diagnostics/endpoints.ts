// Where an account's requests go, for the connectivity check. The provider descriptors do not expose
// this yet (see the report of issue 10), so the two clouds' own resolvers are asked here; an unknown
// cloud falls back to the account's endpoint override. vscode-free.
import type { AccountMetadata } from '../core/account';

/** The base URL requests of this account go to, or undefined when it cannot be told. */
export async function endpointUrlOf(account: AccountMetadata): Promise<string | undefined> {
  const override = account.endpoint?.trim();
  if (override) return /^[a-z][a-z0-9+.-]*:\/\//i.test(override) ? override : `https://${override}`;
  switch (account.providerId) {
    case 'aliyun':
      return (await import('../providers/aliyun/endpoints')).resolveEndpoint({ region: account.region }).origin;
    case 'huaweicloud': {
      const [{ defaultOsmEndpoint }, { siteOf }] = await Promise.all([import('../providers/huaweicloud/endpoint'), import('../providers/huaweicloud/provider')]);
      return defaultOsmEndpoint(siteOf(account.site));
    }
    default:
      return undefined;
  }
}
