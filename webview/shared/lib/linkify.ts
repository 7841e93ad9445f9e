/**
 * Splits plain text into text and link segments, so the page can show links without interpreting any
 * markup. Only http(s) and mailto links are recognised; the host checks the scheme again before opening.
 * Linear in the length of the text, whatever it holds (a megabyte of "http://a" with no space included).
 */

export type TextSegment = { readonly kind: 'text'; readonly text: string } | { readonly kind: 'link'; readonly text: string; readonly url: string };

/** A link ends at white space, markup quotes, CJK punctuation, and at bidi controls or invisible characters (so what it shows is what it opens). */
const LINK = /\b(?:https?:\/\/|mailto:)[^\s<>"'`\u3000-\u303f\uff01-\uff0f\uff1a-\uff20\u00ad\u061c\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff]+/gi;
const TRAILING_PUNCTUATION = '.,;:!?)]}\'"';

/**
 * The URL without the punctuation that ends a sentence around it ("see http://x.example/a."); a closing
 * parenthesis stays when the URL opened one. A loop from the end: a regex anchored at `$` would retry from
 * every punctuation mark and take quadratic time on a long run of them.
 */
function withoutTrailingPunctuation(url: string): string {
  let end = url.length;
  while (end > 0 && TRAILING_PUNCTUATION.includes(url[end - 1])) end--;
  if (end === url.length) return url;
  if (url[end] === ')' && url.includes('(')) return url;
  return url.slice(0, end);
}

/** Text and link segments, in order; concatenating their `text` gives the input back. */
export function linkify(text: string): TextSegment[] {
  const segments: TextSegment[] = [];
  let last = 0;
  for (const match of text.matchAll(LINK)) {
    const start = match.index ?? 0;
    const url = withoutTrailingPunctuation(match[0]);
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
