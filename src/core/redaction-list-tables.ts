// reStructuredText's list tables, as Sphinx documentation writes account lists: `.. list-table::` with `:header-rows: 1`, then a
// row per `* - cell` line and its cells on the `  - cell` lines under it. A header naming a secret says what its column holds,
// as a pipe table's does (redaction-tables.ts).
import type { RedactionSpan } from './redaction';
import { pushIfSecret } from './redaction-assignments';
import type { RedactionProfile } from './redaction-profile';
import { secretColumns } from './redaction-tables';

const LIST_TABLE = /^([ \t]*)\.\.[ \t]+list-table::[^\r\n]*\r?\n/gm;
const HEADER_ROWS = /^[ \t]+:header-rows:[ \t]*(\d)[ \t]*$/;
// A row's first cell (`* - …`) or a later one (`- …`); the cell's text after the dash, without an inline literal's backticks.
const CELL_LINE = /^([ \t]*)(\*[ \t]+)?-(?:[ \t]+(?:``)?(.*?)(?:``)?)?[ \t]*\r?$/;
const MAX_LINES = 2_000;

/** Spans of secrets in the cells of list tables whose header row names them. */
export function findListTableSecrets(text: string, profile: RedactionProfile): RedactionSpan[] {
  const spans: RedactionSpan[] = [];
  if (!text.includes('list-table::')) return spans;
  for (const directive of text.matchAll(LIST_TABLE)) {
    const rows: { text: string; start: number }[][] = [];
    let headerRows = 0;
    let lineStart = directive.index + directive[0].length;
    for (let count = 0; count < MAX_LINES && lineStart < text.length; count++) {
      const newline = text.indexOf('\n', lineStart);
      const lineEnd = newline < 0 ? text.length : newline;
      const line = text.slice(lineStart, lineEnd);
      const option = HEADER_ROWS.exec(line);
      const cell = CELL_LINE.exec(line);
      if (option) headerRows = Number(option[1]);
      else if (cell && cell[1].length > directive[1].length) {
        if (cell[2] !== undefined) rows.push([]);
        const value = cell[3] ?? '';
        rows[rows.length - 1]?.push({ text: value, start: lineStart + line.indexOf(value, cell[1].length + (cell[2]?.length ?? 0) + 1) });
      } else if (line.trim() !== '' && !/^[ \t]+:/.test(line)) break;
      lineStart = lineEnd + 1;
    }
    if (headerRows === 0 || rows.length <= headerRows) continue;
    const columns = secretColumns(rows[headerRows - 1].map((cell) => cell.text));
    for (const row of rows.slice(headerRows)) {
      for (const [index, keyClass] of columns) {
        const cell = row[index];
        if (cell && cell.text.length > 0) pushIfSecret(spans, keyClass, text, cell.start, cell.start + cell.text.length, profile);
      }
    }
  }
  return spans;
}
