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

/** A view built unit by unit: each unit of its text, and where it starts and ends in the text (-1 for a break that stands nowhere). */
export class ViewBuilder {
  private readonly units: string[] = [];
  private readonly from: number[] = [];
  private readonly to: number[] = [];

  push(unit: string, start: number, end: number): void {
    this.units.push(unit);
    this.from.push(start);
    this.to.push(end);
  }

  /** A break between parts read apart: no one secret crosses it. */
  pushBreak(): void {
    this.push('\n', -1, -1);
  }

  /** The last unit pushed, or '' before any. */
  last(): string {
    return this.units[this.units.length - 1] ?? '';
  }

  /** Spans, in the text, of what `find` reports in the view built so far. */
  find(find: (view: string) => readonly RedactionSpan[]): RedactionSpan[] {
    return this.units.length === 0 ? [] : findInView(this.units.join(''), this.from, this.to, find);
  }
}
