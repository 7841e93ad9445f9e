// Text read a second time as another text: a mail's quoted-printable parts decoded, UTF-16 lines without their spacing, HTML
// as plain text. Each such view maps its units back to where they stand in the text, so a secret found in the view is
// redacted where its encoded form stands.
import type { RedactionSpan } from './redaction';

// A view is read one at a time: its text is not searched for views again (a decoded part that holds encoded text of its own
// would otherwise be read without end).
let reading = false;

/** Whether a view is being read now. */
export function isReadingView(): boolean {
  return reading;
}

/**
 * Spans, in the text, of what `find` reports in a view of it: `view[i]` stands at `from[i]`…`to[i]` in the text, or nowhere
 * (-1: a break between parts, which no one secret crosses).
 */
export function findInView(view: string, from: readonly number[], to: readonly number[], find: (view: string) => readonly RedactionSpan[]): RedactionSpan[] {
  if (reading) return [];
  reading = true;
  try {
    return find(view)
      .filter((span) => span.end > span.start && !from.slice(span.start, span.end).includes(-1))
      .map((span) => ({ kind: span.kind, start: from[span.start], end: to[span.end - 1] }));
  } finally {
    reading = false;
  }
}
