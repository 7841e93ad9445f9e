// The first minutes of a new user, in a real workbench with the packaged vsix and `npm run demo`'s setting
// (demo accounts added at start): the status bar count and the keys of the Tickets view and ticket panel.
import * as assert from 'node:assert/strict';
import type { Frame } from 'playwright-core';
import { ExtensionTexts, ViewsTour } from './views-tour';
import { screenshotOnFailure, Workbench } from './workbench';

describe('first run with the demo (vsix installed, demo added at start)', () => {
  let workbench: Workbench;

  before(async () => {
    workbench = await Workbench.open({ settings: { 'cloudTickets.demo.startOnActivation': true } });
  });
  after(async () => {
    await workbench?.close();
  });
  screenshotOnFailure(() => workbench);

  it('opens the Tickets view from the status bar count', async () => {
    await workbench.runCommand('View: Show Explorer');
    await workbench.page.locator('.part.sidebar .title-label', { hasText: /Explorer/i }).waitFor();
    await workbench.page.locator('.part.statusbar [aria-label*="need your attention"]').first().click();
    await workbench.page.locator('.part.sidebar .title-label', { hasText: /Cloud Tickets/i }).waitFor({ timeout: 30_000 });
  });

  it('opens the New Ticket form with Alt+N in the Tickets view', async () => {
    await workbench
      .tree()
      .getByRole('treeitem', { name: /Alibaba Cloud \(demo\)/ })
      .click();
    await workbench.page.keyboard.press(process.platform === 'darwin' ? 'Meta+Alt+KeyN' : 'Alt+KeyN');
    // Two accounts: the command asks which one files the ticket (unless it takes the selected one). Whichever comes first, the
    // question or the form, is waited for as long as the form may take: on a loaded machine the question came after a shorter
    // wait, went unanswered, and the form never opened.
    const which = workbench.page.locator('.quick-input-widget', { hasText: /which account/i });
    const form = workbench.page.locator('.tab', { hasText: /New ticket/ }).first();
    await which.or(form).first().waitFor({ timeout: 30_000 });
    if (await which.isVisible()) await workbench.answerQuickInput('Alibaba Cloud (demo)', { pick: true });
    await form.waitFor({ timeout: 30_000 });
    await workbench.screenshot('keys-new-ticket');
    await workbench.runCommand('View: Close All Editors');
  });

  it('moves to the reply box with Ctrl+Alt+Enter in a ticket panel', async () => {
    // The Alt+N test clicked the Alibaba account row, which toggles it: expand one account and its groups
    // deliberately (a fresh-clone run found no ticket row at all) instead of clicking whatever row is first.
    const tour = new ViewsTour(workbench, new ExtensionTexts(undefined));
    await tour.showAccount('Alibaba Cloud');
    await tour.openFirstTicket();
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

  /** The ticket page's own frame (two frames deep), to read where its focus is. */
  async function ticketPageFrame(): Promise<Frame> {
    const outer = await (await workbench.page.locator('iframe.webview.ready').first().elementHandle())!.contentFrame();
    const inner = await (await outer!.locator('#active-frame').elementHandle())!.contentFrame();
    return inner!;
  }
});
