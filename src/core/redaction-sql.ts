// Secrets in SQL dumps and migrations: `INSERT INTO users (login, password, api_token) VALUES (…), (…);`
// as mysqldump, pg_dump --inserts and hand-written seeds write it. The column list says what each value
// of every row is, as a table header does; each cell is judged as that column's field. mysqldump leaves
// the list out (`INSERT INTO \`users\` VALUES …`): the columns are then those of the table's CREATE TABLE
// earlier in the text.
import type { RedactionSpan } from './redaction';
import { pushIfSecret } from './redaction-assignments';
import { classifyKey, type KeyClass } from './redaction-keys';
import type { RedactionProfile } from './redaction-profile';

// The statement's head up to VALUES; the column list is on one line, the rows may follow on the next ones.
const INSERT_HEAD = /\bINSERT[ \t]+(?:IGNORE[ \t]+)?INTO[ \t]+[`"[]?([\w.$]+)[`"\]]?\s*(?:\(([^()\r\n]{1,2000})\)\s*)?VALUES\s*/gi;
// A CREATE TABLE's head; its column definitions follow, one per line or on the same line.
const CREATE_HEAD = /\bCREATE[ \t]+TABLE[ \t]+(?:IF[ \t]+NOT[ \t]+EXISTS[ \t]+)?[`"[]?([\w.$]+)[`"\]]?[ \t]*\(/gi;
// What opens a definition that is no column (keys, indexes, constraints).
const NOT_A_COLUMN = /^(?:PRIMARY|UNIQUE|KEY|INDEX|CONSTRAINT|FOREIGN|CHECK|FULLTEXT|SPATIAL)\b/i;
const MAX_DEFINITIONS = 4_096;
const MAX_ROWS = 1_000;
const MAX_CELL = 4_096;

interface Cell {
  readonly start: number;
  readonly end: number;
  readonly quoted: boolean;
}

/** Spans of secret values in the rows of INSERT statements whose column list names a secret. */
export function findSqlInsertSecrets(text: string, profile: RedactionProfile): RedactionSpan[] {
  const spans: RedactionSpan[] = [];
  let tables: Map<string, string> | undefined;
  for (const match of text.matchAll(INSERT_HEAD)) {
    tables ??= tableColumns(text);
    const list = match[2] ?? tables.get(match[1].toLowerCase());
    if (list === undefined) continue;
    const columns = secretColumns(list);
    if (columns.size === 0) continue;
    let at = match.index + match[0].length;
    for (let row = 0; row < MAX_ROWS && text[at] === '('; row++) {
      const read = readTuple(text, at + 1);
      if (!read) break;
      for (const [index, keyClass] of columns) {
        const cell = read.cells[index];
        if (cell?.quoted && cell.end > cell.start) pushIfSecret(spans, keyClass, text, cell.start, cell.end, profile);
      }
      at = skipSpace(text, read.end);
      if (text[at] !== ',') break;
      at = skipSpace(text, at + 1);
    }
  }
  return spans;
}

function secretColumns(list: string): Map<number, KeyClass> {
  const columns = new Map<number, KeyClass>();
  list.split(',').forEach((raw, index) => {
    const keyClass = classifyKey(raw.trim().replace(/^[`"[]|[`"\]]$/g, ''));
    if (keyClass) columns.set(index, keyClass);
  });
  return columns;
}

/** Each CREATE TABLE's column names, comma-joined as an INSERT would list them, by the table's name in lower case. */
function tableColumns(text: string): Map<string, string> {
  const tables = new Map<string, string>();
  const head = new RegExp(CREATE_HEAD.source, CREATE_HEAD.flags);
  for (let match = head.exec(text); match; match = head.exec(text)) {
    const names: string[] = [];
    let at = match.index + match[0].length;
    for (let count = 0; count < MAX_DEFINITIONS; count++) {
      const definition = readDefinition(text, at);
      // (A keyword opens a key or a constraint only unquoted: `` `key` `` is a column's name.)
      const name = /^\s*([`"[]?)([\w$]+)/.exec(definition.text.replace(/--[^\n]*/g, ''));
      if (name && (name[1] !== '' || !NOT_A_COLUMN.test(name[2]))) names.push(name[2]);
      at = definition.end + 1;
      if (definition.closing) break;
    }
    tables.set(match[1].toLowerCase(), names.join(','));
    // The next head is looked for after this table's body, so every character is read once.
    head.lastIndex = Math.max(head.lastIndex, at);
  }
  return tables;
}

/** One definition of a CREATE TABLE from `from` to the comma or closing parenthesis at its own depth. */
function readDefinition(text: string, from: number): { text: string; end: number; closing: boolean } {
  let depth = 0;
  let at = from;
  for (; at < text.length && at - from <= MAX_CELL; at++) {
    const char = text[at];
    if (char === "'") {
      const close = closingQuote(text, at + 1, text.length);
      at = close < 0 ? text.length : close;
    }
    // (A `--` comment runs to the line's end; its commas separate nothing.)
    else if (char === '-' && text[at + 1] === '-') {
      const lineEnd = text.indexOf('\n', at);
      at = lineEnd < 0 ? text.length : lineEnd;
    } else if (char === '(') depth++;
    else if (char === ')' && depth-- === 0) return { text: text.slice(from, at), end: at, closing: true };
    else if (char === ',' && depth === 0) return { text: text.slice(from, at), end: at, closing: false };
  }
  return { text: text.slice(from, at), end: at, closing: true };
}

/**
 * Where a quoted SQL string that opened just before `from` closes (`''` and `\\'` escape a quote), looking at most `limit`
 * characters ahead; -1 when it does not close there.
 */
function closingQuote(text: string, from: number, limit: number): number {
  for (let at = from; at < text.length && at - from <= limit; at++) {
    if (text[at] === '\\') at++;
    else if (text[at] === "'" && text[at + 1] === "'") at++;
    else if (text[at] === "'") return at;
  }
  return -1;
}

/** The cells of one `(…)` tuple from just after its `(`, and where it ends (after its `)`); undefined when malformed. */
function readTuple(text: string, from: number): { cells: Cell[]; end: number } | undefined {
  const cells: Cell[] = [];
  let at = skipSpace(text, from);
  for (;;) {
    const cell = text[at] === "'" ? readQuoted(text, at + 1) : readBare(text, at);
    if (!cell) return undefined;
    cells.push(cell.cell);
    at = skipSpace(text, cell.next);
    if (text[at] === ')') return { cells, end: at + 1 };
    if (text[at] !== ',') return undefined;
    at = skipSpace(text, at + 1);
  }
}

/** A quoted SQL string (`''` and `\'` escape a quote), bounded so a stray quote cannot run away. */
function readQuoted(text: string, from: number): { cell: Cell; next: number } | undefined {
  const close = closingQuote(text, from, MAX_CELL);
  return close < 0 ? undefined : { cell: { start: from, end: close, quoted: true }, next: close + 1 };
}

/** A bare value: a number, NULL, a function call without nested parentheses. */
function readBare(text: string, from: number): { cell: Cell; next: number } | undefined {
  const bare = /[^,()'\r\n]{0,200}(?:\([^()\r\n]{0,200}\))?[^,()'\r\n]{0,50}/y;
  bare.lastIndex = from;
  const match = bare.exec(text);
  if (!match || match[0].length === 0) return undefined;
  return { cell: { start: from, end: from + match[0].length, quoted: false }, next: from + match[0].length };
}

function skipSpace(text: string, from: number): number {
  let at = from;
  while (at < text.length && /\s/.test(text[at])) at++;
  return at;
}
