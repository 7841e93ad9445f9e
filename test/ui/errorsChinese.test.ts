import * as assert from 'node:assert/strict';
import { startEmulator, type RunningEmulator } from '../../src/emulator';
import { addHuaweiAccountIn, englishWords, ExtensionTexts } from './views-tour';
import { screenshotOnFailure, Workbench } from './workbench';

// Error sentences with VS Code's display language set to Chinese, from faults injected into the OSM
// emulator: a refused urge (notification), a failed reply (ticket panel banner) and a denied refresh (tree
// row) are worded in Chinese from the error's facts; the cloud's own words stay the cloud's, quoted and
// untranslated, beside its code. Screenshots: zh-error-*.
const PENDING_TITLE = 'Question about the spring promotion';
const IN_PROGRESS_TITLE = 'ECS 无法远程登录';

describe('Error sentences in Chinese (display language zh-cn, OSM emulator faults)', () => {
  let workbench: Workbench;
  let server: RunningEmulator;
  const texts = new ExtensionTexts('zh-cn');
  const page = () => workbench.page;
  /** English words of ours in a text, once the facts (codes, operation names, the cloud's quoted words) are taken out. */
  const ours = (text: string, facts: readonly string[]) =>
    englishWords(
      facts
        .reduce((rest, fact) => rest.split(fact).join(' '), text)
        .replace(/“[^”]*”/g, ' ')
        .replace(/（[A-Za-z]+）/g, ' '),
    );

  before(async function () {
    this.timeout(240_000);
    server = await startEmulator({ port: 0 });
    workbench = await Workbench.open({ locale: 'zh-cn' });
    await addHuaweiAccountIn(texts, workbench, 'HW zh', server.url);
  });
  after(async () => {
    await workbench?.close();
    await server?.close();
  });
  screenshotOnFailure(() => workbench);

  /** A notification's text, read in the notification centre (a toast may hide before it is read); the centre stays open. */
  async function notification(text: string): Promise<string> {
    // A fresh-clone run found the toast gone before it was looked for (the centre still held it): look in the
    // centre when no toast shows it within a few seconds.
    const toast = await page()
      .locator('.notification-list-item-message', { hasText: text })
      .first()
      .waitFor({ state: 'attached', timeout: 10_000 })
      .then(
        () => true,
        () => false,
      );
    const entry = page().locator('.notifications-center .notification-list-item-message', { hasText: text }).first();
    if ((await page().locator('.notifications-center.visible').count()) === 0) await page().locator('[id="status.notifications"]').click();
    await entry.waitFor({ timeout: toast ? 10_000 : 30_000 });
    return entry.innerText();
  }

  /** Runs a ticket command from the palette on the ticket it then asks for (the quick pick may still be filling when the text is typed). */
  async function onTicket(command: string, search: string): Promise<void> {
    await workbench.runCommand(texts.command(command));
    const input = page().locator('.quick-input-widget input');
    const row = page().locator('.quick-input-list .monaco-list-row', { hasText: search }).first();
    for (let attempt = 0; ; attempt++) {
      await input.fill(search);
      const shown = await row.waitFor({ timeout: 2_000 }).then(
        () => true,
        () => false,
      );
      if (shown && (await input.inputValue()) === search) break;
      if (attempt === 10) throw new Error(`the quick pick never showed "${search}"`);
    }
    await input.press('Enter');
  }

  it("shows a refused urge as a Chinese notification, quoting the cloud's words with its code", async () => {
    server.control.injectFault({ provider: 'huaweicloud', action: 'UpdateCases', fault: { kind: 'error', status: 400, code: 'OSM.01010004', message: 'Urged too often.' } });
    await onTicket('command.urgeTicket', PENDING_TITLE);
    const meaning = texts.t('This ticket was urged recently; you can urge it again later.');
    const text = await notification(meaning);
    await workbench.screenshot('zh-error-notification');
    await page().keyboard.press('Escape');
    assert.deepEqual(
      [
        text.startsWith(texts.t('Cloud Tickets: {0}', '')),
        text.includes(texts.t('Huawei Cloud')),
        text.includes('（OSM.01010004）：“Urged too often”'),
        ours(text, ['OSM.01010004', 'UpdateCases', 'Cloud Tickets']),
      ],
      [true, true, true, []],
    );
  });

  it('shows a failed reply in the ticket panel in Chinese and keeps the text', async () => {
    await onTicket('command.openTicket', IN_PROGRESS_TITLE);
    const panel = workbench.webview();
    await panel.locator('.ticket__title').waitFor({ timeout: 30_000 });
    server.control.injectFault({ provider: 'huaweicloud', action: 'CreateMessages', fault: { kind: 'error', status: 500, code: 'OSM.0004', message: 'System busy, please retry later.' } });
    await panel.locator('#reply-text').fill('补充：重启后依旧失败');
    await panel.locator('#reply-text').press('Control+Enter');
    const banner = panel.locator('#reply-error', { hasText: texts.t('{0} had an internal error{1}.', texts.t('Huawei Cloud'), texts.t(' ({0})', 'CreateMessages')) });
    await banner.waitFor({ timeout: 30_000 });
    const text = await banner.innerText();
    await workbench.screenshot('zh-error-panel');
    assert.deepEqual(
      [
        text.includes('“System busy, please retry later”'),
        text.includes(texts.t('Try again later; if it keeps failing, report the request id to support.')),
        ours(text, ['OSM.0004', 'CreateMessages']),
        await panel.locator('#reply-text').inputValue(),
      ],
      [true, true, [], '补充：重启后依旧失败'],
    );
  });

  it('shows a create form that could not load in Chinese, with a Chinese Retry that loads it', async () => {
    await workbench.runCommand('View: Close All Editors');
    // The first answer the form waits for fails: before it, the page has only the strings the host wrote into its HTML.
    server.control.injectFault({ provider: 'huaweicloud', action: 'ListRegions', fault: { kind: 'error', status: 403, code: 'APIGW.0302', message: 'Forbidden.' } });
    await workbench.runCommand(texts.command('command.createTicket'));
    const form = workbench.webview();
    const banner = form.locator('.alert.banner');
    await banner.waitFor({ timeout: 60_000 });
    const text = await banner.innerText();
    const retry = banner.locator('button');
    await workbench.screenshot('zh-error-create-form');
    assert.deepEqual([await retry.innerText(), ours(text, ['APIGW.0302', 'ListRegions'])], [texts.t('Retry'), []]);
    await retry.click();
    await form.locator('h1', { hasText: texts.t('New ticket') }).waitFor({ timeout: 60_000 });
  });

  it("shows a denied refresh on the account's tree row in Chinese", async () => {
    await workbench.runCommand('View: Close All Editors');
    server.control.deny('huaweicloud', 'testak', '*');
    await workbench.runCommand(texts.command('command.refresh'));
    const headline = texts.t('This account is not allowed to perform this operation{0}.', '').replace(/。$/, '');
    const row = workbench.tree().locator('.monaco-list-row', { hasText: headline }).first();
    await row.waitFor({ timeout: 30_000 });
    const text = await row.innerText();
    await workbench.screenshot('zh-error-tree');
    server.control.allow('huaweicloud', 'testak', '*');
    assert.deepEqual([text.includes(texts.t('Ask the account administrator to grant this permission; the account itself stays signed in.')), ours(text, ['APIGW.0302'])], [true, []]);
  });
});
