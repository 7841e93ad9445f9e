import * as assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Frame, Request } from 'playwright-core';
import { startEmulator, type RunningEmulator } from '../../src/emulator';
import type { AliyunTicketFixture } from '../../src/emulator/aliyun/fixtures';
import { sampleAliyunFixtures } from '../../src/emulator/aliyun/sample-data';
import { MAIN_UID } from '../../src/emulator/aliyun/sample-tickets';
import { screenshotOnFailure, Workbench } from './workbench';

// Hostile text in every place ticket data reaches the page. If any of it were parsed as HTML, a script
// would set a flag, open a dialog or fetch from attacker.invalid, or a style would hide the page.
const PAYLOAD = `<img src="http://attacker.invalid/i.png" onerror="parent.__xss=1;window.__xss=1;alert(1)"><script>window.__xss=1;alert(2)</script>`;
const HOSTILE_TITLE = `${PAYLOAD}<style>body{display:none!important}</style>`;
const HOSTILE_AGENT = `<b onmouseover="alert(3)">Agent</b><iframe src="http://attacker.invalid/frame"></iframe>`;
const HOSTILE_BODY = `${PAYLOAD}\n<a href="javascript:alert(4)">click</a> [md](javascript:alert(5)) <svg onload="alert(6)"></svg>\nhttp://attacker.invalid/steal?c=1`;
const HOSTILE_FILE = `"><img src=http://attacker.invalid/a.png onerror=alert(7)>.txt`;
const XSS_TICKET_ID = 'XSS0000001';

function hostileTicket(): AliyunTicketFixture {
  const created = Date.UTC(2026, 9, 1);
  return {
    TicketId: XSS_TICKET_ID,
    Title: HOSTILE_TITLE,
    Description: HOSTILE_BODY,
    CategoryId: '53812',
    Severity: 1,
    Status: 3,
    CreatorId: MAIN_UID,
    CreateTime: created,
    Notes: [
      { DialogId: 1, CreateTime: created, Role: 3, Name: HOSTILE_AGENT, Content: HOSTILE_BODY },
      { DialogId: 2, CreateTime: created + 60_000, Role: 2, Name: HOSTILE_AGENT, Content: HOSTILE_BODY, Attachments: [{ Name: HOSTILE_FILE, Text: 'x' }] },
    ],
  };
}

const LONG_THREAD = 'RDS connection timeout from ECS in another zone';
const TO_CLOSE = 'OSS 403 when uploading from CI';
const FOR_DRAFTS = 'SLB health check fails intermittently';
const SLOW_TO_LOAD = 'Redis memory full, keys evicted';

