// Secrets recognised by the name they are assigned to: `key=value`, `key: value` (YAML, headers,
// logs), `"key": "value"` (JSON, also JSON escaped inside a string), `<Key>value</Key>` (XML) and
// `--key value` (command lines).
import type { RedactionSpan } from './redaction';
import { classifyKey, kindForValue, type KeyClass, type KeyFamily, takesRestOfLine } from './redaction-keys';
import { isCodeReference } from './redaction-values';

// A field name (up to three words, so "AccessKey Secret:" and "export TOKEN=" count), optionally
// quoted, then a separator. `://` is excluded so URLs are not read as `https: //…`.
const ASSIGNMENT = /(?<![\w.$\\-])(?:\\?["'])?(-{0,2}[A-Za-z_][\w.-]*(?:[ \t][A-Za-z][\w-]*){0,2})(?:\\?["'])?[ \t]*(:=|=>|=|:|：)(?!\/\/|:)[ \t]*/g;
// Chinese labels as people write them in tickets and notes ("密码：…", "访问密钥: …").
const CHINESE_LABEL = /(登录密码|密码|口令|访问密钥|密钥|秘钥|私钥|安全令牌|访问令牌|令牌)[ \t]*[:：=][ \t]*/g;
const CHINESE_FAMILIES: Record<string, KeyFamily> = {
  登录密码: 'password', 密码: 'password', 口令: 'password', 访问密钥: 'secret-key', 密钥: 'secret-key', 秘钥: 'secret-key',
  私钥: 'private-key', 安全令牌: 'security-token', 访问令牌: 'token', 令牌: 'token',
};
const XML_ELEMENT = /<([A-Za-z][\w.-]*)>([^<\r\n]+)<\/\1>/g;
const CLI_FLAG = /(?<![\w-])--?([A-Za-z][\w-]*)[ \t]+(?!-)("[^"\r\n]*"|'[^'\r\n]*'|[^\s"']+)/g;
const INLINE_VALUE = /[^\s"'`,;&<>{}[\]()|]+/y;
// Setters and map puts in code: `.setAccessKeySecret("…")`, `.withSk("…")`, `put("password", "…")`.
const SETTER_CALL = /(?<![\w$])(?:set|with)_?([A-Za-z]\w*)\(\s*(["'])([^"'\r\n]*)\2/g;
const MAP_PUT = /\(\s*(["'])([A-Za-z_][\w.-]*)\1\s*,\s*(["'])([^"'\r\n]*)\3/g;
// SQL: `IDENTIFIED BY '…'` (MySQL) and `PASSWORD '…'` (PostgreSQL).
const SQL_PASSWORD = /\b(?:IDENTIFIED(?:\s+WITH\s+\w+)?\s+BY|PASSWORD)\s+(["'])([^"'\r\n]*)\1/gi;

/** Spans of values assigned to secret-sounding names. */
export function findAssignmentSecrets(text: string): RedactionSpan[] {
  return [
    ...findKeyValues(text, ASSIGNMENT, (key) => classifyKeyPhrase(key)),
    ...findKeyValues(text, CHINESE_LABEL, (key) => ({ family: CHINESE_FAMILIES[key], words: [], anyShape: true })),
    ...findXmlElements(text),
    ...findCliFlags(text),
    ...findCodeCalls(text),
  ];
}

function findKeyValues(text: string, pattern: RegExp, classify: (key: string) => KeyClass | undefined): RedactionSpan[] {
  const spans: RedactionSpan[] = [];
  for (const match of text.matchAll(pattern)) {
    const keyClass = classify(match[1]);
    if (!keyClass) continue;
    const valueStart = match.index + match[0].length;
    const lineStart = text.lastIndexOf('\n', match.index) + 1;
    const startsLine = /^[\s\-#]*$/.test(text.slice(lineStart, match.index)) && match[2] !== '=>';
    const value = readValue(text, valueStart, keyClass, startsLine);
    if (value) pushIfSecret(spans, keyClass, text, value.start, value.end);
  }
  return spans;
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

function pushIfSecret(spans: RedactionSpan[], keyClass: KeyClass, text: string, start: number, end: number): void {
  const kind = kindForValue(keyClass, text.slice(start, end));
  if (kind) spans.push({ kind, start, end });
}

/** The value's range: inside quotes, to the end of the line, or one inline word. */
function readValue(text: string, from: number, keyClass: KeyClass, startsLine: boolean): { start: number; end: number } | undefined {
  const lineEnd = endOfLine(text, from);
  const first = text[from];
  if (first === '"' || first === "'") return quoted(text, from + 1, first, lineEnd);
  if (text.startsWith('\\"', from)) {
    const close = text.indexOf('\\"', from + 2);
    return { start: from + 2, end: close >= 0 && close < lineEnd ? close : lineEnd };
  }
  if (first === '{' || first === '[' || from >= lineEnd) return undefined;
  // `password = getPassword()` in a source file is code, not a password.
  if (isCodeReference(text.slice(from, lineEnd), keyClass.family !== 'password')) return undefined;
  if (startsLine && takesRestOfLine(keyClass.family)) {
    let end = lineEnd;
    while (end > from && /\s/.test(text[end - 1])) end -= 1;
    // A cookie's name ("session=") is not the secret; its value and attributes are.
    const cookieName = keyClass.family === 'cookie' ? /^[\w.-]+=/.exec(text.slice(from, end)) : null;
    return { start: from + (cookieName ? cookieName[0].length : 0), end };
  }
  INLINE_VALUE.lastIndex = from;
  const word = INLINE_VALUE.exec(text);
  if (!word) return undefined;
  return { start: from, end: from + word[0].length };
}

function quoted(text: string, start: number, quote: string, lineEnd: number): { start: number; end: number } {
  let index = start;
  while (index < lineEnd && text[index] !== quote) index += text[index] === '\\' ? 2 : 1;
  return { start, end: Math.min(index, lineEnd) };
}

function endOfLine(text: string, from: number): number {
  const newline = text.slice(from).search(/[\r\n]/);
  return newline < 0 ? text.length : from + newline;
}

function findXmlElements(text: string): RedactionSpan[] {
  const spans: RedactionSpan[] = [];
  for (const match of text.matchAll(XML_ELEMENT)) {
    const keyClass = classifyKey(match[1]);
    if (!keyClass) continue;
    const start = match.index + match[1].length + 2;
    pushIfSecret(spans, keyClass, text, start, start + match[2].length);
  }
  return spans;
}

function findCliFlags(text: string): RedactionSpan[] {
  const spans: RedactionSpan[] = [];
  for (const match of text.matchAll(CLI_FLAG)) {
    const raw = match[2];
    const isQuoted = raw.startsWith('"') || raw.startsWith("'");
    const start = match.index + match[0].length - raw.length + (isQuoted ? 1 : 0);
    const end = start + raw.length - (isQuoted ? 2 : 0);
    const keyClass = classifyKey(match[1]);
    if (keyClass) pushIfSecret(spans, keyClass, text, start, end);
    else if (match[1] === 'u' || match[1] === 'user') pushUserPassword(spans, text, start, end);
  }
  return spans;
}

/** `curl -u user:password` → the password. */
function pushUserPassword(spans: RedactionSpan[], text: string, start: number, end: number): void {
  const colon = text.indexOf(':', start);
  if (colon < 0 || colon >= end - 1) return;
  pushIfSecret(spans, { family: 'password', words: [], anyShape: true }, text, colon + 1, end);
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
  for (const match of text.matchAll(SQL_PASSWORD)) {
    pushIfSecret(spans, { family: 'password', words: [], anyShape: true }, text, valueAt(match, match[2]), valueAt(match, match[2]) + match[2].length);
  }
  return spans;
}
