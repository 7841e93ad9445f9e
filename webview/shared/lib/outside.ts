/**
 * Outside text (titles, labels, names, messages) into the pages. Every element that holds such text is
 * isolated (`dir="auto"` plus `unicode-bidi: isolate` from the `outside` class), so a right-to-left override
 * in it cannot reorder what follows. Bidi controls and invisible characters stay in the DOM, so copying
 * gives the real text, but each sits in its own isolated marker span that CSS labels with its code point
 * (src/shared/outsideText.ts decides which characters count): look-alikes differ on screen, and a control
 * inside a marker has nothing to act on. Attributes and <option> labels cannot hold markup: they get the
 * code-point text of `revealInvisibles` instead.
 */
import { revealInvisibles, shorten } from '../../../src/shared/outsideText';
import { h } from './dom';

/**
 * Every character `revealInvisibles` may reveal (a superset: each match is checked against it). A unit
 * test walks the whole code space to keep the two in step.
 */
const CANDIDATES = /[\u00A0\u00AD\u034F\u061C\u115F\u1160\u180E\u2007\u200B-\u200F\u2028\u2029\u202A-\u202F\u2060-\u2069\u3164\uFEFF\uFFA0\u{E0000}-\u{E007F}]/gu;
/**
 * Look like an ordinary space. In running text (messages, agreements: `quietSpaces`) they are underlined
 * rather than labelled, since prose converted from HTML is full of them; in short fields they are labelled.
 */
const SPACE_LIKE = /^[\u00A0\u2007\u202F]$/;
/** Anything appendOutsideText changes (controls, candidates); most text has none. */
const NEEDS_TEXT_WORK =
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u00A0\u00AD\u034F\u061C\u115F\u1160\u180E\u2007\u200B-\u200F\u2028\u2029\u202A-\u202F\u2060-\u2069\u3164\uFEFF\uFFA0\u{E0000}-\u{E007F}]/u;
/** C0/C1 controls other than tab and line breaks: shown as spaces (as the host surfaces do). */
const CONTROLS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/g;
/** Strong right-to-left letters (Hebrew, Arabic, Syriac, Thaana, N'Ko … and their presentation forms). */
const RTL_LETTERS = /[\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFF]/;
const FIRST_STRONG_ISOLATE = '\u2068';
const POP_DIRECTIONAL_ISOLATE = '\u2069';

/** Longest text put into an attribute (tooltips, accessible names). */
export const ATTRIBUTE_CHARS = 1_000;

/** U+XXXX of a character. */
export function codePointLabel(char: string): string {
  return `U+${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
}

/** True for a character that is shown with a marker instead of as itself. */
export function isMarked(char: string): boolean {
  return revealInvisibles(char) !== char;
}

/** The marker of one bidi control or invisible character: the character itself, isolated and labelled. */
function marker(char: string, quietSpaces: boolean): HTMLElement {
  const label = codePointLabel(char);
  return h('span', { className: quietSpaces && SPACE_LIKE.test(char) ? 'invisible-char invisible-char--space' : 'invisible-char', attrs: { 'data-code-point': label, title: label }, text: char });
}

/**
 * Markers left for one part of a long text: a marker costs layout time (hundreds of them take tens of
 * milliseconds), so a part is bounded in markers as well as in characters. Appending counts it down.
 */
export interface MarkerBudget {
  markers: number;
}

export interface AppendOptions {
  /** Running text: no-break and figure spaces are underlined, not labelled. */
  readonly quietSpaces?: boolean;
  /** Stop before a marker once the budget is spent. */
  readonly budget?: MarkerBudget;
}

/**
 * Appends outside text to `parent`: text nodes, with a marker span for each bidi control or invisible
 * character. One pass over the text. Answers the characters appended (fewer than the text's when the
 * budget ran out).
 */
export function appendOutsideText(parent: Node, text: string, options: AppendOptions = {}): number {
  // Most text has nothing to mark: one test, one text node.
  if (!NEEDS_TEXT_WORK.test(text)) {
    if (text) parent.appendChild(document.createTextNode(text));
    return text.length;
  }
  const quietSpaces = options.quietSpaces === true;
  const budget = options.budget;
  const clean = text.replace(CONTROLS, ' ');
  let last = 0;
  for (const match of clean.matchAll(CANDIDATES)) {
    const at = match.index ?? 0;
    if (!isMarked(match[0])) continue;
    if (at > last) parent.appendChild(document.createTextNode(clean.slice(last, at)));
    if (budget && budget.markers <= 0) return at;
    parent.appendChild(marker(match[0], quietSpaces));
    if (budget) budget.markers--;
    last = at + 1;
  }
  if (last < clean.length) parent.appendChild(document.createTextNode(last === 0 ? clean : clean.slice(last)));
  return clean.length;
}

/**
 * An isolated element with outside text, cut to `maxChars` (the tooltip then holds more of it). For short
 * fields: names, labels, statuses, file names.
 */
export function outsideElement<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  text: string,
  options: { readonly className?: string; readonly maxChars?: number; readonly attrs?: Record<string, string | number | undefined> } = {},
): HTMLElementTagNameMap[K] {
  const maxChars = options.maxChars ?? 200;
  const shortened = shorten(text, maxChars);
  const element = h(tag, { className: options.className ? `outside ${options.className}` : 'outside', attrs: { dir: 'auto', ...options.attrs } });
  if (shortened !== text) element.setAttribute('title', outsideAttribute(text));
  appendOutsideText(element, shortened);
  return element;
}

/** Anything outsideAttribute changes (controls, line breaks, candidates); most labels have none. */
const NEEDS_ATTRIBUTE_WORK = /[\u0000-\u001F\u007F-\u00A0\u00AD\u034F\u061C\u115F\u1160\u180E\u2007\u200B-\u200F\u2028\u2029\u202A-\u202F\u2060-\u2069\u3164\uFEFF\uFFA0]/;

/** Outside text for an attribute or an <option>: invisible characters as code points, shortened, one line. */
export function outsideAttribute(text: string, maxChars = ATTRIBUTE_CHARS): string {
  // Catalogues list thousands of options: the common case is one test.
  if (text.length <= maxChars && !NEEDS_ATTRIBUTE_WORK.test(text)) return text;
  // Cut before revealing so a megabyte costs no more than a line; the markers may add a little.
  const head = text.length > maxChars * 2 ? text.slice(0, maxChars * 2) : text;
  return shorten(revealInvisibles(head.replace(CONTROLS, ' ').replace(/[\r\n\t]+/g, ' ')), maxChars);
}

/**
 * Outside text inside a sentence of plain text (a button's name listing field labels): revealed and cut,
 * so it holds no bidi control of its own; right-to-left text is also wrapped in a first-strong isolate
 * (which it cannot close early) so that it keeps to its place in the sentence. Left-to-right text needs no
 * isolate and stays as it was.
 */
export function isolatedPhrase(text: string, maxChars = 60): string {
  const phrase = outsideAttribute(text, maxChars);
  return RTL_LETTERS.test(phrase) ? `${FIRST_STRONG_ISOLATE}${phrase}${POP_DIRECTIONAL_ISOLATE}` : phrase;
}
