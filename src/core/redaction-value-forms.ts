// Value forms of a `name: value` field: one unquoted word (a password's or any other value's), a one-line list of quoted
// strings, a literal inside a template expression, a triple-quoted or quoted string, a value continued on the next line, a
// YAML block's lines.
import type { RedactionSpan } from './redaction';
import { endOfLine, MAX_VALUE_LENGTH } from './redaction-values';

// An unquoted value: one word, which may hold `&` unless it starts the next `name=` of a query string. It
// ends at an escaped line break (`…\n` inside a JSON string), and goes on after a line break that a backslash
// escapes (a shell line or a runbook wrapped at 80 columns; not before the next `NAME=`, an environment file's line). A
// password may also hold a comma, unless a space or the next `name=` follows it (`PGPASSWORD=ab,cd psql`, but
// `password=ab,user=x`).
export const INLINE_VALUE = /(?:(?!\\[nrt])[^\s"'`,;&<>{}[\]()|\u3000-\u9fff\uff00-\uffef]|&(?!amp;[\w.%-]*=|[\w.%-]*=|&|\s|$)|(?<=[^\s\\]\\)\r?\n(?=[^\s])(?![A-Za-z_][\w.-]*=)){1,2048}/y;
// (And an HTML entity, `Kx254&amp;WaeY&lt;U4w` in a mail's HTML part, unless a query's next `name=` or an escaped tag follows
// it; a `<` that opens no tag and redirects from no file, `Kx254&WaeY<U4w` in its text part; an opening brace inside it,
// not a template's, `FRjb3SF8OL{neK5Y5ufO$` — a closing one ends an object, `password: null}`.)
export const INLINE_PASSWORD =
  /(?:(?!\\[nrt])[^\s"'`,;&<>{}[\]()|\u3000-\u9fff\uff00-\uffef]|&(?:amp|lt|gt|quot|apos|#\d{1,5});(?![\w.%-]*=|\/?[A-Za-z][\w-]*&gt;)|&(?!amp;[\w.%-]*=|[\w.%-]*=|&|\s|$|lt;\/?[A-Za-z][\w-]*&gt;)|(?<![\s=:"'])<(?![\w.-]*\.\w{1,5}(?:\s|$)|\/|[^<>\r\n]*>)(?=[^\s<>]*(?:\s|$))|,(?![\s,]|[\w.-]+[=:]|$)|(?<=[^\s\\]\\)\r?\n(?=[^\s])(?![A-Za-z_][\w.-]*=)|(?<=[^\s=:"'{}$])\{(?!\{)){1,2048}/y;

/**
 * The quoted strings of a list under a secret's name (`passwords: ["…", "…"]`, Keycloak's `"bindCredential": ["…"]`, also
 * over lines), or undefined when the value is not such a list.
 */
export function listedValues(text: string, from: number): { start: number; end: number }[] | undefined {
  if (text[from] !== '[') return undefined;
  const end = endOfLine(text, from, 1024);
  const list = /^\[[ \t]*((?:(["'])(?:(?!\2)[^\\\r\n]|\\.)*\2[ \t]*(?:,[ \t]*)?)+)\]/.exec(text.slice(from, end));
  // A YAML flow list of one unquoted word (`client_secret: [E7wI…]`).
  const bare = list ? undefined : /^\[[ \t]*([^\s,[\]"'{}]{6,512})[ \t]*\][ \t]*(?:#.*)?$/.exec(text.slice(from, end));
  if (bare) return [{ start: from + bare[0].indexOf(bare[1]), end: from + bare[0].indexOf(bare[1]) + bare[1].length }];
  // (Keycloak's export writes the list over lines: `"secret": [` then the value, then `]`.)
  const spread = list ?? /^\[\s*((?:(["'])(?:(?!\2)[^\\\r\n]|\\.)*\2\s*(?:,\s*)?){1,16})\]/.exec(text.slice(from, from + 8192));
  if (!spread) return undefined;
  return [...spread[1].matchAll(/(["'])((?:(?!\1)[^\\\r\n]|\\.)*)\1/g)].map((item) => {
    const start = from + 1 + (spread[0].indexOf(spread[1]) - 1) + item.index + 1;
    return { start, end: start + item[2].length };
  });
}

/**
 * A literal inside a template expression (Jinja, Ansible): the default of a look-up
 * (`"{{ vault_db_password | default('…') }}"`) or the whole expression (`{{ '…' }}`, also hashed on the way:
 * `{{ '…' | password_hash('sha512') }}`).
 */
export function templateLiteral(text: string, from: number): { start: number; end: number } | undefined {
  const line = text.slice(from, endOfLine(text, from, 512));
  const expression = /^["']?\{\{(.*?)\}\}/.exec(line);
  if (!expression) return undefined;
  const literal = /\|[ \t]*default\([ \t]*(["'])([^"'\r\n]+)\1|^[ \t]*(["'])([^"'\r\n]+)\3[ \t]*(?:\|[ \t]*(?:password_hash|hash|trim|string)\b[^}]*)?$/.exec(expression[1]);
  if (!literal) return undefined;
  const value = literal[2] ?? literal[4];
  const start = from + expression[0].indexOf(expression[1]) + literal.index + literal[0].indexOf(value);
  return { start, end: start + value.length };
}

/** A triple-quoted value from `start` (after the opening quotes) to the closing ones, one line long after trimming. */
export function tripleQuoted(text: string, start: number, quotes: string): { start: number; end: number } | undefined {
  // (Looked for within a value's length: a text of many unclosed openers is then read once per opener, not to its end.)
  const within = text.slice(start, start + MAX_VALUE_LENGTH + quotes.length).indexOf(quotes);
  if (within < 0) return undefined;
  const close = start + within;
  let valueStart = start;
  let valueEnd = close;
  while (valueStart < valueEnd && /\s/.test(text[valueStart])) valueStart += 1;
  while (valueEnd > valueStart && /\s/.test(text[valueEnd - 1])) valueEnd -= 1;
  return valueEnd > valueStart && !/[\r\n]/.test(text.slice(valueStart, valueEnd)) ? { start: valueStart, end: valueEnd } : undefined;
}

// Quote operators that pick their own delimiters: Perl's `q{…}`/`qq(…)`, Ruby's `%q(…)`/`%Q{…}`/`%(…)`, Elixir's
// sigils `~s(…)`/`~S"…"`. The value is inside the delimiters, and the closer ends the expression (or Perl's `.` joins the next):
// Python's `%(name)s` goes on after it, and a password may start with `q!` (`q!Xk9#vT2!mZ8`).
const QUOTE_OPERATOR = /^(?:qq?|%[qQ]?|~[sS])(?:\{([^{}\r\n]{1,512})\}|\(([^()\r\n]{1,512})\)|\[([^[\]\r\n]{1,512})\]|<([^<>\r\n]{1,512})>|([!|/"'])((?:(?!\5)[^\r\n]){1,512})\5)(?=[\s;,.)\]}]|$)/;

/** The string inside a quote operator (`QUOTE_OPERATOR`) that starts at `from`. */
export function quoteOperatorLiteral(text: string, from: number): { start: number; end: number } | undefined {
  const quoted = QUOTE_OPERATOR.exec(text.slice(from, endOfLine(text, from, 600)));
  const value = quoted && (quoted[1] ?? quoted[2] ?? quoted[3] ?? quoted[4] ?? quoted[6]);
  if (!quoted || !value) return undefined;
  const start = from + quoted[0].length - value.length - 1;
  return { start, end: start + value.length };
}

// The line after a value that ends in a backslash, which Java's properties join to it (`jwt.secret=Ab…\` then `Cd…`): one run
// of a value's characters, no setting (`REDIS_HOST=…` after a Dockerfile's `ENV A=…\`), no quotes or commas of a list, and no
// word alone (a shell's next argument, `nginx`, `production`, `--verbose`): a digit in it, or sixteen characters. It may end in
// a backslash itself.
const CONTINUED_LINE = /\r?\n[ \t]*((?=[^\s\\]*\d|[^\s\\]{16})[^\s\\"'=:,;-][^\s\\"'=:,;]{3,2047})(\\?)[ \t]*(?=\r?\n|$)/dy;
const MAX_CONTINUED_LINES = 8;

/**
 * The spans, where one ends in a backslash at its line's end (a continuation in properties, shells and Dockerfiles), run on
 * over the lines that continue the value, if any do (without that backslash, if none does).
 */
export function withContinuations(text: string, spans: RedactionSpan[]): RedactionSpan[] {
  return spans.map((span) => {
    if (text[span.end - 1] !== '\\' || span.end - span.start < 2 || !/^\r?\n/.test(text.slice(span.end, span.end + 2))) return span;
    let end = span.end;
    for (let lines = 0; lines < MAX_CONTINUED_LINES && text[end - 1] === '\\'; lines++) {
      CONTINUED_LINE.lastIndex = end;
      const line = CONTINUED_LINE.exec(text);
      if (!line) break;
      end = (line.indices?.[1]?.[1] ?? end) + line[2].length;
    }
    // One span over the lines: the value is one, and its line breaks go with it.
    return end > span.end ? { ...span, end: text[end - 1] === '\\' ? end - 1 : end } : { ...span, end: span.end - 1 };
  });
}

// A quoted value that is one base64 run may be a bare key body, up to an RSA 8192-bit key encoded twice.
const MAX_KEY_BODY_LENGTH = 16384;
const BASE64_RUN = /^[A-Za-z0-9+/=]+$/;

/** A quoted value up to its closing quote, the end of the line or the length limit, whichever comes first. */
export function quoted(text: string, start: number, quote: string): { start: number; end: number } {
  const limit = Math.min(text.length, start + MAX_VALUE_LENGTH);
  let index = start;
  while (index < limit && text[index] !== quote && text[index] !== '\n' && text[index] !== '\r') index += text[index] === '\\' ? 2 : 1;
  // A bare key body (a PKCS#8 private key in base64, or that base64 encoded once more) is longer than any
  // other value; it goes on while it is one base64 run, which nothing else in the line can start inside.
  if (index >= limit && BASE64_RUN.test(text.slice(start, limit))) {
    const runLimit = Math.min(text.length, start + MAX_KEY_BODY_LENGTH);
    while (index < runLimit && /[A-Za-z0-9+/=]/.test(text[index])) index += 1;
    return { start, end: text[index] === quote ? index : Math.min(index, limit) };
  }
  return { start, end: Math.min(index, limit) };
}

// A block scalar's lines: deeper than its key's line, each one word and a piece of a token (base64, a JWT's parts), not a
// key, a file's, a host's or a placeholder's name.
const FOLDED_PIECE = /^(?=[^.]*[A-Za-z0-9]{4})[A-Za-z0-9+/=_.-]+$/;
const ONE_WORD_LINE = /^([ \t]+)(\S+)[ \t]*$/;

/** `key: >-` or `|`: its value's line below, or its lines below when each holds one word. */
export function blockScalar(text: string, keyAt: number, headEnd: number): { start: number; end: number } | undefined {
  const first = nextLine(text, headEnd);
  if (!first) return undefined;
  // (Only a long first line is a value folded for its length; a short one is the value, whatever follows.)
  if (first.end - first.start < 32 || !FOLDED_PIECE.test(text.slice(first.start, first.end))) return first;
  const keyIndent = /^[ \t]*/.exec(text.slice(text.lastIndexOf('\n', keyAt - 1) + 1, keyAt))?.[0].length ?? 0;
  let end = first.end;
  for (let lines = 0; lines < 200; lines += 1) {
    const lineStart = text.indexOf('\n', end) + 1;
    if (lineStart === 0) break;
    const line = ONE_WORD_LINE.exec(text.slice(lineStart, endOfLine(text, lineStart, 4096)).replace(/\r$/, ''));
    if (!line || line[1].length <= keyIndent || !FOLDED_PIECE.test(line[2])) break;
    end = lineStart + line[0].trimEnd().length;
  }
  return { start: first.start, end };
}

function nextLine(text: string, lineEnd: number): { start: number; end: number } | undefined {
  let start = lineEnd;
  if (text[start] === '\r') start += 1;
  if (text[start] === '\n') start += 1;
  while (start < text.length && (text[start] === ' ' || text[start] === '\t')) start += 1;
  let end = endOfLine(text, start);
  while (end > start && /\s/.test(text[end - 1])) end -= 1;
  return end > start ? { start, end } : undefined;
}
