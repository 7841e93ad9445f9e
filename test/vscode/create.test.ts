import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { snippetsOf } from '../../src/commands/createTicketFromSelection';
import type { CloudTicketsApi } from '../../src/extension';
import type { RunningEmulator } from '../../src/emulator';
import { emulator, extensionApi, removeAllAccounts, untitledDocument } from './api';

const DRAFT_KEY_PREFIX = 'cloudTickets.createDraft.';

/** Polls until `read` returns something, or fails after `timeoutMs`. */
async function eventually<T>(read: () => T | undefined, timeoutMs = 20_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = read();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error('timed out waiting');
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

describe('create form (extension host)', () => {
  let api: CloudTicketsApi;
  let server: RunningEmulator;
  let accountId: string;
  const diagnostics = vscode.languages.createDiagnosticCollection('create-form-tests');

  before(async () => {
    api = await extensionApi();
    server = await emulator();
    await removeAllAccounts(api);
    const account = await api.services.accounts.add({ providerId: 'aliyun', label: 'Create tests', endpoint: server.url }, { accessKeyId: 'testid', accessKeySecret: 'testsecret' });
    accountId = account.id;
  });
  after(async () => {
    diagnostics.dispose();
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    await removeAllAccounts(api);
    await server.close();
  });

  async function codeActionTitles(severity: vscode.DiagnosticSeverity): Promise<string[]> {
    const document = await untitledDocument('plaintext', 'bucket = logs-prod\nacl = \n');
    const range = new vscode.Range(1, 0, 1, 6);
    diagnostics.set(document.uri, [new vscode.Diagnostic(range, 'acl has no value', severity)]);
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', document.uri, range);
    return actions.map((action) => action.title);
  }

  it('offers "New ticket from this error…" on an error', async () => {
    assert.ok((await codeActionTitles(vscode.DiagnosticSeverity.Error)).includes('New ticket from this error…'));
  });

  it('does not offer it on a warning', async () => {
    assert.ok(!(await codeActionTitles(vscode.DiagnosticSeverity.Warning)).includes('New ticket from this error…'));
  });

  it('"New ticket from selection" opens the form with the selected code in the saved draft', async () => {
    const document = await untitledDocument('typescript', 'const a = 1;\nconst secretAccessKey = "abcdEFGH1234abcdEFGH1234abcdEFGH12";\nconst b = 2;\n');
    const editor = await vscode.window.showTextDocument(document);
    editor.selection = new vscode.Selection(0, 0, 2, 0);
    await vscode.commands.executeCommand('cloudTickets.createTicketFromSelection');
    const draft = await eventually(() => api.services.drafts.get<{ values: Record<string, unknown> }>(DRAFT_KEY_PREFIX + accountId));
    const description = String(draft.values.description);
    assert.ok(description.includes(':1-2\n```typescript\nconst a = 1;') && !description.includes('abcdEFGH1234'), description);
  });

  it('labels a whole file by its real lines, with or without a final newline', async () => {
    const label = async (content: string) => {
      const editor = await vscode.window.showTextDocument(await untitledDocument('plaintext', content));
      editor.selection = new vscode.Selection(0, 0, 0, 0);
      return snippetsOf(editor).map((snippet) => [snippet.startLine, snippet.endLine, snippet.text]);
    };
    assert.deepEqual([await label('first\nsecond\n'), await label('first\nsecond')], [[[1, 2, 'first\nsecond\n']], [[1, 2, 'first\nsecond']]]);
  });
});
