// Alibaba Cloud as the rest of the product sees it (spec aliyun-workorder): key shapes, credential
// sources, secret formats for redaction, the default endpoint and console links.
import type { ProviderDescriptor } from '../../core/provider-descriptor';
import { loadProviderFactories } from '../load';
import { resolveEndpoint } from './endpoints';
import { ALIYUN_ID, ALIYUN_NAME } from './identity';
import { ALIYUN_CREDENTIAL_SOURCES } from './importers';

// `LTAI…` for long-term keys, `STS.…` for the temporary keys issued with a token.
const KEY_ID = /^(?:LTAI[A-Za-z0-9]{12,28}|STS\.[A-Za-z0-9]{16,40})$/;
const SECRET = /^[A-Za-z0-9]{30}$/;
const STS_TOKEN = /^CAIS[A-Za-z0-9+/=%_-]{20,}$/;

export const aliyunDescriptor: ProviderDescriptor = {
  id: ALIYUN_ID,
  displayName: ALIYUN_NAME,
  apiVersions: ['2021-06-10', '2020-03-26'],
  credentialFields: {
    // Older keys and RAM-generated ones do not all start with LTAI, so the typing hint is loose.
    keyId: { shape: KEY_ID, plausible: /^(?:LTAI|STS\.)?[A-Za-z0-9.]{12,}$/, example: 'LTAI…' },
    secret: { shape: SECRET },
    token: { shape: STS_TOKEN },
  },
  credentialSources: ALIYUN_CREDENTIAL_SOURCES,
  consoleCsv: { secretHeaders: ['accesskeysecret'] },
  secretFormats: {
    fieldWords: ['alibaba', 'alibabacloud', 'aliyun', 'alicloud', 'acs', 'sts', 'oss'],
    formats: [
      { kind: 'aliyun-access-key-id', role: 'key-id', value: KEY_ID, inText: /(?:LTAI[A-Za-z0-9]{12,28}|STS\.[A-Za-z0-9]{16,40})/g },
      {
        kind: 'aliyun-access-key-secret',
        role: 'secret',
        value: /^(?=[A-Za-z0-9]*[a-z])(?=[A-Za-z0-9]*[A-Z])[A-Za-z0-9]{30}$/,
        fieldNames: ['accesskeysecret'],
        commandLine: { programs: ['ossutil', 'ossutil64', 'ossutilmac64', 'ossutil.exe', 'ossutil64.exe'], flag: '-k' },
      },
      { kind: 'aliyun-sts-token', role: 'token', value: /^CAIS/, inText: /CAIS[A-Za-z0-9+/=%_-]{20,}/g },
    ],
    keyPair: { id: /(?:LTAI|STS\.)[A-Za-z0-9.]{12,40}/, secret: /[A-Za-z0-9]{30}/ },
    // OSS signs with `OSS <key id>:<signature>`, the older ROA APIs with `acs <key id>:<signature>`.
    authSchemes: ['acs', 'OSS'],
  },
  defaultEndpoint: (account) => resolveEndpoint({ region: account.region }).origin,
  // Upper-case letters and digits (spec examples 0005PYGCW, 0006S6ZL6E, G2BKRWG, 001ET1BU1P; the emulator
  // makes 00 + 7). In text it must hold a digit and a letter and have 7–12 characters, so words
  // (WARNING), numbers and SHA256-like names are not taken for ids.
  ticketIds: {
    providerId: ALIYUN_ID,
    exact: /^[0-9A-Z]{6,12}$/,
    inText: /^(?=[0-9A-Z]*[0-9])(?=[0-9A-Z]*[A-Z])[0-9A-Z]{7,12}$/,
    inTextLength: { min: 7, max: 12 },
    example: '0005PYGCW',
  },
  // Keys, endpoint and API version say everything Workorder needs.
  accountSettings: [],
  consoleTicketUrl: (ticketId) => `https://smartservice.console.aliyun.com/service/pre-sales-detail?ticketId=${encodeURIComponent(ticketId)}`,
  create: async (options) => (await loadProviderFactories()).createAliyunProvider(options),
};
