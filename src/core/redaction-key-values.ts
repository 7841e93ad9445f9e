// Judging a value once its field's name is classified (redaction-keys.ts): whether what stands under a password's, a key's
// or a token's name is one, and of which kind.
import type { RedactionKind } from './redaction';
import type { KeyClass } from './redaction-keys';
import { isPasswordHash } from './redaction-hashes';
import { cloudKeyIdKind, cloudSecretKind, cloudSecretShapeKind, cloudTokenKind, type RedactionProfile } from './redaction-profile';
import {
  isGeneratedToken,
  isPathLike,
  isPlaceholder,
  isPlausiblePassword,
  isPlausibleToken,
  isPublicValue,
  isUuid,
  looksLikePassword,
  looksLikePasswordWithDigit,
  looksRandom,
} from './redaction-values';

/**
 * A password by its look alone, in any script: one word, not a version, and six digits or more, a letter and a digit, or a
 * letter and a symbol in eight characters or more ("geändert", "đã đổi", "90 Tage", "v2.3.1" are none).
 */
function looksLikePasswordAlone(value: string): boolean {
  if (/\s/.test(value) || /^v?\d+(?:\.\d+)+$/i.test(value)) return false;
  return /^\d{6,}$/.test(value) || looksLikePasswordWithDigit(value) || (value.length >= 8 && /\p{L}/u.test(value) && /[^\p{L}\p{N}]/u.test(value));
}

/** `password` when a value under a password field is one (any plausible value, or one that looks like a password). */
// Words joined by `+`, a form's or an Assuan line's encoded blanks (gpg-agent's `Passphrase: Release+key+(manual+retry)`);
// with a digit they are a passphrase sent from a form (`password=Blue+Sky+2024`).
const ENCODED_WORDS = /^(?:%[0-9A-Fa-f]{2})*[A-Za-z][a-z]+\+[A-Za-z][a-z]+\+/;

export function passwordKind(value: string, anyShape: boolean, pin = false): RedactionKind | undefined {
  if ((ENCODED_WORDS.test(value) && !/\d/.test(value.replace(/%[0-9A-Fa-f]{2}/g, ''))) || NAMES_ANOTHER.test(value)) return undefined;
  if (pin && /^\d{4,12}$/.test(value) && !/^(\d)\1+$/.test(value)) return 'password';
  return isPlausiblePassword(value) && (anyShape || looksLikePassword(value)) ? 'password' : undefined;
}

