// A quoted string that holds several lines written with escapes: a chat export's message ("text": "creds:\nAccessKeyId:
// STS.…\nAccessKeySecret: …"), a JSON log's field, a journal entry's MESSAGE. The rules read line by line, and a label glued
// to the `n` of an escape is no label; so each such string is read again with its escapes undone, and a secret found there
// is redacted where its escaped form stands. The view is the string's line up to it, then the string, and its closing quote
// ends the view: a value read to the end of its line stops where the string does.
import type { RedactionSpan } from './redaction';
import { lineStartWithin } from './redaction-read-word';
import { isReadingView, ViewBuilder } from './redaction-views';

// A double-quoted string on one line that holds a line-break escape before a line's first word (`\nAccessKeySecret`, `\n\tKey`,
// `\r\n密码`, `\n\u5bc6\u7801`), not after a backslash (`\\n`, a path's `C:\\new`).
const ESCAPED_STRING = /"((?:[^"\\\r\n]|\\.){0,100000}?)"/g;
const ESCAPED_BREAK = /(?<!\\)(?:\\\\)*\\n(?:\\[tr]| )*(?=\p{L}|\\u[0-9A-Fa-f]{4})/u;
// Only a string that names a credential is read again (reading every message of a chat export twice would double its cost).
const NAMES_A_CREDENTIAL = /pass|pwd|secret|token|key|cred|auth|密|口令|令牌|\\u5bc6/i;
const MAX_NAME_BEFORE = 200;
// What an escape stands for in the view: a break, a tab, a quote, a backslash, a slash; `\r` stands for nothing (the `\n` after
// it is the break). Any other escape is kept as written, but for `\uXXXX`.
const UNESCAPED: Readonly<Record<string, string>> = { n: '\n', r: '', t: '\t', '"': '"', '\\': '\\', '/': '/' };

/** Spans, in `text`, of the secrets `find` reports in its strings of escaped lines read with their escapes undone. */
export function findInEscapedLines(text: string, find: (view: string) => readonly RedactionSpan[]): RedactionSpan[] {
  if (isReadingView() || !ESCAPED_BREAK.test(text)) return [];
  const view = new ViewBuilder();
  // (Text already in the view is not put there again: the strings of one line share its start.)
  let readTo = 0;
  for (const string of text.matchAll(ESCAPED_STRING)) {
    const body = string[1];
    const start = string.index + 1;
    // The string's line before it, as written, names what the string holds (`'key' => "…\n…"`).
    const lineStart = lineStartWithin(text, string.index, MAX_NAME_BEFORE);
    if (!ESCAPED_BREAK.test(body) || !NAMES_A_CREDENTIAL.test(text.slice(lineStart, start + body.length))) continue;
    for (let index = Math.max(lineStart, readTo); index < start; index++) view.push(text[index], index, index + 1);
    readTo = start + body.length;
    for (let index = 0; index < body.length; index++) {
      const next = body[index + 1] ?? '';
      const unicode = body[index] === '\\' && next === 'u' ? /^[0-9A-Fa-f]{4}/.exec(body.slice(index + 2, index + 6)) : null;
      // (A tab indents a line; within one it stays as written, so a value read to a blank ends where it did in the string.)
      const indents = next !== 't' || /[\n\t]/.test(view.last());
      const unescaped = body[index] === '\\' && indents ? (unicode ? String.fromCharCode(parseInt(unicode[0], 16)) : UNESCAPED[next]) : undefined;
      if (unescaped === undefined) view.push(body[index], start + index, start + index + 1);
      else {
        const length = unicode ? 6 : 2;
        if (unescaped !== '') view.push(unescaped, start + index, start + index + length);
        index += length - 1;
      }
    }
    view.pushBreak();
  }
  return view.find(find);
}
