import * as assert from 'node:assert/strict';
import type { TicketProvider } from '../../src/core/provider';
import { startEmulator, type RunningEmulator } from '../../src/emulator';
import { createAliyunProvider } from '../../src/providers/aliyun/provider';
import { createHuaweiCloudProvider } from '../../src/providers/huaweicloud/provider';
import { refreshUntilReplyNoticed, replyToasts } from './replySteps';
import { screenshotOnFailure, Workbench } from './workbench';

/**
 * Replies that leave the status alone, seen by a user in a real VS Code (code-server + Chromium, the vsix
 * installed): the unread dot and exactly one "Support replied" notification after a Refresh, and a reply
 * that came while the window was being reloaded noticed by the new window on its own (first poll tick).
 * Alibaba Cloud 2021 and Huawei Cloud here; Alibaba 2020 in repliesLegacy.test.ts (its own emulator, so no
 * other account sees its ticket) and in the extension-host suite (test/vscode/replies.test.ts).
 */
describe('replies without a status change (vsix installed, emulator)', () => {
  let workbench: Workbench;
  let server: RunningEmulator;
  const clouds: { cloud: string; label: string; emulator: string; provider: () => TicketProvider; keys: { id: string; secret: string }; open: string }[] = [
    {
      cloud: 'Alibaba Cloud',
      label: 'Ali',
      emulator: 'aliyun',
      keys: { id: 'testid', secret: 'testsecret' },
      open: '2',
      provider: () =>
        createAliyunProvider({
          account: { id: 'aliyun', providerId: 'aliyun', label: 'aliyun', endpoint: server.url },
          credentials: async () => ({ accessKeyId: 'testid', accessKeySecret: 'testsecret' }),
        }),
    },
    {
      cloud: 'Huawei Cloud',
      label: 'Hua',
      emulator: 'huaweicloud',
      keys: { id: 'testak', secret: 'testsk' },
      open: '1',
      provider: () =>
        createHuaweiCloudProvider({
          account: { id: 'huaweicloud', providerId: 'huaweicloud', label: 'huaweicloud', endpoint: server.url },
          credentials: async () => ({ accessKeyId: 'testak', accessKeySecret: 'testsk' }),
        }),
    },
  ];
  /** Per cloud: the ticket support owes an answer on, and the start of its title as the toast shows it. */
  const targets = new Map<string, { id: string; title: string }>();

  before(async () => {
    server = await startEmulator({ port: 0 });
    for (const cloud of clouds) {
      const provider = cloud.provider();
      const { items } = await provider.listTickets({ statusGroups: ['in-progress'] }, { pageSize: 50 });
      const ticket = items[items.length - 1];
      await provider.reply(ticket.id, { body: 'Any news?' });
      server.control.setStatus(cloud.emulator, ticket.id, cloud.open);
      targets.set(cloud.emulator, { id: ticket.id, title: ticket.title.slice(0, 20) });
    }
    workbench = await Workbench.open({ settings: { 'cloudTickets.polling.intervalSeconds': 15 } });
    await workbench.openCloudTickets();
    for (const cloud of clouds) await workbench.addAccount(cloud.cloud, cloud.label, cloud.keys, server.url);
    // The first look reads every open conversation once (nothing in it is news): a few Refreshes.
    for (let i = 0; i < 3; i++) await workbench.runCommand('Cloud Tickets: Refresh');
  });
  after(async () => {
    await workbench?.close();
    await server?.close();
  });
  screenshotOnFailure(() => workbench);

  for (const cloud of clouds) {
    it(`${cloud.cloud}: the unread dot and exactly one notification after a Refresh`, async () => {
      const target = targets.get(cloud.emulator)!;
      server.control.agentReply(cloud.emulator, target.id, 'We are still investigating; nothing for you to do yet.', { keepStatus: true });
      assert.equal(await refreshUntilReplyNoticed(workbench, target.title), 1);
      await workbench.screenshot(`replies-${cloud.emulator}-unread`);
    });
  }

  it('notices after a window reload a reply that came while the window was away', async () => {
    const target = targets.get('aliyun')!;
    const navigated = workbench.page.waitForEvent('framenavigated', { predicate: (frame) => frame === workbench.page.mainFrame(), timeout: 120_000 });
    await workbench.runCommand('Developer: Reload Window');
    server.control.agentReply('aliyun', target.id, 'Answered while the window was reloading.', { keepStatus: true });
    await navigated;
    await workbench.page.locator('.monaco-workbench').waitFor({ timeout: 120_000 });
    // No Refresh: the new window's first poll tick reads the conversations most likely to have news.
    await replyToasts(workbench, target.title).first().waitFor({ timeout: 120_000 });
    await workbench.page.waitForTimeout(20_000);
    // Toasts hide after a while; the notification center keeps every notification of this window.
    await workbench.runCommand('Notifications: Show Notifications');
    const listed = workbench.page.locator('.notifications-center .notification-list-item', { hasText: `Support replied to "${target.title}` });
    await listed.first().waitFor({ timeout: 10_000 });
    assert.equal(await listed.count(), 1);
    await workbench.screenshot('replies-after-reload');
  });
});
