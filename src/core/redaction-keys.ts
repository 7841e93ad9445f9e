// Deciding from a field name ("AccessKeySecret", "HUAWEICLOUD_SDK_SK", "x-acs-security-token",
// "db_pass", "NextToken") whether its value is a secret, and of which family (redaction-key-values.ts judges the value).
import { DATA_KEY_QUALIFIERS, KEY_QUALIFIERS } from './redaction-key-qualifiers';
import { cjkNameFamily, otherLanguageNameFamily } from './redaction-cjk-names';
import { words } from './redaction-values';

export type KeyFamily =
  | 'password'
  | 'secret-key'
  | 'key-id'
  | 'security-token'
  | 'token'
  | 'api-key'
  | 'private-key'
  | 'secret'
  | 'signature'
  | 'cookie'
  | 'authorization'
  /** `user:password` in one value (`login=deploy:…`): the part after the colon. */
  | 'user-password';

export interface KeyClass {
  family: KeyFamily;
  words: string[];
  /** For key ids: whether a value of no known cloud shape still counts. */
  anyShape: boolean;
  /** Whether a UUID counts as generated (Vault and Consul secret ids are UUIDs; most other UUIDs are ids). */
  acceptsUuid?: boolean;
  /** An app's certificate (Agora's): a secret, unless the value is a certificate itself (`MII…`, PEM). */
  appCertificate?: boolean;
  /** A PIN's name (`ukey_pin`, `kioskExitPin`): a number of four to twelve digits is its value. */
  pin?: boolean;
  /** A name that vouches little (a column named in another language): only a value that looks like a password alone counts. */
  shapeOnly?: boolean;
  /** A WordPress key or salt: any 32 printable characters or more, blanks and brackets too. */
  anyText?: boolean;
  /** A value the size of a digest is derived from a password, not one: SCRAM's `storedKey`/`serverKey` (base64 of a SHA-1,
   * SHA-256 or SHA-512 digest), obproxy's sys passwords (SHA-1 in hex). */
  digestOfPassword?: boolean;
  /** A table's password column beside a salt column (a CMS's users): a digest's hex there is no password. */
  besideSalt?: boolean;
}

