// Secrets after a Chinese label in prose: "root 密码是 …", "访问密钥：…", "口令改成了 …", "密码没变，还是 …". (The other
// languages' prose is redaction-phrases.ts's.)
import type { RedactionSpan } from './redaction';
import { pushIfSecret } from './redaction-assignments';
import { CHINESE_FAMILIES } from './redaction-cjk-names';
import { classifyKey, type KeyFamily } from './redaction-keys';
import type { RedactionProfile } from './redaction-profile';
import { readQuotedWord, readWord } from './redaction-read-word';
import { endOfLine, hasMixedClasses, isGeneratedToken, looksLikePassword, looksLikePasswordWithDigit, passwordBeforeRemark } from './redaction-values';

// A label ("授权码" is a mail service's app password, "凭证" a credential), then a separator: a colon (any
// width) or `=`, "是"/"为" ("is"), a verb of change ("改成了", "重置为": changed/reset to), a few more words
// and a colon ("密码发你了："; then the value must look like a password), "still the … one" ("仍是初始化时的 …"),
// Cantonese "係" and "係咪" ("密碼係 …", "密碼係咪 …？", is it …?; not 系统, the system), or just a space (or nothing, or a comma before a
// value that ends its line: `LOID+密码,hz_yh_144636,(已隐藏)` is a CSV's next cell).
// A few words may stand between the label and the verb ("密码我改成了 …", "密码从旧的换成了「…」"), or a clause
// before "是" ("密码写死了，是 …"); the value may follow in brackets ("口令「…」", "密码（…）"), or a remark in
// brackets may stand before the colon ("管理员密码（已修改）：…"); words that describe passwords rather than hold one
// may not ("密码策略：…", "密码长度：…"). A seed is a secret after a word of one-time
// passwords ("TOTP 种子：…"); traditional characters are read as simplified (redaction-hanzi.ts); OCR of a
// screenshot may put a space inside the label ("密 码"). "PIN" after a Chinese word is a label too, before digits after a colon
// or 是/为 ("U 盾 PIN 是 030678"; not after an address's or a buyer's word, an Indian postal code: "印度买家地址 PIN 是 400001").
const CHINESE_LABEL =
  /(登录密码|登入密码|密码(?![本箱库])|密 码|(?<![A-Za-z])PIN ?码|(?<=[\u4e00-\u9fff][ \t]?)(?<![引管]脚[ \t]?|针[ \t]?)PIN(?=[ \t]*(?:[:：=][ \t]*|(?<!(?:地址|邮编|邮政|印度|收货|买家)[^\r\n]{0,20})(?:是|为)[ \t]*)\d{4,12}(?![\w.-]))|口令|访问密钥|密钥|秘钥|金钥|密匙|私钥|安全令牌|访问令牌|令牌|权杖|授权码|鉴权码|凭证|凭据|(?<=(?:TOTP|OTP|MFA|2FA|验证码?|认证)[ \t的]{0,2})种子)(?:[ \t]*(?:(?:是|为)[ \t]*)?([:：=])|[ \t]?[（(][^）)\r\n]{1,40}[）)][ \t]*[:：=]|[ \t]*(?:先|就|还)?(?:用|使用)[ \t]+(?=[\x21-\x7e])|[ \t]*(?:还是|仍是|仍然是|依然是|就是)[\u4e00-\u9fff]{0,8}的[ \t]+|[ \t]*(?:系|係)咪?(?![\u4e00-\u9fff])[ \t]*|[ \t]*(?:已经|已|被|也|就|还|都){0,2}(?:是|为|(?:修改|重置|设置|更新|变更|改|换|设)(?:成了?|为|成)|改成了?)|[ \t]*(?:发|给)(?:你|您)了?[ \t]*[:：]?|(?![机卡器锁键算芯模]|管理|[\u4e00-\u9fff]{0,3}(?:型号|序列号|版本|标准|厂商|品牌))[\u4e00-\u9fff]{1,4}(?:是|为)(?![\u4e00-\u9fff])|[\u4e00-\u9fff]{1,8}?(?:修改|重置|设置|更新|变更|改|换|设)(?:成了?|为)|(?!策略|规则|要求|长度|强度|复杂度|有效期|过期|格式|提示|规范)[\u4e00-\u9fff]{1,6}[ \t]*[:：]|[\u4e00-\u9fff]{1,8}?[，,][ \t]*(?:是|为)|[ \t]+|,(?=[^\s,;|]+[ \t]*(?:\r?\n|$))|(?=[\x21-\x7e「（])(?![,;|]))[ \t]*["'`“「『（(]?/g;

// What ends a Cantonese question about the value right after it: a closing quote, a particle (呀, 啊, 㗎…), then a question mark or
// a comma ("係咪 X，定係改咗？", or has it changed).
const CANTONESE_QUESTION_END = /^[」』"'”）)]?[ \t]*(?:[呀啊㗎嘛喎呢][ \t]*)?(?:[？?。!！，,]|$|\r?\n)/;
// The password, then a clause of a few words, then "still" ("密码没变，还是 …", "账号密码也改了，现在还是 …"): the value it still is.
const PASSWORD_STILL_ZH = /(?:密码|口令)[^。！？\r\n]{0,16}?(?:[？?][ \t]*)?(?:还是|仍是|仍然是|依然是|依旧是|仲(?:系|係)咪?)[ \t]*/g;
// Or a clause that says the password was changed, then what it became or was ("Redis 密码我已经在控制台重置了，新的是 …", "DCS 的密码
// 我们也改了，改成 …"): the verb done (了, 过); a clause about something else ("密码错误的问题，改成 v2.1.3 就好了", "密码重置工单已经处理完毕，
// 新的是 INC…", "密码修改页面改版了，改成 …") changes no password.
const PASSWORD_CHANGED_THEN_ZH =
  /(?:密码|口令)[^。！？，,\r\n]{0,24}?(?:改|换|重置|更新|变更|修改|重设)(?:了|过)[^。！？，,\r\n]{0,6}?[，,][ \t]*(?:(?:新的|旧的|现在)(?:是|为)[ \t]*[:：]?|改成了?|改为|换成了?)[ \t]*/g;
// A column's type or an encoding said of a password field ("密码字段还是 varchar64"): no value.
const TYPE_OR_ENCODING = /^(?:base|varchar|nvarchar|char|utf-?|sha-?|md|int|aes-?|rsa-?)\d+$/i;
// "账号 / 密码：…": a user, a slash, then the label.
const ACCOUNT_SLASH_BEFORE = /(?:用户名?|账号|帐号|user(?:name)?|login)[ \t]*[/／][ \t]*$/i;

// After a password, a clause naming another one of the same things and its "is" ("，地库那台是 …", the one in the basement).
const ANOTHER_ONE_IS = /^[ \t]*[，,；;][ \t]*[\u4e00-\u9fff]{0,6}(?:那|这|另一?|其[他余])(?:台|个|边|套|里|些)[\u4e00-\u9fff]{0,2}(?:是|为)[ \t]*/;

// Six to eight digits said to be a password (not a date).
export const DIGITS_PASSWORD = /^\d{6,8}$/;
export const DIGITS_DATE = /^(?:19|20)\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])$/;
// A year and its month (`202405`): when, not a password.
export const DIGITS_MONTH = /^(?:19|20)\d{2}(?:0[1-9]|1[0-2])$/;

