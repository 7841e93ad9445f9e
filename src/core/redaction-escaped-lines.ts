// A string that holds several lines written with escapes on one line of the text: a chat export's message ("text":
// "creds:\nAccessKeyId: STS.…\nAccessKeySecret: …"), a JSON log's field, a journal entry's MESSAGE. The rules read line by
// line, and a label glued to the `n` of an escape is no label; so each such line is read again with its escapes undone,
// and a secret found there is redacted where its escaped form stands.
import type { RedactionSpan } from './redaction';
import { findInView, isReadingView } from './redaction-views';

// A line with a line-break escape before a letter (`\nAccessKeySecret`) and not after a backslash (`\\n`, a path's
// `C:\\new`): the escape stands for a break in the string.
const ESCAPED_BREAK = /(?<!\\)(?:\\\\)*\\n(?=\p{L})/u;
const LINE = /^.*$/gm;
// What an escape stands for in the view: a break, a tab, a quote, a backslash; any other escape is kept as written.
const UNESCAPED: Readonly<Record<string, string>> = { n: '\n', r: '', t: '\t', '"': '"', '\\': '\\', '/': '/' };

/** Spans, in `text`, of the secrets `find` reports in its lines of escaped breaks read with their escapes undone. */
export function findInEscapedLines(text: string, find: (view: string) => readonly RedactionSpan[]): RedactionSpan[] {
  if (isReadingView() || !ESCAPED_BREAK.test(text)) return [];
  const units: string[] = [];
  // Where each unit of the view starts and ends in `text` (a break between lines read apart stands nowhere: -1).
  const from: number[] = [];
  const to: number[] = [];
  const push = (unit: string, start: number, end: number) => {
    units.push(unit);
    from.push(start);
    to.push(end);
  };
  for (const line of text.matchAll(LINE)) {
    if (!ESCAPED_BREAK.test(line[0])) continue;
    const start = line.index;
    const body = line[0];
    for (let index = 0; index < body.length; index++) {
      const unescaped = body[index] === '\\' ? UNESCAPED[body[index + 1] ?? ''] : undefined;
      if (unescaped === undefined) push(body[index], start + index, start + index + 1);
      else {
        // (A `\r` of a `\r\n` stands for nothing: the `\n` after it is the break.)
        if (unescaped !== '') push(unescaped, start + index, start + index + 2);
        index++;
      }
    }
    push('\n', -1, -1);
  }
  return units.length === 0 ? [] : findInView(units.join(''), from, to, find);
}
