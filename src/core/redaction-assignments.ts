// Secrets recognised by the name they are assigned to: `key=value`, `key: value` (YAML, headers,
// logs, INI, .env, properties, HCL, TOML), `"key": "value"` (JSON, also JSON escaped inside a
// string, once or more), `<Key>value</Key>` and `<add key="Key" value="…"/>` (XML). Code idioms are in
// redaction-code.ts.
import { decodedLiteral, fallbackLiteral } from './redaction-code-literals';
import type { RedactionKind, RedactionSpan } from './redaction';
import { isNamedCiphertext, isSaltedHashRecord } from './redaction-hashes';
import { kindForValue, passwordKind } from './redaction-key-values';
import { classifyKey, isHarmlessTokenQualifier, isNotAValuePrefix, type KeyClass } from './redaction-keys';
import type { RedactionProfile } from './redaction-profile';
import { blockScalar, INLINE_PASSWORD, INLINE_VALUE, listedValues, quoted, quoteOperatorLiteral, templateLiteral, tripleQuoted, withContinuations } from './redaction-value-forms';
import { endOfLine, isCodeReference, isGeneratedToken, looksLikePassword, MAX_VALUE_LENGTH, passwordBeforeRemark } from './redaction-values';

// A field name (not inside a path or URL, though a Windows switch may start with a slash: `/processModel.password:…`;
// up to three words, so "AccessKey Secret:" and "export TOKEN=" count; a Chinese one only
// in quotes, `"数据库密码": …`, since prose labels are redaction-phrases.ts's; a .NET setting's path in quotes,
// `"Jwt:SigningKey": …`, `"Serilog:WriteTo:0:Args:apiKey"`; i18next's namespaces look the same, `"common:confirmPassword":
// "Confirm password"`, and hold text), optionally
// quoted (groups 1 and 3), an index (`$config['smtp_pass'] =`) or a Zabbix macro (`{$MYSQL.PASSWORD} = …`), optionally
// followed by a remark in parentheses ("Token (do not share):") or a prompt's current value in
// brackets (`aliyun configure`: "Access Key Secret [****]: …"),
// then a separator (group 4; LDIF writes `::` before a base64 value; Groovy prints maps as `name -> value`). `://` is excluded so URLs are not read as `https: //…`; `==` is a comparison and `=~ /…/` a pattern's match (a form's
// `password=~x…` is a value).
const ASSIGNMENT =
  /(?<![\w.\\-])(?<!\S\/)(?<!\w\$)(\\*["'])?((?<=["'])[A-Za-z][\w.-]*(?::[A-Za-z0-9_][\w.-]*){1,8}(?=\\*["'])|-{0,2}\.?[A-Za-z_][\w.-]*(?:[ \t][A-Za-z][\w-]*){0,2}(?:[ \t]#?\d{1,2})?|(?<=["'])[\w \u4e00-\u9fff]{0,12}[\u4e00-\u9fff](?=\\*["']))(\\*["'])?(?:\[\]|\]|(?<=\{(?:\$[\w.]{1,64}|["'][\w.-]{1,64}["']))\})?(?:[ \t]*\([^()\r\n]{0,40}\)|[ \t]*（[^（）\r\n]{0,40}）|[ \t]+\[[^\[\]\r\n]{0,40}\])?[ \t]*(:=|=>|->(?=[ \t])|[?+]=|=(?!=|~(?:[ \t/]|[ms][/{(!|]))|::(?=[ \t]+[A-Za-z0-9+/])|:|：)(?!\/\/|:)[ \t]*/g;
// A type annotation and `=` after `name:` (Rust, TypeScript, Kotlin, Swift, Scala, Go's `var x T = …` aside).
// The `=` stands apart and a quoted value follows, so a password with `=` in it (`password: ab=cd`) is no type.
const TYPE_THEN_EQUALS = /^&?(?:'static[ \t]+)?[A-Za-z_][\w.:]*(?:<[^<>=\r\n]{0,60}>)?(?:\[\])?\??[ \t]+=[ \t]*(?=["'`])/;
// A query string URL-encoded inside another URL (`redirect_uri=…%3Ftoken%3DVALUE%26lang%3Dzh`), or a form
// body logged encoded (`password%3DVALUE%26user%3Dops`); or encoded twice, a return URL inside a login URL
// (`returnUrl=https%253A%252F%252F…%253Fapi_key%253DVALUE%2526store%253D…`).
const ENCODED_QUERY_VALUE = /(?<=%3F|%26|%3f|%253[Ff]|%2526|^|[\s?&=])([A-Za-z_][\w.-]{0,63})(?:%3[Dd]|%253[Dd])((?:[^\s%&"'<>]|%(?!26|3[Dd]|25(?:26|3[Dd]))[0-9A-Fa-f]{2}){1,512})/dg;
// A JSON body logged URL-encoded (`body=%7B%22password%22%3A%22VALUE%22%7D`).
const ENCODED_JSON_VALUE = /%22([A-Za-z_][\w.-]{0,63})%22(?:%20)*%3[Aa](?:%20)*%22((?:[^\s%"&]|%(?!22)[0-9A-Fa-f]{2}){1,512})%22/dg;
// A word before a field name that makes the line an error message (`incorrect password: …`).
const MESSAGE_BEFORE = /(?:^|[^\w])(?:incorrect|invalid|wrong|bad|missing|expired|empty)[ \t]+$/i;

// The rest of a record's name field, a comma and its value field (`"lastExportSha256",\n "value":`).
const NAME_THEN_VALUE_FIELD = /^[^\r\n,{}]{1,200}?,[ \t]*(?:\r?\n[ \t]*)?["']?value["']?[ \t]*:/;

/** Spans of values assigned to secret-sounding names. */
export function findAssignmentSecrets(text: string, profile: RedactionProfile): RedactionSpan[] {
  const spans = withContinuations(text, findKeyValues(text, profile));
  for (const match of [...text.matchAll(ENCODED_QUERY_VALUE), ...text.matchAll(ENCODED_JSON_VALUE)]) {
    const keyClass = classifyKey(match[1]);
    const [start, end] = match.indices?.[2] ?? [0, 0];
    if (keyClass) pushIfSecret(spans, keyClass, text, start, end, profile);
  }
  return spans;
}

function findKeyValues(text: string, profile: RedactionProfile): RedactionSpan[] {
  const spans: RedactionSpan[] = [];
  const assignment = new RegExp(ASSIGNMENT.source, 'g');
  const hasCiphertext = text.includes('encryptedData:');
  for (let match = assignment.exec(text); match; match = assignment.exec(text)) {
    const [whole, open, key, close, separator] = match;
    // `group=read password=…`: with `=` glued to the name, the words before it are another field's value.
    // (`signMethod=SHA256 sign=…`: "SHA256 sign" is no name.)
    const glued = separator === '=' && /[ \t]/.test(key) && !/[ \t]=/.test(whole);
    const keyClass = glued ? classifyKey(key.split(/[ \t]+/).pop() ?? '') : classifyKeyPhrase(key);
    if (!keyClass || !isField(text, match.index, key, separator) || (hasCiphertext && isUnderCiphertext(text, match.index))) continue;
    // A Windows switch glues its value to the colon (`/processModel.password:…`); `/password: ResetController@reset` in a
    // route listing names the code that serves a path.
    if (text[match.index - 1] === '/' && /[ \t]$/.test(whole) && /^(?:[\w\\]*(?:Controller|Handler|Action|View)\b|\/)/.test(text.slice(match.index + whole.length, match.index + whole.length + 80)))
      continue;
    // A variable's record names it under `key` and holds it under `value` (Postman's `{"key": "lastExportSha256", "value": …}`):
    // the key is a name.
    if (/^key$/i.test(key) && NAME_THEN_VALUE_FIELD.test(text.slice(match.index + whole.length, match.index + whole.length + 300))) continue;
    // An earlier pass's marker names no field before a Groovy arrow (`corpsecret=[REDACTED:secret] -> errcode=0`), nor before a
    // quoted-printable line's encoded text (`[REDACTED:password] =E5=B7=B2…`, the mail's words after the value). (Before `=` and a
    // value it still does: `[REDACTED:token]=…`, a name an earlier pass took for a secret.)
    const afterMarker = text.endsWith('[REDACTED:', match.index);
    if (afterMarker && (separator === '->' || separator === '=>' || /^[0-9A-F]{2}=[0-9A-F]{2}=/.test(text.slice(match.index + whole.length, match.index + whole.length + 6)))) continue;
    // A Spring Boot log names its logger, a class, after the level and before a spaced colon (`DEBUG [ws-3] c.v.csms.ocpp.WsAuth :
    // chargeBoxId=…`): the message follows. (A setting so named, `spring.datasource.Password : …`, has no level before it.)
    if (
      separator === ':' &&
      /[ \t]:$/.test(whole.trimEnd()) &&
      /^(?:[a-z]\w*\.){2,}[A-Z]\w*$/.test(key) &&
      /\b(?:TRACE|DEBUG|INFO|WARN|WARNING|ERROR|FATAL)\b[^\r\n]*$/.test(text.slice(Math.max(0, match.index - 200), match.index))
    )
      continue;
    // A key shown under the key that encrypts it (an HSM's notation, `ZPK(ZMK) = X…`, `TAK(LMK)`) is its ciphertext.
    if (/^[A-Z]{3}$/.test(key) && /\((?:ZMK|LMK|TMK|KEK|ZCMK)\)/.test(whole)) continue;
    // "Invalid/incorrect password: Permission denied": a message about a password, not one.
    if (MESSAGE_BEFORE.test(text.slice(Math.max(0, match.index - 16), match.index))) continue;
    // A typed declaration (`const API_SECRET: &str = "…"`, `val token: String = "…"`, `apiKey: string = '…'`):
    // the value follows the type and its `=`.
    const typed = separator === ':' ? TYPE_THEN_EQUALS.exec(text.slice(match.index + whole.length, match.index + whole.length + 80)) : null;
    // (WebSphere's `{xor}…` anyone reverses: the password is what follows the mark.)
    const xorMark = /^\{xor\}(?=[^\s"'])/i.test(text.slice(match.index + whole.length, match.index + whole.length + 6)) ? 5 : 0;
    const valueStart = match.index + whole.length + (typed?.[0].length ?? 0) + xorMark;
    // `"Password: "` is a prompt inside a string, not a field: the string closes where a value would start. So does a code
    // span in prose ("the line `PGPASSWORD=` must read …").
    if (open && !close && text.startsWith(open.slice(-1), valueStart)) continue;
    if (text[match.index - 1] === '`' && text[valueStart] === '`' && !/[^\s.,;:!?)]/.test(text[valueStart + 1] ?? '')) continue;
    const spaced = /[ \t]=|=[ \t]/.test(whole);
    const restOfLine = keyClass.family === 'password' && separator !== '=>' && separator !== '->' && (separator !== '=' || spaced) && startsLine(text, match.index);
    // An environment file's line (`DB_PASSWORD=…`, compose's `- ADMIN_PASSWORD=…`) is one word, brackets and all.
    // (Inside quotes, `"MYSQL_ROOT_PASSWORD=…",` in docker inspect's JSON, the closing quote ends it, escaped as the opening one
    // was: `\"` in a JSON string's command.)
    // So is a secret's that fills its line (Django's `SECRET_KEY = …)u4sg…`, brackets among its symbols).
    const wholeWord =
      separator === '=' &&
      startsLine(text, match.index) &&
      ((keyClass.family === 'password' && !spaced) || (/^secret/.test(keyClass.family) && /^[^\s<>"'`,{}]+[ \t]*$/.test(text.slice(valueStart, endOfLine(text, valueStart, 512)))))
        ? { closer: open }
        : undefined;
    // Only under a name that is the secret's own (`passwords`), not one that merely contains it (`password_rules`).
    const listed = keyClass.anyShape ? listedValues(text, valueStart) : undefined;
    if (listed) {
      for (const item of listed) pushIfSecret(spans, keyClass, text, item.start, item.end, profile);
      continue;
    }
    // ERB's tags (`<%= ENV.fetch("X") { "v" } %>`) hold code: its default is read before the tag would be read whole.
    const erbDefault = text.startsWith('<%', valueStart) ? fallbackLiteral(text, valueStart) : undefined;
    const value =
      erbDefault ??
      templateLiteral(text, valueStart) ??
      quoteOperatorLiteral(text, valueStart) ??
      readValue(text, valueStart, keyClass, restOfLine, wholeWord) ??
      decodedLiteral(text, valueStart) ??
      fallbackLiteral(text, valueStart);
    if (!value) continue;
    // A translation under a namespaced key (`"common:confirmPassword": "Confirm password"`, `"errors:invalidToken":
    // "InvalidTokenException"`) is text: words, or a name in CamelCase.
    if (key.includes(':') && /\s|^(?:[A-Z][a-z]+){2,}$/.test(text.slice(value.start, value.end))) continue;
    // An arrow is also prose ("old password -> new one"): only a value that looks the part.
    const arrowed = separator === '->' && text.slice(value.start, value.end);
    if (arrowed && !looksLikePassword(arrowed) && !isGeneratedToken(arrowed)) continue;
    // So is a small word that a sentence goes on from ("password: lab manager's vault only"; not "letmein for both hosts").
    if (
      separator === ':' &&
      keyClass.family === 'password' &&
      /^[a-z]{1,12}$/.test(text.slice(value.start, value.end)) &&
      /^[ \t]+(?!(?:for|on|in|at|to|with|and|or|from)\b)[a-z][a-z'’]*[ \t]+[a-z]/.test(text.slice(value.end, value.end + 40))
    )
      continue;
    // …and so is a word that starts a label ending in a spaced colon (Nessus's `SSH settings[password]:SSH password :`).
    if (/\][ \t]*:[ \t]*$/.test(whole) && /^[A-Za-z]+$/.test(text.slice(value.start, value.end)) && /^[ \t][^:=<>\r\n]{0,60}[ \t]:[ \t]*(?:<|\r?\n|$)/.test(text.slice(value.end, value.end + 80)))
      continue;
    const before = spans.length;
    pushIfSecret(spans, keyClass, text, value.start, value.end, profile);
    // Look for the next field after this value, so text such as `key=key=key=…` is read once, not once
    // per `=`; a value that was no secret may hold fields of its own (`connectionString="…;Password=…"`),
    // which start after a separator (a link's after its `?`).
    const nested = spans.length > before ? -1 : text.slice(value.start, value.end).search(/[;&,?\s]/);
    assignment.lastIndex = Math.max(assignment.lastIndex, nested >= 0 ? value.start + nested : value.end);
  }
  return spans;
}

/**
 * Whether the name at `index` starts a field: not a shell or Spring expansion (`${DB_PASSWORD:-x}`, read
 * with its default elsewhere) and not a part of a colon-separated id (`arn:aws:…:secret:prod/db`;
 * PowerShell's `$env:NAME = …` is a field).
 */
function isField(text: string, index: number, key: string, separator: string): boolean {
  // Pulumi config namespaces its keys (`shop:dbPassword: X`: one namespace), Hiera and Puppet with `::`
  // (`profile::db::password: X`: any number): namespaces from the line start, then the key and a space.
  const namespaced = /(?:^|[\r\n])[ \t]*(?:[A-Za-z][\w-]*:|(?:[A-Za-z][\w-]*::)+)$/.test(text.slice(Math.max(0, index - 96), index)) && /[ \t]/.test(text[index + key.length + 1] ?? '');
  const colonChain = text[index - 1] === ':' && separator === ':' && !/[ \t]/.test(key) && !namespaced;
  return !colonChain && !text.startsWith('${', index - 2);
}

/** Whether the field at `index` is a child of a Sealed Secret's `encryptedData:` (ciphertext, safe to share). */
function isUnderCiphertext(text: string, index: number): boolean {
  const window = text.slice(Math.max(0, index - 2000), index);
  const parent = window.lastIndexOf('encryptedData:');
  if (parent < 0) return false;
  const parentIndent = /[ \t]*$/.exec(window.slice(0, parent))?.[0].length ?? 0;
  // Every line from the parent to the field is indented deeper than the parent.
  return window
    .slice(parent)
    .split('\n')
    .slice(1)
    .every((line) => /^[ \t]*/.exec(line)![0].length > parentIndent);
}

/** Whether only indentation, list dashes or comment marks stand between the line start and `index`. */
function startsLine(text: string, index: number): boolean {
  let cursor = index - 1;
  while (cursor >= 0 && (text[cursor] === ' ' || text[cursor] === '\t' || text[cursor] === '-' || text[cursor] === '#')) cursor -= 1;
  return cursor < 0 || text[cursor] === '\n' || text[cursor] === '\r';
}

/** Classifies "AccessKey Secret" as a whole, "SDK-HMAC-SHA256 Access" by its last word(s). */
function classifyKeyPhrase(phrase: string): KeyClass | undefined {
  // "Unseal Key 1", "Password #2": the number counts the secrets, it does not name them.
  const parts = phrase.replace(/[ \t]+#?\d+$/, '').split(/[ \t]+/);
  // "incorrect password: Permission denied" is a message about a password, not one.
  if (parts.length > 1 && isNotAValuePrefix(parts[0])) return undefined;
  // "public key: …" (`wg show`, key listings) names a public value; its last word alone would not say so.
  if (parts.some((part) => /^(?:public|publishable|anon)$/i.test(part))) return undefined;
  // Entra ID's "Client secret ID" is the id of a client secret (a UUID); Vault's and Nomad's "Secret ID" is the secret.
  if (/^client[ \t]+secret[ \t]+id$/i.test(parts.slice(-3).join(' '))) return undefined;
  for (let first = 0; first < parts.length; first += 1) {
    // "HMS push token", "APNs device token": read alone, "token" would lose the word that makes it harmless. (A push service's
    // own token, "Pushover push token", is its API key.)
    if (first > 0 && first === parts.length - 1 && /^tokens?$/i.test(parts[first]) && isHarmlessTokenQualifier(parts[first - 1]) && !isPushServiceToken(parts, first)) return undefined;
    const keyClass = classifyKey(parts.slice(first).join(' '));
    if (keyClass) return keyClass;
  }
  return undefined;
}

// Platforms whose push tokens address one app on one device.
const DEVICE_PUSH_PLATFORMS = /^(?:hms|apns|apple|ios|iphone|fcm|gcm|firebase|android|jpush|getui|mipush|xiaomi|vivo|oppo|honor|device|mobile|app)$/i;

/** "Pushover push token": "push" before "token", and before "push" a name that is no phone platform. */
function isPushServiceToken(parts: readonly string[], tokenAt: number): boolean {
  return /^push$/i.test(parts[tokenAt - 1]) && tokenAt >= 2 && !DEVICE_PUSH_PLATFORMS.test(parts[tokenAt - 2]);
}

// A managed service's API key standing where a user would (Confluent Cloud's: 16 capitals and digits), in a client's
// `basic.auth.user.info` (other user:password fields name people and services, `ADMINISTRATOR123`).
const API_KEY_AS_USER = /^(?=[A-Z]{0,15}\d)(?=\d{0,15}[A-Z])[A-Z0-9]{16}$/;

/**
 * A value that is another setting of a word, a switch or a number (`creds: agency=brightarc-obs-writer`, a log's fields after a
 * label; not `ud=L.Ky…`, a password that starts so) or, under a bare `pass`, the number of a pass or a ticket
 * (`pass=WPR-S25-0049863`, a ski lift's gate log): no secret of the name before it.
 */
function isAnotherSetting(keyClass: KeyClass, value: string): boolean {
  return /^[a-z][a-z_]{1,30}=(?:[a-z][a-z0-9]*(?:-[a-z0-9]+)*|true|false|True|False|\d+)$/.test(value) || (keyClass.words.join(' ') === 'pass' && /^[A-Z][A-Z0-9]*(?:-[A-Z0-9]+){2,}$/.test(value));
}

/**
 * Pushes [start, end) when the value is a secret for this key: after its scheme for Authorization values
 * (and for any field holding `Basic …`, `Bearer …` or `Token …`), after the user for `user:password` values.
 */
export function pushIfSecret(spans: RedactionSpan[], keyClass: KeyClass, text: string, start: number, end: number, profile: RedactionProfile): void {
  if (keyClass.family === 'signature' && isPerRequestSignature(text, start)) return;
  if (isNamedCiphertext(keyClass, text.slice(start, end)) || isSaltedHashRecord(text.slice(start, Math.min(end, start + 400)))) return;
  if (isAnotherSetting(keyClass, text.slice(start, end))) return;
  let from = start;
  let bearer = false;
  let valueClass = keyClass;
  const value = text.slice(start, end);
  const scheme = /^([A-Za-z][\w-]{0,30})[ \t]+(?=\S)/.exec(value);
  if (keyClass.family === 'authorization' || (scheme && HTTP_SCHEME.test(scheme[1]) && keyClass.family !== 'password')) {
    from += scheme ? scheme[0].length : 0;
    bearer = /^bearer$/i.test(scheme?.[1] ?? '');
    valueClass = AUTHORIZATION_CLASS;
  } else if (keyClass.family === 'user-password') {
    // A user starts with a letter (`1000:1000` is a uid and a gid) and a password holds no more colons (`user:42:profile` is an id).
    const user = /^[A-Za-z][^:\s]{0,63}:(?=[^:]+$)/.exec(value)?.[0];
    // A digest's algorithm before its hex (`sha256:…`) is no user.
    if (user && !/^(?:sha[\w-]*|md5|blake\w*|crc\w*|xxh\w*|murmur\w*|multihash|b2)$/i.test(user.slice(0, -1)) && passwordKind(value.slice(user.length), false)) {
      spans.push({ kind: 'password', start: start + user.length, end });
      // That key is an id, kept apart from the secret beside it.
      if (keyClass.words.includes('info') && API_KEY_AS_USER.test(user.slice(0, -1))) spans.push({ kind: 'access-key-id', start, end: start + user.length - 1 });
    }
    return;
  }
  // Credentials named for both parts (`--src-creds release-bot:…`, `REGISTRY_CREDS=user:…`): the part after the user (not a
  // URL's after its scheme, `csms://…?version=latest`).
  const pair = keyClass.family === 'secret' && keyClass.words.some((word) => /^(?:creds?|credentials?)$/.test(word)) ? /^[^:\s/]{1,128}:(?!\/\/)([^:\s]{4,})$/.exec(value) : null;
  if (pair && passwordKind(pair[1], false)) {
    spans.push({ kind: 'password', start: end - pair[1].length, end });
    return;
  }
  // (A source and a reference, `credentials: source=env:MINIO_TIERING_*`, name where the credentials are.)
  if (pair && /^[a-z]+=[a-z]+$/.test(value.slice(0, value.length - pair[1].length - 1))) return;
  // (A value wrapped with a backslash at each line's end, or folded over indented lines, is judged as one word.)
  const kind: RedactionKind | undefined = kindForValue(valueClass, text.slice(from, end).replace(/\\?\r?\n[ \t]*/g, ''), profile);
  if (kind) spans.push({ kind: bearer ? 'bearer-token' : kind, start: from, end });
}

// A request signed for one use (an RPC `Signature=` beside its `SignatureNonce`, a bot's `sign=` beside its
// `timestamp=`, `X-Sdk-Date`, WeChat Pay's `nonce_str`, an Authorization header under a dated credential scope) is
// no secret: it cannot be used again. A presigned link or an upload policy carries an expiry instead, and is a
// bearer credential. So a value under a signature's name counts only when its line tells an expiry (every blind
// set's writer left per-request signatures unmarked, whether or not a nonce or a time stood beside them).
const EXPIRY_MARK = /[?&](?:Expires|X-Amz-Expires|x-oss-expires|X-Goog-Expires|se|expires?)=|\bexpir(?:e|es|ation)\b[\\"']{0,4}[ \t]*[:=]/i;

/** Whether the signature at `index` signs one request (its line tells no expiry). */
function isPerRequestSignature(text: string, index: number): boolean {
  const lineStart = text.lastIndexOf('\n', index) + 1;
  const line = text.slice(lineStart, endOfLine(text, index, 2048));
  return !EXPIRY_MARK.test(line);
}

// Schemes that mark a value as HTTP credentials whatever its field is called (`auth="Basic …"`).
const HTTP_SCHEME = /^(?:Basic|Bearer|Token|Digest)$/i;

const AUTHORIZATION_CLASS: KeyClass = { family: 'authorization', words: ['authorization'], anyShape: true };

/**
 * Pushes the value of a field whose name stands apart from it (`name: X` … `value: Y`, `setx NAME Y`,
 * `proxy_set_header NAME Y`, a PHP dump). Cookie headers are left to the cookie detector.
 */
export function pushNamedValue(spans: RedactionSpan[], name: string, text: string, start: number, end: number, profile: RedactionProfile): void {
  if (/^(?:set-)?cookie$/i.test(name)) return;
  const keyClass = /^(?:proxy-)?authorization$/i.test(name) ? AUTHORIZATION_CLASS : classifyKey(name);
  if (keyClass) pushIfSecret(spans, keyClass, text, start, end, profile);
}

/** A password found by its context rather than a field name. */
export function pushIfPassword(spans: RedactionSpan[], text: string, start: number, end: number): void {
  if (passwordKind(text.slice(start, end), true)) spans.push({ kind: 'password', start, end });
}

/** The value's range: inside quotes, to the end of the line, a YAML block's first line, or one inline word. */
function readValue(text: string, from: number, keyClass: KeyClass, restOfLine: boolean, wholeWord?: { closer?: string }): { start: number; end: number } | undefined {
  // YAML's anchor or string tag before a value (`secret: &jwt-stg …`, `value: !!str …`) is no part of it. (Other tags say
  // what follows: Ansible's `!vault` ciphertext, CloudFormation's `!Ref`.)
  // (One anchor and one tag at most: a run of them is no value's lead, and reading it so stays flat.)
  const yamlLead = /^(?:&[\w-]{1,64}[ \t]+)?(?:!!str[ \t]+)?(?=\S)/.exec(text.slice(from, from + 100))?.[0] ?? '';
  if (yamlLead.length > 0 && !/^[&!]/.test(text.slice(from + yamlLead.length, from + yamlLead.length + 1))) {
    return readValue(text, from + yamlLead.length, keyClass, restOfLine, wholeWord);
  }
  // Kettle keeps a password as `Encrypted 2be98afc…` (only obfuscated): the hex is the secret.
  const kettle = keyClass.family === 'password' ? /^Encrypted ([0-9a-fA-F]{16,512})(?![\w])/.exec(text.slice(from, from + 530)) : null;
  if (kettle) return { start: from + kettle[0].length - kettle[1].length, end: from + kettle[0].length };
  const first = text[from];
  // A comment where the value would be (`export KINGBASE_PASSWORD=    # left empty`, YAML's `key:   #…`): no value. (A
  // `#` glued to a word after `=` or one blank is a password: `SYSTEM password: #eVGWT4…`, `db.password = #9fK!x2Lm`.)
  const separator = text
    .slice(Math.max(0, from - 40), from)
    .trimEnd()
    .slice(-1);
  if (first === '#' && (/^#[ \t]/.test(text.slice(from, from + 2)) || (separator === ':' && /[ \t]{2}$/.test(text.slice(from - 2, from))))) return undefined;
  // TOML and Python triple quotes (`password = """…"""`), the value on the same line or the next.
  const triple = /^(?:"""|''')/.exec(text.slice(from, from + 3))?.[0];
  if (triple) return tripleQuoted(text, from + 3, triple);
  // PowerShell's here-strings (`@'` and a line break … a line break and `'@`): a value of one line between.
  const hereString = /^@(["'])\r?\n/.exec(text.slice(from, from + 4));
  if (hereString) return tripleQuoted(text, from + hereString[0].length, `\n${hereString[1]}@`);
  if (first === '"' || first === "'" || first === '`') return quoted(text, from + 1, first);
  // String prefixes: Python `b'…'`, `r"…"`, `f"…"`, C# `@"…"` and `$"…"`, T-SQL `N'…'`; Rust's debug print of
  // an optional value (`smtp_password: Some("…")`).
  // Rust's raw strings and owned strings (`r#"…"#`, `String::from("…")`), Unreal's `TEXT("…")`.
  const prefixed = /^(?:[bBrRuUfF]{1,2}|@|\$@?|N|Some\([ \t]*(?:\r?\n[ \t]*)?|r#|String::from\(|TEXT\(|_T\()(["'])/.exec(text.slice(from, from + 120));
  if (prefixed) return quoted(text, from + prefixed[0].length, prefixed[1]);
  // An object that wraps the value: Spring Boot's actuator (`"spring.datasource.password":{"value":"…"}`),
  // Terraform outputs and state (`"db_password": {"sensitive": true, "type": "string", "value": "…"}`).
  // CloudFormation and ROS parameters give theirs as a default (`"DbPassword": {"Type": "String", "Default": "…"}`).
  const wrapped = /^\{[^{}]{0,300}?"(?:value|Default|default)"[ \t]*:[ \t]*"/.exec(text.slice(from, from + 320));
  if (wrapped) return quoted(text, from + wrapped[0].length, '"');
  // JSON escaped once (`\"`) or more (`\\\"`) inside a string: the value ends at the same escaped quote.
  const escapedQuote = /^\\+"/.exec(text.slice(from, from + 16))?.[0];
  if (escapedQuote) {
    const valueStart = from + escapedQuote.length;
    // The closing quote is usually near: look for it first, and for the line's end only when it is not.
    const close = text.indexOf(escapedQuote, valueStart);
    const nearClose = close >= 0 && close - valueStart <= MAX_VALUE_LENGTH && !/[\r\n]/.test(text.slice(valueStart, close));
    return { start: valueStart, end: nearClose ? close : endOfLine(text, valueStart) };
  }
  // ODBC quotes a value with braces: `PWD={p@ss;word}`; the value ends there (`{cipher}…` is an encrypted value's prefix).
  if (first === '{' && text[from - 1] === '=') {
    const close = text.slice(from, endOfLine(text, from)).indexOf('}');
    const after = text[from + close + 1] ?? '';
    // (A template's slot in the same braces names the secret, `Password={tms-db-pass}`, `imap_password={kdm_mailbox_pass}`.)
    const slot = /^[a-z]+(?:[-_][a-z]+)*[-_](?:pass|password|passwd|pwd|secret|token|key)$/.test(text.slice(from + 1, from + close));
    return close > 1 && !slot && /^(?:[;\s"']|)$/.test(after) ? { start: from + 1, end: from + close } : undefined;
  }
  // The start of the value is enough to judge its form (a short read keeps huge lines fast).
  const headEnd = endOfLine(text, from, 96);
  if (first === '{' || first === '[' || from >= headEnd) return undefined;
  const head = text.slice(from, headEnd);
  // `password: >-` / `|`: the value is the indented line below, or the lines below when each holds one word (a key's
  // base64 body or a token folded over several lines).
  if (/^[|>][-+]?\d*[ \t]*$/.test(head) && endOfLine(text, from) === headEnd) return blockScalar(text, from, headEnd);
  // `password = getPassword()` in a source file is code, not a password.
  if (isCodeReference(head, keyClass.family !== 'password')) return undefined;
  if (restOfLine) {
    let end = endOfLine(text, from);
    while (end > from && /\s/.test(text[end - 1])) end -= 1;
    return { start: from, end: from + passwordBeforeRemark(text.slice(from, end)) };
  }
  const inline = keyClass.family === 'password' || keyClass.family === 'user-password' ? INLINE_PASSWORD : INLINE_VALUE;
  inline.lastIndex = from;
  const word = inline.exec(text);
  if (!word) return undefined;
  const end = from + word[0].length;
  if (wholeWord && /[()<>{}[\]|]/.test(text[end] ?? '')) {
    // …up to the first blank (a comment may follow: `ADMIN_PASSWORD=Ob7Z1)S%@D  # rotated`), or to the closing quote.
    const rest = text.slice(end, endOfLine(text, from, 256));
    const stop = wholeWord.closer ? rest.indexOf(wholeWord.closer) : rest.search(/\s/);
    return { start: from, end: stop < 0 ? end + rest.length : end + stop };
  }
  return { start: from, end };
}
