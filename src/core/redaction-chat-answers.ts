// A chat where one asks for a secret and the next message is the secret alone ("菜鸟的 appSecret 谁有？" then a message
// holding nothing but the value; "what's the staging token?" then the token). The question names the secret and ends in
// a question mark; the answer, after its sender and time if the export shows them, is one generated value or one strong
// password, so that "有" or "稍等" or a link answers nothing.
import type { RedactionSpan } from './redaction';
import { LANGUAGES, passwordWordPattern } from './redaction-language-words';
import { hasMixedClasses, isGeneratedToken, isStrongPassword } from './redaction-values';

// A question asking for a secret: the secret's name (in English, Chinese or another language's word for a password), then at
// most a few words that ask for it ("谁有", "发一下", "is", "pls", "again"), then the mark after a word (not a query's
// placeholder, `login = ?`), ending its line or a short remark after it. Chinese asks without a mark too ("Wi-Fi 密码是多少").
// ("The trace id for the failing password reset?" asks for an id: other words stand between.)
// (Not a word that is another word elsewhere: Italian's "parola" asks how a word is spelt.)
const ONLY_PASSWORD_WORD = passwordWordPattern(LANGUAGES.filter((language) => !language.wordElsewhere));
// Where a question ends: the expression above is tried only on those lines (so a megabyte without one is read once).
const QUESTION_END = /[?？][^\r\n?？]{0,40}\r?\n|(?:是多少|多少|是什么|是啥)[ \t]*\r?\n/g;
const QUESTION = new RegExp(
  `(?<name>secret|token|password|passwd|passphrase|api[ _-]?key|access[ _-]?key|密码|口令|密钥|秘钥|令牌|${ONLY_PASSWORD_WORD})` +
    `(?:(?:[ \\t]{0,2}(?:is|was|again|now|pls|please|plz|for prod|for staging)|[ \\t]{0,2}(?![^?？\\r\\n]{0,8}(?:策略|文档|规则|重置|问题|在哪))[\\u4e00-\\u9fff]{1,6})?` +
    `(?<=[\\p{L}\\p{N}])[ \\t]?[?？][^\\r\\n?？]{0,40}|(?<=[密口]令|[密秘]钥|密码)(?:是多少|多少|是什么|是啥)[ \\t]*)\\r?\\n`,
  'giu',
);
// The next line: maybe a time and a sender (`2024-07-02 13:41:06 宋佳(承运商对接)：`, `[10:02] Li Wei:`, WhatsApp's
// `06/11/25 15:52 - Mario:`, whose dash reads as the sender's first word, LINE's `09:16<tab>淑芬<tab>`), then one value.
const ANSWER =
  /(?:\[?\d{1,4}[-/.]\d{1,2}(?:[-/.]\d{1,4})?,?[ T]\d{1,2}:\d{2}(?::\d{2})?\]?[ \t]*|\[?\d{1,2}:\d{2}(?::\d{2})?\]?[ \t]*)?(?<sender>[^\s:：<>]{1,24}(?: [^\s:：<>]{1,24}){0,2}(?:[(（][^)）\r\n]{0,24}[)）])?[ \t]*[:：][ \t]*|<[^\s<>]{1,24}>[ \t]+|(?<=\d:\d\d\t)[^\t\r\n]{1,24}\t)?([^\s:：]{8,256})[ \t]*(?=\r?\n|$)/y;

/** Spans of values given alone in the message after a question that asks for them. */
export function findChatAnswers(text: string): RedactionSpan[] {
  const spans: RedactionSpan[] = [];
  for (const end of text.matchAll(QUESTION_END)) {
    const questionEnd = end.index + end[0].length;
    const lineStart = Math.max(text.lastIndexOf('\n', end.index) + 1, end.index - 400);
    const question = [...text.slice(lineStart, questionEnd).matchAll(QUESTION)].find((match) => match.index + match[0].length === questionEnd - lineStart);
    if (!question) continue;
    ANSWER.lastIndex = questionEnd;
    const answer = ANSWER.exec(text);
    const value = answer?.[2];
    // (A field's name is no sender: `traceparent: 00-…` after a logged query's `login = ?`.)
    if (!answer || !value || /^[a-z][\w.-]*[ \t]*:/.test(answer.groups?.sender ?? '')) continue;
    const name = question.groups?.name ?? '';
    const password = !/secret|token|key|密钥|秘钥|令牌/i.test(name);
    // Both cases and a digit, not words and numbers joined by dashes (a pod's, a branch's, a build's name) nor hex (a commit, a
    // trace id, a checksum).
    const generated = isGeneratedToken(value) && hasMixedClasses(value) && !/^[0-9a-f]+$/i.test(value) && !/[A-Za-z]{3,}[-_/#]/.test(value);
    if (!(generated || (password && isStrongPassword(value) && !/[A-Za-z]{4,}-\d/.test(value)))) continue;
    // (Asked without a mark, "路由器默认密码是多少", the answer may name a model, "TL-WR886N", "MacBookPro14": only one with a
    // symbol, or a generated one, answers it.)
    if (!/[?？]/.test(question[0]) && !/[^\w-]/.test(value) && !generated) continue;
    const start = ANSWER.lastIndex - answer[0].length + answer[0].lastIndexOf(value);
    spans.push({ kind: password ? 'password' : /token|令牌/i.test(name) ? 'token' : 'secret', start, end: start + value.length });
  }
  return spans;
}
