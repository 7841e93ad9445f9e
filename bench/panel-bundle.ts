/**
 * The webview bundle the bench measures is the one the extension ships: dist/webview/<entry>.{js,css} as
 * scripts/build.mjs writes it. When it is missing or older than its sources, the webview bundles are
 * rebuilt into dist/webview with the build's production options (only that folder: the rest of dist/,
 * which a test run may be using, is left alone).
 */
import * as esbuild from 'esbuild';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

export interface PageBundle {
  readonly js: string;
  readonly css: string;
  /** How the bundle was obtained, for the bench's note. */
  readonly source: string;
}

/** Source folders whose files end up in the webview bundles. */
const SOURCES = ['webview', 'src/shared'];

function filesUnder(root: string, dir: string): string[] {
  const abs = join(root, dir);
  if (!existsSync(abs)) return [];
  return readdirSync(abs, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name));
}

function newestSourceMs(root: string): number {
  return Math.max(...SOURCES.flatMap((dir) => filesUnder(root, dir)).map((file) => statSync(file).mtimeMs));
}

/** Builds every page bundle like scripts/build.mjs --production does (same entry points and options). */
async function buildWebviewBundles(root: string): Promise<void> {
  const entryPoints = filesUnder(root, 'webview')
    .map((file) => relative(root, file))
    .filter((file) => file.endsWith('.ts') && !file.includes('/lib/') && !file.endsWith('.d.ts'));
  await esbuild.build({
    absWorkingDir: root,
    bundle: true,
    platform: 'browser',
    format: 'esm',
    target: 'chrome120',
    minify: true,
    sourcemap: false,
    entryPoints,
    outdir: 'dist/webview',
    logLevel: 'warning',
  });
}

/** The shipped bundle of one page (`ticket/main`), rebuilt first when it is stale. */
export async function shippedWebviewBundle(root: string, entry: string, progress: (message: string) => void): Promise<PageBundle> {
  const js = join(root, 'dist/webview', `${entry}.js`);
  const css = join(root, 'dist/webview', `${entry}.css`);
  let source = `dist/webview/${entry}.js`;
  if (!existsSync(js) || !existsSync(css) || statSync(js).mtimeMs < newestSourceMs(root)) {
    progress('dist/webview is missing or older than its sources: building the webview bundles');
    await buildWebviewBundles(root);
    source += ', rebuilt for this run';
  }
  const code = readFileSync(js, 'utf8');
  if (code.includes('sourceMappingURL')) source += ', development build';
  return { js: code, css: readFileSync(css, 'utf8'), source };
}
