/**
 * Splits plain text into text and link segments, so the page can show links without interpreting any
 * markup. Only http(s) and mailto links are recognised; the host checks the scheme again before opening.
 */

export type TextSegment = { readonly kind: 'text'; readonly text: string } | { readonly kind: 'link'; readonly text: string; readonly url: string };

const LINK = /\b(?:https?:\/\/|mailto:)[^\s<>"'`\u3000-\u303f\uff01-\uff0f\uff1a-\uff20]+/gi;
const TRAILING_PUNCTUATION = /[.,;:!?)\]}'"]+$/;

/** Text and link segments, in order; concatenating their `text` gives the input back. */
export function linkify(text: string): TextSegment[] {
  const segments: TextSegment[] = [];
  let last = 0;
  for (const match of text.matchAll(LINK)) {
    const start = match.index ?? 0;
    let url = match[0];
    const trailing = TRAILING_PUNCTUATION.exec(url);
    if (trailing && !(trailing[0].startsWith(')') && url.includes('('))) url = url.slice(0, url.length - trailing[0].length);
    if (!isOpenableUrl(url)) continue;
    if (start > last) segments.push({ kind: 'text', text: text.slice(last, start) });
    segments.push({ kind: 'link', text: url, url });
    last = start + url.length;
  }
  if (last < text.length) segments.push({ kind: 'text', text: text.slice(last) });
  return segments;
}

/** True for an absolute http(s)/mailto URL with something after the scheme. */
export function isOpenableUrl(url: string): boolean {
  return /^(https?:\/\/[^/\s]+|mailto:[^\s]+)/i.test(url);
}
