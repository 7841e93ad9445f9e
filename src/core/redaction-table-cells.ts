// The cells of one table row in each syntax the table rules read (redaction-tables.ts): Markdown pipes, pipes without the
// outer ones, CSV, tab-separated spreadsheet rows, aligned columns, an HTML row. Each returns the cells' offsets in the line,
// or undefined when the line is no row of that syntax.

export interface Cell {
  start: number;
  end: number;
}

const HTML_STRUCTURE_LINE = /^[ \t]*(?:<\/?(?:thead|tbody|tfoot|table|colgroup|col)\b[^<>\r\n]{0,200}>[ \t]*)+$/i;

/**
 * The cells of a row of whitespace-separated words, when there are exactly `count` of them and the line is no
 * comment; or, when a cell holds a space of its own ("核心交换 S7706", "bastion (公网)"), the runs between tabs or
 * two spaces or more, when there are `count` of those (and maybe a remark in parentheses after them).
 */
export function alignedCells(line: string, count: number): Cell[] | undefined {
  if (/^[ \t]*(?:#|$)/.test(line)) return undefined;
  for (const separated of [/\S+/g, /\S+(?: \S+)*/g]) {
    const cells = [...line.matchAll(separated)].map((word) => ({ start: word.index, end: word.index + word[0].length }));
    if (cells.length === count) return cells;
    // A remark after the last column (`(注：手写改过)`, `# rotated`) is no cell of the table.
    if (cells.length > count && /^[(（#]/.test(line.slice(cells[count].start))) return cells.slice(0, count);
  }
  return undefined;
}

// Characters a monospaced paste gives two columns: CJK ideographs, kana, Hangul, full-width forms.
const WIDE = /[\u1100-\u115f\u2e80-\u303e\u3041-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/;

/** The display column where each run of a line (words joined by single spaces) starts, with the run's offsets. */
export function alignedRuns(line: string): { column: number; start: number; end: number }[] {
  const runs: { column: number; start: number; end: number }[] = [];
  let column = 0;
  let at = 0;
  for (const run of line.matchAll(/\S+(?: \S+)*/g)) {
    for (; at < run.index; at++) column += line[at] === '\t' ? 8 - (column % 8) : WIDE.test(line[at]) ? 2 : 1;
    runs.push({ column, start: run.index, end: run.index + run[0].length });
  }
  return runs;
}

/**
 * The cells of a row of a sheet pasted as text, its columns padded with spaces to the header's (a Chinese cell counts two columns a
 * character, as a monospaced paste shows it): each run of the row starts where a header's cell starts, and a column may be empty.
 * Undefined when a run starts anywhere else (the line is no row of that table).
 */
export function cellsUnderHeader(line: string, headerColumns: readonly number[]): Cell[] | undefined {
  if (/^[ \t]*(?:#|$)/.test(line)) return undefined;
  const cells: Cell[] = headerColumns.map(() => ({ start: 0, end: 0 }));
  for (const run of alignedRuns(line)) {
    const index = headerColumns.findIndex((column) => Math.abs(column - run.column) <= 1);
    if (index < 0) return undefined;
    cells[index] = { start: run.start, end: run.end };
  }
  return cells;
}

/** The trimmed cells of a row copied from a spreadsheet (tab-separated), or undefined for a line without tabs. */
export function tabCells(line: string): Cell[] | undefined {
  return line.includes('\t') ? splitTrimmed(line, '\t') : undefined;
}

/**
 * The trimmed contents of an HTML row's `<td>` cells (a row on one line); none for a line of the table's structure
 * (`<tbody>`); undefined for a line that is neither. A cell holding markup of its own (a link, a line break) keeps
 * its place, empty, so the cells after it stay in their columns.
 */
export function htmlCells(line: string): Cell[] | undefined {
  if (HTML_STRUCTURE_LINE.test(line)) return [];
  if (!/^[ \t]*<tr\b/i.test(line)) return undefined;
  const lower = line.toLowerCase();
  const cells: Cell[] = [];
  for (let at = lower.indexOf('<td'); at >= 0; at = lower.indexOf('<td', at)) {
    const start = line.indexOf('>', at) + 1;
    const close = start > 0 ? lower.indexOf('</td>', start) : -1;
    if (close < 0) break;
    cells.push(line.slice(start, close).includes('<') ? { start, end: start } : trimmed(line, start, close));
    at = close + '</td>'.length;
  }
  return cells;
}

/** The trimmed cells of a row of `count` cells between pipes without the outer ones, or undefined. */
export function barePipeCells(line: string, count: number): Cell[] | undefined {
  if (/^[ \t]*\|/.test(line) || !line.includes('|')) return undefined;
  const cells = splitTrimmed(line, '|');
  return cells.length === count ? cells : undefined;
}

/** The trimmed runs of `line` between its `separator` characters (and its ends). */
function splitTrimmed(line: string, separator: string): Cell[] {
  const cells: Cell[] = [];
  let start = 0;
  for (let at = line.indexOf(separator); ; at = line.indexOf(separator, start)) {
    cells.push(trimmed(line, start, at < 0 ? line.length : at));
    if (at < 0) return cells;
    start = at + 1;
  }
}

/** The trimmed cells of a Markdown row (`| a | b |`), or undefined for a line that is not one. */
export function markdownCells(line: string): Cell[] | undefined {
  if (!/^[ \t]*\|.*\|[ \t]*$/.test(line)) return undefined;
  const cells: Cell[] = [];
  let start = line.indexOf('|') + 1;
  for (let bar = line.indexOf('|', start); bar >= 0; bar = line.indexOf('|', start)) {
    cells.push(trimmed(line, start, bar));
    start = bar + 1;
  }
  return cells;
}

/** The cells of an AsciiDoc table's row (`|gbe-pos-srv |Administrator |X`: a bar before each cell, none after the last). */
export function asciidocCells(line: string, count: number): Cell[] | undefined {
  if (!/^[ \t]*\|(?!===)/.test(line)) return undefined;
  const cells = markdownCells(`${line}|`);
  return cells?.length === count ? cells : undefined;
}

/** The cells of a CSV row with `count` fields (quoted fields without their quotes), or undefined. */
export function csvCells(line: string, count: number, delimiter = ','): Cell[] | undefined {
  const cells: Cell[] = [];
  let index = 0;
  while (index <= line.length) {
    if (line[index] === '"') {
      // A quote inside a quoted field is written twice (`"ab""cd"`, as Excel saves it).
      let close = line.indexOf('"', index + 1);
      while (close >= 0 && line[close + 1] === '"') close = line.indexOf('"', close + 2);
      if (close < 0) return undefined;
      cells.push({ start: index + 1, end: close });
      // (Blanks may follow the closing quote: `"…" ,` or the line's end.)
      index = close + 1;
      while (line[index] === ' ' || line[index] === '\t') index += 1;
    } else {
      const comma = line.indexOf(delimiter, index);
      const end = comma < 0 ? line.length : comma;
      cells.push(trimmed(line, index, end));
      index = end;
    }
    if (index >= line.length) break;
    if (line[index] !== delimiter) return undefined;
    index += 1;
    // A row ending in a comma ends in an empty field (read once: the loop would read it again).
    if (index === line.length) {
      cells.push({ start: index, end: index });
      break;
    }
  }
  return cells.length === count ? cells : undefined;
}

/** The cell from `start` to `end` of `line` without the blanks at its ends. */
export function trimmed(line: string, start: number, end: number): Cell {
  let from = start;
  let to = end;
  while (from < to && /\s/.test(line[from])) from += 1;
  while (to > from && /\s/.test(line[to - 1])) to -= 1;
  return { start: from, end: to };
}