// A setting's name in Latin letters, then a chat's "here it is" in Chinese and a colon ("AppSecret 给你：…", "密钥 key 在这：…"): the
// value is judged as a field of that name would be.
const NAME_HANDED_OVER = /(?<![\w-])([A-Za-z][A-Za-z0-9_-]{1,40})[ \t]*(?:给你|发你|在这里?|在這裡?|如下)[ \t]*[:：][ \t]*(?=\S)/g;

/** Spans of secrets after a Chinese label, and of passwords said to be unchanged. */
export function findChineseLabelSecrets(text: string, profile: RedactionProfile): RedactionSpan[] {
  return [...findChineseLabels(text, profile), ...findPasswordsStillSo(text), ...findNamesHandedOver(text, profile)];
}

function findNamesHandedOver(text: string, profile: RedactionProfile): RedactionSpan[] {
  const spans: RedactionSpan[] = [];
  for (const match of text.matchAll(NAME_HANDED_OVER)) {
    const keyClass = classifyKey(match[1]);
    const range = keyClass ? readWord(text, match.index + match[0].length) : undefined;
    if (keyClass && range) pushIfSecret(spans, keyClass, text, range.start, range.end, profile);
  }
  return spans;
}

/** "密码没变，还是 X" (the password did not change, it is still X), "密码改了，新的是 X": only a value that looks like a password with a digit. */
function findPasswordsStillSo(text: string): RedactionSpan[] {
  const spans: RedactionSpan[] = [];
  for (const match of [...text.matchAll(PASSWORD_STILL_ZH), ...text.matchAll(PASSWORD_CHANGED_THEN_ZH)]) {
    const word = readQuotedWord(text, match.index + match[0].length);
    // (A tag after the word is markup: `…还是 Abc12345x</p>`.)
    const tag = word ? text.slice(word.start, word.end).indexOf('<') : -1;
    const range = word && tag > 0 ? { start: word.start, end: word.start + tag } : word;
    if (!range) continue;
    const value = text.slice(range.start, range.end);
    // The value is no type or encoding ("密码字段还是 varchar64", the field is still varchar64); 还是 also means "or" in a
    // question in the same clause ("密码本是 KeePass 还是 1Password？").
    // (Cantonese asks with 係咪 whether it still is the value, "仲係咪 X？", when X ends the question: "仲係咪 Office365 嗰個？"
    // asks about a product.)
    const question = /咪[ \t]*$/.test(match[0]) ? !CANTONESE_QUESTION_END.test(text.slice(range.end, range.end + 8)) : /^[^。！，,；;\r\n]{0,40}?[？?吗]/.test(text.slice(range.end, range.end + 41));
    if (!question && !TYPE_OR_ENCODING.test(value) && looksLikePasswordWithDigit(value)) spans.push({ kind: 'password', ...range });
  }
  return spans;
}

