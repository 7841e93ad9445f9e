import * as assert from 'node:assert/strict';
import { startEmulator, type RunningEmulator } from '../../src/emulator';
import { createAliyunProvider } from '../../src/providers/aliyun/provider';
import { refreshUntilReplyNoticed } from './replySteps';
import { screenshotOnFailure, Workbench } from './workbench';

/**
 * The legacy Alibaba Cloud API (2020-03-26) in a real VS Code (code-server + Chromium, the vsix installed),
 * as replies.test.ts does for 2021 and Huawei: the account is added through Add Account and switched to the
 * legacy API in Edit Account Settings; the emulator's agent answers without changing the status, and the
 * user sees the unread dot and exactly one "Support replied" notification after a Refresh. Its own emulator,
 * so no other account sees the same ticket.
 */
describe('replies without a status change on the legacy Alibaba API 2020-03-26 (vsix installed, emulator)', () => {
  let workbench: Workbench;
  let server: RunningEmulator;
  let target: { id: string; title: string };

  before(async () => {
    server = await startEmulator({ port: 0 });
    const provider = createAliyunProvider({
      account: { id: 'aliyun', providerId: 'aliyun', label: 'aliyun', endpoint: server.url, apiVersion: '2020-03-26' },
      credentials: async () => ({ accessKeyId: 'testid', accessKeySecret: 'testsecret' }),
    });
    const { items } = await provider.listTickets({ statusGroups: ['in-progress'] }, { pageSize: 50 });
    const ticket = items[items.length - 1];
    // Support owes an answer: the customer wrote last, and the ticket is open.
    await provider.reply(ticket.id, { body: 'Any news?' });
    server.control.setStatus('aliyun', ticket.id, '2');
    target = { id: ticket.id, title: ticket.title.slice(0, 20) };
    workbench = await Workbench.open({ settings: { 'cloudTickets.polling.intervalSeconds': 15 } });
    await workbench.openCloudTickets();
    await workbench.addAccount('Alibaba Cloud', 'Legacy', { id: 'testid', secret: 'testsecret' }, server.url);
    await workbench.runCommand('Cloud Tickets: Edit Account Settings…');
    await workbench.answerQuickInput('API version 2020-03-26', { pick: true, prompt: /Edit "Legacy"/ });
    // The first look reads every open conversation once (nothing in it is news): a few Refreshes, and time for that look
    // to end — a reply that lands while it still reads would be part of what it saw, not news.
    for (let i = 0; i < 3; i++) await workbench.runCommand('Cloud Tickets: Refresh');
    await workbench.page.waitForTimeout(5000);
  });
  after(async () => {
    await workbench?.close();
    await server?.close();
  });
  screenshotOnFailure(() => workbench);

  it('Alibaba Cloud 2020-03-26: the unread dot and exactly one notification after a Refresh', async () => {
    server.control.clearRequests();
    server.control.agentReply('aliyun', target.id, 'We are still investigating on the legacy API; nothing for you to do yet.', { keepStatus: true });
    const toasts = await refreshUntilReplyNoticed(workbench, target.title);
    // The conversation was read with the legacy API's own call signature (Language=… beside TicketId).
    const legacyReads = server.control.requests().filter((request) => request.action === 'ListTicketNotes' && /[?&]Language=/.test(request.url)).length;
    assert.deepEqual({ toasts, legacyReads: legacyReads > 0 }, { toasts: 1, legacyReads: true });
    await workbench.screenshot('replies-aliyun-2020-unread');
  });
});
