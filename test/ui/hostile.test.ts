// Hostile data in every field of both providers, in a real VS Code: nothing a cloud sends may run a command,
// open a terminal, load a remote URL, reorder what follows it, hide a difference, or freeze the window.
// A sentinel extension counts the commands and terminals hostile text manages to start.
import * as assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startEmulator, type RunningEmulator } from '../../src/emulator';
import { COMMAND_LINK_TITLE, HOSTILE_FILE_TEXT, hostileDocument, LONG_TITLE, LOOK_ALIKES, OVERRIDE_TITLE, PLANTED_TITLES, plantedIds } from './hostile-fixtures';
import { ROOT, screenshotOnFailure, Workbench } from './workbench';

const RAW_REORDERING_OR_INVISIBLE = /[\u202A-\u202E\u2066-\u2069\u200B\u200C\u2060\uFEFF]/;
/** Right-to-left text comes wrapped in one first-strong isolate on purpose; what is inside must be clean. */
const withoutOwnIsolates = (text: string) => text.replace(/\u2068([^\u2066-\u2069]*)\u2069/g, '$1');
/** Loopback, and the host webview resources appear under (answered by the webview's service worker, never sent). */
const LOCAL_HOSTS = /^(127\.\d+\.\d+\.\d+|localhost|\[::1\]|[^.]+\.vscode-resource\.vscode-cdn\.net)$/;
const HUAWEI_LABEL = 'Hua [owned](command:sentinel.fire)';

/** Packs the sentinel extension next to the test (vsce, no network). */
function packSentinel(folder: string): string {
  const vsix = join(folder, 'sentinel.vsix');
  execFileSync(join(ROOT, 'node_modules/.bin/vsce'), ['package', '--no-dependencies', '--allow-missing-repository', '--skip-license', '-o', vsix], { cwd: join(__dirname, 'sentinel'), stdio: 'pipe' });
  return vsix;
}

