// A secret's new or old value said in a Chinese chat after the secret was named ("平台那边强制改过一次密码" then "改过，之前是 X";
// "SNMP 团体名要不要也改？现在是 X"; "B 接口密码…换过，新的 X"; "另外 Wi-Fi 改了 X"; "appSecret，新值已通过邮件下发：X").
import type { RedactionSpan } from './redaction';
import { pushIfPassword, pushIfSecret } from './redaction-assignments';
import { DIGITS_DATE, DIGITS_MONTH } from './redaction-chinese-labels';
import { classifyKey } from './redaction-keys';
import type { RedactionProfile } from './redaction-profile';
import { readWord } from './redaction-read-word';
import { DASHED_NAME } from './redaction-value-look-alikes';

// Which value: the new, the old, the one before, the current; what it was changed from ("由 X 改为…", "从 X 换成…") or to. Then the
// value after a blank.
const CHANGED_VALUE =
  /(?:(?:由|从)(?=[ \t]*[\x21-\x7e]{1,64}[ \t]*(?:修改|变更|改|换)(?:为|成))|(?:新的|旧的|原来的?|之前|以前|现在|目前)(?:的)?(?:是|为)|(?:新的|旧的|老的)(?=[ \t])|(?:以前|之前|原来|旧的)那个[ \t]*|改(?:了|成了?|为)|换成了?|恢复(?:成了?|为)(?:原来的)?|新值[^\r\n:：，。]{0,12}[:：])[ \t]*(?=[\x21-\x7e])/g;
// The secret named before it, on its line or a few lines up (a chat's question or the message it answers); not a file's name
// or a path's part (`/etc/app.secret`).
const SECRET_NAMED = /(?<word>密码|口令|密钥|秘钥|验证码|团体名|(?<![A-Za-z/])(?<!\/[\w.-]{0,64}\.)(?:app[ _-]?secret|secret|token|password|PIN|AK|SK|community)(?![A-Za-z])|wi-?fi)/gi;
const LOOK_BACK = 400;
// Another field named after the secret, nearer the value: an account's, a certificate's serial, a number ("你用的是旧账号吧，旧的 X";
// "证书序列号换成了 X").
const ANOTHER_FIELD = /账号|帐号|账户|用户名?|序列号|编号|证书|手机|电话|地址|版本|型号|负责人|联系人|姓名|名字|邮箱|(?<![A-Za-z])(?:ID|id|serial|user(?:name)?|account)(?![A-Za-z])/g;
// Words right after the secret's name that make it part of another thing's name: its reset ticket, its page, its error, its
// check ("密码重置工单已经处理完毕，新的是 INC…", "密码重置后登录报错，换成 Chrome120", "密码修改页面改版了，改成 Vue3Admin").
const NAME_OF_ANOTHER_THING = /^[ \t]*的?(?:重置|修改|找回)?后?(?:工单|页面|问题|错误|报错|登录|校验|加密|策略|规则|管理器?|长度|复杂度|格式|提示|功能|流程|文档|邮件)/;

/** Spans of secrets' new and old values said in a chat after the secret was named. */
export function findChangedValuesInChineseChat(text: string, profile: RedactionProfile): RedactionSpan[] {
  const spans: RedactionSpan[] = [];
  const changes = [...text.matchAll(CHANGED_VALUE)];
  if (changes.length === 0) return spans;
  // The secrets' names and the other fields' in the text's order, each found once; every change looks back through them with a
  // cursor, so a megabyte of changes reads its text a few times, not once per change. (A marker of an earlier redaction names no
  // secret here: redacting redacted text changes nothing.)
  const secrets = [...text.matchAll(SECRET_NAMED)].filter((secret) => !text.slice(Math.max(0, secret.index - 10), secret.index).endsWith('[REDACTED:'));
  const others = [...text.matchAll(ANOTHER_FIELD)];
  const last = (found: RegExpMatchArray[], cursor: { at: number }, before: number) => {
    while (cursor.at < found.length && (found[cursor.at].index ?? 0) + found[cursor.at][0].length <= before) cursor.at += 1;
    const nearest = found[cursor.at - 1];
    return nearest && (nearest.index ?? 0) >= before - LOOK_BACK ? nearest : undefined;
  };
  const secretCursor = { at: 0 };
  const otherCursor = { at: 0 };
  for (const match of changes) {
    const secret = last(secrets, secretCursor, match.index);
    const other = last(others, otherCursor, match.index);
    const named = secret?.groups?.word;
    if (!secret || !named || (other && (other.index ?? 0) > (secret.index ?? 0))) continue;
    const afterName = (secret.index ?? 0) + secret[0].length;
    if (NAME_OF_ANOTHER_THING.test(text.slice(afterName, Math.min(afterName + 12, match.index)))) continue;
    const range = readWord(text, match.index + match[0].length);
    if (!range) continue;
    const value = text.slice(range.start, range.end).replace(/[.,;。，；]+$/, '');
    if (!looksChanged(value)) continue;
    const end = range.start + value.length;
    const keyClass = /^[\u4e00-\u9fff]|^(?:password|pin|wi-?fi|community)$/i.test(named) ? undefined : classifyKey(named);
    if (keyClass && keyClass.family !== 'password') pushIfSecret(spans, { ...keyClass, anyShape: true }, text, range.start, end, profile);
    else pushIfPassword(spans, text, range.start, end);
  }
  return spans;
}

/**
 * A value that can be nothing but the secret: letters and digits (not a version, an address, a date, a mention, words joined by dashes),
 * or six digits or more that are no date.
 */
function looksChanged(value: string): boolean {
  if (value.length < 6 || /\d\.\d|:\/\/|^\d{1,3}(?:\.\d{1,3}){3}|[\u4e00-\u9fff]|^@/.test(value)) return false;
  // (Nor a ticket's number, `INC0012345`, nor a name of capitalised words, `SettingsPageV2Legacy`.)
  if (/^[A-Z]{2,}-?\d{4,}$/.test(value) || (/^(?:[A-Z][a-z]+|[A-Z]?\d+)+$/.test(value) && (value.match(/[A-Z][a-z]{2,}/g) ?? []).length >= 3)) return false;
  if (DASHED_NAME.test(value)) return false;
  if (/^\d+$/.test(value)) return value.length >= 6 && !DIGITS_DATE.test(value) && !DIGITS_MONTH.test(value);
  return /[A-Za-z]/.test(value) && /\d/.test(value);
}
