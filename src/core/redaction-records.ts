// Secrets whose name and value sit in separate places that any syntax can give them: a record with a
// name field and a value field in either order (Postman and Insomnia variables, CloudFormation
// parameters, exported settings), two adjacent string literals (`"API_KEY", "…"` in build scripts and
// tuples), a YAML default under a password parameter, a comparison in code or server configuration
// (`if ($http_x_token != "…")`), and a user and a password written `user / password` where the text
// says it is an account. Each takes its meaning from the credential name (redaction-keys.ts) and its
// value must pass the same checks as a `name = value` field.
import type { RedactionKind, RedactionSpan } from './redaction';
import { pushIfPassword, pushIfSecret, pushNamedValue } from './redaction-assignments';
import { classifyKey, type KeyClass } from './redaction-keys';
import { CEF_LINE } from './redaction-line-prefixes';
import type { RedactionProfile } from './redaction-profile';
import { hasMixedClasses, isGeneratedToken, isPlausibleToken, isPublicValue, isUuid, looksLikePassword, looksLikePasswordWithDigit, looksRandom } from './redaction-values';

// A flat object, on one line or pretty-printed over several: `{…}` without nested braces, read pair by
// pair (a brace ends the scan, so each character is read once per object at most).
const FLAT_OBJECT = /\{([^{}]{8,600})\}/g;
const OBJECT_PAIR = /(["']?)([A-Za-z_][\w-]{0,40})\1[ \t]*[:=][ \t]*(?:(["'])((?:[^"'\\\r\n]|\\.){0,2048})\3|(true|false|null|-?\d+(?:\.\d+)?))/dg;
// Field names that hold the name of a setting, and those that hold its value (`ParameterKey`/`ParameterValue`).
// (Terraform's ROS stack writes them in snake case: `parameter_key`/`parameter_value`.)
const NAME_FIELD = /^(?:[a-z]*(?:key|name)|property|variable|var|field|param|parameter|setting|option|attribute|header|(?:parameter|param|property|setting|option|variable)_(?:key|name))$/i;
const VALUE_FIELD = /^(?:[a-z]*value|val|default|defaultvalue|current|initial|secret|(?:parameter|param|property|setting|option|variable)_value)$/i;
// Postman and Insomnia mark a variable secret by type, whatever its name.
const SECRET_TYPE = /^(?:secret|password|secure|securestring|sensitive)$/i;
const SECRET_TYPE_CLASS: KeyClass = { family: 'secret', words: ['secret'], anyShape: true };

// Two string literals side by side, the first a name: `buildConfigField "String", "MAPS_KEY", "\"…\""`,
// `("password", "…")`, CSV `"db_password","…"`. The second may wrap its text in escaped quotes; a string
// followed by a colon is the next key of an object, not a value.
// The value is read in a lookahead, so it can be the name of the next pair (`"String", "MAPS_KEY", "…"`).
// SQL Server marks a Unicode literal `N'…'`, and SQL doubles a quote inside one (`'Kuo''s…'`).
const ADJACENT_STRINGS = /(["'])([A-Za-z_][\w.-]{1,63})\1(?=[ \t]*,[ \t]*N?(["'])(?:\\")?((?:[^"'\\\r\n]|\\[^"]|''(?=[^\s,)])){1,2048})(?:\\")?\3(?![ \t]*:))/dg;

