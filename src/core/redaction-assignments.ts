// Secrets recognised by the name they are assigned to: `key=value`, `key: value` (YAML, headers,
// logs, INI, .env, properties, HCL, TOML), `"key": "value"` (JSON, also JSON escaped inside a
// string), `<Key>value</Key>` and `<add key="Key" value="…"/>` (XML), and setters in code.
import type { RedactionSpan } from './redaction';
import { classifyKey, type KeyClass, kindForValue } from './redaction-keys';
import { isCodeReference, passwordBeforeRemark } from './redaction-values';

// A field name (up to three words, so "AccessKey Secret:" and "export TOKEN=" count), optionally
// quoted (groups 1 and 3) or an index (`$config['smtp_pass'] =`), optionally followed by a remark in parentheses ("Token (do not share):"),
// then a separator (group 4). `://` is excluded so URLs are not read as `https: //…`; `==` is a comparison.
const ASSIGNMENT = /(?<![\w.$\\/-])(\\?["'])?(-{0,2}\.?[A-Za-z_][\w.-]*(?:[ \t][A-Za-z][\w-]*){0,2})(\\?["'])?\]?(?:[ \t]*\([^()\r\n]{0,40}\))?[ \t]*(:=|=>|=(?![=~])|:|：)(?!\/\/|:)[ \t]*/g;
const XML_ELEMENT = /<([A-Za-z][\w.-]*)>([^<\r\n]+)<\/\1>/g;
// A name in an attribute and the value in another (.NET `<add key="SmtpPassword" value="…"/>`,
// Spring `<property name="password" value="…"/>`) or in the element (`<entry key="api.token">…</entry>`).
const XML_NAMED_VALUE = /<[A-Za-z][\w.:-]*[ \t]+(?:key|name)=(["'])([^"'\r\n<>]+)\1[ \t]+value=(["'])([^"'\r\n]*)\3/dg;
const XML_NAMED_ELEMENT = /<([A-Za-z][\w.:-]*)[ \t]+(?:key|name)=(["'])([^"'\r\n<>]+)\2[ \t]*>([^<\r\n]+)<\/\1>/dg;
// An unquoted value: one word, which may hold `&` unless it starts the next `name=` of a query string.
const INLINE_VALUE = /(?:[^\s"'`,;&<>{}[\]()|\u3000-\u9fff\uff00-\uffef]|&(?![\w.%-]*=|&|\s|$)){1,2048}/y;
// Setters, builders and map puts in code: `.setAccessKeySecret("…")`, `.withSk("…")`, `.password("…")`,
// `put("password", "…")`.
const SETTER_CALL = /(?:(?<![\w$])(?:set|with)_?|(?<=\.))([A-Za-z]\w*)\(\s*(["'])([^"'\r\n]*)\2/g;
const MAP_PUT = /\(\s*(["'])([A-Za-z_][\w.-]*)\1\s*,\s*(["'])([^"'\r\n]*)\3/g;
// SQL `SET PASSWORD [FOR user] = 'x'`, Mongo `changeUserPassword("u", "x")`, Python `auth=("u", "x")`
// and `HTTPBasicAuth("u", "x")`: the second string.
const PASSWORD_CALLS = [
  /\bSET[ \t]+PASSWORD(?:[ \t]+FOR[ \t]+\S+)?[ \t]*=[ \t]*(?:PASSWORD\([ \t]*)?(["'])([^"'\r\n]*)\1/dgi,
  /\b(?:changeUserPassword|HTTPBasicAuth|HTTPDigestAuth|BasicAuth|basic_auth|auth|NetworkCredential|PasswordAuthentication|UsernamePasswordCredentials|UsernamePasswordCredential)[ \t]*[=(][ \t]*\(?[ \t]*(["'])[^"'\r\n]*\1[ \t]*,[ \t]*(["'])([^"'\r\n]*)\2/dg,
];
// A name and its value in two fields: Kubernetes `env` (`- name: DB_PASSWORD` then `value: …`), HAR
// and other JSON (`{"name": "Authorization", "value": "Bearer …"}`).
const NAME_THEN_VALUE = /\bname["']?[ \t]*:[ \t]*["']?([A-Za-z_][\w.-]*)["']?[ \t]*(?:,[ \t]*|\r?\n[ \t]*-?[ \t]*)["']?value["']?[ \t]*:[ \t]*(?:(["'])((?:[^"'\\\r\n]|\\.)*)\2|([^\s"',}]+))/dg;
// Space-separated environment settings: Dockerfile `ENV NAME value`, Apache `SetEnv`, csh `setenv`, fish `set -gx`.
const SPACED_ENV = /^[ \t]*(?:ENV|SetEnv|setenv|set[ \t]+-[gxUu]+)[ \t]+([A-Za-z_]\w*)[ \t]+(?:(["'])([^"'\r\n]*)\2|([^\s"']+))[ \t]*$/dgm;
// Terraform: `variable "db_password" { default = "…" }`.
const HCL_VARIABLE_DEFAULT = /\bvariable[ \t]+"([\w-]+)"[ \t]*\{[^{}]{0,400}?\bdefault[ \t]*=[ \t]*"([^"\r\n]*)"/dg;
// SQL: `IDENTIFIED BY '…'` (MySQL) and `PASSWORD '…'` (PostgreSQL).
const SQL_PASSWORD = /\b(?:IDENTIFIED(?:\s+WITH\s+\w+)?\s+BY|PASSWORD)\s+(["'])([^"'\r\n]*)\1/gi;
// Values are short; reading stops here so a huge line cannot make every match scan to its end.
const MAX_VALUE_LENGTH = 2048;

const PASSWORD_CLASS: KeyClass = { family: 'password', words: [], anyShape: true };

/** Spans of values assigned to secret-sounding names. */
export function findAssignmentSecrets(text: string): RedactionSpan[] {
  return [...findKeyValues(text), ...findXmlElements(text), ...findCodeCalls(text)];
}

function findKeyValues(text: string): RedactionSpan[] {
  const spans: RedactionSpan[] = [];
  const assignment = new RegExp(ASSIGNMENT.source, 'g');
  for (let match = assignment.exec(text); match; match = assignment.exec(text)) {
    const [whole, open, key, close, separator] = match;
    const keyClass = classifyKeyPhrase(key);
    if (!keyClass) continue;
    const valueStart = match.index + whole.length;
    // `"Password: "` is a prompt inside a string, not a field: the string closes where a value would start.
    if (open && !close && text.startsWith(open.slice(-1), valueStart)) continue;
    const spaced = /[ \t]=|=[ \t]/.test(whole);
    const restOfLine = keyClass.family === 'password' && separator !== '=>' && (separator !== '=' || spaced) && startsLine(text, match.index);
    const value = readValue(text, valueStart, keyClass, restOfLine);
    if (!value) continue;
    const before = spans.length;
    pushIfSecret(spans, keyClass, text, value.start, value.end);
    // Look for the next field after this value, so text such as `key=key=key=…` is read once, not once
    // per `=`; a value that was no secret may hold fields of its own (`connectionString="…;Password=…"`),
    // which start after a separator.
    const nested = spans.length > before ? -1 : text.slice(value.start, value.end).search(/[;&,\s]/);
    assignment.lastIndex = Math.max(assignment.lastIndex, nested >= 0 ? value.start + nested : value.end);
  }
  return spans;
}

/** Whether only indentation, list dashes or comment marks stand between the line start and `index`. */
function startsLine(text: string, index: number): boolean {
  let cursor = index - 1;
  while (cursor >= 0 && (text[cursor] === ' ' || text[cursor] === '\t' || text[cursor] === '-' || text[cursor] === '#')) cursor -= 1;
  return cursor < 0 || text[cursor] === '\n' || text[cursor] === '\r';
}

/** Classifies "AccessKey Secret" as a whole, "SDK-HMAC-SHA256 Access" by its last word(s). */
function classifyKeyPhrase(phrase: string): KeyClass | undefined {
  const parts = phrase.split(/[ \t]+/);
  for (let first = 0; first < parts.length; first += 1) {
    const keyClass = classifyKey(parts.slice(first).join(' '));
    if (keyClass) return keyClass;
  }
  return undefined;
}

/** Pushes [start, end) when the value is a secret for this key. */
export function pushIfSecret(spans: RedactionSpan[], keyClass: KeyClass, text: string, start: number, end: number): void {
  const kind = kindForValue(keyClass, text.slice(start, end));
  if (kind) spans.push({ kind, start, end });
}

/** A password found by its context rather than a field name. */
export function pushIfPassword(spans: RedactionSpan[], text: string, start: number, end: number): void {
  pushIfSecret(spans, PASSWORD_CLASS, text, start, end);
}

/** The value's range: inside quotes, to the end of the line, a YAML block's first line, or one inline word. */
function readValue(text: string, from: number, keyClass: KeyClass, restOfLine: boolean): { start: number; end: number } | undefined {
  const first = text[from];
  if (first === '"' || first === "'") return quoted(text, from + 1, first, endOfLine(text, from));
  if (text.startsWith('\\"', from)) {
    const lineEnd = endOfLine(text, from);
    const close = text.slice(from + 2, lineEnd).indexOf('\\"');
    return { start: from + 2, end: close >= 0 ? from + 2 + close : lineEnd };
  }
  // ODBC quotes a value with braces: `PWD={p@ss;word}`.
  if (first === '{' && text[from - 1] === '=') {
    const close = text.slice(from, endOfLine(text, from)).indexOf('}');
    return close > 1 ? { start: from + 1, end: from + close } : undefined;
  }
  // The start of the value is enough to judge its form (a short read keeps huge lines fast).
  const headEnd = endOfLine(text, from, 96);
  if (first === '{' || first === '[' || from >= headEnd) return undefined;
  const head = text.slice(from, headEnd);
  // `password: >-` / `|`: the value is the indented line below.
  if (/^[|>][-+]?\d*[ \t]*$/.test(head) && endOfLine(text, from) === headEnd) return nextLine(text, headEnd);
  // `password = getPassword()` in a source file is code, not a password.
  if (isCodeReference(head, keyClass.family !== 'password')) return undefined;
  if (restOfLine) {
    let end = endOfLine(text, from);
    while (end > from && /\s/.test(text[end - 1])) end -= 1;
    return { start: from, end: from + passwordBeforeRemark(text.slice(from, end)) };
  }
  INLINE_VALUE.lastIndex = from;
  const word = INLINE_VALUE.exec(text);
  if (!word) return undefined;
  return { start: from, end: from + word[0].length };
}

function nextLine(text: string, lineEnd: number): { start: number; end: number } | undefined {
  let start = lineEnd;
  if (text[start] === '\r') start += 1;
  if (text[start] === '\n') start += 1;
  while (start < text.length && (text[start] === ' ' || text[start] === '\t')) start += 1;
  let end = endOfLine(text, start);
  while (end > start && /\s/.test(text[end - 1])) end -= 1;
  return end > start ? { start, end } : undefined;
}

function quoted(text: string, start: number, quote: string, lineEnd: number): { start: number; end: number } {
  let index = start;
  while (index < lineEnd && text[index] !== quote) index += text[index] === '\\' ? 2 : 1;
  return { start, end: Math.min(index, lineEnd) };
}

/** The end of the line at `from`, or `from + maxLength` if that comes first. */
export function endOfLine(text: string, from: number, maxLength = MAX_VALUE_LENGTH): number {
  const limit = Math.min(text.length, from + maxLength);
  let index = from;
  while (index < limit && text[index] !== '\n' && text[index] !== '\r') index += 1;
  return index;
}

function findXmlElements(text: string): RedactionSpan[] {
  const spans: RedactionSpan[] = [];
  for (const match of text.matchAll(XML_ELEMENT)) {
    const keyClass = classifyKey(match[1]);
    if (!keyClass) continue;
    const start = match.index + match[1].length + 2;
    pushIfSecret(spans, keyClass, text, start, start + match[2].length);
  }
  for (const [pattern, name, value] of [[XML_NAMED_VALUE, 2, 4], [XML_NAMED_ELEMENT, 3, 4]] as const) {
    for (const match of text.matchAll(pattern)) {
      const keyClass = classifyKey(match[name]);
      const [start, end] = match.indices?.[value] ?? [0, 0];
      if (keyClass) pushIfSecret(spans, keyClass, text, start, end);
    }
  }
  return spans;
}

function findCodeCalls(text: string): RedactionSpan[] {
  const spans: RedactionSpan[] = [];
  const valueAt = (match: RegExpExecArray, value: string) => match.index + match[0].length - value.length - 1;
  for (const match of text.matchAll(SETTER_CALL)) {
    const keyClass = classifyKey(match[1]);
    if (keyClass) pushIfSecret(spans, keyClass, text, valueAt(match, match[3]), valueAt(match, match[3]) + match[3].length);
  }
  for (const match of text.matchAll(MAP_PUT)) {
    const keyClass = classifyKey(match[2]);
    if (keyClass) pushIfSecret(spans, keyClass, text, valueAt(match, match[4]), valueAt(match, match[4]) + match[4].length);
  }
  for (const match of text.matchAll(HCL_VARIABLE_DEFAULT)) {
    const keyClass = classifyKey(match[1]);
    const [start, end] = match.indices?.[2] ?? [0, 0];
    if (keyClass) pushIfSecret(spans, keyClass, text, start, end);
  }
  for (const pattern of [NAME_THEN_VALUE, SPACED_ENV]) {
    for (const match of text.matchAll(pattern)) {
      const group = match[3] !== undefined ? 3 : 4;
      const [start, end] = match.indices?.[group] ?? [0, 0];
      if (/^authorization$/i.test(match[1])) {
        const scheme = /^(?:Bearer|Basic|Token|Digest)[ \t]+/i.exec(match[group]);
        if (scheme) spans.push({ kind: /^bearer/i.test(scheme[0]) ? 'bearer-token' : 'authorization', start: start + scheme[0].length, end });
        continue;
      }
      const keyClass = /^(?:set-)?cookie$/i.test(match[1]) ? undefined : classifyKey(match[1]);
      if (keyClass) pushIfSecret(spans, keyClass, text, start, end);
    }
  }
  for (const pattern of PASSWORD_CALLS) {
    for (const match of text.matchAll(pattern)) {
      const [start, end] = match.indices?.[match.length - 1] ?? [0, 0];
      pushIfPassword(spans, text, start, end);
    }
  }
  for (const match of text.matchAll(SQL_PASSWORD)) {
    pushIfPassword(spans, text, valueAt(match, match[2]), valueAt(match, match[2]) + match[2].length);
  }
  return spans;
}
