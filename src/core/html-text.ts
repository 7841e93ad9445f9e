/**
 * HTML from a cloud (Huawei agreements, rich-text labels) turned into plain text. The result is shown as text
 * only, never as HTML, so this is not a sanitizer: its job is to keep what a reader would see and drop what a
 * browser would not show (script, style and similar element contents, comments, tags).
 */

/** Elements whose contents a browser never shows as text. An unclosed one hides everything after it. */
const HIDDEN_ELEMENTS = new Set(['script', 'style', 'noscript', 'template', 'iframe', 'object', 'embed', 'svg', 'math', 'head', 'title', 'textarea', 'select']);
const LINE_BREAKING_ELEMENTS = new Set([
  'p',
  'div',
  'br',
  'hr',
  'li',
  'ul',
  'ol',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'tr',
  'table',
  'section',
  'article',
  'header',
  'footer',
  'blockquote',
  'pre',
  'dd',
  'dt',
  'dl',
]);

const NAMED_ENTITIES: Readonly<Record<string, string>> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
  ensp: ' ',
  emsp: ' ',
  thinsp: ' ',
  copy: '©',
  reg: '®',
  trade: '™',
  hellip: '…',
  mdash: '—',
  ndash: '–',
  lsquo: '‘',
  rsquo: '’',
  ldquo: '“',
  rdquo: '”',
  middot: '·',
  bull: '•',
  laquo: '«',
  raquo: '»',
  times: '×',
  yen: '¥',
  euro: '€',
};

/** Decodes the character references a reader would see as characters; unknown names are left as written. */
function decodeHtmlEntities(text: string): string {
  return text.replace(/&(#[xX][0-9a-fA-F]{1,6}|#[0-9]{1,7}|[a-zA-Z]{2,8});/g, (whole, ref: string) => {
    if (ref.startsWith('#')) {
      const code = ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
      const valid = code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff);
      return valid ? String.fromCodePoint(code) : '\uFFFD';
    }
    return NAMED_ENTITIES[ref.toLowerCase()] ?? whole;
  });
}

/**
 * Drops tags, comments and hidden elements in one pass (a scanner rather than regular expressions, so that a
 * flood of unclosed tags costs linear time); line-breaking tags become line breaks.
 */
function stripMarkup(html: string): string {
  const lower = html.toLowerCase();
  let out = '';
  let at = 0;
  while (at < html.length) {
    const open = html.indexOf('<', at);
    if (open < 0) return out + html.slice(at);
    out += html.slice(at, open);
    const next = html[open + 1] ?? '';
    if (!/[a-zA-Z/!?]/.test(next)) {
      out += '<';
      at = open + 1;
      continue;
    }
    if (lower.startsWith('<!--', open)) {
      const close = lower.indexOf('-->', open + 4);
      if (close < 0) return out;
      at = close + 3;
      continue;
    }
    const close = html.indexOf('>', open);
    if (close < 0) return out; // an unclosed tag swallows the rest, as in a browser
    const name = /^\/?([a-zA-Z][a-zA-Z0-9]*)/.exec(lower.slice(open + 1, Math.min(close, open + 20)))?.[1] ?? '';
    at = close + 1;
    if (LINE_BREAKING_ELEMENTS.has(name)) out += '\n';
    if (HIDDEN_ELEMENTS.has(name) && lower[open + 1] !== '/') {
      const end = lower.indexOf(`</${name}`, at);
      if (end < 0) return out;
      const endClose = lower.indexOf('>', end);
      at = endClose < 0 ? html.length : endClose + 1;
    }
  }
  return out;
}

/** Plain text of an HTML fragment: paragraphs and line breaks kept as line breaks, hidden content dropped. */
export function htmlToText(html: string): string {
  return decodeHtmlEntities(stripMarkup(html))
    .replace(/[ \t\f\v\u00A0]+/g, ' ')
    .replace(/ *\n */g, '\n')
    .replace(/\n{2,}/g, '\n')
    .trim();
}
