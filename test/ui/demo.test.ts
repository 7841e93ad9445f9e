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
    await workbench.page
      .locator('.welcome-view-content')
      .getByRole('button', { name: /Try Cloud Tickets Without a Cloud Account/ })
      .click();
    const tree = workbench.page.locator('.part.sidebar .monaco-list[role="tree"]');
    await tree.getByRole('treeitem', { name: /Alibaba Cloud \(demo\)/ }).waitFor({ timeout: 60_000 });
    await tree.getByRole('treeitem', { name: /Huawei Cloud \(demo\)/ }).waitFor({ timeout: 60_000 });
    // Each cloud's account row is followed by its own status groups with counts.
    await workbench.collapseTree();
    for (const cloud of ['Alibaba Cloud', 'Huawei Cloud']) {
      await tree.getByRole('treeitem', { name: new RegExp(`${cloud} \\(demo\\)`) }).click();
      await tree
        .getByRole('treeitem', { name: /Needs your action/ })
        .first()
        .waitFor({ timeout: 60_000 });
      const rows = await tree.getByRole('treeitem').allInnerTexts();
      const start = rows.findIndex((row) => row.includes(`${cloud} (demo)`));
      const groups = rows.slice(start + 1).filter((row) => /^(Needs your action|In progress|Closed)/.test(row));
      assert.ok(groups.length > 0 && groups.every((row) => /\d+\s*$/.test(row)), `${cloud}: ${JSON.stringify(rows)}`);
      await workbench.collapseTree();
    }
    await tree.getByRole('treeitem', { name: /Alibaba Cloud \(demo\)/ }).click();
    const needsAction = tree.getByRole('treeitem', { name: /Needs your action/ }).first();
    await needsAction.waitFor({ timeout: 60_000 });
    assert.match(await needsAction.innerText(), /Needs your action\s*\d+/);
    await workbench.screenshot('demo-explorer');
  });
});
