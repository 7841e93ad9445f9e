// Huawei Cloud as the rest of the product sees it (spec huaweicloud-osm): key shapes, credential
// sources, secret formats for redaction, the default endpoint and console links.
import type { ProviderDescriptor } from '../../core/provider-descriptor';
import { loadProviderFactories } from '../load';
import { defaultOsmEndpoint, siteOf } from './endpoint';
import { HUAWEICLOUD_ID, HUAWEICLOUD_NAME } from './identity';
import { HUAWEICLOUD_CREDENTIAL_SOURCES } from './importers';

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
      { kind: 'huaweicloud-access-key-id', role: 'key-id', value: /^(?!AKIA|ASIA|AGPA|AIDA|AROA|AIPA|ANPA|ANVA|APKA|ABIA|ACCA)(?=[A-Z0-9]*[A-Z])(?=[A-Z0-9]*\d)[A-Z0-9]{20}$/ },
      { kind: 'huaweicloud-secret-access-key', role: 'secret', value: /^(?=[A-Za-z0-9]*[a-z])(?=[A-Za-z0-9]*[A-Z])[A-Za-z0-9]{40}$/ },
      { kind: 'huaweicloud-security-token', role: 'token', value: /^gQ/, inText: /gQ[A-Za-z0-9+/=%_-]{80,}/g },
    ],
    keyPair: { id: /[A-Z0-9]{20}/, secret: /[A-Za-z0-9]{40}/ },
  },
  defaultEndpoint: (account) => defaultOsmEndpoint(siteOf(account.site)),
  consoleTicketUrl: (ticketId) => `https://console.huaweicloud.com/ticket/?#/ticketindex/serviceTicketDetail?id=${encodeURIComponent(ticketId)}`,
  create: async (options) => (await loadProviderFactories()).createHuaweiCloudProvider(options),
};
