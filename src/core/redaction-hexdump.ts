// A hex dump pasted from `xxd` or `hexdump -C`: the bytes in hex, then the same bytes as text with a dot for each line break
// or other unprintable byte, sixteen to a line ("..pwd=DDO0_OW-t9" hides "\r\npwd=…"). The dump is read again as the bytes it
// shows, and each secret found there is redacted in the text column and in the hex digits, which spell it as well.
import type { RedactionSpan } from './redaction';
import { findInView, isReadingView } from './redaction-views';

// `00000040: 6f63 616c 0d0a 7573  ocal..us` (xxd) and `00000040  6f 63 61 6c 0d 0a 75 73  |ocal..us|` (hexdump -C).
const XXD_LINE = /^[ \t]*[0-9a-f]{7,8}:?((?:[ \t]{1,2}[0-9a-f]{2,4}){1,16})[ \t]{2,}(\|?)([^\r\n]{1,16}?)\2[ \t]*\r?$/gim;
const CHEAP_LOOK = /^[ \t]*[0-9a-f]{7,8}:?[ \t]{1,2}[0-9a-f]{2,4}[ \t]/im;

/** Spans, in `text`, of the secrets `find` reports in the bytes its hex dumps show. */
export function findInHexDumps(text: string, find: (bytes: string) => readonly RedactionSpan[]): RedactionSpan[] {
  if (isReadingView() || !CHEAP_LOOK.test(text)) return [];
  const units: string[] = [];
  // Where each byte's character stands in the text column, and where its two hex digits stand.
  const at: number[] = [];
  const hexAt: number[] = [];
  let lastLineEnd = -1;
  for (const line of text.matchAll(XXD_LINE)) {
    const hex = line[1];
    const hexStart = line.index + line[0].indexOf(hex);
    const digits = [...hex.matchAll(/[0-9a-f]{2}/gi)];
    const column = line[3];
    // The text column shows each byte once; a line whose columns disagree in length is no dump.
    if (digits.length !== column.length) continue;
    // (Dumps apart, a blank line or other text between, are read apart: a break that no secret crosses.)
    if (lastLineEnd >= 0 && !/^\r?\n$/.test(text.slice(lastLineEnd, line.index))) {
      units.push('\n');
      at.push(-1);
      hexAt.push(-1);
    }
    lastLineEnd = line.index + line[0].length;
    const columnStart = line.index + line[0].lastIndexOf(column);
    digits.forEach((digit, index) => {
      units.push(String.fromCharCode(parseInt(digit[0], 16)));
      at.push(columnStart + index);
      hexAt.push(hexStart + digit.index);
    });
  }
  if (units.length === 0) return [];
  let found: readonly RedactionSpan[] = [];
  findInView(
    units.join(''),
    at,
    at.map((place) => place + 1),
    (bytes) => (found = find(bytes)),
  );
  // Each secret's bytes in the text column and in the hex digits, as one span on each dump line for each (a secret that goes
  // on to the next line leaves that line's offset and other bytes alone).
  const spans: RedactionSpan[] = [];
  for (const span of found) {
    if (span.end <= span.start || at.slice(span.start, span.end).includes(-1)) continue;
    for (const places of [at, hexAt]) {
      let run: RedactionSpan | undefined;
      const width = places === at ? 1 : 2;
      for (let index = span.start; index < span.end; index++) {
        const start = places[index];
        // (A line's pairs are at most two blanks apart; the next line's are past its text column.)
        if (run && start - run.end < 3) run.end = start + width;
        else spans.push((run = { kind: span.kind, start, end: start + width }));
      }
    }
  }
  return spans;
}
