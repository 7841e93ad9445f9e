// Deciding from a field name ("AccessKeySecret", "HUAWEICLOUD_SDK_SK", "x-acs-security-token",
// "db_pass", "NextToken") whether its value is a secret, and of which kind once the value is seen.
import type { RedactionKind } from './redaction';
import { ALIYUN_KEY_ID, isHuaweiAccessKeyId, isMixedAlnum, isPlausiblePassword, isPlausibleToken } from './redaction-values';

export type KeyFamily = 'password' | 'secret-key' | 'key-id' | 'security-token' | 'token' | 'api-key' | 'private-key' | 'secret' | 'signature' | 'cookie';

export interface KeyClass {
  family: KeyFamily;
  words: string[];
  /** For key ids: whether a value of no known cloud shape still counts. */
  anyShape: boolean;
}

/** Splits `AccessKeySecret`, `x-acs-security-token`, `OSSAccessKeyId` into lower-case words. */
export function splitKeyWords(key: string): string[] {
  return key
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1 $2')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
}

// Tokens that page or de-duplicate requests; they grant nothing.
const HARMLESS_TOKEN_PREFIXES = [
  'next', 'page', 'continuation', 'pagination', 'sync', 'cursor', 'client', 'idempotency', 'request', 'max', 'min', 'num',
  'total', 'cancellation', 'cancel', 'resume', 'start', 'end', 'last', 'first', 'prev', 'previous', 'marker', 'scroll', 'batch',
];
const KEY_QUALIFIERS = ['api', 'encryption', 'signing', 'master', 'license', 'subscription', 'shared', 'hmac', 'auth', 'secret', 'private', 'access'];

/** The family of secret a field name announces, or undefined for ordinary fields. */
export function classifyKey(key: string): KeyClass | undefined {
  const words = splitKeyWords(key);
  if (words.length === 0) return undefined;
  const joined = words.join('');
  const last = words[words.length - 1];
  const previous = words[words.length - 2] ?? '';
  const make = (family: KeyFamily, anyShape = true): KeyClass => ({ family, words, anyShape });

  if (/(?:accesskeysecret|secretaccesskey|secretkey|accesssecret)$/.test(joined) || last === 'sk') return make('secret-key');
  if (/(?:accesskeyid|accessid|accesskey)$/.test(joined) || last === 'ak') return make('key-id');
  if (joined === 'access') return make('key-id', false);
  if (/(?:securitytoken|ststoken|sessiontoken)$/.test(joined)) return make('security-token');
  if (joined.endsWith('privatekey')) return make('private-key');
  if (joined.endsWith('apikey') || (last === 'key' && KEY_QUALIFIERS.includes(previous))) return make('api-key');
  if (/(?:password|passwd|passphrase)$/.test(joined) || (last === 'pwd' && !/^(?:old)?pwd$/.test(joined)) || (last === 'pass' && words.length > 1)) {
    return make('password');
  }
  if (joined.endsWith('token')) {
    return HARMLESS_TOKEN_PREFIXES.some((prefix) => joined.endsWith(`${prefix}token`)) ? undefined : make('token');
  }
  if (joined.endsWith('secret') || last === 'credential' || last === 'credentials' || last === 'auth') return make('secret');
  if (last === 'signature') return make('signature');
  if (last === 'cookie') return make('cookie');
  return undefined;
}

/** Whether the value should run to the end of the line when the field starts a line. */
export function takesRestOfLine(family: KeyFamily): boolean {
  return family === 'password' || family === 'cookie';
}

const ALIYUN_HINTS = ['alibaba', 'alibabacloud', 'aliyun', 'alicloud', 'acs', 'sts', 'oss'];
const HUAWEI_HINTS = ['huawei', 'huaweicloud', 'hcloud', 'hc', 'obs'];

function hinted(words: string[], hints: string[]): boolean {
  return words.some((word) => hints.includes(word));
}

function isPathLike(value: string): boolean {
  return /^(?:~|\.{1,2})?\/[\w.\-/]*$/.test(value) || /^[A-Za-z]:\\/.test(value);
}

/** The redaction kind for this field's value, or undefined when the value is no secret. */
export function kindForValue(keyClass: KeyClass, value: string): RedactionKind | undefined {
  const { family, words } = keyClass;
  if (family === 'password') return isPlausiblePassword(value) ? 'password' : undefined;
  if (family === 'cookie') return isPlausibleToken(value.replace(/\s/g, ''), 8) ? 'cookie' : undefined;
  // Documentation writes `accessKeySecret: 'accessKeySecret'`; a value that repeats its name is a stand-in.
  if (isPathLike(value) || value.toLowerCase().replace(/[^a-z0-9]/g, '') === words.join('')) return undefined;
  switch (family) {
    case 'key-id':
      if (ALIYUN_KEY_ID.test(value)) return 'aliyun-access-key-id';
      if (isHuaweiAccessKeyId(value)) return 'huaweicloud-access-key-id';
      return keyClass.anyShape && /^[A-Za-z0-9]{12,}$/.test(value) && /\d/.test(value) && /[A-Za-z]/.test(value) ? 'access-key-id' : undefined;
    case 'secret-key':
      if (!isPlausibleToken(value, 8)) return undefined;
      if (words.join('').endsWith('accesskeysecret') || hinted(words, ALIYUN_HINTS) || isMixedAlnum(value, 30)) return 'aliyun-access-key-secret';
      if (/^[A-Za-z0-9]{40}$/.test(value) || hinted(words, HUAWEI_HINTS)) return 'huaweicloud-secret-access-key';
      return 'secret';
    case 'security-token':
      if (!isPlausibleToken(value, 16)) return undefined;
      if (value.startsWith('CAIS') || (!value.startsWith('gQ') && hinted(words, ALIYUN_HINTS))) return 'aliyun-sts-token';
      if (value.startsWith('gQ') || hinted(words, HUAWEI_HINTS)) return 'huaweicloud-security-token';
      return 'token';
    case 'token':
      return isPlausibleToken(value, 8) ? 'token' : undefined;
    case 'api-key':
      return isPlausibleToken(value, 8) ? 'api-key' : undefined;
    case 'private-key':
      return isPlausibleToken(value, 16) ? 'private-key' : undefined;
    case 'secret':
      if (!isPlausibleToken(value, 8)) return undefined;
      return /^[A-Za-z0-9]{40}$/.test(value) && /[a-z]/.test(value) && /[A-Z]/.test(value) ? 'huaweicloud-secret-access-key' : 'secret';
    case 'signature':
      return isPlausibleToken(value, 16) ? 'signature' : undefined;
  }
  return undefined;
}
