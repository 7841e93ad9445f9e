// Text in UTF-16 read as if it were ASCII: each letter followed by a blank or a NUL (`" D e f a u l t P a s s w o r d " =
// " M o n k e y . 1 8 1 "`, a registry export shown with `cat`). Its lines are read with the blanks between letters left out,
// and each secret found there is redacted where its spaced form stands.
import type { RedactionSpan } from './redaction';
import { findInView, isReadingView } from './redaction-views';

// A line of eight places or more, each a character followed by one blank or NUL (a blank of the text itself is then three),
// the first a letter after the line's indentation (its blanks spaced too).
const SPACED_LINE = /^(?:[ \0]{2})*[ \0]?[^ \0\r\n][ \0](?:[^ \0\r\n][ \0]|[ \0]{2}){6,}[^ \0\r\n]?[ \0]?\r?$/gm;
// A cheap look first: most texts have no such run.
const SPACED_RUN = /(?:[^\s\0][ \0]){8}/;

/** Spans, in `text`, of the secrets `find` reports in its letter-spaced lines read without their spacing (in one pass). */
export function findInSpacedLetters(text: string, find: (decoded: string) => readonly RedactionSpan[]): RedactionSpan[] {
  if (isReadingView() || !SPACED_RUN.test(text)) return [];
  const units: string[] = [];
  // Where each decoded unit stands in `text`.
  const at: number[] = [];
  let lastEnd = -1;
  for (const line of text.matchAll(SPACED_LINE)) {
    const body = line[0].replace(/\r$/, '');
    // (Lines with plain text between them are read apart: a break between them that no secret crosses.)
    if (lastEnd >= 0 && line.index > lastEnd + 2) {
      units.push('\n');
      at.push(-1);
    }
    lastEnd = line.index + body.length;
    // The letters stand where the line's first one does (after its indentation), every second place.
    const first = /^[ \0]*/.exec(body)?.[0].length ?? 0;
    for (let index = first; index < body.length; index += 2) {
      units.push(body[index]);
      at.push(line.index + index);
    }
    // (Each line ends with a line break that stands where the line's own does, so a span maps back whole.)
    units.push('\n');
    at.push(line.index + body.length);
  }
  return units.length === 0
    ? []
    : findInView(
        units.join(''),
        at,
        at.map((place) => place + 1),
        find,
      );
}
