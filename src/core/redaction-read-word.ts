// Reading one word of a value in running text, as the prose rules (redaction-phrases.ts, redaction-user-slash.ts) do.

// One word of a password in running text: stops at spaces, quotes and CJK text or punctuation, and at a
// comma that ends a clause (one inside the word, `wsuL+QY0ulyN,t`, is part of it), and at an escape of a JSON string
// (`…: wXb3…\n(and…`, `…\"}`), where a chat export's message goes on. A closing bracket inside the word is part of it too
// (`kDYu^_G5*+)4)!c5`, `Xk9v)@2mPq`: a letter or digit follows it in the word); one before a sentence's or markup's end,
// `…).`, `…)</td>`, closes a remark.
const WORD =
  /(?:(?!\\[nrt"])[^\s"'`“”‘’「」『』，。；、（）！？：,;()\u3000-\u9fff\uff00-\uffef]|,(?=[^\s"'`“”‘’「」『』，。；、（）！？：,;()\u3000-\u9fff\uff00-\uffef])|\)(?=[^\s"'`“”‘’「」『』，。；、（）！？：,;()<>\u3000-\u9fff\uff00-\uffef]{0,64}[\p{L}\p{N}])){1,256}/uy;
// A documentation slot in angle brackets, which may hold blanks (`비밀번호: <1Password 참조>`): read whole, it is a placeholder.
const SLOT = /<[^<>\r\n]{1,64}>/y;

/** The word of a value starting at `from`, without a sentence's closing dot or colon. */
export function readWord(text: string, from: number): { start: number; end: number } | undefined {
  SLOT.lastIndex = from;
  const slot = SLOT.exec(text);
  if (slot) return { start: from, end: from + slot[0].length };
  WORD.lastIndex = from;
  const word = WORD.exec(text);
  if (!word) return undefined;
  // A sentence's punctuation is not part of the password; a dot after which the sentence goes on in lower case or with a
  // remark is (`rocket4047. until March`, `silver6592. (capital first letter)`: a symbol many passwords end with).
  const trimmed = word[0].replace(/[.:]+$/, '');
  // (Only after a word with a digit: "the password is expired. pls reset it" ends a sentence.)
  const keepsDot = word[0].length === trimmed.length + 1 && word[0].endsWith('.') && /\d/.test(trimmed) && /^[ \t]+[a-z(]/.test(text.slice(from + word[0].length, from + word[0].length + 3));
  const end = from + (keepsDot ? word[0].length : trimmed.length);
  return end > from ? { start: from, end } : undefined;
}

// The quotes each opening quote may close with: English and Chinese pairs, German and Polish low quotes („…“, „…”), French
// and Russian guillemets both ways (typeset with a blank inside: « … »), Japanese corner brackets; Markdown's emphasis.
const CLOSING_QUOTES: Readonly<Record<string, readonly string[]>> = {
  '"': ['"'],
  "'": ["'"],
  '`': ['`'],
  '“': ['”', '“'],
  '„': ['“', '”'],
  '‘': ['’'],
  '«': ['»'],
  '»': ['«'],
  '「': ['」'],
};
const EMPHASIS = /\*{2,3}|_{2}/y;
const INNER_BLANK = /[ \u00a0\u202f]?/y;

/** The word inside the quotes (or Markdown's bold) that open at `from` when it ends at their closing quote (`es "X" —`), else the word at `from`. */
export function readQuotedWord(text: string, from: number): { start: number; end: number } | undefined {
  return quotedWord(text, from) ?? readWord(text, from);
}

/** The word inside quotes or Markdown's emphasis that open at `from` and close right after it (a blank may pad both sides). */
function quotedWord(text: string, from: number): { start: number; end: number } | undefined {
  EMPHASIS.lastIndex = from;
  const emphasis = EMPHASIS.exec(text)?.[0];
  const opener = emphasis ?? text.charAt(from);
  const closers = emphasis ? [emphasis] : CLOSING_QUOTES[opener];
  if (closers === undefined) return undefined;
  INNER_BLANK.lastIndex = from + opener.length;
  const start = from + opener.length + (INNER_BLANK.exec(text)?.[0].length ?? 0);
  const inner = readWord(text, start);
  if (!inner) return undefined;
  // The word may read on through the closing quote (`*`, `»`, `«`, `“` are no stops) and what follows it (`»!`); dots before the
  // closing quote are the value's (`` `silver768.` ``).
  const dots = /^\.+/.exec(text.slice(inner.end, inner.end + 8))?.[0].length ?? 0;
  if (dots > 0 && closers.some((closer) => text.startsWith(closer, inner.end + dots))) return { start: inner.start, end: inner.end + dots };
  for (let end = inner.start + 1; end <= inner.end; end++) {
    INNER_BLANK.lastIndex = end;
    const after = end + (INNER_BLANK.exec(text)?.[0].length ?? 0);
    if (closers.some((closer) => text.startsWith(closer, after))) return { start: inner.start, end };
  }
  return undefined;
}

/**
 * Where the line holding `at` starts, looked for no further back than `reach` characters: a long line is not read back to
 * its start for every match on it (that was quadratic on a megabyte's line).
 */
export function lineStartWithin(text: string, at: number, reach: number): number {
  const from = Math.max(0, at - reach);
  return from + text.slice(from, at).lastIndexOf('\n') + 1;
}
