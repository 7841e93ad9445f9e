import * as assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { statSync } from 'node:fs';
import { join } from 'node:path';
import { lazyBundleNames } from '../../scripts/extension-bundles.mjs';
import { VSIX } from './workbench';

/** What the vsix may hold: the built bundles (the MCP server's too), the manifest and its texts, media, the webviews' icon font and l10n. */
const ALLOWED = [
  /^extension\.vsixmanifest$/,
  /^\[Content_Types\]\.xml$/,
  /^extension\/package(\.nls(\.zh-cn)?)?\.json$/,
  /^extension\/(readme|changelog)\.md$/,
  /^extension\/LICENSE\.txt$/,
  // extension.js, the lazy bundles and their shared chunks (scripts/extension-bundles.mjs), providers, emulator, mcp.
  /^extension\/dist\/[\w-]+\.js$/,
  /^extension\/dist\/webview\/([\w.-]+\/)*[\w.-]+\.(js|css|ttf)$/,
  /^extension\/media\/icon\.png$/,
  /^extension\/media\/(icons|css)\/([\w.-]+\/)*[\w.-]+\.(svg|png|css)$/,
  /^extension\/media\/walkthrough\/[\w.-]+\.(svg|md)$/,
  /^extension\/l10n\/bundle\.l10n(\.zh-cn)?\.json$/,
];
const REQUIRED = [
  'extension/package.json',
  'extension/dist/extension.js',
  'extension/dist/providers.js',
  'extension/dist/emulator.js',
  ...lazyBundleNames(join(__dirname, '..', '..')).map((name) => `extension/dist/${name}.js`),
  'extension/media/icon.png',
  'extension/l10n/bundle.l10n.zh-cn.json',
  'extension/package.nls.zh-cn.json',
];
const MAX_VSIX_BYTES = 1.5 * 1024 * 1024; // DESIGN.md §6

describe('the packaged vsix', () => {
  let entries: string[] = [];
  before(() => {
    entries = execFileSync('unzip', ['-Z1', VSIX], { encoding: 'utf8' }).split('\n').filter(Boolean);
  });

  it('holds only what runs', () => {
    assert.deepEqual(
      entries.filter((entry) => !ALLOWED.some((pattern) => pattern.test(entry))),
      [],
    );
  });

  it('holds everything the extension needs', () => {
    assert.deepEqual(
      REQUIRED.filter((entry) => !entries.includes(entry)),
      [],
    );
  });

  it('holds every sibling file its bundles require', () => {
    const bundles = entries.filter((entry) => /^extension\/dist\/[\w-]+\.js$/.test(entry));
    const missing = bundles.flatMap((bundle) => {
      const code = execFileSync('unzip', ['-p', VSIX, bundle], { encoding: 'utf8', maxBuffer: 64 << 20 });
      return [...code.matchAll(/require\(["']\.\/([\w.-]+\.js)["']\)/g)].map((match) => `extension/dist/${match[1]}`).filter((required) => !entries.includes(required));
    });
    assert.deepEqual([...new Set(missing)], []);
  });

  it(`stays within ${MAX_VSIX_BYTES} bytes`, () => {
    assert.ok(statSync(VSIX).size <= MAX_VSIX_BYTES, `vsix is ${statSync(VSIX).size} bytes`);
  });
});
