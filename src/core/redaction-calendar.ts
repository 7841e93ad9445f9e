// An iCalendar invitation or a vCard (`.ics`, `.vcf`, a meeting invite pasted whole): its lines are folded at 75 octets (a line
// break and one blank go on with the same line) and its text escapes line breaks, commas and semicolons (`\n`, `\,`, `\;`). A
// password in an invite's description is cut by a fold anywhere; the block is read again unfolded and unescaped, and each
// secret found there is redacted where it stands, folds included.
import type { RedactionSpan } from './redaction';
import { isReadingView, ViewBuilder } from './redaction-views';

const BLOCK = /^BEGIN:(VCALENDAR|VCARD)[ \t]*\r?$/gm;
const VCALENDAR_END = /^END:VCALENDAR[ \t]*\r?$/gm;
const VCARD_END = /^END:VCARD[ \t]*\r?$/gm;
const ESCAPED = new Map([
  ['n', '\n'],
  ['N', '\n'],
  [',', ','],
  [';', ';'],
  ['\\', '\\'],
]);

/** Spans, in `text`, of the secrets `find` reports in its calendar and contact blocks unfolded and unescaped. */
export function findInCalendarBlocks(text: string, find: (view: string) => readonly RedactionSpan[]): RedactionSpan[] {
  if (isReadingView() || !text.includes('BEGIN:V')) return [];
  const view = new ViewBuilder();
  let readTo = 0;
  for (const block of text.matchAll(BLOCK)) {
    if (block.index < readTo) continue;
    // (Searched from the block on, not in a copy of the rest: many blocks in a big text are each found once.)
    const endMark = block[1] === 'VCARD' ? VCARD_END : VCALENDAR_END;
    endMark.lastIndex = block.index;
    const endMatch = endMark.exec(text);
    const end = endMatch ? endMatch.index + endMatch[0].length : text.length;
    unfold(text, block.index, end, view);
    view.pushBreak();
    readTo = end;
  }
  return view.find(find);
}

/** Pushes `text[start, end)` into the view with its folds left out and its escapes read. */
function unfold(text: string, start: number, end: number, view: ViewBuilder): void {
  for (let at = start; at < end; ) {
    const code = text.charCodeAt(at);
    const fold = code === 0x0a || code === 0x0d ? /^\r?\n[ \t]/.exec(text.slice(at, at + 3)) : null;
    if (fold) {
      at += fold[0].length;
      continue;
    }
    const escaped = text[at] === '\\' ? ESCAPED.get(text[at + 1] ?? '') : undefined;
    if (escaped !== undefined) {
      view.push(escaped, at, at + 2);
      at += 2;
      continue;
    }
    view.push(text[at], at, at + 1);
    at += 1;
  }
}
