/** Prints bench rows as one aligned table, with PASS / OVER for rows that have a budget. */
import type { BenchRow } from './types';

export interface SectionResult {
  readonly title: string;
  readonly rows: readonly BenchRow[];
  /** Set when the section threw; its rows are then empty. */
  readonly failure?: string;
}

export type Verdict = 'PASS' | 'OVER' | '';

export function verdictOf(row: BenchRow): Verdict {
  if (!row.budget) return '';
  return row.value <= row.budget.max ? 'PASS' : 'OVER';
}

function formatValue(row: BenchRow): string {
  const digits = row.unit === '×' ? 2 : Math.abs(row.value) >= 100 || Number.isInteger(row.value) ? 0 : 1;
  const number = row.value.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });
  return row.unit === '×' ? `${number}×` : row.unit ? `${number} ${row.unit}` : number;
}

/** The table as text lines. */
export function renderTable(results: readonly SectionResult[]): string[] {
  const header = ['Section', 'Metric', 'Value', 'Budget', 'Verdict'];
  const lines: string[][] = [];
  const notes: string[] = [];
  for (const result of results) {
    if (result.failure) {
      lines.push([result.title, 'section failed', '—', '', 'ERROR']);
      notes.push(`${result.title}: ${result.failure}`);
      continue;
    }
    result.rows.forEach((row, index) => {
      lines.push([index === 0 ? result.title : '', row.metric, formatValue(row), row.budget?.label ?? '', verdictOf(row)]);
      if (row.note) notes.push(`${row.metric}: ${row.note}`);
    });
  }
  const widths = header.map((title, column) => Math.max(title.length, ...lines.map((line) => line[column].length)));
  const render = (cells: readonly string[]): string =>
    cells
      .map((cell, column) => (column === 2 ? cell.padStart(widths[column]) : cell.padEnd(widths[column])))
      .join('  ')
      .trimEnd();
  const rule = widths.map((width) => '─'.repeat(width)).join('  ');
  const out = [render(header), rule, ...lines.map(render), rule];
  if (notes.length > 0) out.push('', ...notes.map((note) => `  · ${note}`));
  return out;
}