function findChineseLabels(text: string, profile: RedactionProfile): RedactionSpan[] {
  const spans: RedactionSpan[] = [];
  for (const match of text.matchAll(CHINESE_LABEL)) {
    // "证书私钥密码：…": the label nearest the colon says what the value is.
    const inner = /(密码|口令|令牌)(?=[^\u4e00-\u9fff]*$)/.exec(match[0].slice(match[1].length));
    const family = CHINESE_FAMILIES[inner?.[1] ?? match[1]];
    const from = match.index + match[0].length;
    // "密码：…" with a colon at the start of a line takes the line, so "密码：已修改" can be judged as prose.
    const lineStart = match.index === 0 || /[\r\n]/.test(text[match.index - 1]);
    // "账号 / 密码：user / …" names two values; the first word is the user (the pair is read by findUserSlashPasswords).
    if (ACCOUNT_SLASH_BEFORE.test(text.slice(Math.max(0, match.index - 24), match.index))) continue;
    let range = readWord(text, from);
    // `密码: ENC(…)`, `密码为 getPassword()`: a call or an encrypted value, not a password; `<密码>…`: an
    // element, the XML finder's.
    if (range && (text[range.end] === '(' || text[range.start] === '>')) continue;
    // Glued to the label ("口令Q8L2…", "密码Autumn.2024@") or in brackets after it ("凭证（AccessKeyId 以…）" is
    // prose, "密码（uM4a…）" is not): only a value that could be nothing else.
    const bracketed = /[（(]$/.test(match[0]);
    if (range && (match[0] === match[1] || bracketed) && !gluedValueIsSecret(family, text.slice(range.start, range.end))) continue;
    // Without a colon ("密码 8 位", "密码是…") only a word that looks like a password counts.
    // ("pfx 导出密码 27659690": six to eight digits, no date, are a password too; "连接池密码用 TongWeb", "use X", wants a digit.)
    // (A keypad's code ends with the `#` typed after it: "工程模式密码 9341#".)
    if (range && /^(?!(?:19|20)\d{2}#)\d{4,8}#$/.test(text.slice(range.start, range.end))) range = { start: range.start, end: range.end - 1 };
    const bare = range ? text.slice(range.start, range.end) : '';
    const digits = (DIGITS_PASSWORD.test(bare) && !DIGITS_DATE.test(bare)) || (/^\d{4,5}$/.test(bare) && text[range!.end] === '#');
    if (range && !match[2] && family === 'password' && !(/用/.test(match[0]) ? looksLikePasswordWithDigit(bare) : looksLikePassword(bare) || digits)) continue;
    // (Nor a column's type: "密码字段还是 varchar64", the password field is still varchar64.)
    if (range && !match[2] && /字段|类型|格式/.test(match[0]) && TYPE_OR_ENCODING.test(bare)) continue;
    // Cantonese's question "係咪 X？" (is it X?) asks about a value only when X has a digit and ends the question: "係咪 PostgreSQL
    // 嗰個？", "係咪 Office365 嗰個？" (that one?) ask about a product.
    if (range && /咪[ \t]*["'`“「『（(]?$/.test(match[0]) && !(looksLikePasswordWithDigit(bare) && CANTONESE_QUESTION_END.test(text.slice(range.end, range.end + 8)))) continue;
    // A field's name in code after the label ("安全密钥 securityJsCode 改为…"): words in camelCase, no digit.
    if (range && !match[2] && /^[a-z]+(?:[A-Z][a-z]+)+$/.test(bare)) continue;
    if (match[2] && lineStart && family === 'password') {
      let end = endOfLine(text, from);
      while (end > from && /\s/.test(text[end - 1])) end -= 1;
      // `密码 = "…"`: the quote opened before the value closes after it.
      const opened = /["'`]$/.exec(match[0])?.[0];
      if (opened && text[end - 1] === opened) end -= 1;
      range = end > from ? { start: from, end: from + passwordBeforeRemark(text.slice(from, end)) } : undefined;
    }
    // "密钥轮换记录：2026-12-03 …", "KMS 凭据 `acs/ram/user/x`": a date or a name path, not the secret; nor a sentence in Chinese
    // ("密码：存放在阿里云 KMS 凭据 …", stored in KMS; "同步Sync@2024" is a password).
    if (range && /^\d{4}[-/.]\d{1,2}[-/.]\d{1,2}\b|^[a-z0-9._-]+(?:\/[a-z0-9._-]+)+(?:,|$)|^[\u4e00-\u9fff]{3}/.test(text.slice(range.start, range.end))) continue;
    if (!range) continue;
    const before = spans.length;
    pushIfSecret(spans, { family, words: [], anyShape: true }, text, range.start, range.end, profile);
    // The same sentence may go on to another's ("密码都是 X，地库那台是 Y", the one in the basement is Y).
    const next = family === 'password' && spans.length > before ? ANOTHER_ONE_IS.exec(text.slice(range.end, range.end + 40)) : null;
    const other = next ? readWord(text, range.end + next[0].length) : undefined;
    if (other && looksLikePasswordWithDigit(text.slice(other.start, other.end))) spans.push({ kind: 'password', ...other });
  }
  return spans;
}

function gluedValueIsSecret(family: KeyFamily, value: string): boolean {
  return family === 'password' ? looksLikePasswordWithDigit(value) : isGeneratedToken(value) && hasMixedClasses(value);
}

/** Passwords in inventory rows (`ADDRESS_ADMIN_PASSWORD`). */
