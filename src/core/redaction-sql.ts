// Secrets in SQL dumps and migrations: `INSERT INTO users (login, password, api_token) VALUES (…), (…);`
// as mysqldump, pg_dump --inserts and hand-written seeds write it. The column list says what each value
// of every row is, as a table header does; each cell is judged as that column's field.
import type { RedactionSpan } from './redaction';
import { pushIfSecret } from './redaction-assignments';
import { classifyKey, type KeyClass } from './redaction-keys';
import type { RedactionProfile } from './redaction-profile';

// The statement's head up to VALUES; the column list is on one line, the rows may follow on the next ones.
const INSERT_HEAD = /\bINSERT[ \t]+(?:IGNORE[ \t]+)?INTO[ \t]+[`"[]?[\w.$]+[`"\]]?[ \t]*\(([^()\r\n]{1,2000})\)\s*VALUES\s*/gi;
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
  for (const match of text.matchAll(INSERT_HEAD)) {
    const columns = secretColumns(match[1]);
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
  for (let at = from; at < text.length && at - from <= MAX_CELL; at++) {
    const char = text[at];
    if (char === '\\') at++;
    else if (char === "'" && text[at + 1] === "'") at++;
    else if (char === "'") return { cell: { start: from, end: at, quoted: true }, next: at + 1 };
  }
  return undefined;
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