// The header of a two-column export of settings (`"key","value"`, `name,value`, `参数名,参数值`).
const KEY_VALUE_HEADER = /^["']?(?:key|name|parameter|param|property|setting|variable|参数名?|键|配置项)["']?[ \t]*,[ \t]*["']?(?:value|val|参数值|值|配置值)["']?[ \t]*\r?$/im;

/**
 * Tells, for increasing positions, whether a position starts a row of a block (no blank line between) under a
 * key/value header; it reads the text once, forwards, so a long export stays linear.
 */
function keyValueRows(text: string): (index: number) => boolean {
  const headers = /value|val|值/i.test(text) ? new RegExp(KEY_VALUE_HEADER.source, 'gim') : undefined;
  let readTo = 0;
  let underHeader = false;
  return (index) => {
    if (!headers || (index > 0 && text[index - 1] !== '\n')) return false;
    if (index > readTo) {
      const segment = text.slice(readTo, index);
      const lastBlank = Math.max(segment.lastIndexOf('\n\n'), segment.lastIndexOf('\n\r\n'));
      // A header after the segment's last blank line opens a block; a blank line alone closes the one open.
      headers.lastIndex = 0;
      let header = false;
      for (let found = headers.exec(segment); found; found = headers.exec(segment)) if (found.index > lastBlank) header = true;
      underHeader = header || (underHeader && lastBlank < 0);
      readTo = index;
    }
    return underHeader;
  };
}

// A YAML field that holds a default or a value, whose meaning is its parent's (`DBPassword:` … `Default: …`).
const CHILD_VALUE = /^([ \t]+)(?:Default|default|Value|value|DefaultValue|defaultValue)[ \t]*:[ \t]*(["']?)([^\s"'#][^\r\n"']{0,255}?)\2[ \t]*$/dgm;
const PARENT_KEY = /^([ \t]*)["']?([A-Za-z_][\w.-]{1,63})["']?[ \t]*:[ \t]*$/;

// A comparison with a literal: `if token == "…"`, nginx `$http_x_token != "…"`, `[ "$API_KEY" = "…" ]`, Perl `eq`.
const COMPARISON = /(?<![\w$.-])\$?\{?([A-Za-z_][\w.-]{1,63})\}?["']?[ \t]*(?:===?|!==?|[ \t]=[ \t]|\beq\b|\bne\b)[ \t]*(["'])([^"'\r\n]{8,256})\2/dg;

// `user / password` with spaces around the slash (`sup_tmp / X`, `` `app_rw` / `X` ``): only when a word
// nearby says it is an account, and the password could be nothing else.
const USER_SPACED_SLASH = /(?<![\w/.-])[`'"]?([a-z][\w.-]{1,31})[`'"]?[ \t]+\/[ \t]+[`'"]?([^\s`'"/，。；）]{8,64})[`'"]?(?=[\s,.;:)，。；）]|$)/dg;
const ACCOUNT_WORDS = /account|creds|credential|login|username|\badmin\b|账号|帐号|账户|用户名|口令|密码|password|passwd/i;

// A credential keyword, then at most two words that say how the value is written (an encryption type
// number, `cipher`, `ascii-text`, `md5`…), then the value with no separator: network devices (`username
// admin secret 0 …`, `tacacs-server key …`, `snmp-server community …`, `pre-shared-key ascii-text …`),
// VPN and Wi-Fi settings, and commands typed the same way. The keyword is a word of its own, not the end of a
// path or a reference (`vault:secret/app#password ip=…`).
// The words may also say which side or access the secret is for (IKE `pre-shared-key local|remote`, SNMP
// `community read|write`); a remark may follow the value (BIND's `secret "…";   # from the network team`). A word ending in a colon is a label (`gpg: key 0AC5…: public key imported`). Group 2 holds those words: a clear-text or reversible type (`0`, `7`, `simple`)
// vouches for the value, which then needs no symbol to count. A clause's comma after the value is not part of it, nor is Chinese after it ("app key 31881240（公開的）").
// A clause in Chinese and a colon may stand between the word and the value ("API Key 给你：…").
const SPACED_CREDENTIAL =
  /(?<![\w#/:@$-])(password|passwd|secret|key|key-string|shared-key|community|pre-shared-key|psk|wpa-psk|wpa2-psk|authentication-key|auth-key|md5|password-value|passphrase)((?:[ \t]+(?:[0-9]|cipher|irreversible-cipher|simple|plain|plain-text|ascii|ascii-text|hex|clear|cleartext|unencrypted|md5|sha|sha1|sha256|aes|aes128|des|auth|priv|local|remote|read|write|ro|rw)){0,2})(?:[ \t]+|[ \t]*[\u4e00-\u9fff，]{1,16}[:：][ \t]*)(["']?)((?![}\])>,;|&])[^\s"'\u3000-\u9fff\uff00-\uffef]{5,127}[^\s"',;\u3000-\u9fff\uff00-\uffef])\3(?<!:)(?=[ \t]?[,;]?(?:[ \t]*$|[ \t]+[A-Za-z]|[ \t]*[\r\n，。；]|[ \t]+(?:#|\/\/|\/\*)))/dgim;
/** What Huawei's and H3C's devices show for a password they store encrypted or hashed. */
const VRP_CIPHERTEXT = /^(?:%[\^@$#+]%[#@$]|@%@%|\$[0-9a-z]{1,2}\$|\*{3,})|^(?:\S{24}|\S{48,})$/;
/** Types that say the value is written in clear (`0`, `simple`) or only scrambled (Cisco type 7, hexadecimal). */
const CLEAR_TYPE = /^(?:0|simple|plain|plain-text|clear|cleartext|unencrypted)$/i;

// `user:password@host` with no scheme in front (Asterisk `register => 2001:…@sip.example.com`, rsync and
// scp targets, proxies written bare): the host is a domain or an address. (An iCalendar event's `UID:…@host` and a mail part's
// `cid:…@host` are ids.)
const BARE_USER_PASSWORD_HOST =
  /(?<=^|[\s=>"'(])(?!(?:mailto|sip|sips|tel|xmpp|urn|data|https?|ftp|ssh|UID|uid|cid|mid):)([A-Za-z0-9][\w.+-]{0,63}):([^\s:@/"'`]{6,64})@(?=(?:[A-Za-z0-9-]+\.)+[A-Za-z]{2,}\b|\d{1,3}(?:\.\d{1,3}){3}\b)/dg;

// A block named for what all its children are (HCL/JSON `tokens { agent = "…" }` on one line, XML
// `<apikeys>` … `<add key="<feed URL>" value="…"/>`): each child's generated-looking value.
const INLINE_CREDENTIAL_BLOCK = /(?<![\w-])["']?(tokens|secrets|passwords|credentials|apikeys|api_keys)["']?[ \t]*(?:[=:][ \t]*)?\{([^{}\r\n]{1,600})\}/dgi;
const BLOCK_CHILD = /["']?([\w.-]+)["']?[ \t]*[:=][ \t]*(["']?)([^\s"'{},]{8,256})\2/dg;
// Children that name or place the secret rather than hold it (`AccessKeyId`, `ProjectId`, `Endpoint`).
const DESCRIBING_CHILD = /(?:id|ids|user|username|name|endpoint|url|uri|region|project|expiration|expires|type|policy)$/i;
// A map of users to their passwords (Orthanc's `"RegisteredUsers" : { "admin" : "…" }`, `users: {…}`), on one
// line or several: a child counts when it looks like a password (ten characters or more, letters and digits), not
// like a role ("admin", "Editor-2").
const USERS_BLOCK = /(?<![\w-])["']?((?:registered)?users|accounts|logins)["']?[ \t]*[:=][ \t]*\{([^{}]{1,1500})\}/dgi;
const XML_CREDENTIAL_BLOCK = /<(apikeys|credentials|secrets|tokens|passwords)>/gi;
const XML_VALUE_ATTRIBUTE = /\b()value=(["'])([^"'\r\n]{8,256})\2/dg;

// Data languages that write a name and its string without `=` or `:` after the name: Erlang's and Elixir's tuples
// (`{oss_key_secret, <<"…">>}` in sys.config, `<<"…"/utf8>>`, the value maybe on the next line), EDN's keywords (`:cookie-secret "…"`, namespaced `:db/password "…"`), and
// Aero's environment reads with a default (`#env OSS_SK "…"`, the default written where the variable is missing).
const TERM_PAIRS = [
  /\{[ \t]*([a-z][\w@]{0,63})[ \t]*,\s{0,40}(?:<<)?"((?:[^"\\\r\n]|\\.){1,2048})"(?:\/utf8)?(?:>>)?[ \t]*\}/dg,
  /(?<![\w:/.-]):(?:[a-z][\w.*+!?-]{0,63}\/)?([a-z][\w*+!?-]{0,63})[ \t,]+"((?:[^"\\\r\n]|\\.){1,2048})"/dg,
  /#env[ \t]+([A-Za-z_][\w]{0,63})[ \t]+"((?:[^"\\\r\n]|\\.){1,2048})"/dg,
];

/** Spans of secrets whose name and value are written apart. */
// A security event in ArcSight's Common Event Format names a custom field apart from its value (`cs3Label=client_secret …
// cs3=…`, also `deviceCustomString3Label` and `flexString1Label`): the value is judged as a field of that name. Each field of a
// CEF line's extension (redaction-line-prefixes.ts's CEF_LINE) runs to the next `key=` or the line's end; the line is read once,
// its fields in one map.
const CEF_FIELD = /(?<![\w])([A-Za-z][\w.]{0,40})=([^=\r\n]*?)(?=[ \t]+[A-Za-z][\w.]{0,40}=|[ \t]*$)/dg;
const CEF_CUSTOM_LABEL = /^(c[sn]\d{1,2}|deviceCustomString\d|flexString\d)Label$/;

// A multipart form's field: its name in the part's header, its value after a blank line (raw, or with escaped line breaks as a
// HAR or a debug log keeps the body: `name=\"OSSAccessKeyId\"\r\n\r\nSTS.…`).
const MULTIPART_FIELD = /Content-Disposition:[ \t]*form-data;[ \t]*name=\\?"([^"\\\r\n]{1,64})\\?"(?:\\r\\n|\r?\n)(?:\\r\\n|\r?\n)([^\r\n\\]{1,2048}?)(?=\\r\\n|\r?\n|$)/dgi;

function findMultipartFields(text: string, profile: RedactionProfile): RedactionSpan[] {
  const spans: RedactionSpan[] = [];
  for (const match of text.includes('form-data') ? text.matchAll(MULTIPART_FIELD) : []) {
    const keyClass = classifyKey(match[1]);
    if (keyClass) pushIfSecret(spans, keyClass, text, ...(match.indices?.[2] ?? [0, 0]), profile);
  }
  return spans;
}

export function findRecordSecrets(text: string, profile: RedactionProfile): RedactionSpan[] {
  return [
    ...findMultipartFields(text, profile),
    ...findCefCustomFields(text, profile),
    ...findObjectRecords(text, profile),
    ...findAdjacentStrings(text, profile),
    ...findChildValues(text, profile),
    ...findComparisons(text, profile),
    ...findTermPairs(text, profile),
    ...findSpacedUserPasswords(text),
    ...findSpacedCredentials(text),
    ...findBareUserPasswordHosts(text),
    ...findCredentialBlocks(text),
    ...findExpandedRecords(text, profile),
  ];
}

function findCefCustomFields(text: string, profile: RedactionProfile): RedactionSpan[] {
  const spans: RedactionSpan[] = [];
  if (!text.includes('Label=') || !text.includes('CEF:')) return spans;
  for (const line of text.matchAll(CEF_LINE)) {
    const fields = new Map<string, [number, number]>();
    const labels: Array<[string, string]> = [];
    for (const field of line[0].matchAll(CEF_FIELD)) {
      fields.set(field[1], field.indices?.[2] ?? [0, 0]);
      const custom = CEF_CUSTOM_LABEL.exec(field[1]);
      if (custom) labels.push([custom[1], field[2].trim()]);
    }
    for (const [name, label] of labels) {
      const keyClass = classifyKey(label);
      const [start, end] = fields.get(name) ?? [0, 0];
      if (keyClass && end > start) pushIfSecret(spans, keyClass, text, line.index + start, line.index + end, profile);
    }
  }
  return spans;
}

function findCredentialBlocks(text: string): RedactionSpan[] {
  const spans: RedactionSpan[] = [];
  // Each child that names no id, user or address, with the kind its value is (undefined: no secret).
  const pushChildren = (body: string, bodyStart: number, child: RegExp, kindOf: (value: string) => RedactionKind | undefined) => {
    for (const entry of body.matchAll(child)) {
      if (DESCRIBING_CHILD.test(entry[1])) continue;
      const kind = kindOf(entry[3]);
      const [start, end] = entry.indices?.[3] ?? [0, 0];
      if (kind) spans.push({ kind, start: bodyStart + start, end: bodyStart + end });
    }
  };
  // A block named for what its children hold (`passwords`, `tokens`, `<credentials>`).
  const namedChildKind = (name: string) => {
    const passwords = /^passwords$/i.test(name);
    const kind: RedactionKind = passwords ? 'password' : /token/i.test(name) ? 'token' : 'secret';
    return (value: string) => {
      const looksSecret = passwords ? looksLikePassword(value) : isGeneratedToken(value) || looksRandom(value) || isUuid(value);
      return looksSecret && !isPublicValue(value) ? kind : undefined;
    };
  };
  const userPassword = (value: string): RedactionKind | undefined => (value.length >= 10 && looksLikePasswordWithDigit(value) ? 'password' : undefined);
  for (const match of text.matchAll(INLINE_CREDENTIAL_BLOCK)) pushChildren(match[2], match.indices?.[2]?.[0] ?? 0, BLOCK_CHILD, namedChildKind(match[1]));
  for (const match of text.matchAll(USERS_BLOCK)) pushChildren(match[2], match.indices?.[2]?.[0] ?? 0, BLOCK_CHILD, userPassword);
  // The closing tag is found with one forward search per tag name, reused by every opener before it, so
  // a line of many openers is read once.
  const nextClose = new Map<string, number>();
  for (const match of text.matchAll(XML_CREDENTIAL_BLOCK)) {
    const bodyStart = match.index + match[0].length;
    let close = nextClose.get(match[1]);
    if (close === undefined || (close >= 0 && close < bodyStart)) nextClose.set(match[1], (close = text.indexOf(`</${match[1]}>`, bodyStart)));
    if (close >= 0 && close - bodyStart <= 1500) pushChildren(text.slice(bodyStart, close), bodyStart, XML_VALUE_ATTRIBUTE, namedChildKind(match[1]));
  }
  return spans;
}

function findBareUserPasswordHosts(text: string): RedactionSpan[] {
  const spans: RedactionSpan[] = [];
  for (const match of text.matchAll(BARE_USER_PASSWORD_HOST)) {
    const password = match[2];
    if (looksLikePasswordWithDigit(password)) pushIfPassword(spans, text, ...(match.indices?.[2] ?? [0, 0]));
  }
  return spans;
}

function findSpacedCredentials(text: string): RedactionSpan[] {
  const spans: RedactionSpan[] = [];
  for (const match of text.matchAll(SPACED_CREDENTIAL)) {
    // A closing bracket without its opening one ends the remark around the value (`(PixelData, md5 bded…)`).
    const value = /^[^(]*\)$/.test(match[4]) ? match[4].slice(0, -1) : match[4];
    const types = match[2].trim().split(/[ \t]+/);
    // `cipher`: the device shows the value it stored encrypted (Huawei `%^%#…%^%#`, `%#%#…%#%#`, `$1c$…$`, H3C `$c$3$…`, VRP's
    // older 24 or 48 characters), which is no password to a reader; what an operator types after `cipher` is the password.
    if (types.some((type) => /cipher$/i.test(type)) && VRP_CIPHERTEXT.test(value)) continue;
    // Without a separator only a value no sentence or setting has: letters and digits, and a symbol or
    // both cases; not a fingerprint (`SHA256:…`), a path or a placeholder. A type that says clear text
    // vouches for a value of letters and digits; Cisco's type 7 is hexadecimal, as reversible as clear text.
    const letterAndDigit = /\d/.test(value) && /[A-Za-z]/.test(value);
    const vouched = (types.some((type) => CLEAR_TYPE.test(type)) && letterAndDigit) || (types.includes('7') && /^[0-9A-Fa-f]{8,}$/.test(value));
    const strong = looksLikePassword(value) && letterAndDigit && (hasMixedClasses(value) || /[^\w.-]/.test(value));
    // After a Chinese clause and its colon ("API Key 给你：…", "Web API key 我重新生成了，旧的作废：…") the colon is a separator:
    // a generated value counts too.
    const afterChineseClause = /[\u4e00-\u9fff，][:：][ \t]*["']?$/.test(text.slice(match.index, match.indices?.[4]?.[0] ?? 0)) && (isGeneratedToken(value) || /^[0-9a-f]{32,}$/i.test(value));
    const publicKey = isPublicValue(value) || /\b(?:public|publishable)[ \t]+$/i.test(text.slice(Math.max(0, match.index - 16), match.index));
    // (Nor a log's fields after an event's name: CEF's `Password updated|3|suser=…`.)
    // (Nor a setting after the word, `signing key kid=a48af7cf…`; nor a fingerprint in bytes after MD5 alone, `fingerprints MD5
    // BF:96:01:…`, where `wpa-psk hex 4f:a3:…` is a key.)
    const fingerprint = /^md5$/i.test(match[1]) && types[0] === '' && /^(?:[0-9A-Fa-f]{2}:){7,}[0-9A-Fa-f]{2}$/.test(value);
    if ((strong || vouched || afterChineseClause) && !publicKey && !fingerprint && !/^(?:SHA\d*|MD5):|^[A-Za-z]+\|/i.test(value) && !/^[a-z][a-z0-9_]{0,11}=[^=]/.test(value) && !value.includes('/'))
      pushIfPassword(spans, text, ...(match.indices?.[4] ?? [0, 0]));
  }
  return spans;
}

function findObjectRecords(text: string, profile: RedactionProfile): RedactionSpan[] {
  const spans: RedactionSpan[] = [];
  for (const object of text.matchAll(FLAT_OBJECT)) {
    const bodyStart = object.index + 1;
    let nameClass: KeyClass | undefined;
    let secretType = false;
    let value: { start: number; end: number } | undefined;
    for (const pair of object[1].matchAll(OBJECT_PAIR)) {
      const [field, content] = [pair[2], pair[4] ?? pair[5] ?? ''];
      if (NAME_FIELD.test(field) && pair[4] !== undefined) nameClass ??= classifyKey(content);
      else if (/^type$/i.test(field) && SECRET_TYPE.test(content)) secretType = true;
      else if (VALUE_FIELD.test(field) && pair[4] !== undefined && !value) {
        const [start, end] = pair.indices?.[4] ?? [0, 0];
        value = { start: bodyStart + start, end: bodyStart + end };
      }
    }
    const keyClass = nameClass ?? (secretType ? SECRET_TYPE_CLASS : undefined);
    if (keyClass && value && value.end > value.start) pushIfSecret(spans, keyClass, text, value.start, value.end, profile);
  }
  return spans;
}

function findAdjacentStrings(text: string, profile: RedactionProfile): RedactionSpan[] {
  const spans: RedactionSpan[] = [];
  const isKeyValueRow = keyValueRows(text);
  for (const match of text.matchAll(ADJACENT_STRINGS)) {
    const keyClass = classifyKey(match[2]);
    if (!keyClass) continue;
    const [start, end] = match.indices?.[4] ?? [0, 0];
    // Without a separator the value must look the part: a tuple of two names is no secret.
    const value = match[4];
    // An argument list names an action, then its options: `["CCE", "GetClusterToken", "--cli-region=cn-east-3"]`.
    if (/^--[a-z][\w-]*(?:=|$)/.test(value)) continue;
    // Under a `"key","value"` header the pair is a setting, and its value is read as any setting's.
    const looksSecret = isKeyValueRow(match.index) || (keyClass.family === 'password' ? looksLikePassword(value) && /[\d\W]/.test(value) : isGeneratedToken(value) || looksRandom(value));
    if (looksSecret) pushIfSecret(spans, keyClass, text, start, end, profile);
  }
  return spans;
}

function findChildValues(text: string, profile: RedactionProfile): RedactionSpan[] {
  const spans: RedactionSpan[] = [];
  for (const match of text.matchAll(CHILD_VALUE)) {
    const indent = match[1].length;
    // The parent is the nearest line above with less indentation, within a few lines (each read at most
    // 200 characters, so a long run of such lines stays linear).
    let parent: RegExpExecArray | null = null;
    let noEcho = false;
    let lineEnd = match.index - 1;
    for (let seen = 0; lineEnd > 0 && seen < 8; seen += 1) {
      const lineStart = text.lastIndexOf('\n', lineEnd - 1) + 1;
      const line = text.slice(lineStart, Math.min(lineEnd, lineStart + 200)).replace(/\r$/, '');
      lineEnd = lineStart - 1;
      if (line.trim() === '') continue;
      const lineIndent = /^[ \t]*/.exec(line)![0].length;
      if (lineIndent >= indent) {
        if (/^[ \t]*NoEcho[ \t]*:[ \t]*["']?true/i.test(line)) noEcho = true;
        continue;
      }
      parent = PARENT_KEY.exec(line);
      break;
    }
    const keyClass = parent ? classifyKey(parent[2]) : undefined;
    // CloudFormation and ROS hide a `NoEcho: true` parameter's value in the console: a secret whatever its name.
    const chosen = keyClass ?? (parent && noEcho ? { family: 'password' as const, words: [], anyShape: true } : undefined);
    const [start, end] = match.indices?.[3] ?? [0, 0];
    if (chosen) pushIfSecret(spans, chosen, text, start, end, profile);
  }
  return spans;
}

function findTermPairs(text: string, profile: RedactionProfile): RedactionSpan[] {
  const spans: RedactionSpan[] = [];
  for (const match of TERM_PAIRS.flatMap((pattern) => [...text.matchAll(pattern)])) {
    const keyClass = classifyKey(match[1]);
    if (keyClass) pushIfSecret(spans, keyClass, text, ...(match.indices?.[2] ?? [0, 0]), profile);
  }
  return spans;
}

function findComparisons(text: string, profile: RedactionProfile): RedactionSpan[] {
  const spans: RedactionSpan[] = [];
  for (const match of text.matchAll(COMPARISON)) {
    const keyClass = classifyKey(match[1]);
    const value = match[3];
    // A code comparison is often with a stand-in or a status: only generated-looking values count.
    const looksSecret = keyClass?.family === 'password' ? looksLikePasswordWithDigit(value) : isGeneratedToken(value) || looksRandom(value);
    if (keyClass && looksSecret && isPlausibleToken(value, 8)) pushIfSecret(spans, { ...keyClass, anyShape: true }, text, ...(match.indices?.[3] ?? [0, 0]), profile);
  }
  return spans;
}

function findSpacedUserPasswords(text: string): RedactionSpan[] {
  const spans: RedactionSpan[] = [];
  for (const match of text.matchAll(USER_SPACED_SLASH)) {
    const password = match[2];
    // Could be nothing else: letters and digits mixed with a symbol or both cases, no path or fraction.
    // (Nor words joined by dashes, `staging / eu-west-1`: a region, a zone, a host's name.)
    if (!looksLikePassword(password) || !/\d/.test(password) || !(hasMixedClasses(password) || /[^\w]/.test(password)) || /^\d/.test(match[1])) continue;
    if (/^[a-z]+(?:-[a-z0-9]+)+$/.test(password)) continue;
    // An account word on the same line or the line above ("DB creds:", "只读账号 report_ro").
    const lineStart = text.lastIndexOf('\n', text.lastIndexOf('\n', match.index - 1) - 1) + 1;
    // (A marker this redaction left, `[REDACTED:password]`, names no account: run again on its output, the rule finds nothing new.)
    if (!ACCOUNT_WORDS.test(text.slice(Math.max(lineStart, match.index - 240), match.index).replace(/\[REDACTED:[\w-]+\]/g, ''))) continue;
    const [start, end] = match.indices?.[2] ?? [0, 0];
    // A pair in brackets ("its own admin (leadadmin / X), not …") closes them after the password, with the clause's comma.
    const closing = /\(\S*$/.test(text.slice(Math.max(lineStart, match.index - 40), match.index)) && !password.includes('(') ? /\)[,;]?$/.exec(password) : null;
    pushIfPassword(spans, text, start, end - (closing?.[0].length ?? 0));
  }
  return spans;
}

// psql's expanded display (`\\x`) of a settings table: a record's `name | db_password` line, then its `value | …` line a few
// lines below.
const EXPANDED_NAME_VALUE = /^name[ \t]*\|[ \t]*([\w.-]{1,64})[ \t]*\r?\n(?:[\w]{1,40}[ \t]*\|[^\r\n]{0,200}\r?\n){0,4}?value[ \t]*\|[ \t]*(\S{1,2048}?)[ \t]*$/dgm;

function findExpandedRecords(text: string, profile: RedactionProfile): RedactionSpan[] {
  const spans: RedactionSpan[] = [];
  for (const match of text.includes('value') ? text.matchAll(EXPANDED_NAME_VALUE) : []) pushNamedValue(spans, match[1], text, ...(match.indices?.[2] ?? [0, 0]), profile);
  return spans;
}
