// Ticket ids where a user meets them, in a real VS Code with the vsix installed: Ctrl+click an id in a
// Markdown file and in terminal output, type one into Open Ticket by ID…, and each time the right ticket's
// panel opens. Screenshots: ticket-links-*.png.
import * as assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { startEmulator, type RunningEmulator } from '../../src/emulator';
import { screenshotOnFailure, Workbench } from './workbench';

const IN_FILE = 'RDS connection timeout from ECS in another zone';
const IN_TERMINAL = 'OSS 403 when uploading from CI';
const BY_ID = 'SLB health check fails intermittently';

describe('ticket ids in a file, the terminal and Open Ticket by ID (vsix installed, emulator on loopback)', () => {
  let workbench: Workbench;
  let server: RunningEmulator;
  const idOf = (title: string) => (server.control.state('aliyun') as { tickets: { TicketId: string; Title: string }[] }).tickets.find((t) => t.Title === title)!.TicketId;

  before(async () => {
    server = await startEmulator({ port: 0 });
    // The DOM renderer draws terminal text as elements the test can find and click.
    workbench = await Workbench.open({ settings: { 'terminal.integrated.gpuAcceleration': 'off', 'workbench.colorTheme': 'Default Light Modern' } });
    await workbench.openCloudTickets();
    await workbench.addAccount('Alibaba Cloud', 'Links account', { id: 'testid', secret: 'testsecret' }, server.url);
  });
  after(async () => {
    await workbench?.close();
    await server?.close();
  });
  screenshotOnFailure(() => workbench);

  const page = () => workbench.page;
  const panelTab = (title: string) => page().locator('.tabs-container .tab', { hasText: title }).first();

  it('opens the ticket when its id is Ctrl+clicked in a Markdown file, with a hover card on the way', async () => {
    const id = idOf(IN_FILE);
    const file = join(workbench.workspaceFolder, 'release-notes.md');
    writeFileSync(file, `# Release notes\n\nThe timeout is fixed; see ticket ${id} for the details.\n`);
    await workbench.openFile(file);
    const link = await workbench.editorLink(id);
    // The card reads the cache, which the account's first refresh fills.
    const card = await workbench.hoverCard(link, `Open ticket ${id}`, IN_FILE);
    await workbench.screenshot('ticket-links-hover');
    assert.match(await card.innerText(), new RegExp(IN_FILE));
    // The card covers the link's neighbourhood: put it away before Ctrl+click.
    await page().keyboard.press('Escape');
    await page().mouse.move(0, 0);
    await card.waitFor({ state: 'hidden', timeout: 10_000 }).catch(() => undefined);
    // With Ctrl down the editor re-renders the link under the pointer, so click where it is, not the element.
    const box = await link.boundingBox();
    assert.ok(box, 'the link is on screen');
    await page().keyboard.down('Control');
    await page().mouse.click(box.x + box.width / 2, box.y + box.height / 2);
    await page().keyboard.up('Control');
    await panelTab(IN_FILE).waitFor({ timeout: 60_000 });
    await workbench.webview().locator('h1', { hasText: IN_FILE }).first().waitFor({ timeout: 60_000 });
    await workbench.screenshot('ticket-links-file');
    await workbench.closeAllEditors();
  });

  it('opens the ticket when its id is Ctrl+clicked in terminal output', async () => {
    const id = idOf(IN_TERMINAL);
    await workbench.runCommand('Terminal: Create New Terminal');
    const terminal = page().locator('.integrated-terminal .xterm').first();
    await terminal.waitFor({ timeout: 30_000 });
    await terminal.click();
    await page().keyboard.type(`printf 'ticket %s\\n' ${id}`);
    await page().keyboard.press('Enter');
    // The output row (the command row holds printf and %s, so it does not match).
    const row = page()
      .locator('.xterm-rows > div', { hasText: new RegExp(`^\\s*ticket ${id}\\s*$`) })
      .first();
    await row.waitFor({ timeout: 30_000 });
    // The DOM renderer draws a run of equally styled cells as one span: find the one holding the id.
    const span = row.locator('span', { hasText: id }).first();
    const box = await span.boundingBox();
    assert.ok(box, 'the output row is drawn');
    const text = await span.innerText();
    const charWidth = box.width / text.length;
    const x = box.x + charWidth * (text.indexOf(id) + id.length / 2);
    const y = box.y + box.height / 2;
    // The terminal finds links on hover; the click with Ctrl then opens the one under the pointer.
    await page().mouse.move(x, y);
    await page().waitForTimeout(1000);
    await page().keyboard.down('Control');
    await page().mouse.move(x + 1, y);
    await page().mouse.click(x + 1, y);
    await page().keyboard.up('Control');
    await panelTab(IN_TERMINAL).waitFor({ timeout: 60_000 });
    await workbench.webview().locator('h1', { hasText: IN_TERMINAL }).first().waitFor({ timeout: 60_000 });
    await workbench.screenshot('ticket-links-terminal');
    await workbench.closeAllEditors();
  });

  it('opens the ticket typed into Open Ticket by ID…, saying what it found as you type', async () => {
    const id = idOf(BY_ID);
    await workbench.runCommand('Cloud Tickets: Open Ticket by ID…');
    const input = page().locator('.quick-input-widget input').first();
    await input.waitFor();
    await input.fill('not an id');
    await page()
      .locator('.quick-input-widget', { hasText: /No ticket ID here/ })
      .waitFor({ timeout: 15_000 });
    await input.fill(`https://smartservice.console.aliyun.com/service/pre-sales-detail?ticketId=${id}`);
    await page()
      .locator('.quick-input-widget', { hasText: new RegExp(`Press Enter to open .* ticket ${id}`) })
      .waitFor({ timeout: 15_000 });
    await workbench.screenshot('ticket-links-open-by-id');
    await input.press('Enter');
    await panelTab(BY_ID).waitFor({ timeout: 60_000 });
    await workbench.screenshot('ticket-links-open-by-id-panel');
  });
});
