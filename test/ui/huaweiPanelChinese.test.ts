import * as assert from 'node:assert/strict';
import { startEmulator, type RunningEmulator } from '../../src/emulator';
import { addHuaweiAccountIn, englishWords, ExtensionTexts, ownPageText } from './views-tour';
import { screenshotOnFailure, Workbench } from './workbench';

// The Huawei ticket panel's new surfaces with VS Code's display language set to Chinese: timeline and
// authorizations, the parameter-request form and the rating form show no English of ours (cloud texts
// aside). Screenshots: zh-huawei-panel-*.
describe('Huawei ticket panel in Chinese (display language zh-cn, OSM emulator on loopback)', () => {
  let workbench: Workbench;
  let server: RunningEmulator;
  const texts = new ExtensionTexts('zh-cn');
  const page = () => workbench.webview();
  /** English words of ours, key names aside (the reply box says "Ctrl+Enter" in every language). */
  const ours = (text: string) => englishWords(text).filter((word) => !['Ctrl', 'Cmd', 'Enter'].includes(word));

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

  async function openTicket(search: string): Promise<void> {
    await workbench.runCommand(texts.command('command.openTicket'));
    const input = workbench.page.locator('.quick-input-widget input');
    const row = workbench.page.locator('.quick-input-list .monaco-list-row', { hasText: search }).first();
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
    await page().locator('.ticket__title').waitFor({ timeout: 30_000 });
  }

  it('shows the timeline, the authorizations and the attachments in Chinese', async () => {
    await openTicket('ECS 无法远程登录');
    await page()
      .getByRole('button', { name: texts.t('Grant') })
      .first()
      .waitFor({ timeout: 30_000 });
    await page().locator('.timeline__activity summary').click();
    await page().locator('img.attachment__preview').first().waitFor({ timeout: 30_000 });
    const own = await ownPageText(page());
    assert.deepEqual([own.includes(texts.t('Authorizations')), own.includes(texts.t('Waiting for your answer')), ours(own)], [true, true, []]);
    await workbench.screenshot('zh-huawei-panel-timeline');
  });

  it('shows the parameter-request form and the rating form in Chinese', async () => {
    await workbench.runCommand('View: Close All Editors');
    await openTicket('数据盘未挂载');
    await page().locator('[data-action="answer-params"]').click();
    await page().locator('form.request-form').waitFor({ timeout: 30_000 });
    const request = await ownPageText(page());
    await workbench.screenshot('zh-huawei-panel-param-request');
    await workbench.runCommand('View: Close All Editors');
    await openTicket('【配额申请】');
    await page()
      .getByRole('button', { name: texts.t('Rate') })
      .click();
    await page().locator('form.rating-form').waitFor({ timeout: 30_000 });
    const rating = await ownPageText(page());
    await workbench.screenshot('zh-huawei-panel-rating');
    assert.deepEqual([ours(request), rating.includes(texts.t('Rate the support')), ours(rating)], [[], true, []]);
  });
});