const CLIENT_SIDE_KEY_NAMES = new Set(['segmentwritekey', 'rudderstackwritekey', 'mixpanelprojecttoken', 'amplitudeapikey', 'flagsmithclientenvkey', 'flagsmithclientenvironmentkey']);

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
const HARMLESS_TOKEN_PREFIXES = words(
  'next page continuation pagination sync cursor client idempotency request max min num total cancellation cancel resume start end last first prev',
  'previous marker scroll batch',
  // A device's push token addresses notifications to it; sending needs the server's own key.
  'device push',
  // A chat platform's reply token answers one message once (LINE's `replyToken`); a face service's `face_token` names a
  // face it detected.
  'reply face',
  // A form's anti-forgery token (`CSRFPreventionToken`) is bound to a session it does not open.
  'csrf xsrf prevention',
  // An in-app purchase's token names the purchase to the store's server, which checks it with the app's own key (Huawei's and
  // Google's `purchaseToken`).
  'purchase',
);
// One or more of those words, glued (`nextpage`, `clientrequest`, `continuation`).
const HARMLESS_TOKEN_WORDS = new RegExp(`^(?:${HARMLESS_TOKEN_PREFIXES.join('|')})+$`);
// Last words that make a field describe a secret rather than hold it.
const META_WORDS = new Set(
  words(
    'name names type file path url uri endpoint id ids ref length policy ttl expiry expires expiration count format header enabled disabled required hash',
    'hashed digest version arn location dir prefix suffix mode days hours seconds minutes age timeout limit size store provider backend manager rotation',
    'field label description hint prompt command env var source method scope scopes audience issuer algorithm alg kind template regex pattern min max reset',
    'changed set exists present status state strength salt encrypted stdin cmd helper program script fd sha md at on date time timestamp updated created',
    'mtime ctime last since until expired expire valid lifetime duration interval retries attempts encryption encoding scheme matches match matched equal equals',
    'correct ok user username login owner email account group role complexity change changes function sample example pgm rule rules serial',
    'requirement requirements versions',
    // A Vault token's accessor looks it up or revokes it; it cannot be used as the token.
    'accessor',
  ),
);
// Leading words that make a field about a secret rather than the secret itself (`--ask-password`,
// `no_password`, `password_reset_url` is handled by its last word).
// (A checksum of a secret is a hash: Helm's `checksum/secret` annotation. SDP's `ice-pwd` is a password for one call's
// connectivity checks, sent in the clear to every party of the call.)
const NOT_A_VALUE_PREFIXES = words(
  'ask prompt no read show reset change update forgot require requires use verify check has is allow skip min max from incorrect invalid wrong bad missing expired empty',
  'checksum ice',
);
// Words in a name ending in `pin` that make it no PIN: a board's or a chip's pin (`gpio_pin`, `LED_PIN`, `sda_pin`), a
// postal code (India's PIN code: `postal_pin`, `delivery_pin`).
const NOT_A_PIN_WORDS = new Set(words('gpio led pwm io rx tx reset rst data clock clk sda scl cs irq int relay button sensor power', 'postal post delivery area zip ship shipping address billing'));
// `keytool -storepass`, `ansible_become_pass`, `auth-pass`: "pass" glued to a qualifier.
// Mail fetchers and proxies glue the side too (`remotepass`, `localpass`, `proxypass`; Dovecot's LDAP bind `dnpass`), and Redis settings keep
// `requirepass` inside longer names (`redis_requirepass`); SNMPv3 macros glue the privacy side (`SNMPV3_PRIVPASS`); Capacitor's build glues the key's alias (`--keystorealiaspass`); phpMyAdmin its control user's (`controlpass`).
const PASS_SUFFIX =
  /(?:priv|store|key|src|dest|srcstore|deststore|srckey|destkey|become|auth|ssh|sudo|db|smtp|mail|ftp|admin|root|user|login|master|bind|keystore|truststore|remote|local|proxy|vnc|imap|pop|sasl|require|dn|alias|control)pass$/;

// Words that name a hash function or a hash (`password_sha256_hex`): the password's digest, not the password.
// (RADIUS and LDAP name theirs by scheme: `NT-Password`, `LM-Password`, `SSHA-Password`.)
const HASH_WORDS = new Set(words('sha sha1 sha2 sha256 sha512 md5 bcrypt scrypt argon2 pbkdf2 hash hashed digest crypt nt lm ssha smd5'));
// Field names repeat a lot in logs and configs; classifying each once keeps big inputs fast.
const classified = new Map<string, KeyClass | undefined>();

/** Whether a word before "token" makes it one that grants nothing (`next`, `push`, `device`). */
export function isHarmlessTokenQualifier(word: string): boolean {
  return HARMLESS_TOKEN_WORDS.test(word.toLowerCase());
}

/** Whether a leading word makes a field about a secret rather than the secret (`no`, `incorrect`, `ask`). */
export function isNotAValuePrefix(word: string): boolean {
  return NOT_A_VALUE_PREFIXES.includes(word.toLowerCase());
}

/** The family of secret a field name announces, or undefined for ordinary fields. */
export function classifyKey(key: string): KeyClass | undefined {
  // No setting's name is this long; reading one word by word would take the square of its length.
  if (key.length > 200) return undefined;
  // Two small letters spaced apart name no field: `p w` is an XML element and its namespace (`<w:p w:rsidR=`). (OCR spaces
  // capitals: `P W: …`.)
  if (/^[a-z][ \t][a-z]$/.test(key)) return undefined;
  if (classified.has(key)) return classified.get(key);
  // A number after the name (`token_1`, `Community name (1)`) keeps its meaning, but the value must look the part.
  const found = classifyKeyWords(key);
  const keyClass = found?.anyShape && /^\d+$/.test(splitKeyWords(key).pop() ?? '') ? { ...found, anyShape: false } : found;
  if (classified.size >= 10_000) classified.clear();
  classified.set(key, keyClass);
  return keyClass;
}

