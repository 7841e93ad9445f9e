import * as assert from 'node:assert/strict';
import { startEmulator, type RunningEmulator } from '../../src/emulator';
import type { HuaweiCloudOsmPlugin } from '../../src/emulator/huaweicloud/plugin';
import { codeSentTo, openRowMenu } from './huaweiManageSteps';
import { addHuaweiAccountIn, englishWords, ExtensionTexts, ownPageText } from './views-tour';
import { screenshotOnFailure, Workbench } from './workbench';

// The Huawei case administration surfaces with VS Code's display language set to Chinese: the ticket
// menu, the label picker, the account settings list and the create form's filing notice and contact
// verification show no English of ours (cloud texts aside). Screenshots: zh-huawei-manage-*.
const PENDING_TITLE = /^Question about the spring promotion/;

describe('Huawei case administration in Chinese (display language zh-cn, OSM emulator on loopback)', () => {
  let workbench: Workbench;
  let server: RunningEmulator;
  const texts = new ExtensionTexts('zh-cn');
  const osm = () => server.control.provider('huaweicloud') as HuaweiCloudOsmPlugin;
  const page = () => workbench.page;
  const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

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

  it('shows the ticket menu and the label picker in Chinese', async () => {
    await openRowMenu(workbench, PENDING_TITLE);
    const labels = page().locator('.monaco-menu .action-item .action-label');
    const items = (await labels.allInnerTexts()).map((text) => text.trim()).filter(Boolean);
    const ours = ['command.urgeTicket', 'command.cancelTicket', 'command.addTicketLabel', 'command.removeTicketLabel', 'command.editTicketContact'].map((key) => texts.manifest(key));
    assert.deepEqual([ours.filter((item) => !items.includes(item)), items.includes(texts.manifest('command.closeTicket')), items.flatMap(englishWords)], [[], false, []]);
    await workbench.screenshot('zh-huawei-manage-menu');
    await page()
      .locator('.monaco-menu .action-item', { hasText: texts.manifest('command.addTicketLabel') })
      .first()
      .click();
    await workbench.waitForQuickInputTitle(new RegExp(escape(texts.t('Add Label to {0}', '\u0000')).replace('\u0000', '.+')));
    const rows = await page().locator('.quick-input-list .monaco-list-row').allInnerTexts();
    assert.ok(
      rows.some((text) => text.includes(texts.t('$(add) Create a new label…').replace('$(add) ', ''))),
      rows.join(' | '),
    );
    await workbench.screenshot('zh-huawei-manage-add-label');
    await page().keyboard.press('Escape');
  });

  it('shows the account settings list in Chinese', async () => {
    await workbench.runCommand(texts.command('command.editAccount'));
    await workbench.waitForQuickInputTitle(/：设置$/);
    const rows = (await page().locator('.quick-input-list .monaco-list-row').allInnerTexts()).join('\n');
    for (const label of ['Site', 'Account ID', 'IAM endpoint', 'IAM user group', 'China site (huaweicloud.com)']) assert.ok(rows.includes(texts.t(label)), `${label} in ${rows}`);
    // The endpoint row shows the emulator's URL; the site's host name is a name.
    assert.deepEqual(englishWords(rows.replace(/https?:\/\/\S+|huaweicloud\.com/g, '')), []);
    await workbench.screenshot('zh-huawei-manage-account-settings');
    await page().keyboard.press('Escape');
  });

  it('shows the filing notice and the contact verification of the create form in Chinese', async () => {
    await workbench.runCommand(texts.command('command.createTicket'));
    const form = workbench.webview();
    await form.locator('h1', { hasText: texts.t('New ticket') }).waitFor({ timeout: 60_000 });
    // Chosen by value (sub-type/product id, problem type id): the labels are the catalogue's.
    await form.locator('#field-product option', { hasText: '弹性云服务器' }).first().waitFor({ state: 'attached', timeout: 30_000 });
    await form.locator('#field-product').selectOption('2/69af625c1be54800b58ac4bae4870c90');
    await form.locator('#field-businessType option', { hasText: '续费咨询' }).first().waitFor({ state: 'attached', timeout: 30_000 });
    await form.locator('#field-businessType').selectOption('9b1a349c3a2849a391d58c10f9dc55a1');
    const notice = texts.t('{0} of {1} tickets of this problem type left {2}.', 7, 10, texts.t('this month'));
    await form.locator('#filing-notice', { hasText: notice }).waitFor({ timeout: 30_000 });
    await form.locator('#field-remindMobile').fill('13500000000');
    await form.locator('#field-remindMobile').press('Tab');
    const proof = form.locator('[data-verification="remindMobile"]');
    await proof.getByText(texts.t('This is not the contact registered with the account: verify it with a code before filing.')).waitFor({ timeout: 30_000 });
    await proof.locator('[data-action="send-code"]', { hasText: texts.t('Send code') }).click();
    await proof.getByText(texts.t('A code was sent; it is valid for 5 minutes.')).waitFor({ timeout: 30_000 });
    await proof.locator('input').fill(await codeSentTo(page(), osm(), '13500000000'));
    await proof.locator('[data-action="verify-code"]').click();
    await proof.getByText(texts.t('Verified')).waitFor({ timeout: 30_000 });
    const own = await ownPageText(form, { keepOutsideLabels: true });
    assert.deepEqual(englishWords(own.replace(/ECS/g, '')), []);
    await workbench.screenshot('zh-huawei-manage-create');
  });
});
