// Two VS Code windows of one profile poll the same account. Each has its own extension host; what was
// notified is claimed in globalState, which the windows share, so a support reply gives one toast in
// one window, not one per window.
import * as assert from 'node:assert/strict';
import type { TicketProvider } from '../../src/core/provider';
import { startEmulator, type RunningEmulator } from '../../src/emulator';
import { createHuaweiCloudProvider } from '../../src/providers/huaweicloud/provider';
import { screenshotOnFailure, Workbench } from './workbench';

describe('notifications with two windows open (vsix installed, emulator on loopback)', () => {
  let first: Workbench;
  let second: Workbench;
  let server: RunningEmulator;
  let huawei: TicketProvider;

  before(async () => {
    server = await startEmulator({ port: 0 });
    huawei = createHuaweiCloudProvider({
      account: { id: 'huaweicloud', providerId: 'huaweicloud', label: 'huaweicloud', endpoint: server.url },
      credentials: async () => ({ accessKeyId: 'testak', accessKeySecret: 'testsk' }),
    });
    first = await Workbench.open();
    await first.openCloudTickets();
    await first.addAccount('Huawei Cloud', 'Hua', { id: 'testak', secret: 'testsk' }, server.url);
    second = await first.openSecondWindow();
    await second.openCloudTickets();
    await second
      .tree()
      .getByRole('treeitem', { name: /^Hua\b/ })
      .first()
      .waitFor({ timeout: 60_000 });
    await second
      .tree()
      .getByRole('treeitem', { name: /In progress/ })
      .first()
      .waitFor({ timeout: 60_000 });
  });
  after(async () => {
    await second?.close();
    await first?.close();
    await server?.close();
  });
  screenshotOnFailure(() => first);

  it('shows one notification for a support reply, in one of the two windows', async () => {
    const { items } = await huawei.listTickets({ statusGroups: ['in-progress'] }, { pageSize: 20 });
    const target = items[0];
    assert.ok(target, 'the emulator has an in-progress Huawei ticket');
    server.control.agentReply('huaweicloud', target.id, 'Both windows know this ticket; only one should say so.');
    const toasts = (workbench: Workbench) => workbench.page.locator('.notification-toast', { hasText: 'Support replied to' }).count();
    const total = async () => (await toasts(first)) + (await toasts(second));
    await first.runCommand('Cloud Tickets: Refresh');
    const deadline = Date.now() + 60_000;
    while ((await total()) === 0) {
      if (Date.now() > deadline) assert.fail('no window notified of the reply');
      await first.page.waitForTimeout(500);
    }
    // The other window reads the same reply now; it must find the claim and stay quiet.
    await second.runCommand('Cloud Tickets: Refresh');
    await first.runCommand('Cloud Tickets: Refresh');
    await second.page.waitForTimeout(5_000);
    assert.deepEqual([await toasts(first), await toasts(second)].sort(), [0, 1]);
    await first.screenshot('notify-two-windows-first');
    await second.screenshot('notify-two-windows-second');
  });
});
