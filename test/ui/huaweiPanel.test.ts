import * as assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { startEmulator, type RunningEmulator } from '../../src/emulator';
import type { HuaweiCloudOsmPlugin } from '../../src/emulator/huaweicloud/plugin';
import type { CaseRecord } from '../../src/emulator/huaweicloud/model';
import { screenshotOnFailure, Workbench } from './workbench';

// The Huawei Cloud demo data (the emulator's built-in sample) in a real VS Code: attachments, support's
// requests, the timeline, older messages, rating and the case actions, each read back from the emulator.
const IN_PROGRESS = 'TS202603275SQAIEFGS0404';
const CONFIRM = 'TS20260318CONFIRM0000003';
const FEEDBACK = 'TS20260316FEEDBACK000004';
const COMPLETED = 'TS202603240ABCDEFGH0001';
const PENDING = 'TS20260320PENDING0000002';
const LONG = 'TS20260212LONGTHREAD0009';

describe('Huawei ticket panel (vsix installed, OSM emulator on loopback)', () => {
  let workbench: Workbench;
  let server: RunningEmulator;
  const remoteFromPage: string[] = [];

  const osm = () => server.control.provider('huaweicloud') as HuaweiCloudOsmPlugin;
  const stored = (id: string): CaseRecord => {
    const c = osm().state.cases.get(id);
    if (!c) throw new Error(`no case ${id}`);
    return c;
  };
  const page = () => workbench.webview();

  before(async () => {
    server = await startEmulator({ port: 0 });
    workbench = await Workbench.open({ settings: { 'workbench.colorTheme': 'Default Light Modern' } });
    // The page may load only its own resources: an attachment's address never reaches it.
    workbench.page.on('request', (request) => {
      if (request.url().startsWith(server.url)) remoteFromPage.push(request.url());
    });
    await workbench.openCloudTickets();
    await workbench.addAccount('Huawei Cloud', 'Huawei panel', { id: 'testak', secret: 'testsk' }, server.url);
  });
  after(async () => {
    await workbench?.close();
    await server?.close();
  });

  screenshotOnFailure(() => workbench);

  async function openTicket(search: string): Promise<void> {
    await workbench.runCommand('View: Close All Editors');
    await workbench.runCommand('Cloud Tickets: Open Ticket…');
    await workbench.waitForQuickInputTitle(/Open Ticket/);
    await workbench.pickQuickInputRow(search);
    await page().locator('.ticket__title').waitFor({ timeout: 30_000 });
  }

  /** Answers VS Code's modal dialog with the button of that name. */
  async function confirmDialog(button: string): Promise<void> {
    const dialog = workbench.page.locator('.monaco-dialog-box');
    await dialog.waitFor({ timeout: 30_000 });
    await dialog.getByRole('button', { name: button }).click();
  }

  async function until(probe: () => boolean, what: string, timeoutMs = 30_000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (!probe()) {
      if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
      await workbench.page.waitForTimeout(200);
    }
  }

  it('shows attachments with a codicon per type, their sizes and the picture inline, and opens and saves them', async () => {
    await openTicket('ECS 无法远程登录');
    const shot = page().locator('.attachment', { hasText: 'screenshot.png' });
    const picture = shot.locator('img.attachment__preview');
    await picture.waitFor({ timeout: 30_000 });
    // Shown is not yet decoded (the page decodes pictures off the main thread): wait for its pixels.
    const decoded = async () => picture.evaluate((img) => ({ width: (img as unknown as { naturalWidth: number }).naturalWidth, src: img.getAttribute('src') ?? '' }));
    let drawn = await decoded();
    for (let attempt = 0; drawn.width === 0 && attempt < 50; attempt++) {
      await workbench.page.waitForTimeout(200);
      drawn = await decoded();
    }
    const bytes = osm().state.attachments.get([...osm().state.attachments.values()].find((a) => a.name === 'screenshot.png')?.id ?? '')?.bytes.length ?? 0;
    assert.deepEqual(
      { width: drawn.width, icon: await shot.locator('.codicon').getAttribute('class'), size: await shot.locator('.attachment__size').innerText(), remote: drawn.src.startsWith(server.url) },
      { width: 480, icon: 'codicon codicon-file-media attachment__icon', size: `(${(bytes / 1024).toFixed(1)} KB)`, remote: false },
    );
    await workbench.screenshot('huawei-panel-attachments');
    await shot.getByRole('button', { name: /^Save/ }).click();
    const dialogInput = workbench.page.locator('.quick-input-widget input').first();
    await dialogInput.waitFor({ timeout: 30_000 });
    for (let attempt = 0; !(await dialogInput.inputValue()).endsWith('screenshot.png'); attempt++) {
      if (attempt === 60) throw new Error(`the save dialog shows "${await dialogInput.inputValue()}"`);
      await workbench.page.waitForTimeout(500);
    }
    await dialogInput.press('Enter');
    const saved = join(workbench.workspaceFolder, 'screenshot.png');
    await until(() => existsSync(saved) && readFileSync(saved).length === bytes, 'the saved picture');
    await shot.getByRole('button', { name: /^Open/ }).click();
    await workbench.page.locator('.tabs-container .tab.active', { hasText: 'screenshot.png' }).waitFor({ timeout: 30_000 });
    await openTicket('SSH to ecs-prod-01');
    const log = page().locator('.attachment', { hasText: 'iptables.log' });
    await log.locator('.attachment__size', { hasText: '(28 B)' }).waitFor({ timeout: 30_000 });
    assert.equal(await log.locator('.codicon').getAttribute('class'), 'codicon codicon-file-text attachment__icon');
    await page().locator('.attachment', { hasText: 'security-group-path.png' }).locator('img.attachment__preview').waitFor({ timeout: 30_000 });
    assert.deepEqual(remoteFromPage, [], 'the page fetched nothing from the cloud');
  });

  it('lists the authorizations of a case: grants a pending one, refuses another with a reason, revokes a granted one', async () => {
    stored(IN_PROGRESS).authorizations?.push({
      id: 7003,
      status: 0,
      resourceType: { zh: '华为云账号', en: 'Huawei Cloud account' },
      visitType: { zh: '控制台登录', en: 'Console login' },
      description: { zh: '查看 RDS 慢日志', en: 'Read the RDS slow log' },
      createTime: new Date(Date.UTC(2026, 2, 27, 12)),
      rejectReason: '',
      items: [{ id: 70031, type: 0, instanceId: '', instanceName: 'rds-prod', regionId: 'cn-north-4' }],
    });
    await openTicket('ECS 无法远程登录');
    const section = page().locator('#ticket-authorizations');
    const pending = section.locator('[data-authorization-id="7002"]');
    await pending.getByRole('button', { name: 'Grant' }).waitFor({ timeout: 30_000 });
    await workbench.screenshot('huawei-panel-authorizations');
    await page().locator('[data-action="review-authorization"]').first().click();
    await pending.getByRole('button', { name: 'Grant' }).click();
    await confirmDialog('Grant access');
    await pending.locator('.authorization__state', { hasText: 'Granted' }).waitFor({ timeout: 30_000 });
    await section.locator('[data-authorization-id="7003"]').getByRole('button', { name: 'Refuse' }).click();
    await workbench.answerQuickInput('Please use the slow-log export I attached.', { prompt: /why access is refused/ });
    await section.locator('[data-authorization-id="7003"] .authorization__state', { hasText: 'Refused' }).waitFor({ timeout: 30_000 });
    await section.locator('[data-authorization-id="7001"]').getByRole('button', { name: 'Revoke' }).click();
    await confirmDialog('Revoke access');
    await section.locator('[data-authorization-id="7001"] .authorization__state', { hasText: 'Revoked' }).waitFor({ timeout: 30_000 });
    const byId = new Map(stored(IN_PROGRESS).authorizations?.map((a) => [a.id, [a.status, a.rejectReason]]));
    assert.deepEqual(
      [byId.get(7002), byId.get(7003), byId.get(7001)],
      [
        [1, ''],
        [2, 'Please use the slow-log export I attached.'],
        [5, ''],
      ],
    );
    await workbench.screenshot('huawei-panel-authorizations-answered');
  });

  it("answers support's parameter request with a form built from the request's fields", async () => {
    await openTicket('数据盘未挂载');
    await page().locator('[data-action="answer-params"]').click();
    const form = page().locator('form.request-form');
    await form.waitFor({ timeout: 30_000 });
    await form.getByLabel(/ECS instance ID/).fill('0f9e8d7c-0000-4000-8000-000000000001');
    await form.getByLabel(/Error output/).fill('mount: /data: wrong fs type');
    await workbench.screenshot('huawei-panel-param-request');
    await form.getByRole('button', { name: 'Send answer' }).click();
    await until(() => stored(FEEDBACK).extendsMap.ecs_instance_id !== undefined, 'the answer on the server');
    assert.deepEqual([stored(FEEDBACK).extendsMap, stored(FEEDBACK).status], [{ ecs_instance_id: '0f9e8d7c-0000-4000-8000-000000000001', error_output: 'mount: /data: wrong fs type' }, 1]);
    await form.waitFor({ state: 'detached', timeout: 30_000 });
  });

  it('shows the activity and the related cases as a timeline and opens a related case', async () => {
    await openTicket('SSH to ecs-prod-01');
    const related = page().locator('.timeline__related');
    await related.getByRole('button', { name: new RegExp(IN_PROGRESS) }).waitFor({ timeout: 30_000 });
    await page().locator('.timeline__activity summary').click();
    await page().locator('.activity__item', { hasText: 'Created' }).first().waitFor();
    await workbench.screenshot('huawei-panel-timeline');
    await related.getByRole('button', { name: new RegExp(IN_PROGRESS) }).click();
    await workbench.page.locator('.tabs-container .tab.active', { hasText: 'ECS 无法远程登录' }).waitFor({ timeout: 30_000 });
    // The first panel stays alive behind its tab; only the opened one should remain for the page locator.
    await workbench.runCommand('View: Close Other Editors in Group');
    await page().locator('.timeline__activity summary').click();
    const activity = await page().locator('.activity__item').allInnerTexts();
    assert.ok(
      ['Created', 'Authorization confirmed', 'Urged', 'Contact method changed'].every((text) => activity.some((line) => line.includes(text))),
      activity.join(' | '),
    );
  });

  it('loads earlier messages beyond the first window until the whole conversation shows', async () => {
    await openTicket('Intermittent packet loss');
    const articles = page().locator('article.message');
    await articles.nth(49).waitFor({ timeout: 30_000 });
    assert.equal(await articles.count(), 50);
    const earlier = page().getByRole('button', { name: 'Load earlier messages' });
    await workbench.screenshot('huawei-panel-earlier');
    for (let round = 0; await earlier.isVisible(); round++) {
      if (round === 10) throw new Error('older messages never ran out');
      const before = await articles.count();
      await earlier.click();
      await page().locator(`article.message >> nth=${before}`).waitFor({ timeout: 30_000 });
    }
    assert.equal(await articles.count(), stored(LONG).messages.length);
  });

  it('rates a completed case on every satisfaction dimension with the reasons the cloud offers', async () => {
    await openTicket('【配额申请】');
    await page().getByRole('button', { name: 'Rate' }).click();
    const form = page().locator('form.rating-form');
    await form.waitFor({ timeout: 30_000 });
    const dimensions = form.locator('fieldset.rating__dimension');
    assert.equal(await dimensions.count(), 3);
    await dimensions.nth(0).getByLabel('4 of 5').check();
    await dimensions.nth(1).getByLabel('5 of 5').check();
    await dimensions.nth(1).locator('select.rating__reason').selectOption({ label: 'Patient and professional' });
    await dimensions.nth(2).getByLabel('1 of 5').check();
    await dimensions.nth(2).locator('select.rating__reason').selectOption({ label: 'The solution did not work' });
    await form.getByPlaceholder('A comment for support (optional)').fill('Quick quota change.');
    await workbench.screenshot('huawei-panel-rating');
    await form.getByRole('button', { name: 'Send rating' }).click();
    await until(() => stored(COMPLETED).satisfaction.length > 0, 'the rating on the server');
    assert.deepEqual(
      [stored(COMPLETED).judgement, stored(COMPLETED).satisfaction.map((s) => [s.satisfaction_id, s.satisfaction_value, s.instance_name])],
      [
        'Quick quota change.',
        [
          [6, 4, undefined],
          [7, 5, 'Patient and professional'],
          [8, 1, 'The solution did not work'],
        ],
      ],
    );
  });

  it('urges, withdraws a reply, cancels and closes Huawei cases from the panel', async () => {
    await openTicket('ECS 无法远程登录');
    const urgesBefore = stored(IN_PROGRESS).logs.filter((l) => l.operateType === 2).length;
    await page().getByRole('button', { name: 'Urge' }).click();
    await until(() => stored(IN_PROGRESS).logs.filter((l) => l.operateType === 2).length === urgesBefore + 1, 'the urge on the server');
    await page().locator('textarea').first().fill('One more detail: it fails from every office network.');
    await page().getByRole('button', { name: 'Send' }).click();
    await until(() => stored(IN_PROGRESS).messages.some((m) => m.content.startsWith('One more detail')), 'the reply on the server');
    const sent = page().locator('article.message', { hasText: 'One more detail' });
    await sent.waitFor({ timeout: 30_000 });
    const mine = page().locator(`article.message[data-message-id="${await sent.getAttribute('data-message-id')}"]`);
    await mine.getByRole('button', { name: 'Withdraw' }).click();
    await confirmDialog('Withdraw');
    await mine.locator('.message__body', { hasText: 'This message was withdrawn.' }).waitFor({ timeout: 30_000 });
    assert.equal(stored(IN_PROGRESS).messages.find((m) => m.content.startsWith('One more detail'))?.status, -1);
    await workbench.screenshot('huawei-panel-withdrawn');
    await openTicket('spring promotion rules');
    await page().getByRole('button', { name: 'Cancel ticket' }).click();
    await confirmDialog('Cancel ticket');
    await until(() => stored(PENDING).status === 4, 'the cancel on the server');
    await openTicket('SSH to ecs-prod-01');
    await page().getByRole('button', { name: 'Close ticket' }).click();
    await confirmDialog('Close ticket');
    await until(() => stored(CONFIRM).status === 3, 'the close on the server');
    await page().getByRole('button', { name: 'Rate' }).waitFor({ timeout: 30_000 });
    await workbench.screenshot('huawei-panel-closed');
  });
});
