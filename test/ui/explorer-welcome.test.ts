import * as assert from 'node:assert/strict';
import { Workbench } from './workbench';

describe('Cloud Tickets in the workbench (vsix installed)', () => {
  let workbench: Workbench;

  before(async () => {
    workbench = await Workbench.open();
  });
  after(async () => {
    await workbench?.close();
  });

  it('shows its container in the activity bar', async () => {
    const tab = workbench.page.getByRole('tab', { name: /Cloud Tickets/ });
    await tab.waitFor({ timeout: 30_000 });
    assert.equal(await tab.count(), 1);
  });

  it('shows the welcome content in the empty Tickets view', async () => {
    await workbench.openCloudTickets();
    const welcome = workbench.page.locator('.welcome-view-content');
    await welcome.waitFor({ timeout: 30_000 });
    assert.match(await welcome.innerText(), /Follow your Alibaba Cloud and Huawei Cloud support tickets here/);
    await workbench.screenshot('explorer-welcome');
  });

  it('opens its log from the command palette', async () => {
    await workbench.runCommand('Cloud Tickets: Show Log');
    const output = workbench.page.locator('.panel .monaco-editor .view-lines', { hasText: 'Cloud Tickets 0.1.0 activated' });
    await output.waitFor({ timeout: 30_000 });
    await workbench.screenshot('show-log');
  });
});
