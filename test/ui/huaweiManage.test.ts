import * as assert from 'node:assert/strict';
import { startEmulator, type RunningEmulator } from '../../src/emulator';
import type { CaseRecord } from '../../src/emulator/huaweicloud/model';
import type { HuaweiCloudOsmPlugin } from '../../src/emulator/huaweicloud/plugin';
import { codeSentTo, confirmDialog, openRowMenu, pick as pickRow, runMenuItem as runMenu, until as untilState } from './huaweiManageSteps';
import { ExtensionTexts, ViewsTour } from './views-tour';
import { screenshotOnFailure, Workbench } from './workbench';

// Huawei case administration in a real VS Code on the emulator's demo data: ticket menus by what the API
// allows in each status, labels and the label filter, contact and CC with a verification code, delete,
// the create form's filing notice and contact verification, and an account on the International site.
const IN_PROGRESS = { id: 'TS202603275SQAIEFGS0404', title: /^ECS 无法远程登录/ };
const PENDING = { id: 'TS20260320PENDING0000002', title: /^Question about the spring promotion/ };
const CONFIRM = { id: 'TS20260318CONFIRM0000003', title: /^SSH to ecs-prod-01/ };
const COMPLETED = { id: 'TS202603240ABCDEFGH0001', title: /^【配额申请】/ };
const ACCOUNT = 'HW admin';

