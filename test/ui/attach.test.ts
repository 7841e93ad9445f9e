import * as assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startEmulator, type RunningEmulator } from '../../src/emulator';
import { screenshotOnFailure, Workbench } from './workbench';

interface AliyunTicket {
  TicketId: string;
  Title: string;
  Notes: { Content: string; Attachments: string[] }[];
}
interface OsmCase {
  id: string;
  messages: { content: string; accessoryIds: string[] }[];
}

const ALIYUN_TICKET = 'Cannot connect to ECS after security group change';
const ALIYUN_OTHER = 'VPC NAT gateway SNAT not working';
const HUAWEI_TICKET = 'SSH to ecs-prod-01 times out after the security group change';
const HUAWEI_CASE = 'TS20260318CONFIRM0000003';
const MB = 1024 * 1024;
// Canaries the diagnostics bundle must not carry.
const PROXY_PASSWORD = 'CanaryUiProxyPassword42';
const FILE_SECRET = 'CanaryUiFileSecret_0123456789abcdefXYZ';

describe('attach to ticket and diagnostics (vsix installed, emulator on loopback)', function () {
  let workbench: Workbench;
  let server: RunningEmulator;
  let scratch: string;
  const page = () => workbench.page;
  const aliyunTicket = (title: string) => (server.control.state('aliyun') as { tickets: AliyunTicket[] }).tickets.find((t) => t.Title === title)!;
  const huaweiCase = () => (server.control.state('huaweicloud') as { cases: OsmCase[] }).cases.find((c) => c.id === HUAWEI_CASE)!;
  const actions = () => server.control.requests().map((request) => request.action);
  const workspaceFile = (name: string) => join(workbench.workspaceFolder, name);

  /** Waits until the quick input shows `step` in its title, prompt or placeholder (the widget is reused between steps). */
  async function waitForStep(step: RegExp): Promise<void> {
    const widget = page().locator('.quick-input-widget');
    const input = widget.locator('input').first();
    for (let tries = 0; ; tries++) {
      const visible = await widget.isVisible();
      const shown = visible ? `${await widget.innerText()}\n${(await input.getAttribute('placeholder')) ?? ''}` : '';
      if (step.test(shown)) return;
      if (tries > 300) throw new Error(`the quick input never showed ${step}; it shows: ${shown}`);
      await page().waitForTimeout(100);
    }
  }

  /** Answers the open quick input once it shows `step`. */
  async function answer(text: string, step: RegExp, pick = false): Promise<void> {
    await waitForStep(step);
    const widget = page().locator('.quick-input-widget');
    const input = widget.locator('input').first();
    await input.fill(text);
    if (pick) await widget.locator('.quick-input-list .monaco-list-row.focused', { hasText: text }).first().waitFor();
    await input.press('Enter');
  }

  /** Runs a palette command with the focus on the workbench. */
  async function command(title: string): Promise<void> {
    const input = page().locator('.quick-input-widget input').first();
    for (let attempt = 0; attempt < 3; attempt++) {
      await page().locator('.part.sidebar .title-label').first().click();
      await page().keyboard.press('F1');
      if (
        await input.waitFor({ timeout: 5_000 }).then(
          () => true,
          () => false,
        )
      )
        break;
    }
    await input.fill(`>${title}`);
    await page().locator('.quick-input-list .monaco-list-row.focused', { hasText: title }).first().waitFor();
    await input.press('Enter');
  }

  async function addAccount(provider: string, label: string, keyId: string, secret: string): Promise<void> {
    await command('Cloud Tickets: Add Account…');
    await answer(provider, /Which cloud/, true);
    await answer(label, /A name for this account/);
    await answer(keyId, /Access key id/);
    await answer(secret, /Access key secret/);
    await answer('', /STS security token/);
    await answer('Custom endpoint…', /Where should requests go/, true);
    await answer(server.url, /Endpoint host or URL/);
    await workbench.notification(`Account "${label}" added.`);
  }

  const explorerRow = (name: string) => page().locator('.explorer-folders-view').getByRole('treeitem', { name, exact: true }).first();

  /** Selects the named explorer entries (Ctrl+click for more than one) and opens the context menu on the last. */
  async function rightClickInExplorer(names: readonly string[]): Promise<void> {
    await command('File: Focus on Files Explorer');
    const selected = page().locator('.explorer-folders-view [role="treeitem"][aria-selected="true"]');
    for (let attempt = 0; ; attempt++) {
      for (const [index, name] of names.entries()) {
        await explorerRow(name).waitFor({ timeout: 30_000 });
        await explorerRow(name).click(index === 0 ? {} : { modifiers: ['ControlOrMeta'] });
        // A click opens the file in a preview editor; let that settle before extending the selection.
        await page().waitForTimeout(300);
      }
      if ((await selected.count()) === names.length || attempt === 3) break;
    }
    await explorerRow(names[names.length - 1]).click({ button: 'right' });
  }

  /** Runs a context-menu item. A click right after the menu opens is sometimes ignored; then the keyboard runs it. */
  async function chooseMenuItem(label: string): Promise<void> {
    const item = page().locator('.monaco-menu .action-item', { hasText: label }).first();
    await item.waitFor();
    await item.click();
    if (
      await item.waitFor({ state: 'hidden', timeout: 1_500 }).then(
        () => false,
        () => true,
      )
    ) {
      await item.hover();
      await page().keyboard.press('Enter');
      await item.waitFor({ state: 'hidden' });
    }
  }

  async function until<T>(probe: () => T | undefined, what: string, timeoutMs = 30_000): Promise<T> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const value = probe();
      if (value !== undefined) return value;
      if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
      await page().waitForTimeout(200);
    }
  }

  const toast = (text: string | RegExp) => page().locator('.notification-toast', { hasText: text });
  const dialog = () => page().locator('.monaco-dialog-box');

  /** Between tests: no editors, no notifications, an empty request log. */
  async function reset(): Promise<void> {
    await command('View: Close All Editors');
    await command('Notifications: Clear All Notifications');
    server.control.clearRequests();
  }

  before(async function () {
    this.timeout(300_000);
    server = await startEmulator({ port: 0 });
    scratch = mkdtempSync(join(tmpdir(), 'ct-attach-ui-'));
    workbench = await Workbench.open({
      settings: { 'explorer.autoReveal': false, 'http.proxySupport': 'off', 'http.proxy': `http://ui-user:${PROXY_PASSWORD}@proxy.invalid:3128`, 'workbench.colorTheme': 'Default Light Modern' },
    });
    const files: Record<string, Uint8Array> = {
      'report.log': Buffer.from('2026-05-01 ERROR connection reset by peer\n'.repeat(50)),
      'first.txt': Buffer.from('first of two\n'),
      'second.log': Buffer.from('second of two\n'),
      'big.bin': randomBytes(21 * MB),
      'medium.log': Buffer.alloc(5 * MB, 0x61),
      'tool.exe': Buffer.from('MZ not really a program'),
      'slow.log': randomBytes(200_000),
      'notes.txt': Buffer.from('saved text\n'),
      'logs/.gitignore': Buffer.from('*.tmp\n'),
      'logs/app.log': Buffer.from('app log line\n'),
      'logs/scratch.tmp': Buffer.from('ignored'),
      'logs/node_modules/dep/index.js': Buffer.from('excluded'),
      'logs/.env': Buffer.from('SECRET=not-to-be-zipped'),
    };
    for (const [path, data] of Object.entries(files)) {
      mkdirSync(join(workspaceFile(path), '..'), { recursive: true });
      writeFileSync(workspaceFile(path), data);
    }
    writeFileSync(join(scratch, 'app-config.log'), `started\naliyun.access_key_secret = ${FILE_SECRET}\n`);
    await workbench.openCloudTickets();
    await addAccount('Alibaba Cloud', 'Attach Alibaba', 'testid', 'testsecret');
    await addAccount('Huawei Cloud', 'Attach Huawei', 'testak', 'testsk');
  });
  after(async () => {
    await workbench?.close();
    await server?.close();
    rmSync(scratch, { recursive: true, force: true });
  });
  beforeEach(async () => {
    if (workbench) await reset();
  });

  screenshotOnFailure(() => workbench);
  afterEach(async function () {
    // Toasts hide after a while; the notification centre keeps what the extension said.
    if (this.currentTest?.state !== 'failed' || !workbench) return;
    await page().keyboard.press('Escape');
    await command('Notifications: Show Notifications').catch(() => undefined);
    const said = await page()
      .locator('.notifications-center')
      .innerText()
      .catch(() => '(no notification centre)');
    console.log(`notifications after "${this.currentTest.title}":\n${said}`);
  });

  it('right-click a file in the Explorer → Attach to Ticket… → an Alibaba ticket: the emulator holds the bytes and the reply', async () => {
    await rightClickInExplorer(['report.log']);
    await workbench.screenshot('attach-explorer-menu');
    await chooseMenuItem('Attach to Ticket…');
    await answer(ALIYUN_TICKET, /Attach report\.log to Ticket/, true);
    await answer('The log from this morning', /Message to send with the attachments/);
    await workbench.notification(`Attached 1 file(s) to "${ALIYUN_TICKET}".`);
    const note = aliyunTicket(ALIYUN_TICKET).Notes.at(-1)!;
    const stored = server.control.attachment('aliyun', note.Attachments[0]);
    assert.deepEqual(
      { content: note.Content, count: note.Attachments.length, same: stored?.equals(Buffer.from('2026-05-01 ERROR connection reset by peer\n'.repeat(50))) },
      { content: 'The log from this morning', count: 1, same: true },
    );
  });

  it('attaches to a Huawei Cloud ticket from the same menu (picker grouped by account)', async () => {
    await rightClickInExplorer(['report.log']);
    await chooseMenuItem('Attach to Ticket…');
    await page().locator('.quick-input-list .monaco-list-row', { hasText: 'Recently used' }).first().waitFor({ timeout: 30_000 });
    await workbench.screenshot('attach-ticket-picker');
    await answer(HUAWEI_TICKET, /Attach report\.log to Ticket/, true);
    await answer('', /Message to send with the attachments/);
    await workbench.notification(/Attached 1 file\(s\)/);
    const message = huaweiCase().messages.find((m) => m.content === 'Attached from VS Code: report.log')!;
    assert.deepEqual(
      message.accessoryIds.map((id) => server.control.attachment('huaweicloud', id)?.toString('utf8')),
      ['2026-05-01 ERROR connection reset by peer\n'.repeat(50)],
    );
  });

  it('multi-select attaches all files in one reply', async () => {
    await rightClickInExplorer(['first.txt', 'second.log']);
    await chooseMenuItem('Attach to Ticket…');
    await answer(ALIYUN_OTHER, /Attach 2 Files to Ticket/, true);
    await answer('Both files', /Message to send with the attachments/);
    await workbench.notification(/Attached 2 file\(s\)/);
    const note = aliyunTicket(ALIYUN_OTHER).Notes.at(-1)!;
    const stored = note.Attachments.map((key) => server.control.attachment('aliyun', key)?.toString('utf8')).sort();
    assert.deepEqual({ content: note.Content, stored }, { content: 'Both files', stored: ['first of two\n', 'second of two\n'] });
  });

  it("refuses a file over Alibaba's 20 MB before any upload, naming file and limit", async () => {
    await rightClickInExplorer(['big.bin']);
    await chooseMenuItem('Attach to Ticket…');
    await answer(ALIYUN_TICKET, /Attach big\.bin to Ticket/, true);
    await dialog().waitFor({ timeout: 30_000 });
    const text = await dialog().innerText();
    await workbench.screenshot('attach-too-large');
    await page().keyboard.press('Escape');
    assert.deepEqual(
      { named: /big\.bin is 21 MB; the limit is 20 MB per file/.test(text), uploads: actions().filter((a) => a === 'GetAttachmentUploadUrl' || a === 'PutObject') },
      { named: true, uploads: [] },
    );
  });

  it("refuses a file over Huawei's published 4 MB and a type it does not accept, before any upload", async () => {
    await rightClickInExplorer(['medium.log', 'tool.exe']);
    await chooseMenuItem('Attach to Ticket…');
    await answer(HUAWEI_TICKET, /Attach 2 Files to Ticket/, true);
    await dialog().waitFor({ timeout: 30_000 });
    const text = await dialog().innerText();
    await workbench.screenshot('attach-wrong-type');
    await page().keyboard.press('Escape');
    assert.deepEqual(
      {
        size: /medium\.log is 5 MB; the limit is 4 MB per file/.test(text),
        type: /tool\.exe: files of type "\.exe" are not accepted/.test(text),
        uploads: actions().filter((a) => a === 'UploadAccessory' || a === 'UploadJsonAccessories'),
      },
      { size: true, type: true, uploads: [] },
    );
  });

  it('cancel during a slow upload leaves no reply', async () => {
    const notesBefore = aliyunTicket(ALIYUN_TICKET).Notes.length;
    server.control.addLatency({ provider: 'aliyun', action: 'PutObject', ms: 8_000 });
    try {
      await rightClickInExplorer(['slow.log']);
      await chooseMenuItem('Attach to Ticket…');
      await answer(ALIYUN_TICKET, /Attach slow\.log to Ticket/, true);
      await answer('must never be posted', /Message to send with the attachments/);
      const progress = toast(`Attaching to "${ALIYUN_TICKET}"`);
      await progress.waitFor({ timeout: 30_000 });
      const cancel = progress.locator('.monaco-button', { hasText: 'Cancel' });
      await progress.hover();
      await cancel.waitFor();
      await page().waitForTimeout(500); // let the toast finish sliding in for the screenshot
      await workbench.screenshot('attach-upload-progress');
      await cancel.click();
      await workbench.notification('Attaching was cancelled; no reply was posted');
      await page().waitForTimeout(9_000);
    } finally {
      server.control.clearLatency();
    }
    assert.deepEqual({ notes: aliyunTicket(ALIYUN_TICKET).Notes.length, replies: actions().filter((a) => a === 'ReplyTicket').length }, { notes: notesBefore, replies: 0 });
  });

  it('a dirty editor attaches its current text when asked (palette, current file)', async () => {
    await command('Go to File...');
    await answer('notes.txt', /notes|Search files/, true);
    await page().locator('.monaco-editor .view-lines', { hasText: 'saved text' }).waitFor({ timeout: 30_000 });
    await page().locator('.monaco-editor .view-lines').first().click();
    await page().keyboard.press('ControlOrMeta+End');
    await page().keyboard.type('unsaved line');
    await command('Cloud Tickets: Attach to Ticket…');
    await dialog().waitFor({ timeout: 30_000 });
    await dialog().getByRole('button', { name: 'Attach Editor Text' }).click();
    await answer(ALIYUN_OTHER, /Attach notes\.txt to Ticket/, true);
    await answer('Editor text', /Message to send with the attachments/);
    await workbench.notification(/Attached 1 file\(s\)/);
    const note = aliyunTicket(ALIYUN_OTHER).Notes.at(-1)!;
    assert.equal(server.control.attachment('aliyun', note.Attachments[0])?.toString('utf8'), 'saved text\nunsaved line');
    await command('File: Revert File');
  });

  it('offers Attach to Ticket… on the editor tab', async () => {
    await command('Go to File...');
    await answer('report.log', /report|Search files/, true);
    await page().locator('.tabs-container .tab', { hasText: 'report.log' }).click({ button: 'right' });
    await page().locator('.monaco-menu .action-item', { hasText: 'Attach to Ticket…' }).first().waitFor();
    await workbench.screenshot('attach-tab-menu');
    await page().keyboard.press('Escape');
  });

  it('zips a folder after showing its size, without ignored, excluded and secret files', async () => {
    await rightClickInExplorer(['logs']);
    await chooseMenuItem('Attach to Ticket…');
    await answer(HUAWEI_TICKET, /Attach logs to Ticket/, true);
    await dialog().waitFor({ timeout: 30_000 });
    const text = await dialog().innerText();
    await workbench.screenshot('attach-zip-folder');
    await dialog().getByRole('button', { name: 'Zip and Attach' }).click();
    await answer('The logs folder', /Message to send with the attachments/);
    // The success toast can stay behind the closing modal; the emulator is the witness.
    const message = await until(() => huaweiCase().messages.find((m) => m.content === 'The logs folder'), 'the reply with the zipped folder');
    const zip = join(scratch, 'logs.zip');
    writeFileSync(zip, server.control.attachment('huaweicloud', message.accessoryIds[0])!);
    const listed = execFileSync('unzip', ['-Z1', zip]).toString().split('\n').filter(Boolean).sort();
    assert.deepEqual({ summary: /Zip the folder logs\? 2 files/.test(text), secrets: /\.env/.test(text), listed }, { summary: true, secrets: true, listed: ['logs/.gitignore', 'logs/app.log'] });
  });

  it('Attach Diagnostics…: read-only preview with redactions highlighted, then the redacted zip is attached', async () => {
    await command('Cloud Tickets: Attach Diagnostics…');
    await answer(ALIYUN_TICKET, /Attach Diagnostics to Ticket/, true);
    await waitForStep(/What to Include/);
    // The default selection plus "Add files…": click that row, then OK.
    const widget = page().locator('.quick-input-widget');
    await widget.locator('.quick-input-list .monaco-list-row', { hasText: 'Add files…' }).click();
    await widget.getByRole('button', { name: 'OK' }).click();
    // VS Code's own file dialog (a quick input): type the path, wait until it lists the file, confirm.
    await waitForStep(/Add files to the diagnostics bundle/);
    await widget.locator('input').first().fill(join(scratch, 'app-config.log'));
    await widget.locator('.quick-input-list .monaco-list-row', { hasText: 'app-config.log' }).waitFor();
    await widget.getByRole('button', { name: 'Add to Bundle' }).click();
    const editor = page().locator('.editor-instance .monaco-editor').first();
    await editor.locator('.view-lines', { hasText: 'Review it before attaching' }).waitFor({ timeout: 60_000 });
    await page()
      .locator('.tabs-container .tab', { hasText: /cloud-tickets-diagnostics-.*\.txt/ })
      .waitFor();
    await editor.locator('.view-lines').click();
    // The added file is the last section: show its highlighted redaction.
    await page().keyboard.press('ControlOrMeta+End');
    await editor.locator('.view-lines', { hasText: 'REDACTED:' }).waitFor();
    await workbench.screenshot('diagnostics-preview');
    await page().keyboard.type('EDITED-BY-TEST');
    await page().waitForTimeout(500);
    const edited = (await editor.locator('.view-lines').innerText()).includes('EDITED-BY-TEST');
    await toast(/Review the diagnostics bundle/)
      .getByRole('button', { name: 'Attach Bundle' })
      .click();
    await answer('', /Message to send with the attachments/);
    await workbench.notification(/Attached 1 file\(s\)/);
    const note = aliyunTicket(ALIYUN_TICKET).Notes.at(-1)!;
    const zip = join(scratch, 'diagnostics.zip');
    writeFileSync(zip, server.control.attachment('aliyun', note.Attachments[0])!);
    const read = (path: string) => execFileSync('unzip', ['-p', zip, path]).toString('utf8');
    const everything = execFileSync('unzip', ['-p', zip]).toString('utf8');
    assert.deepEqual(
      {
        readOnly: !edited,
        name: /^Attached from VS Code: cloud-tickets-diagnostics-\d{8}-\d{6}\.zip$/.test(note.Content),
        redactedFile: /access_key_secret = \[REDACTED:[a-z-]+\]/.test(read('files/app-config.log')),
        proxy: /http\.proxy: http:\/\/proxy\.invalid:3128/.test(read('proxy.txt')),
        leaked: [FILE_SECRET, PROXY_PASSWORD, 'testsecret', 'testsk'].filter((canary) => everything.includes(canary)),
      },
      { readOnly: true, name: true, redactedFile: true, proxy: true, leaked: [] },
    );
  });
});
