// Gestures the Huawei case administration suites share: waiting on the emulator's state, picking a
// quick-pick row, running a tree row's context-menu item, and reading the code the emulator "sent".
import type { Page } from 'playwright-core';
import type { HuaweiCloudOsmPlugin } from '../../src/emulator/huaweicloud/plugin';
import type { Workbench } from './workbench';

/** Polls `probe` (the emulator's state) until it holds. */
export async function until(page: Page, probe: () => boolean, what: string, timeoutMs = 30_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!probe()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await page.waitForTimeout(200);
  }
}

const settles = (promise: Promise<unknown>): Promise<boolean> =>
  promise.then(
    () => true,
    () => false,
  );

/** Picks the row showing `text` in the open quick pick (typing until the filter sticks). */
export async function pick(page: Page, text: string): Promise<void> {
  const input = page.locator('.quick-input-widget input');
  const shown = page.locator('.quick-input-list .monaco-list-row.focused', { hasText: text }).first();
  for (let attempt = 0; ; attempt++) {
    await input.fill(text);
    if (await settles(shown.waitFor({ timeout: 2_000 }))) break;
    if (attempt === 10) throw new Error(`the quick pick never showed "${text}"`);
  }
  await input.press('Enter');
}

/**
 * Opens a tree row's context menu. A right-click while the tree re-renders its rows (a refresh after a group opened) can land
 * on a row that is being replaced, and no menu opens; then it is tried again (a fresh-clone run waited 30 s for a menu).
 */
export async function openRowMenu(workbench: Workbench, title: RegExp): Promise<void> {
  const row = workbench.tree().getByRole('treeitem', { name: title }).first();
  const menu = workbench.page.locator('.monaco-menu .action-item').first();
  await row.waitFor({ timeout: 30_000 });
  for (let attempt = 0; ; attempt++) {
    await row.click({ button: 'right' });
    if (await settles(menu.waitFor({ timeout: 5_000 }))) return;
    if (attempt === 5) throw new Error(`no context menu opened on the row ${title}`);
    await workbench.page.keyboard.press('Escape');
  }
}

/** Runs an item of a tree row's context menu. A click right after the menu opens is sometimes ignored; then the keyboard runs it. */
export async function runMenuItem(workbench: Workbench, title: RegExp, label: string): Promise<void> {
  await openRowMenu(workbench, title);
  const item = workbench.page.locator('.monaco-menu .action-item', { hasText: label }).first();
  await item.waitFor();
  await item.click();
  if (!(await settles(item.waitFor({ state: 'hidden', timeout: 1_500 })))) {
    await item.hover();
    await workbench.page.keyboard.press('Enter');
    await item.waitFor({ state: 'hidden' });
  }
}

/** Answers VS Code's modal dialog with the button of that name. */
export async function confirmDialog(page: Page, button: string): Promise<void> {
  const dialog = page.locator('.monaco-dialog-box');
  await dialog.waitFor({ timeout: 30_000 });
  await dialog.getByRole('button', { name: button }).click();
}

/** The code the emulator "sent by SMS" to a phone (+86), once the extension asked for one. */
export async function codeSentTo(page: Page, osm: HuaweiCloudOsmPlugin, phone: string): Promise<string> {
  let code: string | null = null;
  await until(
    page,
    () => {
      code = (osm.control.command?.('verification-code', { way: 0, value: phone, areaCode: '86' }) as { code: string | null }).code;
      return code !== null;
    },
    `a code sent to ${phone}`,
  );
  return code ?? '';
}
