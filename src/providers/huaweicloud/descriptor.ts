// Huawei Cloud as the rest of the product sees it (spec huaweicloud-osm): key shapes, credential
// sources, secret formats for redaction, the default endpoint and console links.
import type { ProviderDescriptor } from '../../core/provider-descriptor';
import { loadProviderFactories } from '../load';
import { defaultOsmEndpoint, siteOf } from './endpoint';
import { HUAWEICLOUD_ID, HUAWEICLOUD_NAME } from './identity';
import { HUAWEICLOUD_CREDENTIAL_SOURCES } from './importers';
import { OSM_ACCOUNT_SETTINGS } from './account-settings';

const ACCESS_KEY_ID = /^[A-Z0-9]{20}$/;
const SECRET_ACCESS_KEY = /^[A-Za-z0-9]{40}$/;

export const huaweiCloudDescriptor: ProviderDescriptor = {
  id: HUAWEICLOUD_ID,
  displayName: HUAWEICLOUD_NAME,
  apiVersions: [],
  credentialFields: {
    keyId: { shape: ACCESS_KEY_ID, plausible: /^[A-Z0-9]{16,40}$/, example: 'HPUA…' },
    secret: { shape: SECRET_ACCESS_KEY },
    // Temporary AK/SK come with a security token (spec §6.1).
    token: { shape: /^gQ[A-Za-z0-9+/=%_-]{16,}$/ },
  },
  credentialSources: HUAWEICLOUD_CREDENTIAL_SOURCES,
  consoleCsv: { secretHeaders: ['secretaccesskey'] },
  secretFormats: {
    fieldWords: ['huawei', 'huaweicloud', 'hcloud', 'hc', 'obs'],
    formats: [
      // AWS key ids have the same shape; their prefixes tell them apart. A letter and a digit skip words.
      // SWR (the container registry) logins use `<region>@<AK>` as the user name.
      {
        kind: 'huaweicloud-access-key-id',
        role: 'key-id',
        value: /^(?!AKIA|ASIA|AGPA|AIDA|AROA|AIPA|ANPA|ANVA|APKA|ABIA|ACCA)(?=[A-Z0-9]*[A-Z])(?=[A-Z0-9]*\d)[A-Z0-9]{20}$/,
        registryUser: true,
      },
      {
        kind: 'huaweicloud-secret-access-key',
        role: 'secret',
        value: /^(?=[A-Za-z0-9]*[a-z])(?=[A-Za-z0-9]*[A-Z])[A-Za-z0-9]{40}$/,
        commandLine: { programs: ['obsutil', 'obsutil.exe'], flag: '-k' },
      },
      { kind: 'huaweicloud-security-token', role: 'token', value: /^gQ/, inText: /gQ[A-Za-z0-9+/=%_-]{80,}/g },
    ],
    keyPair: { id: /[A-Z0-9]{20}/, secret: /[A-Za-z0-9]{40}/ },
  },
  defaultEndpoint: (account) => defaultOsmEndpoint(siteOf(account.site)),
  // TS (v2) or TT (v1) + an 8-digit date + 4–16 upper-case letters or digits (spec §1.1:
  // TS202603275SQAIEFGS0404, TT201801020526; the emulator makes TS + date + 9 + 4). The spec's test
  // placeholders (TS-123456, case-123) are not ids a real account has.
  ticketIds: {
    providerId: HUAWEICLOUD_ID,
    exact: /^T[ST](?:19|20)\d{6}[0-9A-Z]{4,16}$/,
    inText: /^T[ST](?:19|20)\d{6}[0-9A-Z]{4,16}$/,
    inTextLength: { min: 14, max: 26 },
    example: 'TS202603275SQAIEFGS0404',
  },
  accountSettings: OSM_ACCOUNT_SETTINGS,
  consoleTicketUrl: (ticketId) => `https://console.huaweicloud.com/ticket/?#/ticketindex/serviceTicketDetail?id=${encodeURIComponent(ticketId)}`,
  create: async (options) => (await loadProviderFactories()).createHuaweiCloudProvider(options),
};
