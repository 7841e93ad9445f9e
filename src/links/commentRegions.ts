/**
 * Where ticket ids are looked for in a document: everywhere in prose (Markdown, plain text, commit
 * messages, and languages this table does not know), only inside comments in code. A small linear scanner,
 * not a parser: it knows each family's comment markers and skips one-line string literals so that
 * `"http://…"` is not taken for a comment. vscode-free, so it is unit-tested in plain Node.
 */

/** How comments look in a family of languages. */
interface CommentSyntax {
  readonly line: readonly string[];
  readonly block: readonly (readonly [open: string, close: string])[];
  /** Quote characters that open a one-line string literal. */
  readonly quotes: string;
}

const C_LIKE: CommentSyntax = { line: ['//'], block: [['/*', '*/']], quotes: `"'\`` };
const HASH: CommentSyntax = { line: ['#'], block: [], quotes: `"'` };
const DASHES: CommentSyntax = { line: ['--'], block: [['/*', '*/']], quotes: `"'` };
const MARKUP: CommentSyntax = { line: [], block: [['<!--', '-->']], quotes: '' };
const CSS: CommentSyntax = { line: [], block: [['/*', '*/']], quotes: `"'` };

const SYNTAX_BY_LANGUAGE: Readonly<Record<string, CommentSyntax>> = {
  ...languages(
    [
      'javascript',
      'typescript',
      'javascriptreact',
      'typescriptreact',
      'java',
      'c',
      'cpp',
      'csharp',
      'go',
      'rust',
      'swift',
      'kotlin',
      'scala',
      'php',
      'dart',
      'groovy',
      'jsonc',
      'objective-c',
      'objective-cpp',
      'scss',
      'less',
      'fsharp',
      'proto',
      'zig',
      'hlsl',
      'glsl',
    ],
    C_LIKE,
  ),
  ...languages(
    [
      'python',
      'shellscript',
      'ruby',
      'perl',
      'r',
      'yaml',
      'toml',
      'dockerfile',
      'makefile',
      'powershell',
      'coffeescript',
      'elixir',
      'julia',
      'properties',
      'ini',
      'terraform',
      'nix',
      'cmake',
      'dotenv',
      'ignore',
    ],
    HASH,
  ),
  ...languages(['sql', 'lua', 'haskell'], DASHES),
  ...languages(['html', 'xml', 'xsl', 'vue', 'svelte'], MARKUP),
  css: CSS,
  bat: { line: ['REM ', 'rem ', '::'], block: [], quotes: '"' },
  vb: { line: ["'"], block: [], quotes: '"' },
  latex: { line: ['%'], block: [], quotes: '' },
  tex: { line: ['%'], block: [], quotes: '' },
  matlab: { line: ['%'], block: [], quotes: '' },
  erlang: { line: ['%'], block: [], quotes: '"' },
  clojure: { line: [';'], block: [], quotes: '"' },
  lisp: { line: [';'], block: [], quotes: '"' },
};

function languages(ids: readonly string[], syntax: CommentSyntax): Record<string, CommentSyntax> {
  return Object.fromEntries(ids.map((id) => [id, syntax]));
}

/** A half-open range of UTF-16 offsets. */
export interface TextRegion {
  readonly start: number;
  readonly end: number;
}

/** True when ids are looked for everywhere in documents of this language (prose, or no comment table). */
export function isProseLanguage(languageId: string): boolean {
  return !(languageId in SYNTAX_BY_LANGUAGE);
}

/** The parts of the text where ids are looked for: the whole text for prose, the comments for code. */
export function searchableRegions(text: string, languageId: string): TextRegion[] {
  const syntax = SYNTAX_BY_LANGUAGE[languageId];
  return syntax ? commentRegions(text, syntax) : [{ start: 0, end: text.length }];
}

function commentRegions(text: string, syntax: CommentSyntax): TextRegion[] {
  const regions: TextRegion[] = [];
  let i = 0;
  while (i < text.length) {
    const char = text[i];
    if (char === '\n' || char === '\r') {
      i++;
      continue;
    }
    if (syntax.quotes.includes(char)) {
      i = endOfString(text, i + 1, char);
      continue;
    }
    const line = syntax.line.find((marker) => text.startsWith(marker, i));
    if (line) {
      const end = endOfLine(text, i);
      regions.push({ start: i, end });
      i = end;
      continue;
    }
    const block = syntax.block.find(([open]) => text.startsWith(open, i));
    if (block) {
      const close = text.indexOf(block[1], i + block[0].length);
      const end = close < 0 ? text.length : close + block[1].length;
      regions.push({ start: i, end });
      i = end;
      continue;
    }
    i++;
  }
  return regions;
}

/** After a one-line string literal opened before `from`: its closing quote, or the end of the line. */
function endOfString(text: string, from: number, quote: string): number {
  for (let i = from; i < text.length; i++) {
    const char = text[i];
    if (char === '\\') i++;
    else if (char === quote) return i + 1;
    else if (char === '\n' || char === '\r') return i;
  }
  return text.length;
}

function endOfLine(text: string, from: number): number {
  for (let i = from; i < text.length; i++) {
    const char = text[i];
    if (char === '\n' || char === '\r') return i;
  }
  return text.length;
}

/** The items that lie wholly inside one of the (sorted, disjoint) regions; one pass over both lists. */
export function insideRegions<T extends TextRegion>(items: readonly T[], regions: readonly TextRegion[]): T[] {
  const kept: T[] = [];
  let r = 0;
  for (const item of items) {
    while (r < regions.length && regions[r].end < item.end) r++;
    if (r < regions.length && regions[r].start <= item.start) kept.push(item);
  }
  return kept;
}
