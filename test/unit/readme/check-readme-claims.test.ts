import * as assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { checkReadmeClaims, claimUnits, testTitles } from '../../../scripts/check-readme-claims.mjs';

/**
 * The text of a test file the checker reads (never run). It declares one skipped test, written with a
 * joined name so that this source holds no skipped test of its own for a scan of the repository to find.
 */
const SKIPPED_IT = ['it', 'skip'].join('.');
const TEST_FILE = `
describe('explorer', () => {
  it('shows the tickets grouped', async () => {});
  it("keeps a 'quoted' word", () => {});
  it('says "Open" once', () => {});
  it(\`lists \${flavour.name} tickets\`, () => {});
  ${SKIPPED_IT}('is not written yet', () => {});
});
`;

/** A README whose every feature unit names an existing test. */
const GOOD = `# Product

Files tickets. <!-- test: test/unit/fake.test.ts "shows the tickets grouped" -->

\`\`\`bash
npm run demo   # a command block is not a claim
\`\`\`

## What it does

- **Explorer**: tickets by status <!-- test: test/unit/fake.test.ts "shows the tickets grouped" -->
  and more text that continues the item.
- Quotes <!-- test: test/unit/fake.test.ts "keeps a 'quoted' word"; test/unit/fake.test.ts "says \\"Open\\" once" -->
- Templates <!-- test: test/unit/fake.test.ts "lists \${flavour.name} tickets" -->

| setting | default |
|---|---|
| \`a.b\` | 1 <!-- test: test/unit/fake.test.ts "shows the tickets grouped" --> |

Measure it with \`npx tsx bench/x.ts\`. <!-- how-to -->

## Develop

Anything goes here: it is how to work on the project.
`;

describe('README claim check (scripts/check-readme-claims.mjs)', () => {
  let root: string;

  before(() => {
    root = mkdtempSync(join(tmpdir(), 'readme-claims-'));
    mkdirSync(join(root, 'test', 'unit'), { recursive: true });
    writeFileSync(join(root, 'test', 'unit', 'fake.test.ts'), TEST_FILE);
  });
  after(() => rmSync(root, { recursive: true, force: true }));

  it('passes a README whose every feature unit names an existing test', () => {
    assert.deepEqual(checkReadmeClaims(GOOD, { root }), []);
  });

  it('fails a feature line without a test reference, naming its line and section', () => {
    const readme = GOOD.replace('- Templates <!-- test: test/unit/fake.test.ts "lists ${flavour.name} tickets" -->', '- Templates are supported');
    assert.deepEqual(checkReadmeClaims(readme, { root }), ['README.md:14 (What it does): no test reference for "- Templates are supported"']);
  });

  it('fails a reference to a file that does not exist or lies outside test/', () => {
    const readme = GOOD.replace('test/unit/fake.test.ts "lists', 'test/unit/gone.test.ts "lists').replace(
      'Files tickets. <!-- test: test/unit/fake.test.ts',
      'Files tickets. <!-- test: src/fake.test.ts',
    );
    assert.deepEqual(checkReadmeClaims(readme, { root }), ['README.md:3 (Product): src/fake.test.ts is not a file under test/', 'README.md:14 (What it does): test/unit/gone.test.ts does not exist']);
  });

  it('fails a title the file does not hold, and a skipped test', () => {
    const readme = GOOD.replace('"shows the tickets grouped" --> |', '"is not written yet" --> |').replace('"says \\"Open\\" once"', '"says Open once"');
    assert.deepEqual(checkReadmeClaims(readme, { root }), [
      'README.md:13 (What it does): test/unit/fake.test.ts has no test titled "says Open once"',
      'README.md:18 (What it does): test/unit/fake.test.ts has no test titled "is not written yet"',
    ]);
  });

  it('fails a reference it cannot read', () => {
    const readme = GOOD.replace('- Templates <!-- test: test/unit/fake.test.ts "lists ${flavour.name} tickets" -->', '- Templates <!-- test: the explorer test -->');
    assert.deepEqual(checkReadmeClaims(readme, { root }), ['README.md:14 (What it does): cannot read the test reference "the explorer test" (write: <file> "<title>")']);
  });

  it('accepts "how-to" only on a unit that holds a command', () => {
    const readme = GOOD.replace('Measure it with `npx tsx bench/x.ts`. <!-- how-to -->', 'It is fast. <!-- how-to -->');
    assert.deepEqual(checkReadmeClaims(readme, { root }), ['README.md:20 (What it does): no test reference for "It is fast."']);
  });

  it('treats paragraphs, list items with their continuation and table body rows as units, outside code and non-feature sections', () => {
    const units = claimUnits(GOOD).map((unit: { section: string; line: number }) => `${unit.section}:${unit.line}`);
    assert.deepEqual(units, ['Product:3', 'What it does:11', 'What it does:13', 'What it does:14', 'What it does:18', 'What it does:20']);
  });

  it('reads the titles of it() calls in every quote style, without skipped ones', () => {
    assert.deepEqual([...testTitles(TEST_FILE)], ['shows the tickets grouped', "keeps a 'quoted' word", 'says "Open" once', 'lists ${flavour.name} tickets']);
  });
});