describe('hostile data from both clouds (vsix installed, emulator on loopback)', function () {
  let workbench: Workbench;
  let server: RunningEmulator;
  let sentinelFile: string;
  const offLoopback: string[] = [];
  const dialogs: string[] = [];
  /** Ticket ids of the planted tickets, by provider, in PLANTED_TITLES order. */
  const planted: Record<string, string[]> = {};

  before(async function () {
    // Two emulators, a sentinel to pack, a workbench and two accounts through the real flow.
    this.timeout(300_000);
    const folder = mkdtempSync(join(tmpdir(), 'cloud-tickets-hostile-'));
    sentinelFile = join(folder, 'sentinel.log');
    const builtIn = await startEmulator({ port: 0 });
    const document = hostileDocument(builtIn.control.fixturesDocument());
    await builtIn.close();
    server = await startEmulator({ port: 0, fixtures: document });
    for (const provider of ['aliyun', 'huaweicloud']) planted[provider] = plantedIds(document, provider);
    workbench = await Workbench.open({ extraVsix: [packSentinel(folder)], env: { CLOUD_TICKETS_SENTINEL_FILE: sentinelFile } });
    workbench.page.context().on('request', (request) => {
      const { hostname, protocol } = new URL(request.url());
      if (/^https?:$/.test(protocol) && !LOCAL_HOSTS.test(hostname)) offLoopback.push(request.url());
    });
    workbench.page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    await workbench.openCloudTickets();
    await workbench.addAccount('Alibaba Cloud', 'Ali', { id: 'testid', secret: 'testsecret' }, server.url);
    await workbench.addAccount('Huawei Cloud', HUAWEI_LABEL, { id: 'testak', secret: 'testsk' }, server.url);
  });
  after(async () => {
    await workbench?.close();
    await server?.close();
  });
  screenshotOnFailure(() => workbench);

  const page = () => workbench.page;
  const sentinelLines = () => (existsSync(sentinelFile) ? readFileSync(sentinelFile, 'utf8').trim().split('\n') : []);
  const commandRuns = () => sentinelLines().filter((line) => line.startsWith('command'));
  const rows = () => workbench.tree().getByRole('treeitem');

  it('has a live sentinel: a command run from the palette is counted', async () => {
    // The toast hides itself after a while; on a slow machine it may be gone before this runs, and then the notification
    // centre still lists it.
    const toast = page()
      .locator('.notifications-toasts', { hasText: /Account "Hua/ })
      .first();
    const shown = await toast.waitFor({ timeout: 10_000 }).then(
      () => true,
      () => false,
    );
    if (!shown) {
      await workbench.runCommand('Notifications: Show Notifications');
      await page()
        .locator('.notifications-center', { hasText: /Account "Hua/ })
        .first()
        .waitFor({ timeout: 30_000 });
    }
    await workbench.screenshot('hostile-account-added');
    if (!shown) await workbench.runCommand('Notifications: Hide Notifications');
    await workbench.runCommand('Sentinel: Fire');
    await page().waitForTimeout(1000);
    assert.equal(commandRuns().length, 1, sentinelLines().join('\n'));
  });

  it('shows hostile titles in the tree in order, with look-alikes told apart', async () => {
    await rows().filter({ hasText: 'Invoice' }).first().waitFor({ timeout: 60_000 });
    const texts = await rows().allInnerTexts();
    for (const text of texts) assert.doesNotMatch(withoutOwnIsolates(text), RAW_REORDERING_OR_INVISIBLE, `raw control in tree row ${JSON.stringify(text)}`);
    assert.ok(
      texts.some((text) => text.includes('Invoice ⟨U+202E⟩exe.txt needs review')),
      'the override is shown by name',
    );
    assert.ok(
      texts.some((text) => text.startsWith(LOOK_ALIKES[0])),
      'plain look-alike',
    );
    assert.ok(
      texts.some((text) => text.startsWith('Disk⟨U+200B⟩ full')),
      'zero-width look-alike differs',
    );
    assert.ok(
      texts.every((text) => text.length < 400),
      'no 100 KB tree row',
    );
    await workbench.screenshot('hostile-tree');
  });

  it('keeps links in a hostile title inert in the tree tooltip', async () => {
    await page().mouse.move(700, 400);
    const row = rows().filter({ hasText: 'Open the runbook' }).first();
    await row.hover();
    // The ticket's own tooltip (it names the ticket), not the activity bar's hover.
    const hover = page().locator('.monaco-hover:visible', { hasText: 'Open the runbook' }).first();
    await hover.waitFor({ timeout: 15_000 });
    await workbench.screenshot('hostile-tooltip');
    assert.equal(await hover.locator('a').count(), 0, 'no link in the tooltip');
    assert.match(await hover.innerText(), /command:sentinel\.fire/);
    await hover.click();
    await page().mouse.move(0, 0);
  });

  it('notifies about a hostile ticket without a clickable link', async () => {
    await workbench.runCommand('Notifications: Clear All Notifications');
    server.control.setStatus('aliyun', planted.aliyun[0], 'wait_feedback');
    await workbench.runCommand('Cloud Tickets: Refresh');
    const toast = page().locator('.notification-toast', { hasText: 'needs your action' }).first();
    await toast.waitFor({ timeout: 60_000 });
    await workbench.screenshot('hostile-notification');
    assert.equal(await toast.locator('.notification-list-item-message a').count(), 0, 'no link in the message');
    await toast.locator('.notification-list-item-message').click();
    assert.match(await toast.innerText(), /\[Open the runbook\] \(command:sentinel\.fire/);
  });

  it('lists hostile titles in Search Tickets in order and distinguishable', async () => {
    await workbench.runCommand('Cloud Tickets: Search Tickets…');
    const input = page().locator('.quick-input-widget input');
    await input.fill('full on db-01');
    await page().locator('.quick-input-list .monaco-list-row').nth(1).waitFor({ timeout: 15_000 });
    const texts = await page().locator('.quick-input-list .monaco-list-row').allInnerTexts();
    await workbench.screenshot('hostile-search');
    for (const text of texts) assert.doesNotMatch(withoutOwnIsolates(text), RAW_REORDERING_OR_INVISIBLE, JSON.stringify(text));
    assert.ok(new Set(texts.map((text) => text.split('\n')[0])).size === texts.length, `look-alikes differ: ${texts.join(' | ')}`);
    await input.press('Escape');
  });

  for (const provider of ['aliyun', 'huaweicloud'] as const) {
    it(`opens the 100 KB-title ticket of ${provider} in a panel with a clamped header and a short tab`, async () => {
      const started = Date.now();
      await openTicket(provider, PLANTED_TITLES.indexOf(LONG_TITLE));
      const header = workbench.webview().locator('h1').first();
      await header.waitFor({ timeout: 60_000 });
      console.log(`      ${provider}: 100 KB title panel visible after ${Date.now() - started} ms (the bench measures it properly)`);
      const box = await header.boundingBox();
      assert.ok(box && box.height < 300, `header height ${box?.height}`);
      const tab = await page().locator('.tabs-container .tab.active').innerText();
      assert.ok(tab.length <= 80, `tab title ${tab.length} characters`);
      await workbench.screenshot(`hostile-long-title-${provider}`);
    });

    it(`shows the override ticket of ${provider} in order in the panel and its export`, async () => {
      await openTicket(provider, PLANTED_TITLES.indexOf(OVERRIDE_TITLE));
      const header = workbench.webview().locator('h1').first();
      await header.waitFor({ timeout: 60_000 });
      // The page keeps the real character (copy-paste gives the cloud's text) inside an isolated, labelled marker.
      await header.locator('.invisible-char[data-code-point="U+202E"]').waitFor();
      assert.match(await header.innerText(), /^Invoice \u202eexe\.txt needs review$/);
      const leftToRight = await header.evaluate((element) => {
        const lefts: Record<string, number> = {};
        const walker = element.ownerDocument.createTreeWalker(element, 4 /* NodeFilter.SHOW_TEXT; the test tsconfig has no DOM lib */);
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          for (const word of ['Invoice', 'exe.txt', 'review']) {
            const at = node.textContent?.indexOf(word) ?? -1;
            if (at < 0) continue;
            const range = element.ownerDocument.createRange();
            range.setStart(node, at);
            range.setEnd(node, at + word.length);
            lefts[word] = range.getBoundingClientRect().left;
          }
        }
        return lefts.Invoice < lefts['exe.txt'] && lefts['exe.txt'] < lefts.review;
      });
      assert.ok(leftToRight, 'the text after the override keeps its order on screen');
      const links = workbench.webview().locator('a');
      for (let i = 0; i < (await links.count()); i += 1) {
        const link = links.nth(i);
        const href = (await link.getAttribute('href')) ?? '';
        assert.doesNotMatch(href, /^(command|javascript|file|vscode):/i, `link ${href}`);
      }
      await workbench.screenshot(`hostile-panel-${provider}`);
      await workbench.runCommand('Cloud Tickets: Export Conversation to Markdown');
      // The save dialog (VS Code's own, in code-server) proposes ticket-<id>.md in the workspace folder.
      const ticketId = planted[provider][PLANTED_TITLES.indexOf(OVERRIDE_TITLE)];
      const fileName = `ticket-${ticketId}.md`;
      const dialogInput = workbench.page.locator('.quick-input-widget input').first();
      await expectValue(dialogInput, (value) => value.endsWith(fileName));
      await dialogInput.press('Enter');
      await workbench.page.locator('.tabs-container .tab.active', { hasText: fileName }).waitFor({ timeout: 30_000 });
      assert.ok(existsSync(join(workbench.workspaceFolder, fileName)), 'the export is a real file in the folder the dialog proposed');
      const editor = page().locator('.monaco-editor .view-lines').first();
      await editor.waitFor({ timeout: 30_000 });
      await page().locator('.monaco-editor .view-lines', { hasText: 'U+202E' }).first().waitFor({ timeout: 30_000 });
      await workbench.screenshot(`hostile-export-${provider}`);
      // Only the export's editor: the attachment is opened from the panel behind it.
      await workbench.runCommand('View: Close Editor');
      await openHostileAttachment(provider);
    });
  }

  /** Waits until an input shows a value the predicate accepts (dialogs fill their inputs as they load). */
  async function expectValue(input: ReturnType<Workbench['page']['locator']>, accepts: (value: string) => boolean): Promise<void> {
    await input.waitFor({ timeout: 30_000 });
    for (let attempt = 0; !accepts(await input.inputValue()); attempt++) {
      if (attempt === 60) throw new Error(`the input shows "${await input.inputValue()}"`);
      await workbench.page.waitForTimeout(500);
    }
  }

  /** Opens the planted `evil<U+202E>txt.exe` from the panel: the file written and its tab show the real extension. */
  async function openHostileAttachment(provider: string): Promise<void> {
    const ticketId = planted[provider][PLANTED_TITLES.indexOf(OVERRIDE_TITLE)];
    const folder = join(workbench.userDataFolder, 'User', 'globalStorage', 'cloud-tickets.cloud-tickets', 'attachments', ticketId);
    await workbench.webview().locator('[data-action="open"][aria-label*="evil"]').first().click();
    const deadline = Date.now() + 30_000;
    while (!existsSync(join(folder, 'eviltxt.exe')) && Date.now() < deadline) await page().waitForTimeout(200);
    assert.deepEqual(readdirSync(folder), ['eviltxt.exe'], 'saved under the name without the override, nothing else left');
    assert.equal(readFileSync(join(folder, 'eviltxt.exe'), 'utf8'), HOSTILE_FILE_TEXT);
    const tab = page().locator('.tabs-container .tab.active');
    await page().locator('.tabs-container .tab.active', { hasText: 'eviltxt.exe' }).waitFor({ timeout: 30_000 });
    assert.doesNotMatch(await tab.innerText(), RAW_REORDERING_OR_INVISIBLE);
    await workbench.screenshot(`hostile-attachment-${provider}`);
    // Closing all (not just this editor) leaves no webview to take the keyboard focus from the next palette run.
    await workbench.runCommand('View: Close All Editors');
  }

  it('renders the Huawei create form with hostile catalogue labels and the agreement as text', async () => {
    await workbench.runCommand('View: Close All Editors');
    await workbench.runCommand('Cloud Tickets: New Ticket…');
    await page().locator('.quick-input-list .monaco-list-row', { hasText: 'Hua' }).first().click();
    const form = workbench.webview().locator('form').first();
    await form.waitFor({ timeout: 60_000 });
    await workbench.screenshot('hostile-create-form');
    const text = await form.innerText();
    assert.doesNotMatch(withoutOwnIsolates(text), RAW_REORDERING_OR_INVISIBLE);
    assert.doesNotMatch(text, /steal\(|document\.cookie/, 'script contents of the agreement are not shown');
    assert.match(text, /By filing a ticket you accept the service terms\./, 'the agreement is shown as text');
    await form.getByText('By filing a ticket you accept the service terms.').scrollIntoViewIfNeeded();
    await workbench.screenshot('hostile-create-agreement');
  });

  it('ran no command, opened no terminal, loaded nothing off loopback, opened no dialog', async () => {
    await page().waitForTimeout(1000);
    assert.deepEqual(commandRuns().length, 1, sentinelLines().join('\n'));
    assert.deepEqual(
      sentinelLines().filter((line) => line.startsWith('terminal')),
      [],
    );
    assert.deepEqual(offLoopback, []);
    assert.deepEqual(dialogs, []);
    assert.ok(COMMAND_LINK_TITLE.includes('command:sentinel.fire'), 'the corpus links to the sentinel');
  });

  /** Opens a planted ticket through the palette (Open Ticket… matches ids in the description). */
  async function openTicket(provider: string, index: number): Promise<void> {
    const id = planted[provider][index];
    // One webview at a time, so the page's webview locator is the panel just opened.
    await workbench.runCommand('View: Close All Editors');
    await workbench.runCommand('Cloud Tickets: Open Ticket…');
    const input = page().locator('.quick-input-widget input');
    await input.fill(id);
    await page().locator('.quick-input-list .monaco-list-row.focused', { hasText: id }).first().waitFor({ timeout: 15_000 });
    await input.press('Enter');
    await page().locator('.tabs-container .tab.active').waitFor();
  }
});
