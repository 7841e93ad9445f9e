import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { ESLint } from 'eslint';
import tseslint from 'typescript-eslint';

const ROOT = path.join(__dirname, '../../..');
const CASES = path.join(ROOT, 'test/fixtures/lint/outside-text-cases.ts');

describe('lint rule cloud-tickets/outside-text', function () {
  this.timeout(120_000);

  it('reports exactly the lines where outside text reaches a VS Code surface unchecked', async () => {
    const { outsideTextPlugin } = (await import(path.join(ROOT, 'scripts/eslint/outside-text.mjs'))) as { outsideTextPlugin: ESLint.Plugin };
    const eslint = new ESLint({
      cwd: ROOT,
      overrideConfigFile: true,
      overrideConfig: [
        {
          files: ['**/*.ts'],
          languageOptions: { parser: tseslint.parser, parserOptions: { projectService: true, tsconfigRootDir: ROOT } },
          plugins: { 'cloud-tickets': outsideTextPlugin },
          rules: { 'cloud-tickets/outside-text': 'error' },
        },
      ],
    });
    const [result] = await eslint.lintFiles([CASES]);
    const reported = [
      ...new Set(
        result.messages.map((m) => {
          assert.equal(m.ruleId, 'cloud-tickets/outside-text', m.message);
          return m.line;
        }),
      ),
    ].sort((a, b) => a - b);
    const expected = fs
      .readFileSync(CASES, 'utf8')
      .split('\n')
      .flatMap((line, i) => (line.endsWith('// unsafe') ? [i + 1] : []));
    assert.deepEqual(reported, expected);
  });
});
