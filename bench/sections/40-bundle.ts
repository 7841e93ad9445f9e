/**
 * What the extension loads before and after its first request: the size of the bundles and the vsix
 * (DESIGN §6), and the cold `require` of every bundle the extension host loads, in fresh processes (median
 * of several), as the vsix ships them (`npm run package`, under the real-VS-Code lock):
 *  - dist/extension.js at activation (issue #19: only the registrations), with the shared chunks it requires;
 *  - dist/workbench.js right after activation (accounts, tree, refresh, polling);
 *  - each lazy bundle of src/lazy/load.ts at its first use, timed in a process that loaded extension.js and
 *    workbench.js first (what the user waits for; the chunks they share are loaded already), and fully cold;
 *  - dist/providers.js at an account's first request, dist/emulator.js when the demo starts.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { lazyBundleNames } from '../../scripts/extension-bundles.mjs';
import { acquireTestLock } from '../../scripts/vscode-test/lock.mjs';
import type { BenchContext, BenchRow } from '../types';

export const title = 'Bundle size and load cost';

const ROOT = join(__dirname, '..', '..');
/** Fresh processes per measurement. */
const RUNS = 7;
/** Bundles built apart from the extension's split (each self-contained). */
const SEPARATE = ['providers.js', 'emulator.js', 'mcp.js'];

/**
 * Measures in a plain `node` child (the bench itself runs under tsx, whose hook would transform the
 * bundle on load): requires the `preload` files untimed, then times one `require` of `file`. `vscode` is
 * answered by an inert object with an own key for every name the API declares (the bundler copies own
 * keys), whose properties, calls and `new` answer itself.
 */
const MEASURE = `
const Module = require('node:module');
const [file, namesJson, preloadJson] = process.argv.slice(1);
const inert = new Proxy(function () {}, { get: (_t, key) => (key === Symbol.toPrimitive ? () => 'inert' : inert), apply: () => inert, construct: () => inert });
const vscode = Object.fromEntries(JSON.parse(namesJson).map((name) => [name, inert]));
const original = Module._load;
Module._load = (request, parent, isMain) => (request === 'vscode' ? vscode : original(request, parent, isMain));
for (const preload of JSON.parse(preloadJson)) require(preload);
const start = performance.now();
require(file);
process.stdout.write(String(performance.now() - start));
`;

interface Timing {
  readonly median: number;
  readonly runs: readonly number[];
}

/** Median over fresh processes of the first `require` of a CommonJS file (its top level only; activate() is not called). */
function coldRequireMs(file: string, names: string, preload: readonly string[] = []): Timing {
  const runs = Array.from({ length: RUNS }, () => Number(execFileSync(process.execPath, ['-e', MEASURE, file, names, JSON.stringify(preload)], { encoding: 'utf8' })));
  const sorted = [...runs].sort((a, b) => a - b);
  return { median: sorted[Math.floor(sorted.length / 2)], runs };
}

