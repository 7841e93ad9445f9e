// Ticket ids in a real VS Code with the vsix installed, beyond ticketLinks.test.ts: the hover card shows the
// newest message, an id typed into the Source Control commit message box becomes a link that opens the
// ticket, and Open Ticket by ID asks which account to open from when two accounts own the id.
// Screenshots: ticket-links-hover-last-reply.png, ticket-links-scm*.png, ticket-links-two-owners*.png.
import * as assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { startEmulator, type RunningEmulator } from '../../src/emulator';
import { screenshotOnFailure, Workbench } from './workbench';

const HOVERED = 'Redis memory full, keys evicted';
const COMMITTED = 'RDS connection timeout from ECS in another zone';
const TWO_OWNERS = 'SLB health check fails intermittently';
const AGENT_REPLY = 'We raised maxmemory to 8 GB; please watch the eviction count and tell us the result.';

describe('ticket ids: the last reply in the hover card, the commit message box, two owners (vsix installed, emulator on loopback)', () => {
  let workbench: Workbench;
  let server: RunningEmulator;
  const idOf = (title: string) => {
    const ticket = (server.control.state('aliyun') as { tickets: { TicketId: string; Title: string }[] }).tickets.find((t) => t.Title === title);
    assert.ok(ticket, `the emulator has a ticket titled "${title}"`);
    return ticket.TicketId;
  };

  before(async () => {
    server = await startEmulator({ port: 0 });
    workbench = await Workbench.open({ settings: { 'workbench.colorTheme': 'Default Light Modern', 'git.openRepositoryInParentFolders': 'never' } });
    // A git repository in the workspace, so Source Control shows its commit message box.
    const git = (...args: string[]) => execFileSync('git', args, { cwd: workbench.workspaceFolder, stdio: 'pipe' });
    git('init', '-q');
    writeFileSync(join(workbench.workspaceFolder, 'README.md'), '# Service\n');
    await workbench.openCloudTickets();
    await workbench.addAccount('Alibaba Cloud', 'First owner', { id: 'testid', secret: 'testsecret' }, server.url);
  });
  after(async () => {
    await workbench?.close();
    await server?.close();
  });
  screenshotOnFailure(() => workbench);

  const page = () => workbench.page;
  const panelTab = (title: string) => page().locator('.tabs-container .tab', { hasText: title }).first();

  it("shows the newest message's author, time and text in the hover card of an id", async () => {
    const id = idOf(HOVERED);
    server.control.agentReply('aliyun', id, AGENT_REPLY, { keepStatus: true, agentName: 'Agent Zhou' });
    const file = join(workbench.workspaceFolder, 'incident.md');
    writeFileSync(file, `# Incident\n\nKeys are evicted; see ticket ${id}.\n`);
    await workbench.openFile(file);
    const link = await workbench.editorLink(id);
    // The card reads the cache, which the account's first refresh fills.
    const card = await workbench.hoverCard(link, `Open ticket ${id}`, AGENT_REPLY);
    await workbench.screenshot('ticket-links-hover-last-reply');
    const text = await card.innerText();
    assert.deepEqual({ title: text.includes(HOVERED), author: /Last reply from Agent Zhou \(Support\)/.test(text), reply: text.includes(AGENT_REPLY) }, { title: true, author: true, reply: true });
    await page().keyboard.press('Escape');
    await page().mouse.move(0, 0);
    await workbench.closeAllEditors();
  });

  it('links an id typed into the Source Control commit message box, and Ctrl+click opens the ticket', async () => {
    const id = idOf(COMMITTED);
    await page()
      .getByRole('tab', { name: /Source Control/ })
      .first()
      .click();
    const box = page().locator('.scm-editor .monaco-editor').first();
    await box.waitFor({ timeout: 60_000 });
    await box.click();
    await page().keyboard.type(`Retry the RDS connection (ticket ${id})`);
    const link = page().locator('.scm-editor .view-lines .detected-link', { hasText: id }).first();
    await link.waitFor({ timeout: 60_000 });
    await workbench.screenshot('ticket-links-scm');
    await workbench.ctrlClick(link);
    await panelTab(COMMITTED).waitFor({ timeout: 60_000 });
    await workbench.webview().locator('h1', { hasText: COMMITTED }).first().waitFor({ timeout: 60_000 });
    await workbench.screenshot('ticket-links-scm-panel');
    await workbench.closeAllEditors();
  });

  it('asks which account to open from when two accounts own the id, and opens the chosen one', async () => {
    const id = idOf(TWO_OWNERS);
    // The activity bar item toggles: click it only when another view fills the side bar.
    if (
      (await page()
        .locator('.part.sidebar .title-label', { hasText: /Cloud Tickets/i })
        .count()) === 0
    )
      await workbench.openCloudTickets();
    await workbench.addAccount('Alibaba Cloud', 'Second owner', { id: 'testid', secret: 'testsecret' }, server.url);
    await workbench.runCommand('Cloud Tickets: Open Ticket by ID…');
    const input = page().locator('.quick-input-widget input').first();
    await input.waitFor();
    await input.fill(id);
    await page()
      .locator('.quick-input-widget', { hasText: new RegExp(`Press Enter to open .* ticket ${id}`) })
      .waitFor({ timeout: 15_000 });
    await input.press('Enter');
    await workbench.waitForQuickInputTitle(new RegExp(`Ticket ${id} is in several accounts`));
    const rows = page().locator('.quick-input-list .monaco-list-row');
    await rows.nth(1).waitFor();
    // Each row holds the account, the title and its cloud's name (innerText runs label and title together).
    const labels = (await rows.allInnerTexts()).map((row) => row.split('\n')[0].replace(/\s+/g, ''));
    await workbench.screenshot('ticket-links-two-owners');
    assert.deepEqual(
      labels.slice(0, 2),
      [`First owner${TWO_OWNERS}`, `Second owner${TWO_OWNERS}`].map((row) => row.replace(/\s+/g, '')),
    );
    await workbench.answerQuickInput('Second owner', { pick: true });
    await panelTab(TWO_OWNERS).waitFor({ timeout: 60_000 });
    await workbench.webview().locator('h1', { hasText: TWO_OWNERS }).first().waitFor({ timeout: 60_000 });
    // The header names the account the ticket was loaded from.
    await workbench.webview().getByText('Second owner').first().waitFor({ timeout: 30_000 });
    assert.equal(await workbench.webview().getByText('First owner').count(), 0, "the panel is the second account's");
    await workbench.screenshot('ticket-links-two-owners-panel');
  });
});
