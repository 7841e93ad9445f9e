// Text that went through a word processor or a PDF before it was pasted: quotes made curly (`-p“Sunshine!1833”`), a flag's
// dash made an en dash (`redis-cli –a …`), letters joined into ligatures (`wiﬁ1031!`, `conﬁgured`), blanks made
// non-breaking, and words hyphenated at a line's end (`pass-` then `word 3p#bZWbM`; a key cut the same way). The lines
// that hold any of these are read again as they were typed, and a secret found there is redacted where its typeset form
// stands.
import type { RedactionSpan } from './redaction';
import { isReadingView, ViewBuilder } from './redaction-views';

// What each typeset character was typed as; a soft hyphen and a zero-width space were not typed at all.
const TYPED: Readonly<Record<string, string>> = {
  '“': '"',
  '”': '"',
  '„': '"',
  '″': '"',
  '‘': "'",
  '’': "'",
  '‚': "'",
  '′': "'",
  '‐': '-',
  '‑': '-',
  '‒': '-',
  '–': '-',
  '—': '-',
  '−': '-',
  '\u00a0': ' ',
  '\u2007': ' ',
  '\u2009': ' ',
  '\u202f': ' ',
  '\u00ad': '',
  '\u200b': '',
  ﬀ: 'ff',
  ﬁ: 'fi',
  ﬂ: 'fl',
  ﬃ: 'ffi',
  ﬄ: 'ffl',
  ﬅ: 'st',
  ﬆ: 'st',
};
const TYPESET = /[“”„″‘’‚′‐‑‒–—−\u00a0\u2007\u2009\u202f\u00ad\u200bﬀ-ﬆ]/;
// A word cut at a line's end: a word of letters and digits alone and a hyphen end the line, a small letter or a digit starts
// the next. (A word that holds a dash or an underscore of its own was not cut: `…Ijg-o-` then "a chjave".)
const HYPHENATED_END = /(?:^|[^\w-])[A-Za-z0-9]{2,}-\r?$/;
const CONTINUES = /^[ \t]*[a-z0-9]/;
// Quotes and dashes are common in prose: only a text with a ligature, a flag or value written with typeset marks, or a
// hyphenated line is read again (a sentence with curly quotes and no secret is not).
const WORTH_READING = /[ﬀ-ﬆ\u00ad]|[ \t][–—−‐‑][A-Za-z]|[=:\w{][ \t]?[“‘]|[A-Za-z0-9]-\r?\n[ \t]*[a-z0-9]/;

/** Spans, in `text`, of the secrets `find` reports in its typeset lines read as they were typed. */
export function findInTypesetLines(text: string, find: (view: string) => readonly RedactionSpan[]): RedactionSpan[] {
  if (isReadingView() || !WORTH_READING.test(text)) return [];
  const lines = text.split('\n');
  const view = new ViewBuilder();
  let lineStart = 0;
  let joined = false;
  for (const [index, line] of lines.entries()) {
    const hyphenated = HYPHENATED_END.test(line) && CONTINUES.test(lines[index + 1] ?? '');
    if (joined || hyphenated || TYPESET.test(line)) {
      // (A hyphenated line is read without its hyphen, its break and the next line's indentation: one word again.)
      const end = hyphenated ? line.replace(/\r$/, '').length - 1 : line.length;
      const indentation = joined ? (/^[ \t]*/.exec(line)?.[0].length ?? 0) : 0;
      for (let offset = indentation; offset < end; offset++) {
        const typed = TYPED[line[offset]] ?? line[offset];
        // (A ligature's letters all stand where it does.)
        for (const unit of typed) view.push(unit, lineStart + offset, lineStart + offset + 1);
      }
      if (!hyphenated) view.pushBreak();
    }
    joined = hyphenated;
    lineStart += line.length + 1;
  }
  return view.find(find);
}
