// Builds every bundle of the extension with esbuild.
//   node scripts/build.mjs               development build (source maps)
//   node scripts/build.mjs --production  minified, no source maps (what the vsix ships)
//   node scripts/build.mjs --watch       rebuild on change
// Bundles: dist/extension.js (node/cjs, `vscode` external: only what activation registers), the lazy bundles of
// src/lazy/load.ts beside it with their shared chunks (scripts/extension-bundles.mjs: built split, then rewritten as
// CommonJS), dist/providers.js, dist/mcp.js (the MCP server's CLI), dist/emulator.js (loaded lazily by the demo
// account so activation stays cheap), dist/webview/*.js (browser/esm), dist/test/** (extension-host tests).
import * as esbuild from 'esbuild';
import { buildExtensionBundles, watchExtensionBundles } from './extension-bundles.mjs';
import { readdirSync, readFileSync, existsSync, mkdirSync, rmSync } from 'node:fs';
import { join, relative } from 'node:path';

const production = process.argv.includes('--production');
const watch = process.argv.includes('--watch');
const root = new URL('..', import.meta.url).pathname;

/** Every file under `dir` whose name ends with `suffix`, as paths relative to the project root. */
function filesUnder(dir, suffix) {
  const abs = join(root, dir);
  if (!existsSync(abs)) return [];
  return readdirSync(abs, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith(suffix))
    .map((entry) => relative(root, join(entry.parentPath ?? entry.path, entry.name)));
}

const node = {
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  external: ['vscode'],
  minify: production,
  sourcemap: production ? false : 'linked',
  logLevel: 'warning',
};

/**
 * In dist/mcp.js (as in the extension's bundles), the provider implementations stay out: src/providers/load.ts's
 * import of './factories' becomes a require of the sibling bundle dist/providers.js, loaded on first use.
 */
const providersOutside = {
  name: 'providers-outside',
  setup(build) {
    build.onResolve({ filter: /^\.\/factories$/ }, (args) => (args.importer.endsWith(join('src', 'providers', 'load.ts')) ? { path: './providers.js', external: true } : undefined));
  },
};
/**
 * In dist/mcp.js (the MCP server, issue #21), the emulator that --demo starts stays outside as well: the
 * server's dynamic import of '../emulator' becomes a require of the sibling bundle dist/emulator.js.
 */
const emulatorOutside = {
  name: 'emulator-outside',
  setup(build) {
    build.onResolve({ filter: /^\.\.\/emulator$/ }, (args) => (args.importer.endsWith(join('src', 'mcp', 'cli.ts')) ? { path: './emulator.js', external: true } : undefined));
  },
};
const version = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).version;
// axios's Node build requires form-data (and through it a 134 KB MIME table) only as a fallback
// FormData class; we never send FormData, and Node 20 has a global one.
const nodeAliases = { 'form-data': './scripts/shims/form-data.cjs' };

const configs = [
  { ...node, entryPoints: { providers: 'src/providers/factories.ts' }, outdir: 'dist', alias: nodeAliases },
  {
    ...node,
    entryPoints: { mcp: 'src/mcp/cli.ts' },
    outdir: 'dist',
    alias: nodeAliases,
    plugins: [providersOutside, emulatorOutside],
    banner: { js: '#!/usr/bin/env node' },
    define: { CLOUD_TICKETS_VERSION: JSON.stringify(version) },
  },
  ...(existsSync(join(root, 'src/emulator/index.ts')) ? [{ ...node, entryPoints: { emulator: 'src/emulator/index.ts' }, outdir: 'dist' }] : []),
  {
    bundle: true,
    platform: 'browser',
    format: 'esm',
    target: 'chrome120',
    minify: production,
    sourcemap: production ? false : 'linked',
    entryPoints: filesUnder('webview', '.ts').filter((f) => !f.includes('/lib/') && !f.endsWith('.d.ts')),
    outdir: 'dist/webview',
    // The codicon font of the ticket page (file-type icons) ships beside the bundles, under the page's CSP.
    loader: { '.ttf': 'file' },
    logLevel: 'warning',
  },
];
if (!production) {
  // Extension-host test suites: one bundle per suite plus the mocha entry point.
  const suites = filesUnder('test/vscode', '.ts');
  if (suites.length > 0) {
    configs.push({ ...node, external: ['vscode', 'mocha'], entryPoints: suites, outdir: 'dist/test/vscode', outbase: 'test/vscode' });
  }
}

if (!watch) rmSync(join(root, 'dist'), { recursive: true, force: true });
// vsce writes the production vsix to out/ but does not create the folder.
if (production) mkdirSync(join(root, 'out'), { recursive: true });
const buildable = configs.filter((c) => (Array.isArray(c.entryPoints) ? c.entryPoints.length : Object.keys(c.entryPoints).length) > 0);
const distFolder = join(root, 'dist');
if (watch) {
  for (const config of buildable) await (await esbuild.context(config)).watch();
  await watchExtensionBundles({ root, outdir: distFolder });
  console.log('[watch] watching for changes');
} else {
  await Promise.all([...buildable.map((config) => esbuild.build(config)), buildExtensionBundles({ root, production, outdir: distFolder })]);
  console.log(`built ${buildable.length + 1} bundle group(s)${production ? ' (production)' : ''}`);
}