describe('ticket panel (vsix installed, emulator on loopback)', () => {
  let workbench: Workbench;
  let server: RunningEmulator;
  const dialogs: string[] = [];
  const leaks: string[] = [];

  before(async () => {
    const fixtures = sampleAliyunFixtures();
    server = await startEmulator({ port: 0, fixtures: { aliyun: { ...fixtures, tickets: [...fixtures.tickets, hostileTicket()] } } });
    workbench = await Workbench.open({ settings: { 'workbench.colorTheme': 'Default Light Modern' } });
    workbench.page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    workbench.page.on('request', (request: Request) => {
      if (request.url().includes('attacker.invalid')) leaks.push(request.url());
    });
    await workbench.openCloudTickets();
    await addAccount('Panel account', server.url);
  });
  after(async () => {
    await workbench?.close();
    await server?.close();
  });

  screenshotOnFailure(() => workbench);

  async function addAccount(label: string, endpoint: string): Promise<void> {
    await workbench.runCommand('Cloud Tickets: Add Account…');
    await workbench.answerQuickInput('Alibaba Cloud', { pick: true });
    await workbench.answerQuickInput(label, { prompt: /A name for this account/ });
    await workbench.answerQuickInput('testid', { prompt: /Access key id/ });
    await workbench.answerQuickInput('testsecret', { prompt: /Access key secret/ });
    await workbench.answerQuickInput('', { prompt: /STS security token/ });
    await workbench.answerQuickInput('Custom endpoint…', { pick: true });
    await workbench.answerQuickInput(endpoint, { prompt: /Endpoint host or URL/ });
    await workbench
      .tree()
      .getByRole('treeitem', { name: new RegExp(label) })
      .waitFor({ timeout: 30_000 });
  }

  /** Opens a ticket through the palette command and waits for its page to render. */
  async function openTicket(search: string): Promise<void> {
    await workbench.runCommand('View: Close All Editors');
    await workbench.runCommand('Cloud Tickets: Open Ticket…');
    await workbench.waitForQuickInputTitle(/Open Ticket/);
    await workbench.pickQuickInputRow(search);
    await page().locator('.ticket__title').waitFor({ timeout: 30_000 });
  }

  const page = () => workbench.webview();

  /** The page's frame, to evaluate script in it. */
  async function pageFrame(): Promise<Frame> {
    const outer = await (await workbench.page.locator('iframe.webview.ready').elementHandle())!.contentFrame();
    const inner = await (await outer!.locator('#active-frame').elementHandle())!.contentFrame();
    return inner!;
  }

  interface StateTicket {
    TicketId: string;
    Title: string;
    Evaluation?: { score: string; solved: boolean };
    Notes: { Content: string; Encrypt: boolean; Attachments: string[] }[];
  }
  const ticketNamed = (title: string) => (server.control.state('aliyun') as { tickets: StateTicket[] }).tickets.find((t) => t.Title === title)!;
  const notesOf = (title: string) => ticketNamed(title).Notes;

  it('opens a long thread with every message, the header and only the allowed actions', async () => {
    await openTicket(LONG_THREAD);
    const total = notesOf(LONG_THREAD).length;
    await page()
      .locator('article.message')
      .nth(total - 1)
      .waitFor();
    assert.equal(await page().locator('article.message').count(), total);
    assert.equal(await page().locator('.ticket__title').innerText(), LONG_THREAD);
    const actions = await page().locator('.ticket__actions button').allInnerTexts();
    assert.ok(actions.includes('Close ticket') && !actions.includes('Reopen') && !actions.includes('Urge'), actions.join(', '));
    const tab = workbench.page.locator('.tabs-container .tab', { hasText: LONG_THREAD });
    assert.equal(await tab.count(), 1);
    await workbench.screenshot('ticket-panel-light');
  });

  it('reuses the open panel when the same ticket is opened again', async () => {
    await workbench.runCommand('Cloud Tickets: Open Ticket…');
    await workbench.waitForQuickInputTitle(/Open Ticket/);
    await workbench.pickQuickInputRow(LONG_THREAD);
    await workbench.page.waitForTimeout(1000);
    assert.equal(await workbench.page.locator('.tabs-container .tab', { hasText: LONG_THREAD }).count(), 1);
  });

  it('sends a reply with an attachment (Ctrl+Enter) and shows it in the thread', async () => {
    const before = notesOf(LONG_THREAD).length;
    const file = join(workbench.workspaceFolder, 'connection.log');
    writeFileSync(file, 'timeout after 10s\n'.repeat(50));
    await page().getByRole('button', { name: 'Attach files…' }).click();
    // Files are picked in the host: code-server shows its own file dialog in the workbench.
    await workbench.waitForQuickInputTitle(/Attach files to the reply/);
    const input = workbench.page.locator('.quick-input-widget input');
    // The simple file dialog fills in its folder as it loads; type the path until it sticks.
    for (let attempt = 0; attempt < 10; attempt++) {
      await input.fill(file);
      await workbench.page.waitForTimeout(500);
      if ((await input.inputValue()) === file) break;
    }
    await input.press('Enter');
    await page().locator('.reply__attachment', { hasText: 'connection.log' }).waitFor({ timeout: 30_000 });
    await page().locator('#reply-text').fill('Here is the log from the instance.');
    await page().locator('#reply-text').press('Control+Enter');
    await page().locator('article.message').nth(before).waitFor({ timeout: 30_000 });
    const last = notesOf(LONG_THREAD).at(-1)!;
    assert.deepEqual({ content: last.Content, attachments: last.Attachments.length }, { content: 'Here is the log from the instance.', attachments: 1 });
    // The box empties when the send completes, which includes reloading the thread (it can trail the message on screen).
    for (let waited = 0; waited < 30_000 && (await page().locator('#reply-text').inputValue()) !== ''; waited += 500) await workbench.page.waitForTimeout(500);
    assert.equal(await page().locator('#reply-text').inputValue(), '');
  });

  it('sends a confidential reply when the box is ticked', async () => {
    const before = notesOf(LONG_THREAD).length;
    await page().getByLabel('Confidential (only support can see it)').check();
    await page().locator('#reply-text').fill('db password is hunter2');
    await page().getByRole('button', { name: 'Send' }).click();
    await page().locator('article.message').nth(before).waitFor({ timeout: 30_000 });
    // Alibaba's note list does not say which notes were confidential, so the page cannot mask them
    // afterwards; what matters here is that the reply went out marked confidential.
    assert.deepEqual({ content: notesOf(LONG_THREAD).at(-1)!.Content, encrypted: notesOf(LONG_THREAD).at(-1)!.Encrypt }, { content: 'db password is hunter2', encrypted: true });
  });

  it('keeps the text when the emulator fails the send, and the draft survives a window reload', async () => {
    await openTicket(FOR_DRAFTS);
    server.control.injectFault({ provider: 'aliyun', action: 'ReplyTicket', fault: { kind: 'error', status: 500, code: 'System.error', message: 'injected' } });
    await page().locator('#reply-text').fill('Draft that must not be lost');
    await page().locator('#reply-text').press('Control+Enter');
    await page()
      .locator('#reply-error')
      .filter({ hasText: /internal error/i })
      .waitFor({ timeout: 30_000 });
    assert.equal(await page().locator('#reply-text').inputValue(), 'Draft that must not be lost');
    await workbench.page.reload();
    await workbench.page.locator('.monaco-workbench').waitFor({ timeout: 60_000 });
    // A browser reload saves the workbench's editors only on its periodic flush, so the panel may not come
    // back here (reloadWindow below tests that); the draft must survive either way.
    const restored = await page()
      .locator('#reply-text')
      .waitFor({ timeout: 30_000 })
      .then(
        () => true,
        () => false,
      );
    if (!restored) await openTicket(FOR_DRAFTS);
    assert.equal(await page().locator('#reply-text').inputValue(), 'Draft that must not be lost');
  });

  /**
   * Reloads the window as a user does (Developer: Reload Window, which saves the workbench state first,
   * unlike a browser reload) and waits for the new workbench.
   */
  async function reloadWindow(): Promise<void> {
    const navigated = workbench.page.waitForEvent('framenavigated', { predicate: (frame) => frame === workbench.page.mainFrame(), timeout: 120_000 });
    await workbench.runCommand('Developer: Reload Window');
    await navigated;
    await workbench.page.locator('.monaco-workbench').waitFor({ timeout: 120_000 });
  }

  /** Waits for the panel of this ticket to show its whole conversation, in the only ticket tab. */
  async function expectPanelWithConversation(title: string): Promise<void> {
    const total = notesOf(title).length;
    await page()
      .locator('article.message')
      .nth(total - 1)
      .waitFor({ timeout: 120_000 });
    const shown = {
      title: await page().locator('.ticket__title').innerText(),
      messages: await page().locator('article.message').count(),
      tabs: await workbench.page.locator('.tabs-container .tab').allInnerTexts(),
    };
    assert.deepEqual(shown, { title, messages: total, tabs: [title] });
  }

  it('restores the open ticket panel after a window reload', async function () {
    this.timeout(300_000);
    await openTicket(LONG_THREAD);
    await expectPanelWithConversation(LONG_THREAD);
    await reloadWindow();
    await expectPanelWithConversation(LONG_THREAD);
    await workbench.screenshot('ticket-panel-restored');
  });

  it('restores a panel whose ticket was still loading when the window reloaded', async function () {
    this.timeout(300_000);
    // The conversation takes 60 s to arrive, so the reload comes while the page shows only its placeholder.
    server.control.addLatency({ provider: 'aliyun', action: 'ListTicketNotes', ms: 60_000 });
    try {
      await workbench.runCommand('View: Close All Editors');
      await workbench.runCommand('Cloud Tickets: Open Ticket…');
      await workbench.waitForQuickInputTitle(/Open Ticket/);
      await workbench.pickQuickInputRow(SLOW_TO_LOAD);
      await page().locator('.page__loading').waitFor({ timeout: 60_000 });
      await reloadWindow();
    } finally {
      server.control.clearLatency();
    }
    await expectPanelWithConversation(SLOW_TO_LOAD);
  });

  it('closes after a confirmation, reopens with a message and rates', async () => {
    await openTicket(TO_CLOSE);
    await page().getByRole('button', { name: 'Close ticket' }).click();
    const dialog = workbench.page.locator('.monaco-dialog-box');
    await dialog.waitFor({ timeout: 30_000 });
    await dialog.getByRole('button', { name: 'Close ticket' }).click();
    await page().getByRole('button', { name: 'Reopen' }).waitFor({ timeout: 30_000 });
    assert.equal(await page().locator('#reply-text').isDisabled(), true);
    await workbench.screenshot('ticket-panel-closed');

    await page().getByRole('button', { name: 'Reopen' }).click();
    await workbench.waitForQuickInputTitle(/Reopen ticket/);
    await workbench.answerQuickInput('The problem came back.');
    await page().getByRole('button', { name: 'Close ticket' }).waitFor({ timeout: 30_000 });
    assert.match(notesOf(TO_CLOSE).at(-1)!.Content, /The problem came back/);

    await page().getByRole('button', { name: 'Close ticket' }).click();
    await dialog.getByRole('button', { name: 'Close ticket' }).click();
    // The page shows the cloud's rating form: Alibaba Cloud's one overall score, solved flag and comment.
    await page().getByRole('button', { name: 'Rate' }).click();
    const form = page().locator('form.rating-form');
    await form.locator('legend', { hasText: 'Overall satisfaction' }).waitFor({ timeout: 30_000 });
    await form.getByLabel('5 of 5').check();
    await form.getByLabel('Yes').check();
    await form.getByPlaceholder('A comment for support (optional)').fill('Quick and helpful');
    await form.getByRole('button', { name: 'Send rating' }).click();
    await workbench.notification(/Thank you for rating/);
    const evaluation = ticketNamed(TO_CLOSE).Evaluation;
    assert.deepEqual({ score: evaluation?.score, solved: evaluation?.solved }, { score: '5', solved: true });
  });

  it('shows new support messages live and keeps the draft while they arrive', async () => {
    await openTicket(LONG_THREAD);
    await page().locator('#reply-text').fill('typing while support answers');
    const count = await page().locator('article.message').count();
    server.control.agentReply('aliyun', ticketNamed(LONG_THREAD).TicketId, 'A live answer from support.');
    await page().locator('article.message').nth(count).waitFor({ timeout: 40_000 });
    assert.match(await page().locator('article.message').last().innerText(), /A live answer from support/);
    assert.equal(await page().locator('#reply-text').inputValue(), 'typing while support answers');
  });

  it('renders hostile titles, messages, attachment and agent names inert', async () => {
    await openTicket(XSS_TICKET_ID);
    const frame = await pageFrame();
    await page().locator('article.message').nth(1).waitFor();
    assert.equal(await page().locator('.ticket__title').innerText(), HOSTILE_TITLE);
    assert.match(await page().locator('.message__author').first().innerText(), /<b onmouseover/);
    assert.match(await page().locator('.attachment__name').first().innerText(), /<img src=http/);
    await page().locator('.message__author').first().hover();
    // Evaluated in the page (a string: this file is compiled without the DOM library).
    const injected: Record<string, unknown> = await frame.evaluate(`({
      flag: window.__xss,
      elements: document.querySelectorAll('#app img, #app script, #app iframe, #app style, #app svg, #app a[href]').length,
      bodyVisible: getComputedStyle(document.body).display !== 'none' && document.body.getBoundingClientRect().height > 100,
    })`);
    const topFlag = await workbench.page.evaluate('window.__xss');
    assert.deepEqual({ ...injected, topFlag, dialogs, leaks }, { flag: undefined, elements: 0, bodyVisible: true, topFlag: undefined, dialogs: [], leaks: [] });
    await workbench.screenshot('ticket-panel-xss');
  });
});

