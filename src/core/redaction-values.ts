// Judging whether a value found next to a secret-sounding name is a real secret or a placeholder,
// a status word, prose, or code. Kept apart so the detectors read as "where", and this file as "what".
import { ALGORITHM_NAME, DATE, FILE_NAME, PUBLIC_VALUE, QUOTED_PRINTABLE_LETTER, SQL_INJECTION, STATE_WORD } from './redaction-value-look-alikes';
import { isPasswordHash } from './redaction-hashes';

const PLACEHOLDER =
  /^(?:\*+|x{3,}|X{3,}|•+|●+|\.{3}|…|-+|_+|\?+|null|nil|none|undefined|true|false|yes|no|on|off|empty|n\/a|redacted|hidden|masked|filtered|sanitized|scrubbed|omitted|censored|obfuscated|encrypted|string|required|optional|password|passwd|pass|secret|token|(?:change|replace|fill|set|update)[-_]?me|random|your[-_ ]?\w*|my[-_]?(?:password|secret|token|key)|placeholder|todo|fixme|tbd|dummy|sample|example|foo|bar|foobar|baz|qux)$/i;
// A setting's name in capitals: words, and numbers of two digits at most (`DB_PASSWORD`, `REDIS_2_PASSWORD`).
// Words may hold a digit or two (`S3_SECRET_KEY`, `OAUTH2_TOKEN`, `K8S_API_TOKEN`), never a random run (`TOKEN_4F9A2C…`).
const SETTING_NAME = /^[A-Z0-9]{1,20}(?:_[A-Z0-9]{1,20}){1,8}$/;
const isSettingName = (value: string): boolean => SETTING_NAME.test(value) && value.split('_').every((word) => (/^[A-Z]/.test(word) ? (word.match(/\d/g) ?? []).length <= 2 : /^\d{1,2}$/.test(word)));
// Type names where code declares a field rather than filling it (`api_key: str`, `password: string;`).
const TYPE_NAMES = /^(?:str|string|String|bytes|int|number|bool|boolean|any|object|SecretStr|char\[\]|Optional\[str\]|string\[\]|&str)[;,]?$/;

// Words that follow "password:" in messages rather than in configuration ("password: not required",
/** A word list written as space-separated lines (long lists stay short on the page). */
export function words(...lines: string[]): string[] {
  return lines.join(' ').split(/\s+/).filter(Boolean);
}

// "password: too short").
const STATUS_WORDS = new Set(
  words(
    'invalid incorrect required expired missing wrong set unset changed reset ok failed error optional updated ignored protected mismatch accepted rejected',
    'weak strong provided not too is was must should cannot can will has have for of length policy disabled enabled denied granted revoked rotated valid',
    'active inactive locked unlocked loaded saved stored generated created deleted removed verified confirmed unknown same see ask use please default blank',
    'prompt stdin env file tbd todo example successfully success unchanged untouched same expiring hidden masked empty none pending configured',
  ),
);
// Words of password policies and instructions ("12 characters minimum", "digits and symbols").
const POLICY_WORDS = new Set(
  words('characters character chars minimum maximum digits digit letters letter symbols symbol uppercase lowercase long length complexity special numbers mixed', 'case expires expired bytes byte'),
);
// The words for a password itself, which a label of two words or more names and a passphrase does not hold.
const FIELD_WORDS = new Set(words('password passwd passphrase passcode pwd', 'passwort kennwort contraseña senha'));
// Function words: a value made of words that include one of these is a sentence, not a passphrase.
export const FUNCTION_WORDS = new Set(
  words(
    'a an the is are was were be been to of in on at for with by from as and or not no if when you your our we it its this that one please must should will',
    'can cannot has have before after least only than same see via into onto over under through using instead here there below above without about',
  ),
);