/**
 * classifyKey, or the word for a password in another language of tickets from abroad (`Mật khẩu`, `Passwort`): for a
 * table's column and a name before a code span. Those columns also hold words of state in their language ("geändert",
 * "đã đổi", "siehe KeePass"), so only a value that looks like a password alone counts there.
 */
export function classifyColumnName(name: string): KeyClass | undefined {
  const known = classifyKey(name);
  if (known) return known;
  const otherLanguage = otherLanguageNameFamily(name);
  return otherLanguage ? { family: otherLanguage, words: [], anyShape: true, shapeOnly: true } : undefined;
}

function classifyKeyWords(key: string): KeyClass | undefined {
  // systemd's `LoadCredential=ID:PATH` and `ImportCredential=GLOB` name where a unit's secret is read from (`SetCredential=` holds it),
  // in systemd's own spelling.
  if (/^(?:Load|Import)Credential(?:Encrypted)?$/.test(key)) return undefined;
  // OpenTravel's `EchoToken` is a message's id, echoed back in its answer, in OpenTravel's spelling.
  if (key === 'EchoToken') return undefined;
  // Visual Basic names its type after the name (`Const DB_PWD As String = "…"`).
  const typed = /^([A-Za-z_][\w.-]*)[ \t]+As[ \t]+[A-Za-z]\w*$/.exec(key);
  if (typed) return classifyKeyWords(typed[1]);
  if (/[\u4e00-\u9fff\u3040-\u30ff\uac00-\ud7af]/.test(key)) {
    const family = cjkNameFamily(key);
    if (family) return { family, words: [], anyShape: true };
  }
  // `PASSWORD2`, `api_key_1`, `oauth2_token`: a number after a word does not change its meaning, nor does a
  // version or a spare after the name (`PAY_KEY_V2`, `PUSH_AUTH_KEY_BAK`, `DB_PASSWORD_OLD`, `OBS_SK_LEGACY`, `AUTH_KEY_PRIMARY`, Django's
  // `SECRET_KEY_FALLBACKS`).
  const split = splitKeyWords(key);
  // A platform or an environment after the name says where the secret is used, not what it is (`CODEPUSH_KEY_ANDROID`,
  // and so does a cipher's name, `data-key-sm4`,
  // `API_TOKEN_PROD`); so does `value` after a key (`aes-key-value`, not
  // the `PutSecretValue` action), and the encoding it is written in (`munge_key_b64`, `aes_key_hex`).
  while (
    split.length > 1 &&
    (/^(?:\d+|v\d+|bak|backup|old|new|prev|previous|legacy|current|next|tmp|temp|plain|primary|secondary|fallbacks?|android|ios|web|h5|prod|production|dev|test|staging|uat|testnet|mainnet|sm4|aes|aes128|aes256|des|3des|b64|base64|hex)$/.test(
      split[split.length - 1],
    ) ||
      (split[split.length - 1] === 'value' && split[split.length - 2] === 'key'))
  )
    split.pop();
  // A password's name typed in a hurry (`pasword`, `passwrod`, `passward`) is still its name.
  const words = split.map((word) => word.replace(/(?<=[a-z])\d+$/, '').replace(/^(?:pas|pass|paas|pss)(?:word|wrod|owrd|ward|wrd)$/, 'password'));
  if (words.length === 0) return undefined;
  const joined = words.join('');
  const last = words[words.length - 1];
  const previous = words[words.length - 2] ?? '';
  const make = (family: KeyFamily, anyShape = true): KeyClass => ({ family, words, anyShape });

  // (`read_only_api_key` is a key that reads: "read" there qualifies the key.)
  // (SF Express's `checkWord` is its key, not a check of one.)
  if (NOT_A_VALUE_PREFIXES.includes(words[0]) && words.length > 1 && !(words[0] === 'read' && words[1] === 'only') && joined !== 'checkword') return undefined;
  // What the secret became: ciphertext without its key, a hash, a mask (`encrypted_secret`, `masked_token`). (Chef's
  // `encrypted_data_bag_secret` is the key to such ciphertext, a secret.)
  // (And Nacos's `encryptedDataKey`, the data key encrypted.)
  if ((words.length === 2 && ['encrypted', 'hashed', 'masked'].includes(words[0])) || joined === 'encrypteddatakey') return undefined;
  // `password_sha256_hex`, `password_double_sha1_hex` (ClickHouse), `pwd_md5`: what the password became.
  // (Asterisk's `md5_cred` is the MD5 of the user, the realm and the password.)
  // (FreeRADIUS numbers a scheme's variant: `SSHA2-512-Password`.)
  if (words.length > 1 && (split.some((word) => HASH_WORDS.has(word)) || words.some((word) => HASH_WORDS.has(word))) && /pass|pwd|cred/.test(joined)) return undefined;
  // An API gateway's `AppCode` (`X-Apig-AppCode`) and an `X-…-AppKey` header authenticate alone; a plain
  // `app_key`/`AppKey` setting is an app's id, paired with its app secret.
  if (joined.endsWith('appcode') || (words[0] === 'x' && joined.endsWith('appkey'))) return make('token');
  // (Datadog's application key is the exception: a secret.) Canal keeps its password's SHA-1 in `canal.passwd`.
  if ((joined.endsWith('appkey') && !words.includes('dd') && !words.includes('datadog')) || (last === 'sid' && words.includes('key'))) return undefined;
  if (words[0] === 'canal' && last === 'passwd') return undefined;
  // `KDSVCSessionId`, `x_session_id`: a session's id lets a reader act as the user (often a UUID).
  // (RADIUS accounting's `Acct-Session-Id` and `Acct-Unique-Session-Id` number a session in the accounting records; they log
  // nobody in.)
  // (Nor does a job's `LastSessionId`, the record of its last run.)
  if (joined.endsWith('sessionid') && words.length > 1) return words[0] === 'acct' || words[0] === 'last' ? undefined : { ...make('token'), acceptsUuid: true };
  // SCRAM credentials (MongoDB users, Kafka): `storedKey` and `serverKey` beside the salt are digests of the password.
  // (A Firebase `serverKey` is a long token, which still counts.)
  if (joined === 'storedkey' || joined === 'serverkey') return { ...make('api-key'), digestOfPassword: true };
  // OceanBase's obproxy is started with the SHA-1 of its sys users' passwords (`-o observer_sys_password=…`).
  if (/^(?:observer|obproxy)syspassword$/.test(joined)) return { ...make('password'), digestOfPassword: true };
  // Nacos's `server.identity.value`: the shared value its servers recognise each other by.
  if (joined.endsWith('serveridentityvalue')) return make('secret', false);
  // Elasticsearch's `keystore.seed`, from which the node derives its secure settings.
  if (joined === 'keystoreseed') return make('secret', false);
  // A password manager's TOTP field (`login_totp`, `totp_seed`) keeps the seed a code is made from; only a generated value
  // counts (`totp: 492817` is one code, good for thirty seconds).
  // (So does a rotating QR code's seed, `rotatingQrSeed`, the same TOTP behind a mobile ticket.)
  if (last === 'totp' || (last === 'seed' && /^(?:t?otp|mfa|2fa|qr)$/.test(previous))) return make('secret', false);
  // A bearer's value is its token (`SAT_AIS_BEARER=…`): only a generated one counts.
  if (last === 'bearer' && words.length > 1) return make('token', false);
  // kubeconfig `client-key-data`: the client's private key, base64.
  if (joined.endsWith('clientkeydata')) return make('private-key');
  // `ManagerPin`, `admin_pin`: a PIN is a short password, often digits only. (Alone, `PIN:` is as often a postal code in
  // an Indian address, or a board's pin.)
  if (last === 'pin' && words.length > 1 && !words.some((word) => NOT_A_PIN_WORDS.has(word))) return { ...make('password', false), pin: true };
  // AMap's (高德) keys for JavaScript, iOS and Android are bound to a domain or an app and ship inside it (its security
  // code, `securityJsCode`, is the secret part); so is one a front-end build embeds (`VITE_AMAP_WEB_KEY`). Its web
  // service key, used from servers, is a secret.
  const named = splitKeyWords(key);
  const builtIn = /^(?:vite|react|vue|nuxt|expo)$/.test(named[0] ?? '') || (named[0] === 'next' && named[1] === 'public');
  const clientSide = (builtIn || named.some((word) => /^(?:js|ios|android)$/.test(word))) && !named.some((word) => /^(?:secret|service|server)$/.test(word));
  if (last === 'key' && (words.includes('amap') || words.includes('gaode')) && clientSide) return undefined;
  // Branch's key (`branch_key: key_live_…`) ships in every app; its secret is `branch_secret`.
  if (words.length === 2 && words[0] === 'branch' && last === 'key') return undefined;
  // Analytics and feature flags ship their client keys in every page, under these names exactly: Segment's and RudderStack's
  // write key (a ThingSpeak channel's write key is its secret), Mixpanel's project token, Amplitude's API key (its secret
  // key, management key or API secret is a secret), Flagsmith's client-side environment key (its server-side keys, `ser.…`,
  // are a vendor format).
  if (CLIENT_SIDE_KEY_NAMES.has(joined)) return undefined;
  // Mattermost's `PublicLinkSalt` signs the links it makes public; an `appSec` is an app's secret abbreviated.
  // (So is Kingdee's `X-KDApi-AppSec` header.) PlayReady's `key_seed` derives every content key a licence server hands out.
  if (joined === 'publiclinksalt' || joined === 'appsec' || (last === 'sec' && previous === 'app' && words[0] === 'x') || joined === 'keyseed') return make('secret', false);
  // Moodle's `passwordsaltmain` (and the older `passwordsaltalt1`…) is peppered into every password hash: 32 printable
  // characters or more. SF Express's `checkword` signs its API calls.
  if (/^passwordsalt(?:main|alt)$/.test(joined)) return { ...make('secret'), anyText: true };
  if (joined.endsWith('checkword')) return make('secret', false);
  // A KMS `Decrypt`'s answer (`"Plaintext": "…"`, Huawei's `plain_text`): the data key or secret it protected.
  if (joined === 'plaintext') return make('secret', false);
  // Oracle's `mkstore -createCredential ALIAS USER PASS` names an action; the password is its third argument.
  if (/^(?:create|modify|delete)credential$/.test(joined)) return undefined;
  // WildFly's credential reference and store alias (`credential-reference={clear-text="…"}`, `add-alias(…, secret-value="…")`);
  // AMap's security code (`securityJsCode`), the secret half of its JavaScript key; ECPay's `HashKey` and `HashIV`.
  if (joined === 'cleartext') return make('password');
  if (joined === 'secretvalue') return make('password', false);
  // An SNMP community's name is its password (NetApp's `-community-name`).
  if (joined === 'communityname') return make('password', false);
  if (joined.endsWith('securityjscode') || joined === 'hashkey' || joined === 'hashiv') return make('secret', false);
  // A cloud printer's `UKEY` (Feie's) signs its API calls.
  if (last === 'ukey') return make('secret', false);
  // A futures broker's terminal authentication code (CTP's `AuthCode`; a vehicle terminal's JT/T 808 `test-auth-code`); DedeCMS's key for its cookies (`cfg_cookie_encode`).
  if (joined.endsWith('authcode') || joined.endsWith('cookieencode')) return make('secret', false);
  // A DLMS smart meter's global keys: unicast and broadcast encryption (GUEK, GBEK) and authentication (GAK).
  if (/^(?:guek|gbek|gak)$/.test(words[0])) return make('secret', false);
  // A Wi-Fi key (`WIFI_KEY`, `wlan_key`, `wpa_key`) is its passphrase.
  if (last === 'key' && /^(?:wifi|wlan|wpa|wpa2|wep)$/.test(previous)) return make('password');
  // `NEXT_PUBLIC_POSTHOG_KEY`, `VITE_PUBLIC_…`, `publishable_key`, `SUPABASE_ANON_KEY`: shipped to every browser by design.
  // A CAPTCHA's site key (`recaptchaSiteKey`, `HCAPTCHA_SITE_KEY`) is in every page that shows the CAPTCHA too.
  if (words.length > 1 && (words.includes('public') || words.includes('publishable') || words.includes('anon') || (last === 'key' && previous === 'site'))) return undefined;
  // `SubjectFromWebIdentityToken`, `user_from_token`: the field holds what was taken from the secret.
  const from = words.indexOf('from');
  if (from > 0) return classifyKeyWords(words.slice(0, from).join('_'));
  // `HTTP_AUTHORIZATION` (CGI, PHP, Django), `proxy_authorization`; a bare `Authorization` header has its own detector.
  if (last === 'authorization' && words.length > 1) return make('authorization');
  // Vault AppRole and Consul/Nomad ACL secret ids (UUIDs); AWS `--secret-id` names a secret, so values must look generated.
  if (joined === 'secretid') return { ...make('secret', false), acceptsUuid: true };
  // Agora's App Certificate signs its tokens: a secret, unlike a certificate in general.
  if ((last === 'certificate' || last === 'cert') && previous === 'app') return { ...make('secret'), appCertificate: true };
  // An SNMP community string is its password (`snmp_community: …`, `snmp_community_ro`: read-only).
  // (DD-WRT's nvram glues the access to it: `snmpd_rocommunity`.)
  const community = last === 'community' || (previous === 'community' && /^r[ow]$/.test(last)) || /^r[ow]community$/.test(last);
  if (community && (words.includes('snmp') || words.length === 1 || last !== 'community')) return make('password', false);
  // ZooKeeper's and Dubbo's `digest: user:password` (the plain pair, not a checksum's `sha256:…`).
  if (joined === 'digest') return make('user-password');
  // Steam's game server login token (`STEAM_GSLT`).
  if (last === 'gslt') return make('token');
  // WHMCS's `cc_encryption_hash` is the key its stored card numbers are encrypted with, named a hash.
  if (joined === 'ccencryptionhash') return make('secret', false);
  // PRTG's `passhash`: a number that logs in as the user.
  if (joined === 'passhash') return { ...make('password', false), pin: true };
  // Consul's gossip key (`encrypt = "…"`), when its value is a generated key rather than a switch.
  if (joined === 'encrypt' || joined === 'gossipkey') return make('secret', false);
  // Card payments' DES/AES keys (terminal and zone master, PIN and MAC keys, the DUKPT base key), when generated: `TMK=`,
  // `TPK(under TMK)=`, `MacKeyUnderTMK=`. (A key's check value, `KCV=`, is public.)
  // (POS terminals' work keys as China's card schemes name them: PIK, MAK, TDK.)
  if (/^(?:tmk|tpk|tak|zmk|zpk|zak|zek|bdk|ipek|kek|pik|mak|tdk)$/.test(last)) return make('secret', false);
  // WordPress's keys and salts (`AUTH_KEY`, `SECURE_AUTH_SALT`, `NONCE_KEY`…): 64 printable characters, blanks among them.
  if (/^(?:secure)?(?:auth|loggedin|nonce)(?:key|salt)$/.test(joined) && words.length > 1) return { ...make('secret'), anyText: true };
  // Azure: `AccountKey=`, `SharedAccessKey=`, `StorageAccountKey`: the key itself, not an id.
  if (/(?:accountkey|sharedaccesskey|storagekey|masterkey|primarykey|secondarykey)$/.test(joined)) return make('secret');
  // `aws_sec_key`, `SecKey`: "sec" is short for secret before "key".
  if (/(?:accesskeysecret|secretaccesskey|secretkey|accesssecret)$/.test(joined) || last === 'sk' || (last === 'key' && previous === 'sec')) return make('secret-key');
  // (An exchange's `OK-ACCESS-KEY` header holds a UUID.)
  if (/(?:accesskeyid|accessid|accesskey)$/.test(joined) || last === 'ak') return { ...make('key-id'), acceptsUuid: /^[A-Za-z]+(?:-[A-Za-z]+)*-access-key$/i.test(key) };
  if (joined === 'access') return make('key-id', false);
  if (/(?:securitytoken|ststoken|sessiontoken)$/.test(joined)) return make('security-token');
  if (joined.endsWith('privatekey')) return make('private-key');
  // Windows shows a Wi-Fi profile's password as its `Key Content` (`netsh wlan show profile … key=clear`), so spelled (Fastlane's
  // `key_content` is a key file's text).
  if (key === 'Key Content') return make('password');
  // Glued qualifiers (`clientkey`, `hmackey`) mean what `client_key` means (DingTalk's `appkey` is an app id, so not that one).
  if (joined.endsWith('apikey') || (last === 'key' && KEY_QUALIFIERS.includes(previous)) || /^(?:client|master|auth|signing|hmac|license)key$/.test(joined) || last === 'partnerkey')
    return make('api-key');
  // Bare `pwd` is also the shell's working directory; a path value tells them apart later.
  // `passwords: ["…", "…"]` lists several.
  if (/(?:password|passwd|passphrase|passcode)s?$/.test(joined) || last === 'pwd' || ((last === 'pass' || last === 'pw') && words.length > 1) || PASS_SUFFIX.test(joined)) {
    return make('password');
  }
  if (joined.endsWith('requirepass') || joined.endsWith('masterauth')) return make('password');
  // LDAP `bindpw`/`rootpw`, SSSD `ldap_default_authtok`, Wi-Fi and IPsec pre-shared keys (`psk`).
  // (Kamailio's kamctlrc: `DBRWPW`, `DBROPW`.)
  // (And `pwd` glued to any word: VBA's `ACCESS_DBPWD`, `SYSPWD`, a signing tool's `-certpwd`; the shell's `OLDPWD` holds
  // a path, which no password is.)
  if (/(?:bind|root|rootpwmod|admin|ldap|db|dbrw|dbro|smtp|master)pw$/.test(joined) || /[a-z]{2,}pwd$/.test(joined) || last === 'authtok' || joined.endsWith('psk')) return make('password');
  // A login's `sid` (a session id in a JSON answer), when the value looks generated (Oracle's SID is a name).
  if (joined === 'sid') return make('token', false);
  // Session ids in forms, JSON and query strings (`sessionid=`, `session_id`, `PHPSESSID`) let a reader log in.
  if (/^(?:php|j|asp(?:net)?)?session(?:id|key)$|^phpsessid$/.test(joined)) return make('token');
  // A bare `pass`/`pw` is also a test result or an abbreviation ("pass: 12"), so its value must look like a password.
  if (joined === 'pw') return make('password', false);
  if (joined === 'pass') return make('password', false);
  if (joined.endsWith('token')) {
    // The word before `token` says what it is (`next_page_token`, `NextToken`), or the words glued before it
    // (`nextpagetoken`, `apns_devicetoken`, `clientrequesttoken`) — not a word that merely ends like one (`admin_token` is
    // no `min` token, `backend_token` no `end` token).
    const before = last === 'token' ? previous : last.slice(0, -'token'.length);
    return HARMLESS_TOKEN_WORDS.test(before) ? undefined : make('token');
  }
  // A bare `auth` is also a mode or a switch (`auth="Container"`, `auth: basic`): only a generated value counts.
  if (joined === 'auth') return make('secret', false);
  // An `Authentication` header (OTLP exporter headers and some APIs) carries credentials like `Authorization`.
  if (joined === 'authentication') return make('authorization');
  // SkyWalking's `agent.authentication`, a collector's `…_AUTHENTICATION`: a shared token, when the value looks generated.
  if (last === 'authentication' && words.length > 1) return make('secret', false);
  // `login=deploy:…`, `userinfo`, `basic_auth: user:…`: a user and a password in one value.
  // curl's config file writes `user = "name:password"` for `-u`.
  // (Kafka's Schema Registry client: `basic.auth.user.info=KEY:SECRET`.)
  if (/^(?:login|user|proxyuser|userinfo|userpass|usernamepassword|basicauth|httpauth)$/.test(joined) || joined.endsWith('basicauthuserinfo') || last === 'ident') return make('user-password');
  // `FASTLANE_SESSION`, `APP_SESSION`: a session cookie or token, when the value looks generated.
  if (last === 'session' && words.length > 1) return make('token', false);
  // WordPress `NONCE_SALT`, hashids salts: secret inputs to hashing, when the value looks generated.
  if (last === 'salt' && words.length > 1) return make('secret', false);
  // `--src-creds`, `REGISTRY_CREDS`: short for credentials.
  if (joined.endsWith('secret') || last === 'credential' || last === 'credentials' || last === 'creds' || last === 'cred' || last === 'auth') return make('secret');
  if (last === 'signature' || last === 'sig' || joined === 'sign') return make('signature');
  // A bot's or webhook's signing secret (`FEISHU_WEBHOOK_SIGN`, `DINGTALK_SIGN`): kept when the value looks generated.
  // A request's or header's `sign` (`request_sign`, `X-Sign`, `api_sign`) is that request's signature.
  // `StringToSign`, `string_to_sign`: what a signature is computed over, printed by a failing request; no secret.
  if (last === 'sign' && previous === 'to') return undefined;
  // (OKX signs each request in `OK-ACCESS-SIGN`.)
  if (last === 'sign' && words.length > 1) return words[0] === 'x' || ['request', 'req', 'api', 'access', 'last'].includes(previous) ? make('signature') : make('secret', false);
  // Cookie headers (`Cookie:`, `Set-Cookie:`) have their own detector, which reads name=value pairs.
  if (last === 'cookie' && !/^(?:set)?cookie$/.test(joined)) return make('cookie');
  // A bare `key` (`"Key": "…"`, `key=…`) is a secret only when its value is clearly generated.
  if (joined === 'key') return make('secret', false);
  // `DEPLOY_KEY`, `maps_key`: any other `…key` holds a secret only when its value is clearly generated
  // (`primary_key`, `cache_key`, `idempotency_key` and the like name data, not credentials).
  if (last === 'key' && !DATA_KEY_QUALIFIERS.includes(previous)) return make('api-key', false);
  // A connection string stored encoded (a Kubernetes Secret's base64): a URL-shaped value is left to
  // the URL detector, which keeps everything but the password.
  if (/(?:connectionstring|connstr)$/.test(joined) || last === 'dsn' || joined === 'databaseurl') return make('secret', false);
  // Kubernetes registry secrets: base64 of a Docker config with credentials.
  if (/^(?:dockerconfigjson|dockercfg)$/.test(joined)) return make('secret');
  return classifyByContainedWord(words, make);
}

/**
 * `SECRET_KEY_BASE`, `DB_PASSWORD_PROD`, `github_token_ro`: a secret word inside the name, not at its
 * end. The name must not end in a word that describes the secret (`password_min_length`,
 * `secret_name`, `token_url`), and the value must look generated (the class has `anyShape` false).
 */
function classifyByContainedWord(words: string[], make: (family: KeyFamily, anyShape?: boolean) => KeyClass): KeyClass | undefined {
  if (words.length < 2 || META_WORDS.has(words[words.length - 1])) return undefined;
  // Only the last three words count: `discovery_token_ca_cert_hash` names a hash, not a token.
  const joined = words.slice(-3).join('');
  if (/password|passwd|passphrase/.test(joined)) return make('password', false);
  if (/apikey/.test(joined)) return make('api-key', false);
  if (words.slice(-3).includes('secret')) return make('secret', false);
  const token = words.lastIndexOf('token');
  if (token >= 0 && token >= words.length - 3 && !HARMLESS_TOKEN_PREFIXES.includes(words[token - 1] ?? '')) return make('token', false);
  return undefined;
}
