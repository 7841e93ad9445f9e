// What a new user meets first, inside the real extension host: the welcome content only when there is
// truly no account, keys kept in memory when no keyring is available, and the demo's emulator stopping
// with its last account.
import * as assert from 'node:assert/strict';
import { connect } from 'node:net';
import * as vscode from 'vscode';
import { SecretStorageKeychain } from '../../src/accounts/keychain';
import type { CloudTicketsApi } from '../../src/extension';
import { extensionApi, removeAllAccounts, until } from './api';

/** True when something accepts a TCP connection at the URL's host and port. */
function listening(url: string): Promise<boolean> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve) => {
    const socket = connect({ host: hostname, port: Number(port) });
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}

/** A SecretStorage as VS Code gives it when the OS keyring cannot be reached: every call fails. */
class UnavailableSecretStorage implements vscode.SecretStorage {
  private readonly changed = new vscode.EventEmitter<vscode.SecretStorageChangeEvent>();
  readonly onDidChange = this.changed.event;
  calls = 0;
  get(): Thenable<string | undefined> {
    return this.fail();
  }
  store(): Thenable<void> {
    return this.fail();
  }
  delete(): Thenable<void> {
    return this.fail();
  }
  private fail(): Promise<never> {
    this.calls++;
    return Promise.reject(new Error('Cannot create an item in a locked collection'));
  }
}

describe('first run (extension host)', () => {
  let api: CloudTicketsApi;

  before(async () => {
    api = await extensionApi();
    await removeAllAccounts(api);
  });
  after(async () => {
    await removeAllAccounts(api);
    await api.demo.stopIfUnused();
  });

  it('shows the welcome only once startup has settled, and only while there is no account', async () => {
    await until(() => api.explorer.showsWelcome, 'the welcome after startup with no account');
    const account = await api.services.accounts.add({ providerId: 'aliyun', label: 'Welcome test', endpoint: 'http://127.0.0.1:9' }, { accessKeyId: 'testid', accessKeySecret: 'testsecret' });
    assert.equal(api.explorer.showsWelcome, false);
    await api.services.accounts.remove(account.id);
    assert.equal(api.explorer.showsWelcome, true);
  });

  it('keeps keys in memory for the session when no keyring is available, and reports it once', async () => {
    const storage = new UnavailableSecretStorage();
    const reports: unknown[] = [];
    const keychain = new SecretStorageKeychain(storage, (error) => reports.push(error));
    const credentials = { accessKeyId: 'LTAI5tMemoryOnlyKey0001', accessKeySecret: 'memoryOnlySecretValue0123456789' };
    await keychain.store('a1', credentials);
    await keychain.store('a2', { ...credentials, accessKeyId: 'LTAI5tMemoryOnlyKey0002' });
    assert.deepEqual(await keychain.get('a1'), credentials);
    assert.deepEqual([keychain.sessionOnly, reports.length, storage.calls], [true, 1, 1], 'the keyring is tried once, then memory is used');
    // Memory is all there is: another session over the same storage finds nothing.
    assert.equal(await new SecretStorageKeychain(storage, () => undefined).get('a1'), undefined);
    await keychain.delete('a1');
    assert.equal(await keychain.get('a1'), undefined);
  });

  it('stops the demo emulator when its last account is removed, not before', async () => {
    const accounts = await api.demo.start();
    assert.equal(accounts.length, 2, 'one demo account per cloud');
    const url = accounts[0].endpoint ?? '';
    assert.ok(await listening(url), `the emulator answers at ${url}`);
    await api.services.accounts.remove(accounts[0].id);
    await api.demo.stopIfUnused();
    assert.ok(await listening(url), 'one demo account is left, so the emulator keeps running');
    await api.services.accounts.remove(accounts[1].id);
    await api.demo.stopIfUnused();
    assert.equal(await listening(url), false, 'the emulator stopped with the last demo account');
  });
});
