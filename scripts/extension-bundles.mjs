// How the extension's own code is split into bundles (issue #19): dist/extension.js holds only what
// activation registers; every bundle named in src/lazy/load.ts is a sibling file loaded on first use; code
// that several bundles use is written once to a shared chunk (dist/shared-<hash>.js) that they require.
//
// esbuild splits code only for ES modules, and VS Code loads CommonJS. So the split is built as ES modules
// into a scratch folder (pass 1), then every output file is rewritten as CommonJS into dist/ (pass 2):
// `import … from './shared-X.js'` becomes `require('./shared-X.js')`. Used by scripts/build.mjs, the bundle
// unit test (test/unit/build/activation-bundle.test.ts) and the bench.
import * as esbuild from 'esbuild';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const LOADER = join('src', 'lazy', 'load.ts');

/**
 * The lazy bundles' names, as src/lazy/load.ts requires them (`require('./<name>.js')`).
 * @param {string} root
 * @returns {string[]}
 */
export function lazyBundleNames(root) {
  const source = readFileSync(join(root, LOADER), 'utf8');
  const names = [...source.matchAll(/require\('\.\/(\w+)\.js'\)/g)].map((match) => match[1]);
  if (names.length === 0) throw new Error(`${LOADER} requires no bundle`);
  return names;
}

/**
 * Keeps the loader's requires of sibling bundles as they are (they are entry points of this build), and
 * src/providers/load.ts's import of './factories' as a require of the separate dist/providers.js.
 */
function siblingsOutside(root, names) {
  const loader = join(root, LOADER);
  const sibling = new RegExp(`^\\./(${names.join('|')})\\.js$`);
  return {
    name: 'siblings-outside',
    setup(build) {
      build.onResolve({ filter: sibling }, (args) => (args.importer === loader ? { path: args.path, external: true } : undefined));
      build.onResolve({ filter: /^\.\/factories$/ }, (args) => (args.importer.endsWith(join('src', 'providers', 'load.ts')) ? { path: './providers.js', external: true } : undefined));
    },
  };
}

/**
 * esbuild options of pass 1: the extension and its lazy bundles as split ES modules in `outdir`.
 * @param {{ root: string, production: boolean, outdir: string }} options
 * @returns {import('esbuild').BuildOptions}
 */
export function splitBuildOptions({ root, production, outdir }) {
  const names = lazyBundleNames(root);
  return {
    absWorkingDir: root,
    bundle: true,
    splitting: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    external: ['vscode'],
    minify: production,
    sourcemap: production ? false : 'linked',
    logLevel: 'warning',
    entryPoints: { extension: 'src/extension.ts', ...Object.fromEntries(names.map((name) => [name, `src/lazy/${name}.ts`])) },
    entryNames: '[name]',
    chunkNames: 'shared-[hash]',
    outdir,
    plugins: [siblingsOutside(root, names)],
  };
}

/** Pass 2: every .js file of `from` rewritten as CommonJS into `to` (source maps follow the originals). */
export async function rewriteAsCommonJs({ from, to, production }) {
  const files = readdirSync(from)
    .filter((file) => file.endsWith('.js'))
    .map((file) => join(from, file));
  await esbuild.build({
    entryPoints: files,
    outbase: from,
    outdir: to,
    bundle: false,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    minify: production,
    sourcemap: production ? false : 'linked',
    // A dynamic import() of a sibling (the diagnostics flow) becomes a require inside a promise.
    supported: { 'dynamic-import': false },
    logLevel: 'warning',
  });
}

/** Builds the split extension into `outdir` (both passes); returns pass 1's metafile. */
export async function buildExtensionBundles({ root, production, outdir }) {
  const scratch = mkdtempSync(join(tmpdir(), 'cloud-tickets-split-'));
  try {
    const result = await esbuild.build({ ...splitBuildOptions({ root, production, outdir: scratch }), metafile: true });
    await rewriteAsCommonJs({ from: scratch, to: outdir, production });
    return result.metafile;
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

/** Watch mode: pass 1 in an esbuild context whose every rebuild is followed by pass 2. */
export async function watchExtensionBundles({ root, outdir }) {
  const scratch = mkdtempSync(join(tmpdir(), 'cloud-tickets-split-'));
  const options = splitBuildOptions({ root, production: false, outdir: scratch });
  const rewrite = {
    name: 'rewrite-as-commonjs',
    setup(build) {
      build.onEnd(async (result) => {
        if (result.errors.length === 0) await rewriteAsCommonJs({ from: scratch, to: outdir, production: false });
      });
    },
  };
  const context = await esbuild.context({ ...options, plugins: [...options.plugins, rewrite] });
  await context.watch();
  return context;
}

/**
 * What loading an output file costs: the file and every chunk it imports statically, from pass 1's
 * metafile (output path → { bytes, inputs }). Lazy bundles (required by the loader) are not followed.
 * @param {import('esbuild').Metafile} metafile
 * @param {string} output
 * @returns {string[]}
 */
export function staticClosure(metafile, output) {
  const seen = new Set();
  const pending = [output];
  while (pending.length > 0) {
    const file = pending.pop();
    if (seen.has(file)) continue;
    seen.add(file);
    for (const imported of metafile.outputs[file].imports) {
      if (imported.kind === 'import-statement' && !imported.external && metafile.outputs[imported.path]) pending.push(imported.path);
    }
  }
  return [...seen];
}
