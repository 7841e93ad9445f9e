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
  // A sentence's punctuation is not part of the password.
  const end = from + word[0].replace(/[.:]+$/, '').length;
  return end > from ? { start: from, end } : undefined;
}

const CLOSING_QUOTE: Readonly<Record<string, string>> = { '"': '"', "'": "'", '`': '`', '“': '”', '„': '“', '‘': '’', '«': '»', '»': '«', '「': '」' };

/** The word inside the quotes (or Markdown's bold) that open at `from` when it ends at their closing quote (`es "X" —`), else the word at `from`. */
export function readQuotedWord(text: string, from: number): { start: number; end: number } | undefined {
  return quotedWord(text, from) ?? readWord(text, from);
}

/** The word inside quotes or Markdown's bold (`**X**`) that open at `from` and close right after it. */
function quotedWord(text: string, from: number): { start: number; end: number } | undefined {
  const bold = text.startsWith('**', from);
  const closer = bold ? '**' : CLOSING_QUOTE[text.charAt(from)];
  if (closer === undefined) return undefined;
  const inner = readWord(text, from + (bold ? 2 : 1));
  if (!inner) return undefined;
  if (text.startsWith(closer, inner.end)) return inner;
  // (A word reads on through `*`, `»` and `«`, which no other text uses as a stop.)
  const end = inner.end - closer.length;
  return text.startsWith(closer, end) && end > inner.start ? { start: inner.start, end } : undefined;
}
