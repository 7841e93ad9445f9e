/**
 * The bench's plug-in contract. A section is a module in bench/sections/ (TypeScript or .mjs) that
 * exports `title` and `run(context)`; it returns rows, and the runner prints them in one table with
 * PASS/OVER flags for rows that carry a budget. Sections report ratios and counts against the
 * budgets of DESIGN.md §6 — absolute times are shown for orientation only.
 */

/** A budget a row is checked against: PASS when `value <= max`. */
export interface BenchBudget {
  readonly max: number;
  /** How the budget reads in the table, e.g. "≤ 1.3× (DESIGN §6)". */
  readonly label: string;
}

export interface BenchRow {
  readonly metric: string;
  readonly value: number;
  /** Unit printed after the value: 'ms', '×', 'req/h', 'KB', ''. */
  readonly unit: string;
  readonly budget?: BenchBudget;
  /** Short extra explanation printed under the table. */
  readonly note?: string;
}

export interface BenchOptions {
  /** Injected round-trip time per request, ms. */
  readonly rttMs: number;
  /** Requests in flight per account (the engine's default unless overridden). */
  readonly concurrency: number;
  /** Tickets in the benchmark account. */
  readonly tickets: number;
  /** Repetitions of timing runs; sections report the median (the runner passes 3 unless told). */
  readonly rounds?: number;
  /** Also run the 50,000-ticket scale row (minutes on a small machine; `--50k`). */
  readonly scale50k?: boolean;
}

export interface BenchContext {
  readonly options: BenchOptions;
  /** Progress line on stderr (kept out of the table). */
  progress(message: string): void;
}

export interface BenchSection {
  readonly title: string;
  run(context: BenchContext): Promise<readonly BenchRow[]>;
}