describe('Huawei case administration (vsix installed, OSM emulator on loopback)', () => {
  let workbench: Workbench;
  let server: RunningEmulator;

  const osm = () => server.control.provider('huaweicloud') as HuaweiCloudOsmPlugin;
  const stored = (id: string): CaseRecord => {
    const c = osm().state.cases.get(id);
    if (!c) throw new Error(`no case ${id}`);
    return c;
  };
  const page = () => workbench.page;
  const form = () => workbench.webview();

  before(async function () {
    this.timeout(240_000);
    server = await startEmulator({ port: 0 });
    workbench = await Workbench.open();
    await workbench.openCloudTickets();
    await workbench.addAccount('Huawei Cloud', ACCOUNT, { id: 'testak', secret: 'testsk' }, server.url);
  });
  after(async () => {
    await workbench?.close();
    await server?.close();
  });
  screenshotOnFailure(() => workbench);

  const until = (probe: () => boolean, what: string) => untilState(page(), probe, what);
  const pick = (text: string) => pickRow(page(), text);
  const runMenuItem = (title: RegExp, label: string) => runMenu(workbench, title, label);

  /** Closes every editor; the palette is reached from the workbench even when a webview had the focus. */
  async function closeEditors(): Promise<void> {
    await new ViewsTour(workbench, new ExtensionTexts(undefined)).command('View: Close All Editors');
  }

  function row(title: RegExp) {
    return workbench.tree().getByRole('treeitem', { name: title }).first();
  }

  /** Shows the account's closed group, where finished tickets are listed (collapsed at first). */
  async function expandClosed(): Promise<void> {
    const closed = workbench
      .tree()
      .getByRole('treeitem', { name: /^Closed/ })
      .first();
    await closed.waitFor({ timeout: 30_000 });
    if ((await closed.getAttribute('aria-expanded')) !== 'true') await closed.click();
  }

  /** The items of a ticket row's context menu; the menu is closed again. */
  async function menuOf(title: RegExp): Promise<string[]> {
    await openRowMenu(workbench, title);
    const labels = page().locator('.monaco-menu .action-item .action-label');
    const texts = (await labels.allInnerTexts()).map((text) => text.trim()).filter(Boolean);
    await page().keyboard.press('Escape');
    return texts;
  }

  it('offers in each ticket menu exactly the writes the API accepts in its status', async () => {
    await expandClosed();
    const menus = {
      pending: await menuOf(PENDING.title),
      confirm: await menuOf(CONFIRM.title),
      completed: await menuOf(COMPLETED.title),
    };
    const writes = ['Reply to Ticket', 'Urge Support', 'Close Ticket', 'Cancel Ticket', 'Rate Support', 'Reopen Ticket', 'Delete Ticket…', 'Edit Contact and CC…', 'Add Label…'];
    const offered = Object.fromEntries(Object.entries(menus).map(([key, items]) => [key, writes.filter((write) => items.includes(write))]));
    assert.deepEqual(offered, {
      // Status 0 (pending acceptance): urge and cancel, not close (5.3.8 accepts close in 1, 2, 17).
      pending: ['Reply to Ticket', 'Urge Support', 'Cancel Ticket', 'Edit Contact and CC…', 'Add Label…'],
      // Status 2 (pending confirmation): close, neither urge nor cancel.
      confirm: ['Reply to Ticket', 'Close Ticket', 'Edit Contact and CC…', 'Add Label…'],
      // Status 3 (completed): rate and delete; no contact changes on a finished ticket.
      completed: ['Rate Support', 'Delete Ticket…', 'Add Label…'],
    });
    await openRowMenu(workbench, CONFIRM.title);
    await workbench.screenshot('huawei-manage-menu-confirm');
    await page().keyboard.press('Escape');
  });

  it('adds a label from the ticket menu and filters the account by it', async () => {
    await runMenuItem(IN_PROGRESS.title, 'Add Label…');
    await workbench.waitForQuickInputTitle(/Add Label to/);
    await pick('生产环境');
    await until(() => stored(IN_PROGRESS.id).labelIds.includes(2), 'the label on the case');
    await workbench.runCommand('Cloud Tickets: Filter Tickets…');
    await workbench.waitForQuickInputTitle(/statuses/);
    await page().locator('.quick-input-widget input').press('Enter');
    await workbench.answerQuickInput('', { prompt: /Words in the title/ });
    await workbench.answerQuickInput('Any time', { pick: true });
    await workbench.waitForQuickInputTitle(/labels/);
    await page().locator('.quick-input-list .monaco-list-row', { hasText: '生产环境' }).first().click();
    await page().locator('.quick-input-widget input').press('Enter');
    const account = workbench
      .tree()
      .getByRole('treeitem', { name: new RegExp(`^${ACCOUNT}`) })
      .first();
    await account.locator('.label-description', { hasText: 'filter: labels: 生产环境' }).waitFor({ timeout: 30_000 });
    await row(IN_PROGRESS.title).waitFor({ timeout: 30_000 });
    // Cases without the label leave the tree (PENDING carries none).
    await row(PENDING.title).waitFor({ state: 'detached', timeout: 30_000 });
    await workbench.screenshot('huawei-manage-label-filter');
    await workbench.runCommand('Cloud Tickets: Clear Filter');
    await account.locator('.label-description', { hasText: /filter:/ }).waitFor({ state: 'detached', timeout: 30_000 });
  });

  it('changes the reminder phone of an open ticket after verifying it with a code', async () => {
    // A full toast area hides new toasts behind the bell.
    await new ViewsTour(workbench, new ExtensionTexts(undefined)).command('Notifications: Clear All Notifications');
    await runMenuItem(IN_PROGRESS.title, 'Edit Contact and CC…');
    await workbench.answerQuickInput('13700000000', { prompt: /Mobile phone for reminders/ });
    await workbench.answerQuickInput('', { prompt: /E-mail for reminders/ });
    await workbench.answerQuickInput('', { prompt: /Preferred contact time/ });
    await workbench.answerQuickInput('a@example.com; c@example.com', { prompt: /CC e-mail addresses/ });
    await confirmDialog(page(), 'Send Code');
    await workbench.answerQuickInput(await codeSentTo(page(), osm(), '13700000000'), { prompt: /The 6-character code sent to/ });
    await until(() => stored(IN_PROGRESS.id).contact.remindMobile === '13700000000', 'the new reminder phone on the case');
    assert.equal(stored(IN_PROGRESS.id).contact.ccEmail, 'a@example.com;c@example.com');
    await workbench.notification(/The contact of ticket .* was updated/);
    await workbench.screenshot('huawei-manage-contact-updated');
  });

  it('deletes a completed ticket after a modal confirmation', async () => {
    await expandClosed();
    await runMenuItem(COMPLETED.title, 'Delete Ticket…');
    await page()
      .locator('.monaco-dialog-box', { hasText: /Delete ticket .*\?/ })
      .waitFor({ timeout: 30_000 });
    await workbench.screenshot('huawei-manage-delete-confirm');
    await confirmDialog(page(), 'Delete Ticket');
    await until(() => stored(COMPLETED.id).status === 13, 'the case deleted (status 13)');
    await row(COMPLETED.title).waitFor({ state: 'detached', timeout: 30_000 });
  });

  async function openForm(): Promise<void> {
    await new ViewsTour(workbench, new ExtensionTexts(undefined)).command('Cloud Tickets: New Ticket…');
    await form().locator('h1', { hasText: 'New ticket' }).waitFor({ timeout: 60_000 });
  }

  async function choose(fieldId: string, label: string): Promise<void> {
    const select = form().locator(`#field-${fieldId}`);
    await select.locator('option', { hasText: label }).first().waitFor({ state: 'attached', timeout: 30_000 });
    await select.selectOption({ label });
  }

  it('says in the create form how many tickets the problem type has left, and proves a new reminder phone with a code', async () => {
    await closeEditors();
    await openForm();
    await choose('product', 'Elastic Cloud Server (ECS)');
    await choose('businessType', 'Renewal questions');
    await form().locator('#filing-notice', { hasText: '7 of 10 tickets of this problem type left this month.' }).waitFor({ timeout: 30_000 });
    const description = `Renewal of three servers (${Date.now()})`;
    await form().locator('#field-description').fill(description);
    await form().locator('#field-remindMobile').fill('13600000000');
    await form().locator('#field-remindMobile').press('Tab');
    const proof = form().locator('[data-verification="remindMobile"]');
    await proof.locator('[data-action="send-code"]').click();
    await proof.locator('input').waitFor({ state: 'visible', timeout: 30_000 });
    await proof.locator('input').fill(await codeSentTo(page(), osm(), '13600000000'));
    await proof.locator('[data-action="verify-code"]').click();
    await proof.getByText('Verified').waitFor({ timeout: 30_000 });
    await workbench.screenshot('huawei-manage-create-verified');
    await form().locator('#field-agreement').check();
    await form().locator('#submit', { hasText: 'Create ticket' }).click();
    await workbench.notification(/Ticket \S+ was created/);
    const filed = [...osm().state.cases.values()].filter((c) => c.description === description);
    assert.deepEqual(
      filed.map((c) => c.contact.remindMobile),
      ['13600000000'],
    );
    await closeEditors();
  });

  it('tells in the create form that the user may not file when the main account restricts it', async () => {
    osm().control.command?.('set-privilege', { privilege: 'createCase', restricted: true, granted: false });
    try {
      await closeEditors();
      await openForm();
      const notice = form().locator('#filing-notice[role="alert"]');
      await notice.getByText(/only users with the ticket privilege/).waitFor({ timeout: 30_000 });
      await workbench.screenshot('huawei-manage-create-no-privilege');
    } finally {
      osm().control.command?.('set-privilege', { privilege: 'createCase', restricted: false, granted: true });
      await closeEditors();
    }
  });

  it('adds an account of the International site with its IAM group from "More settings…"', async () => {
    osm().control.command?.('set-site', { site: 1 });
    await workbench.runCommand('Cloud Tickets: Add Account…');
    await workbench.answerQuickInput('Huawei Cloud', { pick: true });
    await workbench.answerQuickInput('HW intl', { prompt: /A name for this account/ });
    await workbench.answerQuickInput('testak', { prompt: /Access key id/ });
    await workbench.answerQuickInput('testsk', { prompt: /Access key secret/ });
    await workbench.answerQuickInput('', { prompt: /STS security token/ });
    await pick('More settings');
    const inSettings = async (row: string) => {
      await workbench.waitForQuickInputTitle(/: settings$/);
      await pick(row);
    };
    await inSettings('Endpoint');
    await workbench.answerQuickInput(server.url, { prompt: /leave empty for the default endpoint/ });
    await inSettings('Site');
    await workbench.waitForQuickInputTitle(/^Site$/);
    await pick('International site');
    await inSettings('IAM user group');
    await workbench.answerQuickInput('g-001', { prompt: /IAM user group ID/ });
    await workbench.waitForQuickInputTitle(/: settings$/);
    await page().locator('.quick-input-widget .monaco-list-row', { hasText: 'International site' }).first().waitFor();
    await workbench.screenshot('huawei-manage-account-settings');
    await inSettings('Done');
    // The keys are checked with X-Site: 1 before saving; the account lists the International site's cases.
    const account = workbench
      .tree()
      .getByRole('treeitem', { name: /^HW intl/ })
      .first();
    await account.waitFor({ timeout: 60_000 });
    await workbench.collapseTree();
    await account.click();
    await workbench
      .tree()
      .getByRole('treeitem', { name: /^In progress/ })
      .first()
      .waitFor({ timeout: 60_000 });
    await workbench.screenshot('huawei-manage-international-account');
  });
});
