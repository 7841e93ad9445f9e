// The project's own ESLint config keeps host imports pointing down (commands → panels/views →
// diagnostics → attach → services → accounts → common): linted as if the text lived in each folder.
import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import { ESLint } from 'eslint';

const ROOT = path.join(__dirname, '../../..');

async function restrictedImports(folder: string, source: string): Promise<string[]> {
  // The type-aware rules need files the TypeScript project knows; the import rule does not, so they are off here.
  const eslint = new ESLint({ cwd: ROOT, overrideConfig: { languageOptions: { parserOptions: { projectService: false } }, rules: { 'cloud-tickets/outside-text': 'off' } } });
  const [result] = await eslint.lintText(source, { filePath: path.join(ROOT, 'src', folder, 'layer-probe.ts') });
  return result.messages.filter((message) => message.ruleId === 'no-restricted-imports').map((message) => message.message.split("'")[1]);
}

describe('host layers (eslint.config.mjs)', function () {
  this.timeout(120_000);

  it('refuses an import from a layer above', async () => {
    const up = "import type { A } from '../commands/command';\nimport type { B } from '../panels/ticketPanels';\nimport type { C } from '../views/treeNodes';\nexport type D = A | B | C;\n";
    assert.deepEqual(await restrictedImports('attach', up), ['../commands/command', '../panels/ticketPanels', '../views/treeNodes']);
    assert.deepEqual(await restrictedImports('accounts/ui', "import type { A } from '../../services/services';\nexport type B = A;\n"), ['../../services/services']);
  });

  it('allows its own layer and the ones below', async () => {
    const down = "import type { A } from '../services/services';\nimport type { B } from '../accounts/accountStore';\nimport type { C } from '../core/ticket';\nexport type D = A | B | C;\n";
    assert.deepEqual(await restrictedImports('attach', down), []);
    assert.deepEqual(await restrictedImports('views', "import type { A } from '../panels/ticketPanels';\nexport type B = A;\n"), []);
  });
});
