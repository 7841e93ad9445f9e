// The first minutes of a new user, in a real workbench with the packaged vsix: `npm run demo`'s setting
// adds the demo accounts at start and the welcome content must not flash on the way; the getting-started
// walkthrough; the keys of the Tickets view and the ticket panel; and removing the demo accounts from the
// palette stops the emulator they ran on.
import * as assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { connect } from 'node:net';
import { join } from 'node:path';
import type { Frame } from 'playwright-core';
import { screenshotOnFailure, Workbench } from './workbench';

const EXTENSION_ID = 'cloud-tickets.cloud-tickets';
const WALKTHROUGH_ID = `${EXTENSION_ID}#cloudTickets.gettingStarted`;

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

/** The demo emulator's address, from the extension's log under the workbench's user data. */
async function demoEmulatorUrl(userData: string): Promise<string> {
  const deadline = Date.now() + 30_000;
  for (;;) {
    const logs = (readdirSync(userData, { recursive: true }) as string[]).filter((file) => file.endsWith('.log') && statSync(join(userData, file)).isFile());
    for (const file of logs) {
      const found = /Demo emulator listening on (http:\/\/[\w.:[\]]+)/.exec(readFileSync(join(userData, file), 'utf8'));
      if (found) return found[1];
    }
    if (Date.now() > deadline) throw new Error(`no "Demo emulator listening on" line in the logs under ${userData}`);
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
}

describe('first run with the demo (vsix installed, demo added at start)', () => {
  let workbench: Workbench;

  before(async () => {
    workbench = await Workbench.open({ settings: { 'cloudTickets.demo.startOnActivation': true } });
  });
  after(async () => {
    await workbench?.close();
  });
  screenshotOnFailure(() => workbench);

  it("opens on both clouds' demo tickets without showing the welcome content on the way", async () => {
    // Watch the side bar from before the view is opened until the demo's tickets are on screen.
    await workbench.page.evaluate(`(() => {
      window.cloudTicketsWelcomeSeen = false;
      const look = () => {
        if (document.querySelector('.part.sidebar .welcome-view-content')) window.cloudTicketsWelcomeSeen = true;
      };
      new MutationObserver(look).observe(document.body, { childList: true, subtree: true });
      look();
    })()`);
    await workbench.openCloudTickets();
    const tree = workbench.tree();
    await tree.getByRole('treeitem', { name: /Alibaba Cloud \(demo\)/ }).waitFor({ timeout: 60_000 });
    await tree.getByRole('treeitem', { name: /Huawei Cloud \(demo\)/ }).waitFor({ timeout: 60_000 });
    await tree
      .getByRole('treeitem', { name: /Needs your action/ })
      .first()
      .waitFor({ timeout: 60_000 });
    const welcomeSeen = await workbench.page.evaluate('window.cloudTicketsWelcomeSeen');
    assert.equal(welcomeSeen, false, 'the welcome content appeared although the demo was being added');
    await workbench.screenshot('first-run-demo-explorer');
  });

  it('opens the Tickets view from the status bar count', async () => {
    await workbench.runCommand('View: Show Explorer');
    await workbench.page.locator('.part.sidebar .title-label', { hasText: /Explorer/i }).waitFor();
    await workbench.page.locator('.part.statusbar [aria-label*="need your attention"]').first().click();
    await workbench.page.locator('.part.sidebar .title-label', { hasText: /Cloud Tickets/i }).waitFor({ timeout: 30_000 });
  });

  it('opens the getting-started walkthrough with its four steps, the account step done', async () => {
    await workbench.runCommand('Welcome: Open Walkthrough...');
    await workbench.answerQuickInput('Get Started with Cloud Tickets', { pick: true });
    const steps = workbench.page.locator(`button.getting-started-step[data-step-id^="${WALKTHROUGH_ID}#"]`);
    await steps.first().waitFor({ timeout: 30_000 });
    const ids = await steps.evaluateAll((buttons) => buttons.map((button) => button.getAttribute('data-step-id')));
    assert.deepEqual(
      ids,
      ['account', 'openTicket', 'fileTicket', 'attach'].map((step) => `${WALKTHROUGH_ID}#${step}`),
    );
    for (const title of ['Add an account, or try the demo', 'Open a ticket', 'File a ticket', 'Attach a file']) {
      assert.equal(await steps.filter({ hasText: title }).count(), 1, title);
    }
    // The demo accounts exist, so `cloudTickets.hasAccounts` has completed the first step.
    await workbench.page.locator(`button.getting-started-step[data-step-id="${WALKTHROUGH_ID}#account"][aria-checked="true"]`).waitFor({ timeout: 30_000 });
    await workbench.screenshot('walkthrough');
  });

  it('completes "Open a ticket" when a ticket is opened from the tree', async () => {
    await workbench.tree().locator('[role="treeitem"][aria-level="3"]').first().click();
    await workbench.page.locator('iframe.webview.ready').first().waitFor({ timeout: 30_000 });
    await workbench.runCommand('Welcome: Open Walkthrough...');
    await workbench.answerQuickInput('Get Started with Cloud Tickets', { pick: true });
    await workbench.page.locator(`button.getting-started-step[data-step-id="${WALKTHROUGH_ID}#openTicket"][aria-checked="true"]`).waitFor({ timeout: 30_000 });
    await workbench.runCommand('View: Close All Editors');
  });

  it('opens the New Ticket form with Alt+N in the Tickets view', async () => {
    await workbench
      .tree()
      .getByRole('treeitem', { name: /Alibaba Cloud \(demo\)/ })
      .click();
    await workbench.page.keyboard.press(process.platform === 'darwin' ? 'Meta+Alt+KeyN' : 'Alt+KeyN');
    // Two accounts: the command asks which one files the ticket (unless it takes the selected one).
    const which = workbench.page.locator('.quick-input-widget', { hasText: /which account/i });
    if (
      await which.waitFor({ timeout: 5_000 }).then(
        () => true,
        () => false,
      )
    )
      await workbench.answerQuickInput('Alibaba Cloud (demo)', { pick: true });
    await workbench.page
      .locator('.tab', { hasText: /New ticket/ })
      .first()
      .waitFor({ timeout: 30_000 });
    await workbench.screenshot('keys-new-ticket');
    await workbench.runCommand('View: Close All Editors');
  });

  it('moves to the reply box with Ctrl+Alt+Enter in a ticket panel', async () => {
    await workbench.tree().locator('[role="treeitem"][aria-level="3"]').first().click();
    await workbench.webview().locator('article.message').first().waitFor({ timeout: 30_000 });
    await workbench.webview().locator('article.message').first().click();
    const frame = await ticketPageFrame();
    assert.notEqual(await frame.evaluate('document.activeElement && document.activeElement.id'), 'reply-text');
    await workbench.page.keyboard.press(process.platform === 'darwin' ? 'Meta+Alt+Enter' : 'Control+Alt+Enter');
    const deadline = Date.now() + 10_000;
    while ((await frame.evaluate('document.activeElement && document.activeElement.id')) !== 'reply-text') {
      if (Date.now() > deadline) assert.fail('the reply box did not get the focus');
      await workbench.page.waitForTimeout(100);
    }
    await workbench.runCommand('View: Close All Editors');
  });

  it('stops the emulator when the last demo account is removed from the palette', async () => {
    const url = await demoEmulatorUrl(workbench.userDataFolder);
    assert.ok(await listening(url), `the demo emulator answers at ${url}`);
    for (const [label, left] of [
      ['Alibaba Cloud (demo)', true],
      ['Huawei Cloud (demo)', false],
    ] as const) {
      await workbench.runCommand('Cloud Tickets: Remove Account…');
      await workbench.answerQuickInput(label, { pick: true });
      await workbench.page.locator('.monaco-dialog-box').getByRole('button', { name: 'Remove' }).click();
      await workbench
        .tree()
        .getByRole('treeitem', { name: new RegExp(label.replace(/[()]/g, '\\$&')) })
        .waitFor({ state: 'detached', timeout: 30_000 });
      const deadline = Date.now() + 10_000;
      while ((await listening(url)) !== left && Date.now() < deadline) await workbench.page.waitForTimeout(200);
      assert.equal(await listening(url), left, left ? 'one demo account is left, so the emulator keeps running' : 'the emulator stopped with the last demo account');
    }
    // Nothing is left: now the welcome content is due.
    await workbench.page.locator('.part.sidebar .welcome-view-content').waitFor({ timeout: 30_000 });
  });

  /** The ticket page's own frame (two frames deep), to read where its focus is. */
  async function ticketPageFrame(): Promise<Frame> {
    const outer = await (await workbench.page.locator('iframe.webview.ready').first().elementHandle())!.contentFrame();
    const inner = await (await outer!.locator('#active-frame').elementHandle())!.contentFrame();
    return inner!;
  }
});
