/**
 * What activation pays before any request: the size of the bundles and the vsix (DESIGN §6), and the
 * cold `require` of every bundle the extension host loads — each in a fresh process, once, as VS Code
 * loads it (median of several fresh processes): dist/extension.js at activation, dist/providers.js at an
 * account's first request, dist/emulator.js when the demo starts. Builds the production bundles and the
 * vsix first (the same commands as `npm run package`).
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { acquireTestLock } from '../../scripts/vscode-test/lock.mjs';
import type { BenchContext, BenchRow } from '../types';

export const title = 'Bundle size and load cost';

const ROOT = join(__dirname, '..', '..');
/** Fresh processes per bundle. */
const RUNS = 7;
/** Bundles the extension host requires, and when. */
const BUNDLES: readonly { readonly file: string; readonly when: string }[] = [
  { file: 'extension.js', when: 'at activation' },
  { file: 'providers.js', when: "at an account's first request" },
  { file: 'emulator.js', when: 'when the demo starts' },
];

/**
 * Measures in a plain `node` child (the bench itself runs under tsx, whose hook would transform the
 * bundle on load): one `require`, the first in that process. `vscode` is answered by an inert object with
 * an own key for every name the API declares (the bundler copies own keys), whose properties, calls and
 * `new` answer itself.
 */
const MEASURE = `
const Module = require('node:module');
const [file, namesJson] = process.argv.slice(1);
const inert = new Proxy(function () {}, { get: (_t, key) => (key === Symbol.toPrimitive ? () => 'inert' : inert), apply: () => inert, construct: () => inert });
const vscode = Object.fromEntries(JSON.parse(namesJson).map((name) => [name, inert]));
const original = Module._load;
Module._load = (request, parent, isMain) => (request === 'vscode' ? vscode : original(request, parent, isMain));
const start = performance.now();
require(file);
process.stdout.write(String(performance.now() - start));
`;

/** Median over fresh processes of the first `require` of a CommonJS file (its top level only; activate() is not called). */
function coldRequireMs(file: string): { median: number; runs: number[] } {
  const declarations = readFileSync(join(ROOT, 'node_modules', '@types', 'vscode', 'index.d.ts'), 'utf8');
  const names = JSON.stringify([...new Set([...declarations.matchAll(/^\t(?:export )?(?:class|enum|namespace|const|function|let) (\w+)/gm)].map((match) => match[1]))]);
  const runs = Array.from({ length: RUNS }, () => Number(execFileSync(process.execPath, ['-e', MEASURE, file, names], { encoding: 'utf8' })));
  const sorted = [...runs].sort((a, b) => a - b);
  return { median: sorted[Math.floor(sorted.length / 2)], runs };
}

export async function run(context: BenchContext): Promise<readonly BenchRow[]> {
  context.progress('packaging the production vsix (under the real-VS-Code lock)');
  // Packaging rebuilds dist/, which a real-VS-Code test run may be using: take the machine's lock, and
  // copy what is measured out of dist/ before letting go of it.
  const scratch = mkdtempSync(join(tmpdir(), 'cloud-tickets-bench-'));
  const files = [...BUNDLES.map((bundle) => `dist/${bundle.file}`), 'out/cloud-tickets.vsix'].join(' ');
  const release = await acquireTestLock();
  try {
    execFileSync('flock', ['/tmp/ui.lock', 'sh', '-c', `npm run --silent package >/dev/null && cp ${files} "${scratch}"/`], { cwd: ROOT, stdio: 'ignore' });
  } finally {
    release();
  }
  const extensionKb = statSync(join(scratch, 'extension.js')).size / 1024;
  const emulatorKb = statSync(join(scratch, 'emulator.js')).size / 1024;
  const vsixKb = statSync(join(scratch, 'cloud-tickets.vsix')).size / 1024;
  const baselineFile = join(scratch, 'baseline.js');
  writeFileSync(baselineFile, 'module.exports = { activate() {} };\n');
  const baseline = coldRequireMs(baselineFile);
  context.progress('cold require of every bundle, fresh processes');
  const loads = BUNDLES.map((bundle) => ({ ...bundle, ...coldRequireMs(join(scratch, bundle.file)) }));
  rmSync(scratch, { recursive: true, force: true });
  return [
    { metric: 'dist/extension.js (minified)', value: Math.round(extensionKb), unit: 'KB', budget: { max: 400, label: '≤ 400 KB (DESIGN §6)' } },
    { metric: 'dist/emulator.js (loaded only by the demo)', value: Math.round(emulatorKb), unit: 'KB' },
    { metric: 'vsix', value: Math.round(vsixKb), unit: 'KB', budget: { max: 1536, label: '≤ 1.5 MB (DESIGN §6)' } },
    ...loads.map(
      (load): BenchRow => ({
        metric: `cold require dist/${load.file} (${load.when})`,
        value: load.median,
        unit: 'ms',
        note: `first require in a fresh process, median of ${RUNS} (${load.runs.map((ms) => ms.toFixed(1)).join(', ')}); a one-line module: ${baseline.median.toFixed(2)} ms`,
      }),
    ),
  ];
}
