/**
 * `npm run bench`: runs every section in bench/sections/ (sorted by file name) and prints one table.
 * Flags: --rtt MS (injected round-trip, default 25), --concurrency N (an account's ceiling of requests in
 * flight, default the setting's 16; the slots start at 8 and adapt),
 * --tickets N (default 1000), --rounds N (timing repetitions, median reported, default 3),
 * --only NAME[,NAME] (section file names without extension or order prefix), --strict
 * (exit 1 when a row is OVER budget), --50k (the 50,000-ticket scale row as well: minutes).
 */
import { readdir } from 'node:fs/promises';
import { cpus, loadavg } from 'node:os';
import { basename, extname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { DEFAULT_MAX_CONCURRENCY } from '../src/core/adaptive-concurrency';
import { renderTable, verdictOf, type SectionResult } from './report';
import type { BenchContext, BenchOptions, BenchSection } from './types';

interface Arguments {
  readonly options: BenchOptions;
  readonly only?: readonly string[];
  readonly strict: boolean;
}

function parseArguments(argv: readonly string[]): Arguments {
  const flags = new Map<string, string>();
  let strict = false;
  let scale50k = false;
  for (let i = 0; i < argv.length; i++) {
    const [flag, inline] = argv[i].split(/=(.*)/s, 2);
    if (flag === '--strict') strict = true;
    else if (flag === '--50k') scale50k = true;
    else if (['--rtt', '--concurrency', '--tickets', '--rounds', '--only'].includes(flag)) flags.set(flag, inline ?? argv[++i] ?? '');
    else throw new Error(`unknown flag ${flag}; known: --rtt MS, --concurrency N, --tickets N, --rounds N, --only NAME[,NAME], --strict, --50k`);
  }
  const positive = (flag: string, fallback: number): number => {
    const value = flags.has(flag) ? Number(flags.get(flag)) : fallback;
    if (!Number.isInteger(value) || value < 1) throw new Error(`${flag} must be a positive integer`);
    return value;
  };
  return {
    options: {
      rttMs: positive('--rtt', 25),
      concurrency: positive('--concurrency', DEFAULT_MAX_CONCURRENCY),
      tickets: positive('--tickets', 1000),
      rounds: positive('--rounds', 3),
      scale50k,
    },
    only: flags
      .get('--only')
      ?.split(',')
      .map((name) => name.trim())
      .filter(Boolean),
    strict,
  };
}

async function loadSections(only: readonly string[] | undefined): Promise<{ name: string; section: BenchSection }[]> {
  const directory = join(import.meta.dirname, 'sections');
  const files = (await readdir(directory)).filter((file) => /\.(ts|mjs)$/.test(file) && !file.endsWith('.d.ts')).sort();
  // Files may carry an order prefix ("10-refresh.ts"); --only takes the name with or without it.
  const nameOf = (file: string): string => basename(file, extname(file)).replace(/^\d+-/, '');
  const wanted = files.filter((file) => !only || only.includes(nameOf(file)) || only.includes(basename(file, extname(file))));
  const sections = [];
  for (const file of wanted) {
    const module = (await import(pathToFileURL(join(directory, file)).href)) as Partial<BenchSection>;
    if (typeof module.title !== 'string' || typeof module.run !== 'function') throw new Error(`bench/sections/${file} must export title and run()`);
    sections.push({ name: nameOf(file), section: module as BenchSection });
  }
  return sections;
}

async function main(): Promise<void> {
  const args = parseArguments(process.argv.slice(2));
  const context: BenchContext = { options: args.options, progress: (message) => process.stderr.write(`  … ${message}\n`) };
  const { rttMs, concurrency, tickets, rounds } = args.options;
  console.log(
    `Cloud Tickets bench — Node ${process.version}, ${cpus().length} CPUs (load ${loadavg()[0].toFixed(1)}), ${tickets.toLocaleString('en-US')} tickets, injected RTT ${rttMs} ms, concurrency up to ${concurrency} per account (adaptive), ${rounds} rounds`,
  );
  console.log('Budgets from DESIGN.md §6; ratios are what is checked, absolute times depend on this machine.\n');
  const results: SectionResult[] = [];
  for (const { name, section } of await loadSections(args.only)) {
    process.stderr.write(`▶ ${name}: ${section.title}\n`);
    try {
      results.push({ title: section.title, rows: await section.run(context) });
    } catch (error) {
      results.push({ title: section.title, rows: [], failure: error instanceof Error ? (error.stack ?? error.message) : String(error) });
    }
  }
  console.log(renderTable(results).join('\n'));
  const over = results.flatMap((result) => result.rows).filter((row) => verdictOf(row) === 'OVER').length;
  const failed = results.filter((result) => result.failure).length;
  console.log(`\n${over === 0 ? 'All budgets met' : `${over} row(s) OVER budget`}${failed ? `; ${failed} section(s) failed` : ''}.`);
  if (failed > 0 || (args.strict && over > 0)) process.exitCode = 1;
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