/** A URL with no credentials, query or fragment, and no path segment that looks generated (a webhook's key). */
function isPlainUrl(value: string): boolean {
  if (!/^[a-z][\w+.-]{1,15}:\/\/[^\s@?#]+$/i.test(value)) return false;
  return !value.split('/').some((segment) => segment.length >= 16 && (isGeneratedToken(segment) || /^[0-9a-f]{16,}$/i.test(segment)));
}

// A GPON ONT's serial: its vendor's four letters in hex, then eight hex digits (`48575443…`, Huawei's HWTC).
const GPON_SERIAL = /^(?:4[1-9A-F]|5[0-9A]){4}[0-9A-F]{8}$/;

/**
 * What stands under a password's name and is none: a digest (obproxy's sys passwords, in SHA-1), a CHAP response (`0x…`), ciphertext, a
 * pointer, a
 * serial in a column for either (`SN_OR_PWD`), an account or a host after a label that ends in a preposition ("Unlock
 * password for: ops@ws07").
 */
function isNoPasswordUnderItsName(keyClass: KeyClass, value: string): boolean {
  const last = keyClass.words[keyClass.words.length - 1];
  return (
    (keyClass.digestOfPassword === true && /^[0-9a-f]{40}$/i.test(value)) ||
    (keyClass.words.includes('chap') && /^0x[0-9a-f]{16,}$/i.test(value)) ||
    // (Windows' `ProtectedPassword` holds DPAPI's output.)
    (keyClass.words[0] === 'protected' && /^[A-Za-z0-9+/]{40,}={0,2}$/.test(value)) ||
    // (Nor ciphertext of 200 base64 characters or more, a pointer gdb prints before the string, `0x55e1c3a042e0 "…"`.)
    /^[A-Za-z0-9+/]{200,}={0,2}$|^0x[0-9a-f]{8,16}$/.test(value) ||
    (keyClass.words.includes('sn') && GPON_SERIAL.test(value)) ||
    (/^(?:for|of|to)$/.test(last ?? '') && /^[\w.-]+@[\w.-]+$|^[a-z][\w-]*(?:\.[\w-]+)+$/.test(value))
  );
}

// Stored encrypted, whatever the name: WebSphere's and WebLogic's `{aes}…`/`{AES256}…`, TongWeb's and BES's `{SM4}…`, Jenkins'
// `{AQAAABAAAA…}`, a PowerShell DSC credential's CMS message. (WebSphere's `{xor}` anyone reverses, and Maven's `{…=}` any
// holder of the settings-security file it names: secrets.)
const STORED_ENCRYPTED = /^\{(?:aes|AES\d*|3DES|DES|SM4|sm4)\}|^\{AQAAAB[A-Za-z0-9+/]{16,}={0,2}\}$|^-----BEGIN (?:CMS|PKCS7)-----/;
// What stands where a secret would and names something else: a default every install shares (Java's `changeit`, Alibaba
// Cloud Kafka's client truststore `KafkaOnsClient`), another credential's name ("username = AK, password = SK."), Windows
// setup's configuration passes (`<settings pass="oobeSystem">`), a command that prints the secret (WildFly's
// `{EXT}/opt/…/cs-pass.sh`), variables named by a pattern (`env:MINIO_TIERING_*`), a KMS key's id (`key-hzz…`; a Mailgun
// key, `key-` and hex, is a secret), and Go's
// printed values that hold or name no secret (`&basic.Credentials{…`, `(auth.DerivedPredicate)(nil)`).
const IKE_SIDE = /^(?:initiator|responder|ike|isakmp|i|r)$/;
const NAMES_ANOTHER =
  /^\{(?:EXT|CMD)\}|^[A-Z][A-Z0-9_]*_\*$|^key-(?![0-9a-f]+$)[a-z0-9]{20,32}$|^(?:changeit|KafkaOnsClient)$|^(?:AK|SK|token|secret)\.?$|^(?:windowsPE|offlineServicing|generalize|specialize|auditSystem|auditUser|oobeSystem)$|^&[A-Za-z_][\w.]*(?:\{|$)|^\(\*?[\w.]+\)\(nil\)$/;

/** The redaction kind for this field's value, or undefined when the value is no secret. */
// A message's signature named for the message or for the one who checks it.
const SIGNED_MESSAGE = /^(?:event|notify|notification|computed|calculated|expected|received|actual) sign$/;

export function kindForValue(keyClass: KeyClass, value: string, profile: RedactionProfile): RedactionKind | undefined {
  const { family, words } = keyClass;
  if (STORED_ENCRYPTED.test(value) || NAMES_ANOTHER.test(value) || (family === 'password' && isNoPasswordUnderItsName(keyClass, value))) return undefined;
  // (Nor, but for a password — `Winter:` may be one —, the next field's label after a logger's name: `huaweicloudsdkcore.auth:
  // Authorization: …`.)
  if (family !== 'password' && /^[A-Z][a-z]+(?:-[A-Z][a-z]+)*:$/.test(value)) return undefined;
  // (Nor a header's name under a bare `key`, a collection's header list: `"key": "Content-MD5"`, `X-Checksum-SM3`.)
  if (family !== 'password' && /^(?=(?:[^-]*-)*[A-Z][a-z]{2,}(?:-|$))(?:(?:[A-Z][a-z]+|[A-Z]+\d*)-)+(?:[A-Z][a-z]+|[A-Z]+\d*)$/.test(value)) return undefined;
  // WordPress's generator writes any printable character, `<C>` and `${` too: only its sample's phrase is a stand-in.
  if (keyClass.anyText && /^[\x20-\x7e]{32,}$/.test(value)) return /unique phrase|^[A-Za-z ]+$/i.test(value) ? undefined : 'secret';
  // Helm charts name a Secret that already holds the value (`existingSecret`, `existingSecretAdminPassword: harbor-admin`): a
  // Kubernetes object's name.
  if (words[0] === 'existing' && words.includes('secret') && /^[a-z0-9](?:[a-z0-9.-]{0,251}[a-z0-9])?$/.test(value) && !/\d/.test(value.replace(/-\d+$/, ''))) return undefined;
  // OCPP's `idToken` (and `groupIdToken`) is a charging card's id: an RFID UID, an eMAID, a group's name, in capitals, digits
  // and dashes (OpenID's `id_token` is a JWT or an opaque token of both cases).
  if (words.slice(-2).join(' ') === 'id token' && /^[A-Z0-9-]{4,20}$/.test(value)) return undefined;
  // (A date under a token's column is the column before it, shifted: `Created  2026-04-12 22:50  Expires  2026-05-12`.)
  if (family !== 'password' && /^\d{4}-\d{2}-\d{2}$/.test(value)) return undefined;
  // Under a bare `key`, a cache's key (`linux-pnpm-<sha256>`); elsewhere a secret store's path of words (`lookup('aliyun.kms.secret',
  // 'pos/zabbix-psk')`; a password may look so, `tiger/scott`); under a `…Variable`, the variable's name (Jenkins'
  // `<passwordVariable>HARBOR_PASS</passwordVariable>`).
  if (words.join('') === 'key' && /^[a-z][\w.]*(?:-[a-z][\w.]*)+-[0-9a-f]{40,}$/.test(value)) return undefined;
  if (family !== 'password' && /^[a-z][a-z_-]*(?:\/[a-z][a-z_.-]*)+$/.test(value)) return undefined;
  if (words[words.length - 1] === 'variable' && /^[A-Z][A-Z0-9_]{2,}$/.test(value)) return undefined;
  if (family === 'password') return keyClass.shapeOnly && !looksLikePasswordAlone(value) ? undefined : passwordKind(value, keyClass.anyShape, keyClass.pin);
  // (IKE's initiator and responder cookies, `0x` and 16 hex digits, number a negotiation.)
  if (family === 'cookie') return isPlausibleToken(value.replace(/\s/g, ''), 8) && !(IKE_SIDE.test(words[0] ?? '') && /^0x[0-9a-f]{16}$/i.test(value)) ? 'cookie' : undefined;
  // A crypt or bcrypt hash under any name (`SECRET=$2b$12$…`) is what a secret became, not the secret.
  if (isPublicValue(value) || isPlaceholder(value) || isPasswordHash(value)) return undefined;
  // Go's `%+v` prints an empty field as its name and a blank, then the next field: `SecurityToken: Bucket:stock-snapshots` (not a
  // scheme or a label before a generated value, `Bearer:eyJ…`, `Prod:9f8e…`).
  const goField = /^[A-Z][A-Za-z]{1,30}:(?!\/\/)([^\s:]+)$/.exec(value);
  if (family !== 'user-password' && goField && !isGeneratedToken(goField[1]) && !looksRandom(goField[1])) return undefined;
  // Credentials after their scheme (the caller strips `Basic `/`Token `): generated-looking, not a word like `Negotiate`.
  // A signing scheme's name read alone (`OSS4-HMAC-SHA256` before its `Credential=…`) is no credential either.
  // (Nor a method's name, JDBC's `authentication=ActiveDirectoryManagedIdentity`, Wi-Fi's `Authentication : WPA2-Personal`.)
  if (family === 'authorization')
    return isPlausibleToken(value, 8) &&
      (/\d/.test(value) || value.length >= 20) &&
      !/-HMAC-SHA\d+$/i.test(value) &&
      !/^(?:[A-Z][a-z]+)+$/.test(value) &&
      !/^[A-Z][A-Za-z0-9]*(?:-[A-Z][a-z]+)+$/.test(value)
      ? 'authorization'
      : undefined;
  // Under a credential's or a login's name, a Windows account (`CORP\svc_backup`, `login=CORP\svc_backup`) names who
  // logs in, not with what.
  if (words.some((word) => /^(?:credentials?|login|logon|account|user)$/.test(word)) && /^(?:[A-Za-z]\w*=)?[A-Za-z][\w.-]{0,30}\\[A-Za-z_][\w.-]{0,63}\$?$/.test(value)) return undefined;
  // Documentation writes `accessKeySecret: 'accessKeySecret'`; a value that repeats its name is a stand-in.
  const bare = value.toLowerCase().replace(/[^a-z0-9]/g, '');
  // A URL without credentials, a query or a random path segment names where something is (`--creds-from-helper
  // docker://registry/app:1.8`, `token: https://auth.example.com/oauth/token`); a webhook's path holds its secret.
  if (keyClass.appCertificate && /^(?:MII|-----BEGIN CERTIFICATE)/.test(value)) return undefined;
  if (isPathLike(value) || isPlainUrl(value) || (bare.length >= 3 && words.join('').endsWith(bare))) return undefined;
  switch (family) {
    case 'key-id':
      // (Qiniu's AK holds `_` and `-`: `doM7RIZa5P9juDJW17ZQ2_s3CKnh4Umu…`.)
      // (Not a UUID: a request's id after an action's name, `DeleteAccessKey: 462D9D9F-…`.)
      return (
        cloudKeyIdKind(profile, value) ??
        (keyClass.anyShape && (/^[A-Za-z0-9]{12,}$/.test(value) || (/^[A-Za-z0-9][\w-]{23,}$/.test(value) && (!isUuid(value) || keyClass.acceptsUuid))) && /\d/.test(value) && /[A-Za-z]/.test(value)
          ? 'access-key-id'
          : undefined)
      );
    case 'secret-key':
      return isPlausibleToken(value, 8) ? (cloudSecretKind(profile, words, value) ?? 'secret') : undefined;
    case 'security-token':
      return isPlausibleToken(value, 16) ? (cloudTokenKind(profile, words, value) ?? 'token') : undefined;
    case 'token':
      // (A session's number, `SessionID=-1932784921`, is no token.)
      // (Nor a type of token named in words: OPC UA's `UserName`, `IssuedToken`, `Anonymous`.)
      if (/^-?\d{1,12}$/.test(value) || /^(?:[A-Z][a-z]+){1,3}$/.test(value)) return undefined;
      return isPlausibleToken(value, 8) && (keyClass.anyShape || isGeneratedToken(value) || (keyClass.acceptsUuid && isUuid(value))) ? 'token' : undefined;
    case 'api-key':
      // Git's `signingkey` (one word) names a GPG key by its id (8 or 16 hex digits) or fingerprint; Douyin's `client_key` is its app's id
      // (`aw` and 14 letters or digits), its `client_secret` the secret.
      if (words.length === 1 && words[0] === 'signingkey' && /^(?:0x)?(?:[0-9A-F]{8}|[0-9A-F]{16}|[0-9A-F]{40})!?$/i.test(value)) return undefined;
      if (words.join('') === 'clientkey' && /^aw[0-9a-z]{14}$/.test(value)) return undefined;
      if (keyClass.digestOfPassword && /^(?:[A-Za-z0-9+/]{27}=|[A-Za-z0-9+/]{43}=|[A-Za-z0-9+/]{86}==)$/.test(value)) return undefined;
      return isPlausibleToken(value, 8) && (keyClass.anyShape || isGeneratedToken(value) || looksRandom(value)) ? 'api-key' : undefined;
    case 'private-key':
      return isPlausibleToken(value, 16) ? 'private-key' : undefined;
    case 'secret':
      // `X-Amz-Credential`, `X-Goog-Credential`: a key id or an account and a dated scope, not the secret.
      if (!isPlausibleToken(value, 8) || /(?:\/|%2F)\d{8}(?:\/|%2F).*_request$/i.test(value)) return undefined;
      // Under an event's or a receiver's `…_sign` a digest's hex is one message's signature (`Event-Sign`, `computed_sign`); a
      // signing key has other names (`PAYMENT_CALLBACK_SIGN`) or looks generated (`SEC…`).
      if (SIGNED_MESSAGE.test(words.slice(-2).join(' ')) && /^(?:[0-9a-f]{32}|[0-9a-f]{40}|[0-9a-f]{64})$/i.test(value)) return undefined;
      if (!keyClass.anyShape && !isGeneratedToken(value) && !looksRandom(value) && !(keyClass.acceptsUuid && isUuid(value))) return undefined;
      return cloudSecretShapeKind(profile, value) ?? 'secret';
    case 'signature':
      return isPlausibleToken(value, 16) ? 'signature' : undefined;
  }
  return undefined;
}
