/**
 * What activation pays before any request: the size of the bundles and the vsix (DESIGN §6), and
 * the cost of loading dist/extension.js compared with loading a trivial module in the same run.
 * Builds the production bundles and the vsix first (the same commands as `npm run package`).
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { acquireTestLock } from '../../scripts/vscode-test/lock.mjs';
import type { BenchContext, BenchRow } from '../types';

export const title = 'Bundle size and load cost';

const ROOT = join(__dirname, '..', '..');
const RUNS = 15;

/**
 * Measures in a plain `node` child (the bench itself runs under tsx, whose hook would transform the
 * bundle on every load). `vscode` is answered by an inert object with an own key for every name the
 * API declares (the bundler copies own keys), whose properties, calls and `new` answer itself.
 */
const MEASURE = `
const Module = require('node:module');
const [file, namesJson, runs] = process.argv.slice(1);
const inert = new Proxy(function () {}, { get: (_t, key) => (key === Symbol.toPrimitive ? () => 'inert' : inert), apply: () => inert, construct: () => inert });
const vscode = Object.fromEntries(JSON.parse(namesJson).map((name) => [name, inert]));
const original = Module._load;
Module._load = (request, parent, isMain) => (request === 'vscode' ? vscode : original(request, parent, isMain));
const times = [];
for (let i = 0; i < Number(runs); i++) {
  delete require.cache[require.resolve(file)];
  const start = performance.now();
  require(file);
  times.push(performance.now() - start);
}
times.sort((a, b) => a - b);
process.stdout.write(String(times[Math.floor(times.length / 2)]));
`;

/** Median time to load a CommonJS file fresh (its top level only; activate() is not called). */
function medianLoadMs(file: string): number {
  const declarations = readFileSync(join(ROOT, 'node_modules', '@types', 'vscode', 'index.d.ts'), 'utf8');
  const names = [...new Set([...declarations.matchAll(/^\t(?:export )?(?:class|enum|namespace|const|function|let) (\w+)/gm)].map((match) => match[1]))];
  return Number(execFileSync(process.execPath, ['-e', MEASURE, file, JSON.stringify(names), String(RUNS)], { encoding: 'utf8' }));
}

export async function run(context: BenchContext): Promise<readonly BenchRow[]> {
  context.progress('packaging the production vsix');
  // Packaging rebuilds dist/, which a real-VS-Code test run may be using: take the same lock.
  const release = await acquireTestLock();
  try {
    execFileSync('npm', ['run', '--silent', 'package'], { cwd: ROOT, stdio: 'ignore' });
  } finally {
    release();
  }
  const extensionKb = statSync(join(ROOT, 'dist', 'extension.js')).size / 1024;
  const emulatorKb = statSync(join(ROOT, 'dist', 'emulator.js')).size / 1024;
  const vsixKb = statSync(join(ROOT, 'out', 'cloud-tickets.vsix')).size / 1024;
  const scratch = mkdtempSync(join(tmpdir(), 'cloud-tickets-bench-'));
  const baselineFile = join(scratch, 'baseline.js');
  writeFileSync(baselineFile, 'module.exports = { activate() {} };\n');
  const baseline = medianLoadMs(baselineFile);
  const extension = medianLoadMs(join(ROOT, 'dist', 'extension.js'));
  rmSync(scratch, { recursive: true, force: true });
  return [
    { metric: 'dist/extension.js (minified)', value: Math.round(extensionKb), unit: 'KB', budget: { max: 400, label: '≤ 400 KB (DESIGN §6)' } },
    { metric: 'dist/emulator.js (loaded only by the demo)', value: Math.round(emulatorKb), unit: 'KB' },
    { metric: 'vsix', value: Math.round(vsixKb), unit: 'KB', budget: { max: 1536, label: '≤ 1.5 MB (DESIGN §6)' } },
    { metric: 'load dist/extension.js', value: Number(extension.toFixed(2)), unit: 'ms', note: `median of ${RUNS}; a one-line module loads in ${baseline.toFixed(3)} ms in the same run` },
    { metric: 'load dist/extension.js ÷ activate() budget (30 ms)', value: Number((extension / 30).toFixed(3)), unit: '×', budget: { max: 1, label: '≤ 1× (part of the 30 ms budget)' } },
  ];
}