/** `rgb(r, g, b)` of a `#rrggbb` colour, as getComputedStyle writes it. */
function rgbOf(hex: string): string {
  const [r, g, b] = [1, 3, 5].map((start) => parseInt(hex.slice(start, start + 2), 16));
  return `rgb(${r}, ${g}, ${b})`;
}

/** Relative luminance (0 black … 1 white) of an `rgb(...)` colour. */
function luminance(rgb: string): number {
  const channels = (rgb.match(/\d+(\.\d+)?/g) ?? []).slice(0, 3).map((value) => {
    const c = Number(value) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * channels[0] + 0.7152 * channels[1] + 0.0722 * channels[2];
}

describe('ticket panel in the dark theme (vsix installed)', () => {
  let workbench: Workbench;
  let server: RunningEmulator;

  before(async () => {
    server = await startEmulator({ port: 0 });
    workbench = await Workbench.open({ settings: { 'workbench.colorTheme': 'Default Dark Modern' } });
    await workbench.openCloudTickets();
    await workbench.runCommand('Cloud Tickets: Add Account…');
    await workbench.answerQuickInput('Alibaba Cloud', { pick: true });
    await workbench.answerQuickInput('Dark account', { prompt: /A name for this account/ });
    await workbench.answerQuickInput('testid', { prompt: /Access key id/ });
    await workbench.answerQuickInput('testsecret', { prompt: /Access key secret/ });
    await workbench.answerQuickInput('', { prompt: /STS security token/ });
    await workbench.answerQuickInput('Custom endpoint…', { pick: true });
    await workbench.answerQuickInput(server.url, { prompt: /Endpoint host or URL/ });
    await workbench
      .tree()
      .getByRole('treeitem', { name: /Dark account/ })
      .waitFor({ timeout: 30_000 });
  });
  after(async () => {
    await workbench?.close();
    await server?.close();
  });

  screenshotOnFailure(() => workbench);

  it('follows the theme colours', async function () {
    this.timeout(300_000);
    const { tickets } = server.control.state('aliyun') as { tickets: { Title: string; Notes: unknown[] }[] };
    const total = tickets.find((ticket) => ticket.Title === LONG_THREAD)!.Notes.length;
    await workbench
      .tree()
      .getByRole('treeitem', { name: new RegExp(LONG_THREAD) })
      .click();
    // The whole conversation, not just the first message: the page is complete before its colours are read.
    await workbench
      .webview()
      .locator('article.message')
      .nth(total - 1)
      .waitFor({ timeout: 120_000 });
    await workbench.screenshot('ticket-panel-dark');
    const outer = await (await workbench.page.locator('iframe.webview.ready').elementHandle())!.contentFrame();
    const inner = await (await outer!.locator('#active-frame').elementHandle())!.contentFrame();
    const colours: { themeClass: boolean; background: string; editorBackground: string; foreground: string } = await inner!.evaluate(`({
      themeClass: document.body.classList.contains('vscode-dark'),
      background: getComputedStyle(document.body).backgroundColor,
      editorBackground: getComputedStyle(document.body).getPropertyValue('--vscode-editor-background').trim(),
      foreground: getComputedStyle(document.body).color,
    })`);
    // The page paints with the theme's own colours: the editor background behind light text.
    assert.deepEqual(
      { themeClass: colours.themeClass, background: colours.background, darkBackground: luminance(colours.background) < 0.2, lightText: luminance(colours.foreground) > 0.6 },
      { themeClass: true, background: rgbOf(colours.editorBackground), darkBackground: true, lightText: true },
      JSON.stringify(colours),
    );
  });
});
