import * as assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import * as vscode from 'vscode';
import type { RunningEmulator } from '../../src/emulator';
import type { CloudTicketsApi } from '../../src/extension';
import type { TicketModel } from '../../src/views/ticketModel';
import { emulator, extensionApi, removeAllAccounts } from './api';

/** Every file below a folder (missing folders are empty). */
function filesUnder(dir: string): string[] {
  try {
    return (readdirSync(dir, { recursive: true }) as string[]).map((f) => join(dir, f)).filter((f) => statSync(f).isFile());
  } catch {
    return [];
  }
}

describe('accounts and secrets', () => {
  let api: CloudTicketsApi;
  let server: RunningEmulator;

  before(async () => {
    api = await extensionApi();
    server = await emulator();
    await removeAllAccounts(api);
  });
  after(async () => {
    await removeAllAccounts(api);
    await server.close();
  });

  it('keeps credentials in SecretStorage and deletes them with the account', async () => {
    const account = await api.services.accounts.add({ providerId: 'aliyun', label: 'Store test', endpoint: server.url }, { accessKeyId: 'testid', accessKeySecret: 'testsecret' });
    assert.equal((await api.services.accounts.credentials(account.id))?.accessKeySecret, 'testsecret');
    await api.services.accounts.remove(account.id);
    assert.equal(await api.services.accounts.credentials(account.id), undefined);
  });

  it('sizes the first refresh of an account saved after its key check by the tickets the check counted', async () => {
    // What Add Account and Import do once the keys work: the check's count reaches the ticket model before the account
    // exists, so its first refresh asks for every list page at once. A count above the emulator's shows it: the pages
    // past the end are asked for too (a first refresh with nothing counted asks for the slow start's seven).
    const { saveCheckedAccount } = await import('../../src/commands/accountAdd');
    server.control.clearRequests();
    const account = await saveCheckedAccount(
      api.services,
      { providerId: 'aliyun', label: 'Counted test', endpoint: server.url },
      { accessKeyId: 'testid', accessKeySecret: 'testsecret' },
      { ticketCount: 500 },
    );
    await api.services.tickets.refresh(account.id);
    const pages = new Set(
      server.control
        .requests()
        .filter((request) => request.action === 'ListTickets' && !request.url.includes('StatusList'))
        .map((request) => new URL(request.url, server.url).searchParams.get('PageNumber')),
    );
    assert.deepEqual(
      [...pages].sort((a, b) => Number(a) - Number(b)),
      ['1', '2', '3', '4', '5', '6', '7', '8', '9', '10'],
    );
    // An id given for a new account is never one in use.
    await assert.rejects(
      api.services.accounts.add({ providerId: 'aliyun', label: 'Same id', endpoint: server.url }, { accessKeyId: 'testid', accessKeySecret: 'testsecret' }, account.id),
      /exists already/,
    );
    await api.services.accounts.remove(account.id);
  });

  it('loads the tickets of an account from the emulator', async () => {
    const account = await api.services.accounts.add({ providerId: 'aliyun', label: 'Tickets test', endpoint: server.url }, { accessKeyId: 'testid', accessKeySecret: 'testsecret' });
    await api.services.tickets.refresh(account.id);
    assert.ok(api.services.tickets.summaries(account.id).length > 0);
    await api.services.accounts.remove(account.id);
  });

  it('marks an account whose keys are rejected, and never one that lacks a permission', async () => {
    const rejected = await api.services.accounts.add({ providerId: 'aliyun', label: 'Rejected', endpoint: server.url }, { accessKeyId: 'testid', accessKeySecret: 'wrong-secret' });
    const denied = await api.services.accounts.add({ providerId: 'aliyun', label: 'Denied', endpoint: server.url }, { accessKeyId: 'otherid', accessKeySecret: 'othersecret' });
    server.control.deny('aliyun', 'otherid', 'ListTickets');
    await api.services.tickets.refresh();
    const snapshot = (api.services.tickets as TicketModel).of(rejected.id);
    assert.deepEqual(
      [api.services.accounts.healthOf(rejected.id), api.services.accounts.healthOf(denied.id)],
      ['credentials', 'ok'],
      JSON.stringify({ state: snapshot?.state, error: snapshot?.error }),
    );
    await removeAllAccounts(api);
  });

  it('never lets a secret reach settings, globalState, logs, errors or storage folders', async () => {
    const canary = { accessKeyId: 'LTAI5tCANARYkeyid0000001', accessKeySecret: 'CANARYsecretValue9f8e7d6c5b4a3', securityToken: 'CAISCANARYtokenValue1234567890' };
    const account = await api.services.accounts.add({ providerId: 'aliyun', label: 'Canary', endpoint: server.url }, canary);
    await api.services.tickets.refresh(account.id);
    await vscode.commands.executeCommand('cloudTickets.refresh');
    const errorText = (api.services.tickets as TicketModel).of(account.id)?.error?.message ?? '';
    const places: Array<[string, string]> = [
      ['error message', errorText],
      ['globalState', JSON.stringify(api.globalState.keys().map((key) => [key, api.globalState.get(key)]))],
      ['settings', JSON.stringify(vscode.workspace.getConfiguration('cloudTickets'))],
    ];
    // Log files of this window (the extension's output channel included) and the extension's storage.
    const logsRoot = join(api.storage.logUri.fsPath, '..', '..');
    for (const file of [...filesUnder(logsRoot), ...filesUnder(api.storage.globalStorageUri.fsPath), ...(api.storage.storageUri ? filesUnder(api.storage.storageUri.fsPath) : [])]) {
      places.push([file, readFileSync(file, 'utf8')]);
    }
    const leaks = places.filter(([, content]) => content.includes(canary.accessKeySecret) || content.includes(canary.securityToken)).map(([where]) => where);
    assert.ok(
      places.some(([, content]) => content.includes('Cloud Tickets') && content.includes('activated')),
      'the extension log was not among the inspected files',
    );
    assert.deepEqual(leaks, []);
    await api.services.accounts.remove(account.id);
  });
});
