import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const ROOT = join(__dirname, '..', '..', '..');
const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));

/** The rows of README's settings table: setting name → default as written. */
function settingsTable(): Map<string, string> {
  const section = readme.split(/^## /m).find((part) => part.startsWith('Settings'));
  assert.ok(section, 'README has a Settings section');
  const rows = new Map<string, string>();
  for (const match of section.matchAll(/^\|\s*`([\w.]+)`\s*\|\s*([^|]+?)\s*\|/gm)) rows.set(match[1], match[2]);
  return rows;
}

describe('README settings table', () => {
  it('lists every setting the extension contributes, with its default, and no other', () => {
    const contributed = Object.entries(pkg.contributes.configuration.properties as Record<string, { default: unknown }>)
      .map(([name, schema]) => `${name} = ${String(schema.default)}`)
      .sort();
    const listed = [...settingsTable()].map(([name, value]) => `${name} = ${value}`).sort();
    assert.deepEqual(listed, contributed);
  });
});
