// A label and a value with nothing but the layout between them: the label on a line of its own and the
// value alone on the next line, as chat messages, OCR of a dialog and copied console pages write them
// ("Password:" then "Xk9#mQ2v…", "密钥：" then the key), YAML's block scalars (`token: |` then the value,
// indented), and rows of a two-column table pasted without its header (`| root password | … |`).
import type { RedactionSpan } from './redaction';
import { pushIfSecret } from './redaction-assignments';
import { classifyKey, type KeyFamily } from './redaction-keys';
import type { RedactionProfile } from './redaction-profile';
import {
  caseSwitches,
  hasMixedClasses,
  isGeneratedToken,
  isPlausibleToken,
  isRandomLetters,
  isUuid,
  looksLikePasswordWithDigit,
  looksLikeSecretWithoutSeparator,
  looksRandom,
} from './redaction-values';

// The label line: a name of up to three words (Latin or Chinese), a colon of either width (a Chinese label may
// stand alone, as a chat message: "密码"), maybe a block scalar's indicator; then the next line, holding one word and nothing else.
// A remark in brackets may stand before the colon, after a blank ("Password (used with `iinit`):"; `refresh_token(self):` is code).
const LABEL_THEN_VALUE_LINE =
  /^[ \t]*(?:[-*#>][ \t]*)?["'`]?([A-Za-z_\u4e00-\u9fff][\w.\u4e00-\u9fff-]*(?:[ \t][A-Za-z\u4e00-\u9fff][\w.\u4e00-\u9fff-]*){0,2})["'`]?(?:[ \t]+[(（][^()（）\r\n]{1,40}[)）](?=[ \t]*[:：]))?[ \t]*(?:[:：](?:[ \t]*[|>][-+]?)?|(?<=[\u4e00-\u9fff]))[ \t]*\r?\n[ \t]*["'`]?([^\s"'`]{6,4096})["'`]?[ \t]*$/gm;

// A row whose last two cells are a name and one word: a Markdown row of two cells (a header, if any, is
// redaction-tables.ts's), and the same after up to two other cells, with or without the outer pipes (the MySQL
// client's `plugin | name | value` output, Moodle's `config_plugins`).
// (Each part starts with no blank, so a long run of blanks is read once.) A remark in brackets may follow the name (`EncryptionKey
// (P2P)`).
const TWO_CELL_ROW =
  /^[ \t]*(?:\|[ \t]*)?(?:[^|\s][^|\r\n]{0,59}\|[ \t]*){0,2}([A-Za-z_\u4e00-\u9fff][\w .\u4e00-\u9fff-]{0,59}?)(?:[ \t]*[(（][^()（）|\r\n]{1,30}[)）])?[ \t]*\|[ \t]*`?([^\s|`]{6,4096})`?[ \t]*(?:\|[ \t]*)?$/gm;

// A chat in which a message names a secret and one of the next three is nothing but a value ("跳板机 jump-gz 密码改了哈" then
// "#A1lQ…", "同步脚本用哪个 AK？" … then the key). Each message starts with its time and sender ("2026-11-24 10:30  陈静：",
// "[10:30] Alice:").
// (A log line's level is no sender: `10:30:15 ERROR: invalid password`.)
// (Exports write it in their own ways: `2026-11-24 10:30  陈静：`, `[10:30] Alice:`, WhatsApp's `11/24/26, 10:30 - Alice:`,
// Telegram's `[24.11.26, 10:30:15] Alice:`, IRC's `10:30 <alice>`.)
const CHAT_SENDER =
  /^[ \t]*\[?(?:(?:\d{4}[-/.]\d{1,2}[-/.]\d{1,2}|\d{1,2}[-/.]\d{1,2}[-/.]\d{2,4}),?[ \tT]+)?\d{1,2}:\d{2}(?::\d{2})?(?:[ \t]?[AaPp][Mm])?\]?[ \t]+(?:-[ \t]+)?(?:<[^\s<>]{1,24}>|(?!(?:INFO|WARN|WARNING|ERROR|ERR|DEBUG|TRACE|FATAL|NOTICE|CRIT|CRITICAL|SEVERE|FINE)\b)[^\s:：<]{1,24}[ \t]*[:：])/i;
const SECRET_NOUN = /密码|口令|密钥|秘钥|令牌|(?<![A-Za-z])(?:AK|SK|access[ _-]?key|secret|password|passwd|token)(?![A-Za-z])/i;
const LONE_VALUE = /^[ \t]*["'`]?([^\s"'`]{8,256})["'`]?[ \t]*$/;
const MESSAGES_BACK = 3;

// A remark in brackets that makes the field another than the secret: its id, name, hash, hint, user, type or strength
// (`Signing Key (Kid)`, `Password (SHA256):`, `Password (hint):`, `Password (for user):`).
const REMARK_ABOUT_ANOTHER_FIELD =
  /[(（][^()（）\r\n]*\b(?:kid|id|key[ _-]?id|fingerprint|hash(?:ed)?|sha\d*|md5|digest|name|public|hint|user(?:name)?|type|strength|length|policy|rules?|format|example|salt)\b[^()（）\r\n]*[)）]/i;

/** Spans of values given on the line after their label, or beside it in a table row. */
export function findLabelLineSecrets(text: string, profile: RedactionProfile): RedactionSpan[] {
  const spans: RedactionSpan[] = [];
  for (const pattern of [LABEL_THEN_VALUE_LINE, TWO_CELL_ROW]) {
    for (const match of text.matchAll(pattern)) {
      const value = match[2];
      // The next line is a key of its own (`valueFrom:`), an item (`- name`) or a reference, not the value.
      if (/[:：]$|^[-*#]|^\$\{|^\{\{/.test(value)) continue;
      const keyClass = classifyKey(match[1]);
      // (A remark that names the key's id or name, `Signing Key (Kid)`, makes the row that id's.)
      if (!keyClass || !looksLikeSecret(keyClass.family, value) || REMARK_ABOUT_ANOTHER_FIELD.test(match[0])) continue;
      const start = match.index + match[0].lastIndexOf(value);
      pushIfSecret(spans, keyClass, text, start, start + value.length, profile);
    }
  }
  return [...spans, ...findChatValues(text, profile), ...findValuesUnderSentences(text, profile)];
}

// A sentence that names a secret and ends in a colon, then the value alone on the next line ("返回的 AccessToken 先贴这里方便联调
// （7200 秒）：" then the token, "Password for the elastic user (reset with …):"): only a value that looks generated, random or
// long with its case switching often (not a user's, a device's or a vault's name, `AliceW2024`, `iPhone14Pro`, `kv-Prod-EastUS2`),
// and not under a sentence about the secret's hash, id or public half, the rules it must follow or where it is kept.
const COLON_THEN_LONE_LINE = /[:：][ \t]*\r?\n[ \t]*["'`]?([^\s"'`]{10,256})["'`]?[ \t]*(?=\r?\n|$)/dg;
const CAMEL_SECRET_NOUN = /(?<=[a-z])(?:Token|Secret|Password|Passwd)(?![a-z])/;
const NOT_THE_SECRET = /hash|digest|sha\d*|md5|fingerprint|\bid\b|public|rule|polic|requirement|stored|kept|vault|manager|示例|例如|格式|哈希|摘要|指纹|公钥|规则|策略|要求|存放|保存|管理器|实例/i;

function findValuesUnderSentences(text: string, profile: RedactionProfile): RedactionSpan[] {
  const spans: RedactionSpan[] = [];
  for (const match of text.matchAll(COLON_THEN_LONE_LINE)) {
    const value = match[1];
    const generated = looksRandom(value) || (value.length >= 16 && isGeneratedToken(value) && caseSwitches(value) >= 4);
    // (Not words joined by dashes, `MyApp-Prod01`, a link, a line that is a name and its value, `OperatorID：MA6CK41X2`, nor a
    // call, `processToken64(token)`.)
    const namedParts = value.includes('-') && value.split('-').every((part) => /^[A-Za-z]+\d*$/.test(part));
    if (!hasMixedClasses(value) || !generated || namedParts || /[:：?&()]|=(?!=*$)/.test(value)) continue;
    const sentence = text.slice(Math.max(text.lastIndexOf('\n', match.index) + 1, match.index - 200), match.index);
    const noun = SECRET_NOUN.exec(sentence)?.[0] ?? CAMEL_SECRET_NOUN.exec(sentence)?.[0];
    const keyClass = noun === undefined || NOT_THE_SECRET.test(sentence) ? undefined : classifyKey(keyNameOf(noun));
    const [start, end] = match.indices?.[1] ?? [0, 0];
    if (keyClass && looksLikeSecret(keyClass.family, value)) pushIfSecret(spans, { ...keyClass, anyShape: true }, text, start, end, profile);
  }
  return spans;
}

/** Values sent alone in a chat, a few messages after one that names the secret (and holds no value of its own). */
function findChatValues(text: string, profile: RedactionProfile): RedactionSpan[] {
  const spans: RedactionSpan[] = [];
  if (!SECRET_NOUN.test(text)) return spans;
  // For each of the last few lines: the secret it names, or '' when it names none or holds a value itself.
  const recent: string[] = [];
  let lineStart = 0;
  while (lineStart <= text.length) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd < 0) lineEnd = text.length;
    const line = text.slice(lineStart, lineEnd).replace(/\r$/, '');
    // Only a message with its time and sender names the secret: a line alone under a remark in a file is as often a
    // setting or a hash. The value may be a message's next line (a message of several lines).
    // (Cheap tests first: most lines of a big text start with neither a time nor a bracket, and follow no message that
    // names a secret.)
    const sender = /^[ \t]*[[\d]/.test(line) ? (CHAT_SENDER.exec(line)?.[0].length ?? 0) : 0;
    const body = line.slice(sender);
    const noun = recent.find((entry) => entry !== '');
    const lone = noun ? LONE_VALUE.exec(body) : null;
    const value = lone && isChatSecret(lone[1]) ? lone[1] : undefined;
    if (value) {
      const keyClass = noun ? classifyKey(noun) : undefined;
      const start = lineStart + sender + body.indexOf(value);
      if (keyClass) pushIfSecret(spans, { ...keyClass, anyShape: true }, text, start, start + value.length, profile);
    }
    recent.unshift(value || sender === 0 ? '' : namedSecret(body));
    if (recent.length > MESSAGES_BACK) recent.length = MESSAGES_BACK;
    lineStart = lineEnd + 1;
  }
  return spans;
}

/**
 * A value sent alone that can be nothing but a secret: random (`6gfF!^qY3…`), or of both cases and digits; a key id's
 * capitals and digits, sixteen or more. Not an id of words and numbers (`JIRA-48213`, `ERR_TOKEN_EXPIRED_401`, `v2.13.0-rc1`),
 * a UUID or a file.
 */
function isChatSecret(value: string): boolean {
  // (A name and a status after a full-width colon, "Opera：已修改（2025-12-05）", is a line of a list; a password and a remark,
  // "Tr0ub4dor&3x：记得改", is not.)
  const head = /^([^：]+)：[\u4e00-\u9fff]/.exec(value)?.[1];
  if (head !== undefined && !looksLikePasswordWithDigit(head) && !isGeneratedToken(head)) return false;
  if (isUuid(value) || /^v?\d+(?:\.\d+)+|\.[a-z]{2,4}$|^[A-Z]+[-_]\d+$/i.test(value) || /^[A-Z0-9]+(?:_[A-Z0-9]+)+$/.test(value)) return false;
  return looksRandom(value) || isRandomLetters(value) || (value.length >= 10 && hasMixedClasses(value)) || (/^[A-Z0-9]{16,}$/.test(value) && /\d/.test(value) && /[A-Z]/.test(value));
}

/** The secret a message names ("AK", "密码"), when it holds no value of its own. */
function namedSecret(body: string): string {
  const noun = SECRET_NOUN.exec(body)?.[0];
  // (A marker from an earlier pass stood for a value: the message held one.)
  if (!noun || body.includes('[REDACTED:') || body.split(/[\s，。：:,;；]+/).some((word) => word.length >= 6 && looksLikeSecretWithoutSeparator(word, true))) return '';
  return keyNameOf(noun);
}

/** A secret's noun as a field's name: "AK" and "SK" spelt out, so that classifyKey reads them. */
function keyNameOf(noun: string): string {
  return /^(?:AK|SK)$/i.test(noun) ? (noun.toUpperCase() === 'AK' ? 'access_key_id' : 'secret_key') : noun;
}

/** Nothing but the layout says the word is the value, so it must look like a secret, not like a word. */
function looksLikeSecret(family: KeyFamily, value: string): boolean {
  // Random letters that happen to end in digits (`efrKTSDHvvgyQe93`) are no word and number either.
  return looksLikeSecretWithoutSeparator(value, family === 'password') || (value.length >= 16 && hasMixedClasses(value) && isPlausibleToken(value));
}
