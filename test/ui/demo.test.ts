import * as assert from 'node:assert/strict';
import { Workbench } from './workbench';

describe('demo account (vsix installed)', () => {
  let workbench: Workbench;

  before(async () => {
    workbench = await Workbench.open();
  });
  after(async () => {
    await workbench?.close();
  });

  it('starts from the welcome view and shows both clouds with status groups and counts', async () => {
    await workbench.openCloudTickets();
    await workbench.page.locator('.welcome-view-content').getByRole('button', { name: /Try Cloud Tickets Without a Cloud Account/ }).click();
    const tree = workbench.page.locator('.part.sidebar .monaco-list[role="tree"]');
    await tree.getByRole('treeitem', { name: /Alibaba Cloud \(demo\)/ }).waitFor({ timeout: 60_000 });
    const needsAction = tree.getByRole('treeitem', { name: /Needs your action/ }).first();
    await needsAction.waitFor({ timeout: 60_000 });
    assert.match(await needsAction.innerText(), /Needs your action\s*\d+/);
    await workbench.screenshot('demo-explorer');
  });
});
