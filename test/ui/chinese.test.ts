// Chinese as a first language: with VS Code's display language set to zh-cn, the extension's own
// surfaces (tree, tooltips, ticket panel, create form, quick picks, notifications) show no English. What
// came from a cloud (titles, messages, catalogue names) is left out of the check; our words around it
// are not. Screenshots of each view go to test-results/screenshots (zh-*).
import * as assert from 'node:assert/strict';
import { ALIYUN_MAPPING_LABELS } from '../../src/providers/aliyun/mapping';
import { OSM_STATUSES } from '../../src/providers/huaweicloud/status';
import { englishWords, ExtensionTexts, ownPageText, ViewsTour } from './views-tour';
import { screenshotOnFailure, Workbench } from './workbench';

const CLOUDS = [
  { cloud: 'Alibaba Cloud', shot: 'aliyun', name: '阿里云' },
  { cloud: 'Huawei Cloud', shot: 'huaweicloud', name: '华为云' },
] as const;

/** The providers' English labels: none may show on a Chinese surface, even where cloud text is allowed. */
const ENGLISH_LABELS = [...ALIYUN_MAPPING_LABELS.map((label) => label.en.replace(/ \(\{0\}\)$/, '')), ...Object.values(OSM_STATUSES).map((status) => status.en)];

function englishLabelsIn(text: string): string[] {
  return ENGLISH_LABELS.filter((label) => text.includes(label));
}

/** A date as zh-CN writes it ("2026年12月4日 21:53"), not the US "12/4/2026, 9:53:00 PM". */
const CHINESE_DATE = /\d{4}年\d{1,2}月\d{1,2}日 \d{1,2}:\d{2}/;

