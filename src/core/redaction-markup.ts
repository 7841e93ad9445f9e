// HTML as a ticket's export or a mail keeps it: entities (`&quot;`, `&amp;`, `&#39;`), tags around and between values
// (`<code>…</code>`, `<td>`), and a word processor's soft hyphens and zero-width characters inside words ("pass­word"). Such
// text is read again as plain text — entities decoded, tags as Markdown would write them, invisible characters left out — and
// each secret found there is redacted where its marked-up form stands.
import type { RedactionSpan } from './redaction';
import { findInView, isReadingView } from './redaction-views';

const ENTITY = /&(?:(quot|amp|lt|gt|apos|nbsp)|#(\d{1,7})|#[xX]([0-9A-Fa-f]{1,6}));/y;
const NAMED: Readonly<Record<string, string>> = { quot: '"', amp: '&', lt: '<', gt: '>', apos: "'", nbsp: ' ' };
// HTML's own elements only (an XML file's `<password>` is a field the other rules read), read as Markdown would write them: a
// block's tag as a line break, a table's cell as a pipe, code as a backtick, emphasis and links as nothing.
const TAG = /<\/?([a-zA-Z][a-zA-Z0-9]{0,9})(?:[ \t][^<>\r\n]{0,400})?\/?>/y;
const TAG_AS: Readonly<Record<string, string>> = {
  ...Object.fromEntries(['p', 'div', 'br', 'li', 'tr', 'pre', 'table', 'tbody', 'thead', 'ul', 'ol', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'blockquote', 'hr'].map((tag) => [tag, '\n'])),
  ...Object.fromEntries(['td', 'th'].map((tag) => [tag, ' | '])),
  ...Object.fromEntries(['code', 'kbd', 'samp', 'tt'].map((tag) => [tag, '`'])),
  ...Object.fromEntries(['span', 'b', 'strong', 'em', 'i', 'a', 'font', 'u', 's', 'sup', 'sub', 'mark', 'small'].map((tag) => [tag, ''])),
};
// Soft hyphen, zero-width space, non-joiner, joiner, word joiner, byte order mark.
const INVISIBLE = /[\u00ad\u200b-\u200d\u2060\ufeff]/;
// A cheap look first: most texts hold none of these.
const MARKUP = /&(?:quot|amp|lt|gt|apos|nbsp|#\d{1,7}|#[xX][0-9A-Fa-f]{1,6});|<\/?(?:p|div|br|li|tr|pre|td|th|code|span|b|strong|em|kbd)\b[^<>\r\n]{0,400}>|[\u00ad\u200b-\u200d\u2060\ufeff]/i;

/**
 * The lines of the text that hold markup, and the line before and after each, as plain text (a break that no secret crosses
 * between runs of them), and for each of its UTF-16 units where its marked-up form starts and ends in `text` (-1 for a
 * break). Only those lines are read again: a long log with one HTML line costs what that line does.
 */
export function asPlainText(text: string): { plain: string; from: number[]; to: number[] } | undefined {
  if (!MARKUP.test(text)) return undefined;
  const units: string[] = [];
  const from: number[] = [];
  const to: number[] = [];
  const emit = (unit: string, start: number, end: number) => {
    units.push(unit);
    from.push(start);
    to.push(end);
  };
  let changed = false;
  for (const [start, end] of linesAroundMarkup(text)) {
    if (units.length > 0) emit('\n', -1, -1);
    for (let at = start; at < end; ) {
      const step = readMarkup(text, at, emit);
      changed ||= step.changed;
      at = step.next;
    }
  }
  return changed ? { plain: units.join(''), from, to } : undefined;
}

/** The ranges of the lines that hold markup, each run with the line before and after it. */
function linesAroundMarkup(text: string): Array<[number, number]> {
  const lines: Array<[number, number, boolean]> = [];
  for (let start = 0; start <= text.length; ) {
    const newline = text.indexOf('\n', start);
    const end = newline < 0 ? text.length : newline + 1;
    lines.push([start, end, MARKUP.test(text.slice(start, end))]);
    if (newline < 0) break;
    start = end;
  }
  const ranges: Array<[number, number]> = [];
  lines.forEach(([start, end], index) => {
    if (!lines.slice(Math.max(0, index - 1), index + 2).some(([, , marked]) => marked)) return;
    const last = ranges[ranges.length - 1];
    if (last && last[1] === start) last[1] = end;
    else ranges.push([start, end]);
  });
  return ranges;
}

/** Reads the one unit of markup or text at `at` (an entity, a tag, an invisible character), emitting what it reads as. */
function readMarkup(text: string, at: number, emit: (unit: string, start: number, end: number) => void): { next: number; changed: boolean } {
  const character = text[at];
  if (character === '&') {
    ENTITY.lastIndex = at;
    const entity = ENTITY.exec(text);
    // A named entity, or a character's number in decimal (`&#39;`) or hexadecimal (`&#x27;`).
    const code = entity?.[2] !== undefined ? parseInt(entity[2], 10) : entity?.[3] !== undefined ? parseInt(entity[3], 16) : 0;
    const decoded = entity?.[1] !== undefined ? NAMED[entity[1]] : code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : undefined;
    if (entity && decoded !== undefined) {
      for (const unit of decoded.split('')) emit(unit, at, at + entity[0].length);
      return { next: at + entity[0].length, changed: true };
    }
  } else if (character === '<') {
    TAG.lastIndex = at;
    const tag = TAG.exec(text);
    const as = tag ? TAG_AS[tag[1].toLowerCase()] : undefined;
    if (tag && as !== undefined) {
      for (const unit of as.split('')) emit(unit, at, at + tag[0].length);
      return { next: at + tag[0].length, changed: true };
    }
  } else if (INVISIBLE.test(character)) {
    return { next: at + 1, changed: true };
  }
  emit(character, at, at + 1);
  return { next: at + 1, changed: false };
}

/** Spans, in `text`, of the secrets `find` reports in its plain-text reading (none when it has no markup). */
export function findInMarkup(text: string, find: (plain: string) => readonly RedactionSpan[]): RedactionSpan[] {
  if (isReadingView()) return [];
  const view = asPlainText(text);
  return view ? findInView(view.plain, view.from, view.to, find) : [];
}