/** True for values that stand for a secret rather than being one: `***`, `<token>`, `${VAR}`, `[REDACTED:…]`. */
export function isPlaceholder(value: string): boolean {
  // A JSON or code line's trailing comma or semicolon (`"password": null,`) is not part of the value.
  const trimmed = value.trim().replace(/(?<![,;])[,;]+$/, '');
  if (trimmed === '' || PLACEHOLDER.test(trimmed) || TYPE_NAMES.test(trimmed)) return true;
  // Wrapped (`**hidden**`, `[masked]`, `"<token>"`) or led by a mask (`******** (8 chars)`).
  // (The closing run is looked for only where a run starts: tried inside one, a long run of `)` not at the end is read
  // again from each of its characters.)
  const unwrapped = trimmed.replace(/^[\s*_"'`[(<\\]+|(?<![\s*_"'`\])>\\])[\s*_"'`\])>\\]+$/g, '');
  // (JSON-escaped quotes too: `\"$SENTRY_AUTH_TOKEN\"` in a package.json script.)
  if (unwrapped !== trimmed && (unwrapped === '' || PLACEHOLDER.test(unwrapped) || /^\$\{?[A-Za-z_]\w*\}?$/.test(unwrapped))) return true;
  if (/^(?:\*{3,}|x{4,}(?:-x{4,})*|•{3,}|●{3,}|#{4,})(?:\s|$)/i.test(trimmed)) return true;
  // A logger's mask in brackets with what it kept (`[masked, jti=…, header=…]`).
  if (/^\[(?:masked|redacted|hidden|removed|omitted|filtered)\b[^\]]*\]$/i.test(trimmed)) return true;
  // References to the environment (EZproxy's `^{NAME^}`, LiteLLM's `os.environ/NAME`, `env:NAME`), the Alibaba Cloud CLI's
  // instance role (`ecs-ram-role:NAME`) and a Windows Credential Manager entry's name (`cmdkey:farm-nas`).
  if (/^\^\{\w+\^\}?$|^os\.environ\/[A-Za-z_]\w*\}?$|^env:[A-Z_][A-Z0-9_]*$|^(?:ecs-)?ram-role:[A-Za-z][A-Za-z.-]*$|^cmdkey:[A-Za-z][\w-]*$/.test(trimmed)) return true;
  // A mask that says so (`***-masked-***`).
  if (/^\*{3,}[-_ ]?(?:masked|hidden|redacted|removed)[-_ ]?\*{3,}$/i.test(trimmed)) return true;
  // Masked in the middle (`Credential=LTAI5t*****/20261203/…`, `Access=****, SignedHeaders=…`) or at the end, after the
  // short prefix a log keeps (`glc_eyJv***`; a password may end in stars, `Summer2024***`): someone hid the secret.
  if (/\*{4,}|^[^*\s]{1,8}\*{3}$/.test(trimmed)) return true;
  // A redaction by someone else (`room?auth_key=REDACTED`, Windows setup's `*SENSITIVE*DATA*DELETED*`).
  if (trimmed.startsWith('[REDACTED') || /\bREDACTED\b|^\*SENSITIVE\*DATA\*DELETED\*$/.test(trimmed)) return true;
  // A batch loop variable (`set MYSQL_PWD=%%p`) and a string concatenated from a variable (VBA `" & DB_PWD & "`).
  if (/^%%?[A-Za-z]$|^["']?[ \t]*&[ \t]*[A-Za-z_][\w.]*[ \t]*&/.test(trimmed)) return true;
  // `<token>`, and documentation slots inside a value (`<account>:<signature>`, `-i <yourAccessKeyID>`, `<base64(appKey:masterSecret)>`).
  // A slot cut off where it opens (`acs/ram/user/<用户名>` read up to the `<`).
  if (/^<[^<>]*>$/.test(trimmed) || /<[A-Za-z][\w -]*(?:\([\w :,-]*\))?>/.test(trimmed) || trimmed.endsWith('<')) return true;
  // A pointer to where the secret is ("见 CSMS app-db", "见附件 server.key", "同NVR": the same as the NVR's) and a
  // certificate's fingerprint described in a cell ("SHA-256 指纹 5d41…").
  if (
    /^(?:见|参见|详见|请见|同[^\x21-\x7e\d]{0,4}[A-Za-z]{0,8}$|同[ \t]+[A-Za-z][A-Za-z.-]{0,20}(?:[ \t]*[(（][^)）\r\n]{0,12}[)）])?$|see[ \t])|^(?:SHA-?(?:1|256|384|512)|MD5)[ \t:：]*(?:指纹|fingerprint|thumbprint)/i.test(
      trimmed,
    )
  )
    return true;
  // A field's name where its value would be (a format described: "凭证示例：AccessKeyId"), and Drone's `from_secret`.
  // (Also a format of names joined, SLS's Kafka password `AccessKeyID#AccessKeySecret`.)
  if (/^(?:access[_-]?key[_-]?(?:id|secret)(?:#access[_-]?key[_-]?secret)?|from_secret)$/i.test(trimmed)) return true;
  // A deploy tool's slot (`__FROM_ENV__`) and a YAML alias of an anchor set above (`password: *pg_runner_pw`; letters only: a
  // password may start with a star, `*kx9-pq2zz`).
  if (/^__[A-Z][A-Z0-9_]*__$|^\*[a-z_][a-z_-]*$/.test(trimmed)) return true;
  // A field's type where a schema declares it: CUE's (`password: string @tag(dbpw)`, `token: string | *""`; a default that
  // is not empty, `string | *"…"`, is a value).
  if (/^(?:string|bytes|int|number|bool)(?:[ \t]*@\w+\([^()\s]*\))*(?:[ \t]*\|[ \t]*\*?(?:""|''))?$/.test(trimmed)) return true;
  // A column's SQL type where a schema declares it (`password text,`, `api_token varchar(64)`).
  if (/^(?:text|tinytext|mediumtext|longtext|varchar|nvarchar|char|nchar|bytea|blob|varbinary|binary|clob)(?:\(\d+\))?,?$/i.test(trimmed)) return true;
  // Perl reads a value where it would stand (`$self->{'password'} = shift;`, `= shift @_;`) or clears it (`= undef;`).
  if (/^(?:shift|pop|undef|chomp)(?:[ \t]*(?:@_|@ARGV|\([^()]*\)))?;?$/.test(trimmed)) return true;
  // The JDK's `cacerts` store ships with the password `changeit`, printed in every guide: no secret of the user's.
  if (trimmed === 'changeit') return true;
  // A Mule or DataWeave expression where the value would be (`value="#[vars.token]"`).
  if (/^#\[[^\]]*\]$/.test(trimmed)) return true;
  // A password manager's name where the password is kept ("新的统一放 1Password"): where, not what.
  if (/^(?:1Password|KeePass(?:XC)?|Bitwarden|LastPass|Vaultwarden)\.?$/i.test(trimmed)) return true;
  // A hash algorithm's name where a stored password's form is described (`rolpassword: sha256`, `password_encryption =
  // scram-sha-256`), maybe in a code span.
  // (And an SSH key's type where a key is described, "the key `ssh-ed25519`".)
  // (crypt(3)'s schemes, `sha512crypt`, and an 802.1X inner method, `phase2-auth=mschapv2`, too.)
  if (
    /^`?(?:md5|sha-?(?:1|224|256|384|512)|scram-sha-256|bcrypt|argon2(?:i|d|id)?|pbkdf2|(?:md5|sha256|sha512|des|yes)crypt|mschap(?:v2)?|ssh-(?:ed25519|rsa|dss)|ecdsa-sha2-nistp(?:256|384|521))`?$/i.test(
      trimmed,
    )
  )
    return true;
  if (/^\$\{[^}]*\}$|^\$\{\{.*\}\}$|^\{\{.*\}\}$|^%\(?\w*\)?s$|^%[A-Z_]+%$|^\$[A-Z_][A-Z0-9_]*$/.test(trimmed)) return true;
  // Template and shell expansions anywhere (`"{{ .Values.x }}"`, `$(vault read …)`, `<(echo …)`, Hiera and Puppet
  // `%{lookup('…')}`, Windows' `%APPDATA%\…`, though not `%v%Idu3…`, a password that starts so), documentation
  // stand-ins (`YOUR_API_KEY`, `xoxb-your-bot-token`, `sk_live_...`) and runs such as `XXXXXXXX`. (A variable is `$HOME/…`,
  // `$cfg['x']`, `$this->x`, a macro's `$HEC_TOKEN$`; a value that only starts with a dollar, `$oueb!ag%(…` — a Django key —, is none.)
  // (Home Assistant's and ESPHome's `!secret wifi_password` name an entry of secrets.yaml; DedeCMS's installer fills
  // in `~dbpwd~`.)
  if (/\{\{|\$\{|#\{|%\{|\$\(|^<\(|^\$[A-Za-z_]\w*(?:$|[/.[:\\{(-]|\$$)|^%[A-Za-z_]\w*%(?=$|[\\/.:;])|^!(?:vault|secret|Ref|Sub|GetAtt|ImportValue|!binary)\b|^~[a-z_][a-z0-9_]*~$/.test(trimmed))
    return true;
  // Format fields (`{password}` in an f-string), a slot cut at its space (`<AccessKey Secret>` read as `<AccessKey`),
  // secret-store references (`secret/data/ci:token`, `vault:secret/db#password`) and encrypted values (`{cipher}…`).
  // A resource name (`acs:kms:…:secret/prod/db`, `arn:aws:secretsmanager:…`) or Salt's `__slot__:` call names where a
  // secret is kept.
  // (TeamCity's `credentialsJSON:<uuid>` and Symfony's `%env(NAME)%` name a secret stored elsewhere, and so does Spinnaker's
  // secret engine, `encrypted:kms!r:…!s:…!k:password`.)
  // (Apple's notarization tools read `@keychain:NAME` and `@env:NAME`; OpenWrt's `$p$root` takes root's password from the
  // shadow file; BuildKit's `--secret id=…,src=…` mounts a secret from a file or a variable.)
  if (/^(?:acs|arn):[\w-]*:[\w-]*:|^__slot__:|^credentialsJSON:[\w-]+$|^%env\([\w:-]+\)%$|^encrypted(?:File)?:[a-z0-9]+!/.test(trimmed)) return true;
  // (Bacula reads a value from a file named after `@`, `"@/etc/bacula/dir.pw"`; a log masks a form's value as `%5BREDACTED%5D`;
  // a directory's attribute names a password field, `zimbraPasswordModifiedTime`, `SecretId`.)
  const namedElsewhere = /^@\/(?:etc|opt|var|usr|srv|run|home)\/[\w./-]+$|^%5BREDACTED%5D$|^Secret(?:Id|Key)$/.test(trimmed);
  if (namedElsewhere || /^[a-z]+(?:[A-Z][a-z]+)*Password(?:Modified|Changed|Must|Min|Max|Expir|Lock|History|Time|Date|Age|Length|Policy|Hash)/.test(trimmed)) return true;
  if (/^@(?:keychain|env|credman):[\w./-]+$|^\$p\$[a-z_][a-z0-9_-]{0,31}$|^id=[\w.-]+,(?:src|source|env|type|target)=(?!.*\bvalue=)/.test(trimmed)) return true;
  // A secret manager's address of the secret (Huawei CSMS `csms://app/db`, 1Password `op://vault/item/field`, vals'
  // `ref+vault://…`, `vault://`, `kms://`, `kms-secret://`, `ssm://`).
  if (/^(?:csms|(?:[a-z]+-)?(?:kms|vault)(?:-secret)?|op|ssm|secretsmanager|secretmanager|keyvault|akv|gcpsm|awssm|bws|doppler|infisical|sops|ref\+[a-z0-9]+):\/\/[^\s@]+$/i.test(trimmed)) return true;
  if (/^\{[A-Za-z_][\w.]*\}$|^<[A-Za-z][\w .-]*$|^(?:vault:)?(?:secret|kv)\/[\w./-]+(?:[:#][\w.-]+)?$|^\{cipher\}/.test(trimmed)) return true;
  // Ciphertext under a key the text does not hold: a PowerShell SecureString exported with `-Key` (`76492d11…`),
  // `ENC[…]` (SOPS, Datadog), Jasypt's `ENC(…)`, `cipher:…`, Jenkins `{AQAAAB…}`, a
  // SealedSecret's `Ag…` blob; a mail
  // server's lookup table (`hash:/etc/postfix/sasl_passwd`); Ansible's own mask of a no_log value; Huawei devices'
  // `%^%#…%^%#` and `%@%#…%@%#` ciphertext; Windows DPAPI blobs (NuGet's stored passwords, a `.reg` export's `hex:01,00,00,00,d0,8c,9d,df,…`); a PGP or age message (hiera-eyaml
  // and Salt's GPG renderer keep values so); SQL Server's hash of a login's password, `0x0200…` (`CREATE LOGIN … WITH
  // PASSWORD = 0x0200… HASHED`); a Bitwarden encrypted export's cipher string (`2.<iv>|<ciphertext>|<mac>`); PAN-OS's `-AQ==…`. (Maven's `{…}` is not here: its
  // master password is itself encrypted under a public key, so the value decrypts.)
  if (
    /^ENC[[(][^\])\r\n]+[\])]$|^AQAAANCMnd8BFdERjHoAwE\/Cl\+sB[A-Za-z0-9+/=]{20,}$|^(?:cipher|enc|encrypted|kms):[A-Za-z0-9+/=]{8,}$|^\{AQAAAB[A-Za-z0-9+/=]{20,}\}$|^Ag[A-D][A-Za-z0-9+/]{200,}={0,2}$|^(?:hash|lmdb|btree|cdb|texthash|proxy|regexp|pcre|ldap|mysql|pgsql):\/|^VALUE_SPECIFIED_IN_NO_LOG_PARAMETER$|^%([\^@])%#\S+%\1%#$|^-----BEGIN (?:PGP MESSAGE|AGE ENCRYPTED FILE)-----|^0x0[12]00[0-9A-F]{48,}$|^\d\.[A-Za-z0-9+/]{22}==\|[A-Za-z0-9+/]{16,}={0,2}(?:\|[A-Za-z0-9+/]{43}=)?$|^-AQ==[A-Za-z0-9+/=]{20,}$|^hex:01,00,00,00,d0,8c,9d,df,01,15,d1,11/.test(
      trimmed,
    )
  )
    return true;
  // A pattern that matches the value (`reReplaceAll "password=" "\\S+"` in an alert template), not a value.
  if (/^(?:\\{1,2}[SsWwDd][+*]?|\.[+*]\??|\[\^?[^\]\s]{1,20}\][+*]?)+$/.test(trimmed)) return true;
  // (Or a `sed` expression's next part after one: `s/^password=.*/password=…/`.)
  if (/^\.[*+]\??\/[A-Za-z_]*=?$/.test(trimmed)) return true;
  // What to do in its place (`generate-with-openssl-rand-base64-32`) or where the value comes from (`use-profile:default`).
  if (/^(?:generate|create|run|use)[-_](?:with|by|using|via|profile|env|keyring|vault)(?:[-_:][a-z0-9]+)*$/.test(trimmed)) return true;
  // A sample's slot (`password_here`, `put_your_key_here`) and wpa_supplicant's external password (`ext:EDUROAM_PASSWORD`).
  if (/^[a-z]+(?:[-_][a-z]+)*[-_]here$|^ext:[A-Za-z_]\w*$/i.test(trimmed)) return true;
  if (/(?:^|[^a-z])your[-_]?[a-z]|placeholder|\.{3}|…|([xX*#0•.])\1{5,}/i.test(trimmed)) return true;
  // Instructions in the value's place, words only (`please-set-DJANGO_SECRET_KEY`, `REPLACE_WITH_QDRANT_KEY`,
  // `sk-REPLACE_ME`, `CHANGE_ME_BEFORE_DEPLOY`) — not a password made of them (`ChangeMe2024!`, `Replace_me_2024`).
  if (/(?:^|[-_ ])(?:please[-_ ]?(?:set|change|replace)|replace[-_ ]?(?:with|me)|change[-_ ]?me|fill[-_ ]?in|to[-_ ]?be[-_ ]?set)(?:[-_ ][A-Za-z]+)*\.?$/i.test(trimmed)) return true;
  // Another setting's name where the value would be (External Secrets' `secretKey: DB_PASSWORD`, LangChain's
  // `dashscope_api_key=DASHSCOPE_KEY`): capital words naming a secret (not a random tail: `TOKEN_4F9A2C…`).
  if (isSettingName(trimmed) && /(?:^|_)(?:PASSWORD|PASSWD|PWD|SECRET|TOKEN|KEY|CREDENTIALS?)(?:_|$)/.test(trimmed)) return true;
  // A Windows security identifier (`S-1-5-21-…`), a .NET type printed for a SecureString (`System.Security.SecureString`).
  if (/^S-1-\d{1,2}(?:-\d{1,10}){1,14}$|^System(?:\.[A-Z][A-Za-z]*)+$/.test(trimmed)) return true;
  // Key-shaped stand-ins in documentation carry the word (`AKIAIOSFODNN7EXAMPLE`, `LTAI5tExampleExample00`).
  if (trimmed.length >= 12 && !/[\s@]|:\/\//.test(trimmed) && /example/i.test(trimmed)) return true;
  return false;
}

/**
 * True for unquoted values that are program text (`os.environ["X"]`, `getToken()`, `config.token`).
 * `loose` also treats any letters-only dotted chain (`key.publicKey`) as code; passwords do not get
 * that benefit of the doubt, since "Summer.Holiday" is a plausible password.
 */
export function isCodeReference(value: string, loose = false): boolean {
  // A call or an index right after a name (`getToken(`, `env["X"]`, `config[key` cut at the line's end, `ENC[PKCS7,…`);
  // `Abc123 (temporary)` is a value and a remark, and `TdU5JV1[r9lg…` (a bracket never closed after a word of both cases
  // and digits) a password.
  const call = /^([A-Za-z_$][\w$]*(?:(?:\.|::)[A-Za-z_$][\w$]*)*)[!?]?([([])/.exec(value);
  if (call && (call[2] === '(' || value.includes(']', call[0].length) || !hasMixedClasses(call[1]))) return true;
  if (loose && /^[A-Za-z_$]+(?:\.[A-Za-z_$]+)+(?![\w$.])/.test(value)) return true;
  // An expression (`await prompt(…)`, `new Credential(…)`) or a PowerShell cmdlet (`Read-Host -AsSecureString`).
  if (/^(?:await|new|yield|typeof|async|lambda)[ \t]+[A-Za-z_$]|^[A-Z][a-zA-Z]+-[A-Z][A-Za-z]+(?:[ \t]|$)/.test(value)) return true;
  return /^(?:self|this|os|process|config|cfg|conf|settings|env|args|opts|options|params|props|req|request|ctx|context|secrets|vars|var|local|data|module|values|Values|random_password|random_string)\.[\w$.]+(?![\w$.])/.test(
    value,
  );
}

/** Whether a value reads as a sentence or a status ("must be at least 12 characters", "已修改"), not a secret. */
export function looksLikeProse(value: string): boolean {
  const trimmed = value.trim();
  // Chinese (or other CJK) text with no run that could be a password ("至少 8 位") is a message.
  if (/[\u3000-\u9fff\uff00-\uffef]{2}/.test(trimmed) && !/[^\s\u3000-\u9fff\uff00-\uffef]{6,}/.test(trimmed)) return true;
  // A remark in brackets ("(not set)", "[none]", cut at its blank: "(PBKDF2", "(PBKDF2WithHmacSHA256"); one word that only
  // starts with a bracket, with a digit, both cases and a symbol in eight characters or more, is a password whose first
  // character is one (`(wn9DM2aIvCq+x`).
  if (/^[([（]/.test(trimmed) && (/[\s)\]）]/.test(trimmed) || !/^(?=.*\d)(?=.*[a-z])(?=.*[A-Z])(?=.*[^\w]).{8,}$/.test(trimmed.slice(1)))) return true;
  const words = trimmed
    .toLowerCase()
    .split(/\s+/)
    .map((word) => word.replace(/^[^a-z0-9]+|(?<![^a-z0-9])[^a-z0-9]+$/g, ''));
  if (words.length < 2) return false;
  if (STATUS_WORDS.has(words[0]) || FUNCTION_WORDS.has(words[0])) return true;
  // A program's message ("all authentication tokens updated successfully.") rather than a passphrase.
  if (words.length >= 3 && (trimmed.endsWith('.') || words.some((word) => STATUS_WORDS.has(word)))) return true;
  // A label that names the field it fills ("Confirm password", "New password", a form's or a translation's text).
  if (words.some((word) => FIELD_WORDS.has(word))) return true;
  return words.some((word) => FUNCTION_WORDS.has(word) || POLICY_WORDS.has(word));
}

/** A password value: anything except placeholders, status words, prose, paths and URLs. */
export function isPlausiblePassword(value: string): boolean {
  const trimmed = value.trim();
  const lower = trimmed.toLowerCase();
  // A lone function word ("--password via the CLI") is a sentence going on, not a password; one or two
  // characters are a variable (`{password:t}` in minified code) or a prefix, never a credential.
  if (trimmed.length < 3 || isPlaceholder(trimmed) || STATUS_WORDS.has(lower) || FUNCTION_WORDS.has(lower) || looksLikeProse(trimmed)) return false;
  // (Nor an injection a firewall blocked, `%27+or+%271%27%3D%271%27--+`.)
  if (!/[\p{L}\p{N}]/u.test(trimmed) || isPasswordHash(trimmed) || isDate(trimmed) || isFileName(trimmed) || QUOTED_PRINTABLE_LETTER.test(trimmed) || SQL_INJECTION.test(trimmed)) return false;
  return !isPathLike(trimmed) && !/^[a-z][a-z0-9+.-]*:\/\//i.test(trimmed);
}

function isFileName(value: string): boolean {
  return FILE_NAME.test(value);
}

function isDate(value: string): boolean {
  return DATE.test(value);
}

/** A password where nothing but its look vouches for it: 6+ characters with a digit, a symbol or mixed case. */
export function looksLikePassword(value: string): boolean {
  // Needs a letter: numbers, dates and versions (`2025-06-01T00:00:00Z`, `12.4.1`) are not passwords here.
  // Nor are hyphenated words ("auto-generated", "DPAPI-protected"), an algorithm's name ("HMAC-SHA256"), or letters of any alphabet ("lykilorð").
  if (!isPlausiblePassword(value) || value.length < 6 || !/[A-Za-z]/.test(value) || /^\d{4}-\d{2}-\d{2}/.test(value) || /^[a-z]+(?:-[a-z]+)+$/.test(value)) return false;
  // (Nor a setting of lower-case words, `secret_2=x-access-key`, a remark that says which field holds what.)
  if (ALGORITHM_NAME.test(value) || STATE_WORD.test(value) || /^[a-z][a-z0-9_]*=[a-z]+(?:-[a-z]+)*$/.test(value)) return false;
  return /\d/.test(value) || /[^\p{L}\p{N}]/u.test(value) || (/[a-z]/.test(value) && /[A-Z]/.test(value.slice(1)));
}

/** A password by its look that also has a digit (`Summer.Holiday` has none): what a value needs where little else vouches for it. */
export function looksLikePasswordWithDigit(value: string): boolean {
  return looksLikePassword(value) && /\d/.test(value);
}

/** A password no list of names, ids or words holds: letters, digits, and both cases or a symbol. */
export function isStrongPassword(value: string): boolean {
  return /\d/.test(value) && /[A-Za-z]/.test(value) && (hasMixedClasses(value) || /[^\w]/.test(value)) && looksLikePassword(value);
}

/**
 * The password in a line such as `Admin@123 (change it after the first login)` or
 * `Abc#2024（首次登录后修改）`: its first word, when that word looks like a password and the rest is a
 * remark. Returns the length to keep.
 */
export function passwordBeforeRemark(value: string): number {
  const first = /^[^\s（(，,]+/.exec(value)?.[0] ?? '';
  const rest = value.slice(first.length).trim();
  if (rest === '' || !looksLikePassword(first)) return value.length;
  const isRemark = /^[(（#/-]|^\/\//.test(rest) || looksLikeProse(rest) || /[\u3000-\u9fff]/.test(rest);
  return isRemark ? first.length : value.length;
}

/** A token/key value: long enough and varied enough to be generated, not a word or a phrase. */
export function isPlausibleToken(value: string, minimumLength = 8): boolean {
  const trimmed = value.trim();
  if (trimmed.length < minimumLength || isPlaceholder(trimmed) || /\s/.test(trimmed)) return false;
  if (/^[a-z]+(?:[-_.][a-z]+)*$/.test(trimmed)) return false;
  if (/^\d+$/.test(trimmed)) return false;
  const classes = [/[a-z]/, /[A-Z]/, /\d/, /[^A-Za-z0-9]/].filter((pattern) => pattern.test(trimmed)).length;
  return classes >= 2 || trimmed.length >= 24;
}

/** A value public by design (a Stripe publishable key, an SSH public key body), though its name sounds secret. */
export function isPublicValue(value: string): boolean {
  return PUBLIC_VALUE.test(value.trim());
}

/** Version 4-style UUID shape (ids mostly; some products use them as tokens, which their names tell). */
export function isUuid(value: string): boolean {
  return /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(value);
}

/** A file path (`/run/secrets/db`, `./db-password.txt`, `C:\keys\a.pem`), which names a secret without holding it. */
export function isPathLike(value: string): boolean {
  // (Spring's resource prefixes too: `classpath:keys/jwt.key`, `file:/etc/app/secret.key`.)
  if (/^[A-Za-z]:\\/.test(value) || /^(?:classpath\*?|file):[\w.\-/]+$/.test(value)) return true;
  if (!/^(?:~|\.{1,2})?\/[\w.\-/%]*$/.test(value) && !/^\.{1,2}\/[\w.\-/]+$/.test(value)) return false;
  // Base64 may start with a slash (`/sOH2YBMrT1e8…`): a long segment of upper and lower case and digits
  // is no directory or file name (ids in paths are lower-case hex or UUIDs).
  return !value.split('/').some((segment) => segment.length >= 16 && !segment.includes('.') && hasMixedClasses(segment));
}

/**
 * A value that only its look vouches for (no telling field name): 16+ token characters with letters
 * and digits, and not a path (`uploads/2025/06/01/a.png`) or a URL.
 */
export function isGeneratedToken(value: string): boolean {
  if (!/^[A-Za-z0-9+/=_-]{16,}$/.test(value) || !/\d/.test(value) || !/[A-Za-z]/.test(value) || isPlaceholder(value)) return false;
  // UUIDs are mostly ids (requests, resources, idempotency); named credentials that are UUIDs are caught by name.
  // Words and a number (`order-4768492340`, `gitlab+deploy-token-4098`) are a business id or a name.
  // (Random letters that happen to end in digits, `WXbQOhOgdNYKwNJ5`, switch case too often to be words.)
  if (isUuid(value) || (/^[A-Za-z]+(?:[-_.+][A-Za-z]+)*[-_.+:]?\d+$/.test(value) && caseSwitches(value) < 4)) return false;
  const slashes = value.split('/').length - 1;
  // Base64 has slashes too; a long run with upper case, lower case and digits is no path of words.
  return slashes < 2 || /[+=]/.test(value) || (value.length >= 24 && hasMixedClasses(value));
}

/** Upper, lower and digits all present: the mark of a generated value (`mixedCase` tells it from words and hex). */
export function hasMixedClasses(value: string): boolean {
  return /[a-z]/.test(value) && /[A-Z]/.test(value) && /\d/.test(value);
}

/**
 * Both cases and a digit, or a digit and a symbol that names, versions and paths do not hold (`.`, `-`, `/`, `:` are
 * theirs): what a value after a label needs when words stand between them and could make it another field's.
 */
export function hasMixedClassesOrSymbol(value: string): boolean {
  return hasMixedClasses(value) || (/\d/.test(value) && /[^\w.\-/:]/.test(value));
}

/**
 * The share of a value's letters that spell capitalised words, a capital and `minLower` small letters or more
 * (`customerOrderHistory2024Q3Index`: most; `WXbQOhOg`: none): high for a name, low for a generated value.
 */
export function capitalisedWordShare(value: string, minLower = 2): number {
  const words = value.match(minLower === 2 ? CAPITALISED_WORD : new RegExp(`[A-Z][a-z]{${minLower},}`, 'g')) ?? [];
  return words.join('').length / Math.max(1, value.replace(/[^A-Za-z]/g, '').length);
}
const CAPITALISED_WORD = /[A-Z][a-z]{2,}/g;

/** How often the letters of a value switch between upper and lower case (`OrderNumber`: 2; `WXbQOhOg`: 5). */
export function caseSwitches(value: string): number {
  const letters = value.replace(/[^A-Za-z]/g, '');
  let switches = 0;
  for (let i = 1; i < letters.length; i++) if (letters[i] < 'a' !== letters[i - 1] < 'a') switches++;
  return switches;
}

/**
 * A value that nothing but its look says is the secret (no separator before it: "DB_PASS was …", a label on
 * the line above): generated or random, or, under a password's name, a password with a digit.
 */
export function looksLikeSecretWithoutSeparator(value: string, password: boolean): boolean {
  return isGeneratedToken(value) || looksRandom(value) || isRandomLetters(value) || (password && looksLikePasswordWithDigit(value));
}

/**
 * Sixteen letters or more with no digit, whose case switches like a generated value's (`HEOtXFqRIRIHyGCnYmQa`, a
 * bot's signing secret) and not like words joined in camel case (`getUserAccountName`, `HTTPServerError`): words have
 * two lower-case letters or more after their capitals, so a lone lower-case letter (`XFqRI`) is random.
 * (Written as "no lone lower-case letter" rather than as a sequence of words: the sequence, `(?:[A-Z]*[a-z]{2,}|[A-Z]+…)+`,
 * can split a run of letters in exponentially many ways, and a 50-letter value took seconds.)
 */
export function isRandomLetters(value: string): boolean {
  return /^[A-Za-z]{16,128}$/.test(value) && caseSwitches(value) >= 6 && /(?:^|[A-Z])[a-z](?![a-z])/.test(value);
}

/**
 * A value that only its look vouches for, with symbols: upper and lower case, digits and punctuation
 * (`j%zHXHBsTlI6`, a WordPress salt), or 20+ characters of three classes with punctuation. Paths, URLs,
 * e-mail addresses and text with spaces are not.
 */
export function looksRandom(value: string): boolean {
  // A stored hash (`$2b$12$…`) looks random too, but it is what a password became.
  if (value.length < 10 || /\s/.test(value) || isPlaceholder(value) || isPathLike(value) || isUuid(value) || isPasswordHash(value)) return false;
  // URLs (also JDBC's `jdbc:mysql://…`), DSNs (`app:…@tcp(host)/db`), e-mail addresses, paths of words (`uploads/2025/06/a.png`) and
  // settings (`Server=10.0.8.7`, `a=b;c=d`; a WordPress salt's `…=t1ga;Gt…` has no second name).
  if (/^[a-z][a-z0-9+.-]*:(?:[a-z][a-z0-9+.-]*:)*\/\/|^jdbc:|@[\w.-]*[(:/]|^[\w.+-]+@[\w-]+(?:\.[\w-]+)+$|^[\w.-]+(?:\/[\w.-]+)+$|^[A-Za-z][\w.-]*=|=[^;]*;[ \t]*[A-Za-z][\w .-]*=/i.test(value))
    return false;
  const classes = [/[a-z]/, /[A-Z]/, /\d/].filter((pattern) => pattern.test(value)).length;
  if (!/[^A-Za-z0-9]/.test(value)) return false;
  // A regular expression's source (`(?:secret|token)\s*[:=]\s*(\S+)`) is a pattern, not a value.
  if (/\\[sSdDwWbB][*+?{]|\(\?[:=!<]/.test(value)) return false;
  // Words joined by commas (`Name,Type,Value,Description`) are a table's header, the next line after a label.
  if (/^(?:[A-Z]?[a-z]+[,;]){2,}[A-Z]?[a-z]+$/.test(value)) return false;
  return classes === 3 || (classes === 2 && value.length >= 20 && (value.match(/[^A-Za-z0-9]/g) ?? []).length >= 3);
}

/** Values are short; reading stops here so a huge line cannot make every match scan to its end. */
export const MAX_VALUE_LENGTH = 2048;

/** The end of the line at `from`, or `from + maxLength` if that comes first. */
export function endOfLine(text: string, from: number, maxLength = MAX_VALUE_LENGTH): number {
  const limit = Math.min(text.length, from + maxLength);
  let index = from;
  while (index < limit && text[index] !== '\n' && text[index] !== '\r') index += 1;
  return index;
}