describe('in Chinese (display language zh-cn, vsix installed, demo accounts)', () => {
  let workbench: Workbench;
  let tour: ViewsTour;
  const texts = new ExtensionTexts('zh-cn');

  before(async () => {
    workbench = await Workbench.open({ locale: 'zh-cn' });
    tour = new ViewsTour(workbench, texts);
  });
  after(async () => {
    await workbench?.close();
  });
  screenshotOnFailure(() => workbench);

  it('starts the demo from a Chinese welcome view and names the clouds 阿里云 and 华为云', async () => {
    assert.equal(await workbench.page.evaluate(() => (globalThis as { _VSCODE_NLS_LANGUAGE?: string })._VSCODE_NLS_LANGUAGE), 'zh-cn');
    await workbench.page.getByRole('tab', { name: /Cloud Tickets 工单/ }).click();
    const welcome = workbench.page.locator('.welcome-view-content');
    await welcome.waitFor({ timeout: 60_000 });
    await workbench.screenshot('zh-explorer-welcome');
    assert.deepEqual(englishWords(await welcome.innerText()), []);
    await tour.startDemoFromWelcome();
    const ready = await tour.toast(texts.t('Demo ready: {0} sample account(s) backed by a local emulator. A simulated support engineer answers new tickets and replies after a few seconds.', 2));
    assert.deepEqual(englishWords(await ready.locator('.notification-list-item-message').innerText()), []);
    await workbench.collapseTree();
    const accounts = workbench.tree().locator('[role="treeitem"][aria-level="1"]');
    const names = await accounts.locator('.label-name').allInnerTexts();
    assert.deepEqual([names.sort(), (await accounts.allInnerTexts()).flatMap(englishWords)], [['华为云（演示）', '阿里云（演示）'], []]);
    await workbench.screenshot('zh-notification-demo-ready');
  });

  /** Group rows, ticket rows (our part: status · severity · time) and a tooltip of one cloud's demo account. */
  async function checkRowsAndTooltip({ cloud, shot, name }: (typeof CLOUDS)[number]): Promise<void> {
    await tour.showAccount(cloud);
    const groups = await workbench.tree().locator('[role="treeitem"][aria-level="2"]').allInnerTexts();
    const descriptions = await tour.ticketRows().locator('.label-description').allInnerTexts();
    assert.ok(descriptions.length > 0, 'no ticket rows');
    assert.deepEqual([groups.flatMap(englishWords), descriptions.flatMap(englishWords), descriptions.flatMap(englishLabelsIn)], [[], [], []]);
    const tooltip = await tour.ticketTooltip(tour.ticketRows().first());
    // The first line is the ticket's title (the cloud's text); the rest is ours.
    const ownRows = (await tooltip.innerText()).split('\n').slice(1).join('\n');
    assert.match(ownRows, CHINESE_DATE);
    assert.deepEqual([englishWords(ownRows), englishLabelsIn(ownRows)], [[], []]);
    await workbench.screenshot(`zh-tooltip-${shot}`);
    const account = await tour.accountRow(cloud).innerText();
    assert.ok(account.includes(name), account);
  }

  /** The first ticket of one cloud's demo account in its panel. */
  async function checkPanel({ cloud, shot, name }: (typeof CLOUDS)[number]): Promise<void> {
    await tour.showAccount(cloud);
    await tour.openFirstTicket();
    const own = await ownPageText(tour.webview());
    const whole = await tour.webview().locator('body').innerText();
    // The cloud's name is ours too: the header says 阿里云 / 华为云 (in the account's label or beside it), never the English name.
    assert.deepEqual([englishWords(own), englishLabelsIn(whole), whole.includes(cloud), whole.includes(name)], [[], [], false, true]);
    await workbench.screenshot(`zh-ticket-panel-${shot}`);
  }

  it('shows Alibaba Cloud rows and tooltips in Chinese, with Chinese dates', () => checkRowsAndTooltip(CLOUDS[0]));
  it('opens an Alibaba Cloud ticket panel in Chinese', () => checkPanel(CLOUDS[0]));
  it('shows Huawei Cloud rows and tooltips in Chinese, with Chinese dates', () => checkRowsAndTooltip(CLOUDS[1]));
  it('opens a Huawei Cloud ticket panel in Chinese', () => checkPanel(CLOUDS[1]));

  it('shows the account pick and both create forms in Chinese, the Huawei Cloud agreement included', async () => {
    await tour.command(texts.command('command.createTicket'));
    const rows = workbench.page.locator('.quick-input-widget .quick-input-list .monaco-list-row');
    // Until the account pick replaces it, the list is the command palette's, whose rows carry each command's
    // English alias beside its Chinese title; read only once a demo account's row is there.
    await rows
      .filter({ hasText: texts.demoAccount('Huawei Cloud') })
      .first()
      .waitFor({ timeout: 30_000 });
    // The rows, the title and the prompt are ours; the result count beside the input is the workbench's.
    const pickText = [
      ...(await rows.allInnerTexts()),
      ...(await workbench.page.locator('.quick-input-widget .quick-input-title').allInnerTexts()),
      (await workbench.page.locator('.quick-input-widget input').first().getAttribute('placeholder')) ?? '',
    ].join('\n');
    await workbench.screenshot('zh-quick-pick-account');
    assert.deepEqual(englishWords(pickText), []);
    await tour.pick(texts.demoAccount('Huawei Cloud'));
    await tour
      .webview()
      .locator('h1', { hasText: texts.t('New ticket') })
      .waitFor({ timeout: 60_000 });
    await tour.chooseFirst('product');
    await tour.chooseFirst('businessType');
    const agreement = await tour.webview().locator('[data-field="agreement"] label').innerText();
    assert.match(agreement, /^我已阅读并同意《.+》/);
    const huawei = await ownPageText(tour.webview(), { keepOutsideLabels: true });
    await workbench.screenshot('zh-create-huaweicloud');
    assert.deepEqual(englishWords(huawei), []);
    await tour.openCreateForm('Alibaba Cloud');
    await tour.chooseFirst('directory');
    const aliyun = await ownPageText(tour.webview(), { keepOutsideLabels: true });
    await workbench.screenshot('zh-create-aliyun');
    assert.deepEqual(englishWords(aliyun), []);
  });

  it("lists the extension's commands in Chinese and answers in a Chinese notification", async () => {
    await workbench.page.keyboard.press('Escape');
    await workbench.page.keyboard.press('F1');
    const input = workbench.page.locator('.quick-input-widget input').first();
    await input.fill(`>${texts.manifest('category')}: `);
    const rows = workbench.page.locator('.quick-input-list .monaco-list-row');
    await rows.first().waitFor();
    // A row's first line is the title in the display language; VS Code adds the English title below it
    // (so English searches still work): that line is the workbench's, not ours. Rows of other categories are left out.
    const seen = new Set<string>();
    for (let page = 0; page < 8; page++) {
      for (const row of await rows.allInnerTexts()) {
        const title = row.split('\n')[0] ?? '';
        if (title.startsWith(`${texts.manifest('category')}:`)) seen.add(title);
      }
      await input.press('PageDown');
    }
    await workbench.screenshot('zh-command-palette');
    await input.press('Escape');
    assert.ok(seen.size >= 15, `only ${seen.size} commands seen`);
    assert.deepEqual([...seen].flatMap(englishWords), []);
    await tour.command(texts.command('command.createTicketFromSelection'));
    const toast = await tour.toast(texts.t('Select the code to include in an editor first.'));
    await workbench.screenshot('zh-notification-no-selection');
    assert.deepEqual(englishWords(await toast.locator('.notification-list-item-message').innerText()), []);
  });
});