/** A file and the shared chunks it requires at its top level (chunks are only ever required statically). */
function withChunks(folder: string, file: string, seen = new Set<string>()): Set<string> {
  if (seen.has(file)) return seen;
  seen.add(file);
  for (const match of readFileSync(join(folder, file), 'utf8').matchAll(/require\(["']\.\/(shared-[\w-]+\.js)["']\)/g)) withChunks(folder, match[1], seen);
  return seen;
}

const kilobytes = (folder: string, files: Iterable<string>) => [...files].reduce((sum, file) => sum + statSync(join(folder, file)).size, 0) / 1024;
const runsText = (timing: Timing) => timing.runs.map((ms) => ms.toFixed(1)).join(', ');

export async function run(context: BenchContext): Promise<readonly BenchRow[]> {
  context.progress('packaging the production vsix (under the real-VS-Code lock)');
  // Packaging rebuilds dist/, which a real-VS-Code test run may be using: take the machine's lock, and
  // copy what is measured out of dist/ before letting go of it.
  const scratch = mkdtempSync(join(tmpdir(), 'cloud-tickets-bench-'));
  const release = await acquireTestLock();
  try {
    execFileSync('flock', ['/tmp/ui.lock', 'sh', '-c', `npm run --silent package >/dev/null && cp dist/*.js out/cloud-tickets.vsix "${scratch}"/`], { cwd: ROOT, stdio: 'ignore' });
  } finally {
    release();
  }
  const declarations = readFileSync(join(ROOT, 'node_modules', '@types', 'vscode', 'index.d.ts'), 'utf8');
  const names = JSON.stringify([...new Set([...declarations.matchAll(/^\t(?:export )?(?:class|enum|namespace|const|function|let) (\w+)/gm)].map((match) => match[1]))]);
  const lazy = lazyBundleNames(ROOT).filter((name) => name !== 'workbench');
  const activation = withChunks(scratch, 'extension.js');
  const workbench = withChunks(scratch, 'workbench.js');
  const extensionFiles = readdirSync(scratch).filter((file) => file.endsWith('.js') && !SEPARATE.includes(file));
  const baselineFile = join(scratch, 'baseline.js');
  writeFileSync(baselineFile, 'module.exports = { activate() {} };\n');
  const baseline = coldRequireMs(baselineFile, names);
  context.progress('cold require of every bundle, fresh processes');
  const path = (file: string) => join(scratch, file);
  const atActivation = coldRequireMs(path('extension.js'), names);
  const afterActivation = coldRequireMs(path('workbench.js'), names, [path('extension.js')]);
  const firstUses = lazy.map((name) => ({
    name,
    afterStartup: coldRequireMs(path(`${name}.js`), names, [path('extension.js'), path('workbench.js')]),
    cold: coldRequireMs(path(`${name}.js`), names),
    kb: kilobytes(
      scratch,
      [...withChunks(scratch, `${name}.js`)].filter((file) => !activation.has(file) && !workbench.has(file)),
    ),
  }));
  const separate = [
    { file: 'providers.js', when: "at an account's first request", timing: coldRequireMs(path('providers.js'), names) },
    { file: 'emulator.js', when: 'when the demo starts', timing: coldRequireMs(path('emulator.js'), names) },
  ];
  const rows: BenchRow[] = [
    {
      metric: 'activation: dist/extension.js + the chunks it requires',
      value: Math.round(kilobytes(scratch, activation) * 10) / 10,
      unit: 'KB',
      budget: { max: 400, label: '≤ 400 KB (DESIGN §6)' },
      note: `${[...activation].join(', ')}`,
    },
    {
      metric: 'workbench (right after activation): dist/workbench.js + its chunks',
      value: Math.round(
        kilobytes(
          scratch,
          [...workbench].filter((file) => !activation.has(file)),
        ),
      ),
      unit: 'KB',
    },
    { metric: `all of the extension's bundles and chunks (${extensionFiles.length} files)`, value: Math.round(kilobytes(scratch, extensionFiles)), unit: 'KB' },
    { metric: 'dist/emulator.js (loaded only by the demo)', value: Math.round(statSync(path('emulator.js')).size / 1024), unit: 'KB' },
    { metric: 'vsix', value: Math.round(statSync(path('cloud-tickets.vsix')).size / 1024), unit: 'KB', budget: { max: 1536, label: '≤ 1.5 MB (DESIGN §6)' } },
    {
      metric: 'cold require dist/extension.js (at activation)',
      value: atActivation.median,
      unit: 'ms',
      note: `first require in a fresh process, median of ${RUNS} (${runsText(atActivation)}); a one-line module: ${baseline.median.toFixed(2)} ms`,
    },
    {
      metric: 'cold require dist/workbench.js (right after activation)',
      value: afterActivation.median,
      unit: 'ms',
      note: `after extension.js in the same fresh process, median of ${RUNS} (${runsText(afterActivation)})`,
    },
    ...firstUses.map(
      (bundle): BenchRow => ({
        metric: `first use: require dist/${bundle.name}.js (+${bundle.kb.toFixed(0)} KB)`,
        value: bundle.afterStartup.median,
        unit: 'ms',
        note: `after extension.js and workbench.js, median of ${RUNS} (${runsText(bundle.afterStartup)}); fully cold in a fresh process ${bundle.cold.median.toFixed(1)} ms`,
      }),
    ),
    ...separate.map(
      (bundle): BenchRow => ({
        metric: `cold require dist/${bundle.file} (${bundle.when})`,
        value: bundle.timing.median,
        unit: 'ms',
        note: `first require in a fresh process, median of ${RUNS} (${runsText(bundle.timing)})`,
      }),
    ),
  ];
  rmSync(scratch, { recursive: true, force: true });
  return rows;
}
