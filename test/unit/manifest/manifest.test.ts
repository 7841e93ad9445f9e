import * as assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { COMMAND_IDS } from '../../../src/shared/commandIds';

const ROOT = join(__dirname, '..', '..', '..');
const readJson = (file: string) => JSON.parse(readFileSync(join(ROOT, file), 'utf8'));
const pkg = readJson('package.json');
const nls: Record<string, string> = readJson('package.nls.json');
const nlsZh: Record<string, string> = readJson('package.nls.zh-cn.json');
const bundleZh: Record<string, string> = readJson('l10n/bundle.l10n.zh-cn.json');

/** Every `%key%` placeholder used anywhere in the manifest. */
function manifestPlaceholders(): string[] {
  return [...JSON.stringify(pkg).matchAll(/"%([\w.-]+)%"/g)].map((m) => m[1]);
}

/** Every literal string passed to vscode.l10n.t in the host sources. */
function hostStrings(): string[] {
  const files = (readdirSync(join(ROOT, 'src'), { recursive: true }) as string[]).filter((f) => f.endsWith('.ts'));
  const strings: string[] = [];
  for (const file of files) {
    const source = readFileSync(join(ROOT, 'src', file), 'utf8');
    for (const match of source.matchAll(/l10n\.t\(\s*(['`"])((?:\\.|(?!\1).)*)\1/g)) strings.push(match[2].replace(/\\(['"`\\])/g, '$1'));
  }
  return strings;
}

describe('extension manifest', () => {
  it('contributes exactly the commands src/shared/commandIds.ts declares', () => {
    const contributed = pkg.contributes.commands.map((c: { command: string }) => c.command).sort();
    assert.deepEqual(contributed, [...COMMAND_IDS].sort());
  });

  it('puts every command in the Cloud Tickets category with a codicon', () => {
    const bad = pkg.contributes.commands.filter((c: { category: string; icon?: string }) => c.category !== '%category%' || !/^\$\([\w-]+\)$/.test(c.icon ?? ''));
    assert.deepEqual(bad, []);
  });

  it('has no wildcard activation', () => {
    assert.ok(!(pkg.activationEvents as string[]).includes('*'));
  });

  it('targets a VS Code that code-server 4.100.3 provides', () => {
    const [major, minor] = pkg.engines.vscode.replace(/^\^/, '').split('.').map(Number);
    assert.ok(major === 1 && minor <= 100, pkg.engines.vscode);
    assert.equal(pkg.devDependencies['@types/vscode'], pkg.engines.vscode.replace(/^\^/, ''));
  });

  it('defines every manifest placeholder in English and Chinese', () => {
    const missing = manifestPlaceholders().filter((key) => !(key in nls) || !(key in nlsZh));
    assert.deepEqual(missing, []);
  });

  it('translates every host string into Chinese', () => {
    const missing = [...new Set(hostStrings())].filter((text) => !(text in bundleZh));
    assert.deepEqual(missing, []);
  });
});
