import * as assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startEmulator, type RunningEmulator } from '../../src/emulator';
import { screenshotOnFailure, Workbench } from './workbench';

/** A fake HOME with an aliyun CLI profile holding the emulator's test key. */
function fakeHome(): string {
  const home = mkdtempSync(join(tmpdir(), 'cloud-tickets-home-'));
  mkdirSync(join(home, '.aliyun'));
  writeFileSync(
    join(home, '.aliyun', 'config.json'),
    JSON.stringify(
      {
        current: 'work',
        profiles: [{ name: 'work', mode: 'AK', access_key_id: 'testid', access_key_secret: 'testsecret', region_id: 'cn-hangzhou', output_format: 'json', language: 'en' }],
      },
      null,
      2,
    ),
  );
  return home;
}

describe('accounts through the UI (vsix installed, emulator on loopback)', () => {
  let workbench: Workbench;
  let server: RunningEmulator;
  let home: string;
  let configBefore: string;

  before(async () => {
    server = await startEmulator({ port: 0 });
    home = fakeHome();
    configBefore = readFileSync(join(home, '.aliyun', 'config.json'), 'utf8');
    workbench = await Workbench.open({ env: { CLOUD_TICKETS_IMPORT_HOME: home } });
    await workbench.openCloudTickets();
  });
  after(async () => {
    await workbench?.close();
    await server?.close();
    rmSync(home, { recursive: true, force: true });
  });

  screenshotOnFailure(() => workbench);

  const dialog = () => workbench.page.locator('.monaco-dialog-box');

  /** Walks the add-account flow up to the check; `secret`/`keyId` may be wrong on purpose. */
  async function addAccount(label: string, keyId: string, secret: string, endpoint: string): Promise<void> {
    await workbench.runCommand('Cloud Tickets: Add Account…');
    await workbench.answerQuickInput('Alibaba Cloud', { pick: true });
    await workbench.answerQuickInput(label, { prompt: /A name for this account/ });
    await workbench.answerQuickInput(keyId, { prompt: /Access key id/ });
    await workbench.answerQuickInput(secret, { prompt: /Access key secret/ });
    await finishConnection(endpoint);
  }

  async function finishConnection(endpoint: string): Promise<void> {
    await workbench.answerQuickInput('', { prompt: /STS security token/ });
    await workbench.answerQuickInput('Custom endpoint…', { pick: true });
    await workbench.answerQuickInput(endpoint, { prompt: /Endpoint host or URL/ });
  }

  it('adds an account after proving its keys', async () => {
    await addAccount('UI account', 'testid', 'testsecret', server.url);
    await workbench
      .tree()
      .getByRole('treeitem', { name: /UI account/ })
      .waitFor({ timeout: 30_000 });
    await workbench
      .tree()
      .getByRole('treeitem', { name: /Needs your action/ })
      .first()
      .waitFor({ timeout: 30_000 });
    await workbench.screenshot('account-added');
  });

  it('says the secret is wrong and returns to that step, keeping the rest', async () => {
    await addAccount('Bad secret', 'testid', 'not-the-secret', server.url);
    await dialog().waitFor({ timeout: 30_000 });
    assert.match(await dialog().innerText(), /secret does not match/);
    await workbench.screenshot('account-bad-secret');
    await dialog().getByRole('button', { name: 'Fix It' }).click();
    await workbench.waitForQuickInputTitle(/Add Cloud Account/);
    assert.match(await workbench.page.locator('.quick-input-widget').innerText(), /secret does not match/);
    await workbench.answerQuickInput('testsecret');
    await finishConnection(server.url);
    await workbench
      .tree()
      .getByRole('treeitem', { name: /Bad secret/ })
      .waitFor({ timeout: 30_000 });
  });

  it('says the key id is unknown', async () => {
    await addAccount('Unknown key', 'LTAI5tUnknownKey000000', 'whatever', server.url);
    await dialog().waitFor({ timeout: 30_000 });
    assert.match(await dialog().innerText(), /does not know this access key id/);
    await workbench.page.keyboard.press('Escape');
  });

  it('says the endpoint cannot be reached', async () => {
    await addAccount('No network', 'testid', 'testsecret', 'http://127.0.0.1:9');
    await dialog().waitFor({ timeout: 60_000 });
    assert.match(await dialog().innerText(), /could not be reached/);
    await workbench.page.keyboard.press('Escape');
  });

  it('says the identity lacks a permission and offers to save anyway', async () => {
    server.control.deny('aliyun', 'otherid', 'ListTickets');
    await addAccount('Denied', 'otherid', 'othersecret', server.url);
    await dialog().waitFor({ timeout: 30_000 });
    assert.match(await dialog().innerText(), /may not use the ticket API/);
    await dialog().getByRole('button', { name: 'Save Anyway' }).click();
    await workbench.collapseTree();
    await workbench
      .tree()
      .getByRole('treeitem', { name: /Denied/ })
      .waitFor({ timeout: 30_000 });
  });

  it('says the clock is off when the request time is rejected', async () => {
    server.control.clock.set(Date.now() + 3 * 60 * 60 * 1000);
    try {
      await addAccount('Clock', 'testid', 'testsecret', server.url);
      await dialog().waitFor({ timeout: 30_000 });
      assert.match(await dialog().innerText(), /clock/);
      await workbench.page.keyboard.press('Escape');
    } finally {
      server.control.clock.useRealTime();
    }
  });

  it('imports a profile from the aliyun CLI config without changing the file, even when its endpoint cannot be reached', async () => {
    await workbench.runCommand('Cloud Tickets: Import Accounts…');
    const row = workbench.page.locator('.quick-input-list .monaco-list-row', { hasText: 'work' }).first();
    await row.waitFor({ timeout: 30_000 });
    assert.match(await row.innerText(), /test\*+|\*+/);
    await workbench.screenshot('import-accounts');
    await row.click();
    await workbench.page.locator('.quick-input-widget', { hasText: '1 Selected' }).waitFor();
    await workbench.page.locator('.quick-input-widget').getByRole('button', { name: 'OK' }).click();
    // The profile names the real cloud, which this machine cannot reach: the check says so and offers to keep it.
    await dialog().waitFor({ timeout: 60_000 });
    assert.match(await dialog().innerText(), /could not be reached/);
    await dialog().getByRole('button', { name: 'Save Anyway' }).click();
    await workbench.collapseTree();
    await workbench.tree().getByRole('treeitem', { name: /work/ }).first().waitFor({ timeout: 30_000 });
    assert.equal(readFileSync(join(home, '.aliyun', 'config.json'), 'utf8'), configBefore);
  });
});
