// A secret's name written in Latin letters, then "is" in Chinese or English and its value: "SecretAccessKey 是 …", "token 为 …",
// "checkword 生产环境是 …", "the db_password is …". The name says what the value is; the value must pass the same checks as a
// `name = value` field's.
import type { RedactionSpan } from './redaction';
import { pushIfSecret } from './redaction-assignments';
import { classifyKey } from './redaction-keys';
import type { RedactionProfile } from './redaction-profile';
import { readWord } from './redaction-read-word';
import { looksLikeSecretWithoutSeparator } from './redaction-values';

// A field name in Latin letters, then the Chinese "is" ("SecretAccessKey 是 …", "token 为 …"). The scan looks
// for "是"/"为" and reads the name before it, so it does not start at every word of the text. (A match starts where
// a run of blanks starts, never inside one: a megabyte of spaces is then read once, not once per space.)
const CHINESE_IS = /(?<![ \t])[ \t]*(?:是|为)[ \t]*["'“「`]?(?=[\x21-\x7e])/g;
// The same in English, for a name written as code (`the db_password is …`, "DB_PASS was …", "AccessKeySecret is: …"):
// plain words ("the password is") are ENGLISH_PASSWORD's. Only a value that looks like a secret counts.
const ENGLISH_IS = /(?<![ \t])[ \t]+(?:is|was)[ \t]*:?[ \t]+["'`“]?(?=[\x21-\x7e])/g;
const CODE_NAME = /_|[a-z][A-Z]|^[A-Z][A-Z0-9]+$/;
const LATIN_NAME_BEFORE = /(?<![\w.-])([A-Za-z][\w.-]{1,40})$/;
// (Before the Chinese "is", the name may say which environment's: "checkword 生产环境是 …", "AppSecret 新的为 …".)
const LATIN_NAME_BEFORE_ZH = /(?<![\w.-])([A-Za-z][\w.-]{1,40})[ \t]*(?:(?:生产|测试|沙箱|正式|开发|预发|线上)环境的?|(?:当前|最新|新|旧)的)?$/;

/** Spans of values after a name in Latin letters and the Chinese or English "is". */
export function findLatinNamesWithIs(text: string, profile: RedactionProfile): RedactionSpan[] {
  const spans: RedactionSpan[] = [];
  for (const pattern of [CHINESE_IS, ENGLISH_IS]) {
    for (const match of text.matchAll(pattern)) {
      const english = pattern === ENGLISH_IS;
      const name = (english ? LATIN_NAME_BEFORE : LATIN_NAME_BEFORE_ZH).exec(text.slice(Math.max(0, match.index - 56), match.index))?.[1];
      if (name === undefined || (english && !CODE_NAME.test(name))) continue;
      const keyClass = classifyKey(name);
      const range = keyClass && readWord(text, match.index + match[0].length);
      // `password是 ENC(…)`, `token 为 getToken()`: a call is code.
      if (!keyClass || !range || text[range.end] === '(') continue;
      // "the client_secret is stored in KMS", "DB_PASS was rotated": a sentence goes on with words.
      const value = text.slice(range.start, range.end);
      if (english && !looksLikeSecretWithoutSeparator(value, keyClass.family === 'password')) continue;
      // "token 是 CreateToken 接口返回的": an API's name in camel case, not the value.
      if (/^(?:[A-Z][a-z]+){2,}$/.test(value)) continue;
      pushIfSecret(spans, keyClass, text, range.start, range.end, profile);
    }
  }
  return spans;
}
