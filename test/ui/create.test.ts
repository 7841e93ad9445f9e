import * as assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FrameLocator } from 'playwright-core';
import { startEmulator, type RunningEmulator } from '../../src/emulator';
import { screenshotOnFailure, Workbench } from './workbench';

interface StoredTicket {
  readonly TicketId: string;
  readonly Title: string;
  readonly Description: string;
  readonly Email?: string;
  readonly Notes: readonly { readonly Attachments: readonly string[] }[];
}
interface StoredAttachment {
  readonly ObjectKey: string;
  readonly FileName: string;
  readonly Uploaded: boolean;
}

/** Failure screenshots also go here (test-results/ is shared with other suites). */
const FAILURES = join(tmpdir(), 'cloud-tickets-create-failures');

/** Products in the extra directory, enough for the search box to appear. */
const LONG_LIST = 30;

/** The emulator's sample data plus a product directory with a long list of products. */
async function fixturesWithLongList(): Promise<unknown> {
  const probe = await startEmulator({ port: 0, providers: ['aliyun'] });
  const document = probe.control.fixturesDocument() as { aliyun: { directories: unknown[]; categories: Record<string, unknown[]> } };
  await probe.close();
  const products = Array.from({ length: LONG_LIST }, (_, i) => ({ ProductId: 90_000 + i, ProductName: `Long list product ${String(i).padStart(2, '0')}`, ProductCode: `long${i}` }));
  document.aliyun.directories.push({ DirectoryId: 99, DirectoryName: 'Many products', ProductList: products });
  for (const product of products) document.aliyun.categories[String(product.ProductId)] = [{ CategoryId: product.ProductId * 10, CategoryName: `Question about ${product.ProductName}` }];
  return document;
}

describe('create a ticket (vsix installed, emulator on loopback)', function () {
  let workbench: Workbench;
  let server: RunningEmulator;

  const huaweiCases = () => (server.control.state('huaweicloud') as { cases: { id: string; description: string; extendsMap: Record<string, unknown> }[] }).cases;
  const tickets = () => (server.control.state('aliyun') as { tickets: StoredTicket[] }).tickets;
  const attachments = () => (server.control.state('aliyun') as { attachments: StoredAttachment[] }).attachments;

  /** The create form's content: the visible webview, two frames deep. */
  const form = (): FrameLocator => workbench.page.frameLocator('iframe.webview.ready >> visible=true').frameLocator('#active-frame');

  /**
   * Answers the open quick input once it shows `step` (in its title, prompt or placeholder; the widget
   * is reused between steps, so typing before that would go into the previous step).
   */
  async function answer(text: string, step: RegExp, pick = false): Promise<void> {
    const widget = workbench.page.locator('.quick-input-widget');
    const input = widget.locator('input').first();
    for (let tries = 0; ; tries++) {
      const visible = await widget.isVisible();
      const shown = visible ? `${await widget.innerText()}\n${(await input.getAttribute('placeholder')) ?? ''}` : '';
      if (step.test(shown)) break;
      if (tries > 300) throw new Error(`the quick input never showed ${step}; it shows: ${shown}`);
      await workbench.page.waitForTimeout(100);
    }
    await input.fill(text);
    if (pick) await widget.locator('.quick-input-list .monaco-list-row.focused', { hasText: text }).first().waitFor();
    await input.press('Enter');
  }

  async function addAccount(label: string): Promise<void> {
    await command('Cloud Tickets: Add Account…');
    await answer('Alibaba Cloud', /Which cloud/, true);
    await answer(label, /A name for this account/);
    await answer('testid', /Access key id/);
    await answer('testsecret', /Access key secret/);
    await answer('', /STS security token/);
    await answer('Custom endpoint…', /Where should requests go/, true);
    await answer(server.url, /Endpoint host or URL/);
    // The tree is virtualised: with expanded accounts above, a new one may be out of view. The notification is not.
    await workbench.notification(`Account "${label}" added.`);
  }

  async function addHuaweiAccount(label: string): Promise<void> {
    const key = server.credentials.huaweicloud?.[0];
    if (!key) throw new Error('the emulator has no Huawei Cloud key');
    await command('Cloud Tickets: Add Account…');
    await answer('Huawei Cloud', /Which cloud/, true);
    await answer(label, /A name for this account/);
    await answer(key.accessKeyId, /Access key id/);
    await answer(key.accessKeySecret, /Access key secret/);
    await answer('', /STS security token/);
    await answer('Custom endpoint…', /Where should requests go/, true);
    await answer(server.url, /Endpoint host or URL/);
    // The tree is virtualised: with expanded accounts above, a new one may be out of view. The notification is not.
    await workbench.notification(`Account "${label}" added.`);
  }

  async function useLegacyApi(label: string): Promise<void> {
    await command('Cloud Tickets: Edit Account Settings…');
    await answer(label, /Account to edit/, true);
    await answer('API version 2020-03-26', /Edit "/, true);
  }

  /**
   * Runs a command from the palette. Focus is moved to the workbench first: a key pressed while a
   * webview has the focus does not always reach the workbench. `keepSelection` skips the Escape that
   * closes a toast or dialog first: in an editor with a selection, Escape is "Cancel Selection".
   */
  async function command(title: string, { keepSelection = false } = {}): Promise<void> {
    const input = workbench.page.locator('.quick-input-widget input').first();
    // A toast or a closing dialog can take the focus and hide the palette again: retry the whole gesture.
    for (let attempt = 0; attempt < 4; attempt++) {
      if (!keepSelection) await workbench.page.keyboard.press('Escape');
      await workbench.page
        .locator('.part.sidebar .title-label')
        .first()
        .click({ timeout: 5_000 })
        .catch(() => undefined);
      await workbench.page.keyboard.press('F1');
      if (
        !(await input.waitFor({ timeout: 5_000 }).then(
          () => true,
          () => false,
        ))
      )
        continue;
      if (
        !(await input.fill(`>${title}`, { timeout: 5_000 }).then(
          () => true,
          () => false,
        ))
      )
        continue;
      // Fuzzy matching may put another command first ("Open Active File in …"): click the wanted row.
      await workbench.page.locator('.quick-input-list .monaco-list-row', { hasText: title }).first().click();
      return;
    }
    throw new Error(`could not run "${title}" from the command palette`);
  }

  /** Opens the form through the palette and the account picker. */
  async function openForm(account: string): Promise<void> {
    await command('Cloud Tickets: New Ticket…');
    await answer(account, /which account should file it/, true);
    // The first form of a session loads the provider bundle and the catalogue; a loaded machine needs the time.
    await form().locator('h1', { hasText: 'New ticket' }).waitFor({ timeout: 60_000 });
  }

  /** Picks an option once the host has loaded it. */
  async function choose(fieldId: string, label: string): Promise<void> {
    const select = form().locator(`#field-${fieldId}`);
    await select.locator('option', { hasText: label }).first().waitFor({ state: 'attached', timeout: 30_000 });
    await select.selectOption({ label });
  }

  /**
   * Empties the description and waits until the host has it: the page sends edits 250 ms after the last
   * keystroke and the host's answer names the missing fields, so a form closed sooner (the next test's
   * Close All Editors) would leave the old text in the stored draft, where the next form restores it.
   */
  async function clearDescription(): Promise<void> {
    await form().locator('#field-description').fill('');
    await form()
      .locator('#submit', { hasText: /^Missing: .*Description$/ })
      .waitFor({ timeout: 30_000 });
  }

  /** Between tests: no editors, no notifications (a stale "created" toast must not satisfy the next test). */
  async function closeEditors(): Promise<void> {
    await command('View: Close All Editors');
    await command('Notifications: Clear All Notifications');
  }

  before(async function () {
    this.timeout(240_000);
    server = await startEmulator({ port: 0, fixtures: await fixturesWithLongList() });
    workbench = await Workbench.open();
    // The form's page logs nothing on success; anything it prints is worth seeing next to a failure.
    workbench.page.on('console', (message) => {
      if (message.type() === 'error' || /create|ipc/i.test(message.text())) console.log(`      [page ${message.type()}] ${message.text()}`);
    });
    try {
      await workbench.openCloudTickets();
      await addAccount('Ali 2021');
      await addAccount('Ali 2020');
      await useLegacyApi('Ali 2020');
      await addHuaweiAccount('Huawei');
    } catch (error) {
      await workbench.screenshot('FAILED-create-setup');
      throw error;
    }
  });
  after(async () => {
    await workbench?.close();
    await server?.close();
  });
  // Every test starts from a clean window: no editors (a form left on its success view would be
  // reused), no notifications (a stale "created" toast must not satisfy the next test), no faults.
  beforeEach(async () => {
    server.control.clearFaults();
    await closeEditors();
  });
  screenshotOnFailure(() => workbench);
  afterEach(async function () {
    if (this.currentTest?.state === 'failed') {
      mkdirSync(FAILURES, { recursive: true });
      await workbench.page.screenshot({ path: join(FAILURES, `${this.currentTest.title.replace(/[^\w-]+/g, '-').slice(0, 60)}.png`) }).catch(() => undefined);
    }
  });

  it('says what is missing, then validates inline with the provider limits', async () => {
    await openForm('Ali 2021');
    const submit = form().locator('#submit');
    try {
      assert.match(await submit.innerText(), /^Missing: Product group, Product, Question category, Description$/);
      await form().locator('#field-email').fill('not-an-address');
      await form().locator('#field-title').fill('x'.repeat(129));
      await form().locator('#field-description').click();
      await form().getByText('Contact e-mail is not a valid e-mail address.').waitFor();
      await form().getByText('Title allows at most 128 characters.').waitFor();
      await submit.click();
      await form().getByText('Description is required.').waitFor();
      await workbench.screenshot('create-validation');
      // The first field with a problem gets the focus once the host has answered the final check.
      await form().locator('#field-directory:focus').waitFor({ timeout: 10_000 });
    } finally {
      // The draft outlives the form: leave nothing invalid behind for the next tests.
      await form().locator('#field-email').fill('');
      await form().locator('#field-title').fill('');
      await workbench.page.waitForTimeout(1000);
    }
  });

  it('files an Alibaba 2021 ticket through the full cascade, with an attachment', async () => {
    const file = join(workbench.workspaceFolder, 'error.log');
    writeFileSync(file, 'ERROR 403 AccessDenied\n'.repeat(50));
    await openForm('Ali 2021');
    await choose('directory', 'Storage');
    await choose('product', 'Object Storage Service (OSS)');
    await choose('category', 'Bucket access denied (403)');
    await form().locator('#field-email').fill('');
    await form().locator('#field-title').fill('PutObject answers 403 since key rotation');
    await form().locator('#field-description').fill('Since 10:00 every PutObject on bucket logs-prod answers 403 AccessDenied.');
    await form().locator('#field-attachments').click();
    // Files are picked in the host: code-server shows its own file dialog in the workbench. It fills in
    // its folder as it loads, so the path is typed until it sticks.
    await workbench.page.locator('.quick-input-widget .quick-input-title', { hasText: 'Attach files to the new ticket' }).waitFor({ timeout: 30_000 });
    const dialogInput = workbench.page.locator('.quick-input-widget input').first();
    for (let attempt = 0; attempt < 10; attempt++) {
      await dialogInput.fill(file);
      await workbench.page.waitForTimeout(500);
      if ((await dialogInput.inputValue()) === file) break;
    }
    await dialogInput.press('Enter');
    await form().locator('.file-list li', { hasText: 'error.log' }).waitFor({ timeout: 30_000 });
    await form().locator('#submit', { hasText: 'Create ticket' }).waitFor();
    await workbench.screenshot('create-aliyun-2021-filled');
    await form().locator('#submit', { hasText: 'Create ticket' }).click();
    const said = await workbench.notification(/Ticket \S+ was created/);
    const created = tickets().filter((ticket) => ticket.Title === 'PutObject answers 403 since key rotation');
    const uploaded = attachments().find((attachment) => attachment.FileName === 'error.log');
    assert.deepEqual([created.length, uploaded?.Uploaded, created[0]?.Notes[0]?.Attachments.includes(uploaded?.ObjectKey ?? '-')], [1, true, true]);
    assert.match(said, new RegExp(`Ticket ${created[0].TicketId} was created`));
    await workbench.screenshot('create-aliyun-2021-created');
  });

  it('searches inside a long option list', async () => {
    await openForm('Ali 2021');
    await choose('directory', 'Many products');
    const search = form().getByLabel('Search Product', { exact: true });
    await search.waitFor();
    await search.fill('product 17');
    const options = form().locator('#field-product option:not([value=""])');
    await workbench.screenshot('create-search');
    assert.deepEqual(await options.allInnerTexts(), ['Long list product 17']);
  });

  it('files with the legacy 2020 API (product codes, registered e-mail)', async () => {
    await openForm('Ali 2020');
    await choose('directory', 'Storage');
    await choose('product', 'Object Storage Service (OSS)');
    await choose('category', 'Bucket access denied (403)');
    await form().locator('#field-title').fill('Legacy API ticket');
    await form().locator('#field-description').fill('Filed through the 2020-03-26 API.');
    await form().locator('#field-email').fill('ops@example.com');
    await form().locator('#submit', { hasText: 'Create ticket' }).waitFor();
    await workbench.screenshot('create-aliyun-2020-filled');
    await form().locator('#submit', { hasText: 'Create ticket' }).click();
    await workbench.notification(/Ticket \S+ was created/);
    assert.deepEqual(
      tickets()
        .filter((ticket) => ticket.Title === 'Legacy API ticket')
        .map((ticket) => ticket.Email),
      ['ops@example.com'],
    );
  });

  it('files a Huawei Cloud ticket: problem type, template, extends parameter, region, agreement', async () => {
    await openForm('Huawei');
    await choose('product', 'Elastic Cloud Server (ECS)');
    await choose('businessType', 'Remote login');
    await choose('template', 'Login problem template');
    const description = form().locator('#field-description');
    assert.equal(await description.inputValue(), 'Instance ID: Symptom: Since: ');
    const instance = form().locator('[id="field-ext.ecs_instance_id"]');
    await instance.waitFor({ timeout: 30_000 });
    await instance.fill('0f9e8d7c-0000-4000-8000-000000000001');
    const text = `Instance ID: 0f9e8d7c Symptom: SSH times out Since: 10:00 (${Date.now()})`;
    await description.fill(text);
    await form().locator('#field-region').selectOption('cn-north-4');
    await form().locator('#field-agreement').check();
    await form().locator('#submit', { hasText: 'Create ticket' }).waitFor();
    await workbench.screenshot('create-huawei-filled');
    await form().locator('#submit', { hasText: 'Create ticket' }).click();
    await workbench.notification(/Ticket \S+ was created/);
    const filed = huaweiCases().filter((entry) => entry.description === text);
    assert.deepEqual(
      filed.map((entry) => entry.extendsMap.ecs_instance_id),
      ['0f9e8d7c-0000-4000-8000-000000000001'],
    );
  });

  it('files exactly one ticket when the connection drops after the server committed it', async () => {
    const description = `Committed, then the connection dropped (${Date.now()}).`;
    await openForm('Ali 2021');
    await choose('directory', 'Storage');
    await choose('product', 'Object Storage Service (OSS)');
    await choose('category', 'Upload or download is slow');
    await form().locator('#field-description').fill(description);
    await form().locator('#field-title').fill('');
    await form().locator('#field-email').fill('');
    server.control.injectFault({ provider: 'aliyun', action: 'CreateTicket', fault: { kind: 'commit-then-drop' } });
    server.control.clearRequests();
    await form().locator('#submit', { hasText: 'Create ticket' }).click();
    await workbench.notification(/Ticket \S+ was created/, 60_000);
    const matching = tickets().filter((ticket) => ticket.Description === description);
    const creates = server.control.requests().filter((entry) => entry.provider === 'aliyun' && entry.action === 'CreateTicket');
    assert.deepEqual([matching.length, creates.length], [1, 1]);
    await workbench.page.locator('.tab', { hasText: 'New ticket — Ali 2021' }).click();
    await form()
      .getByText(/The connection dropped, but the ticket had been created/)
      .waitFor({ timeout: 10_000 });
    await workbench.screenshot('create-commit-then-drop-recovered');
  });

  it('restores the draft after a window reload', async () => {
    await openForm('Ali 2021');
    await form().locator('#field-description').fill('Draft that must survive a reload.');
    await workbench.page.waitForTimeout(1000); // the draft is saved 250 ms after the last keystroke
    await command('Developer: Reload Window');
    await workbench.page.locator('.monaco-workbench').waitFor({ timeout: 60_000 });
    await workbench.openCloudTickets();
    // The reload brings the open form back by itself; only open it when it did not come back.
    const cameBack = await form()
      .locator('h1', { hasText: 'New ticket' })
      .waitFor({ timeout: 30_000 })
      .then(
        () => true,
        () => false,
      );
    if (!cameBack) await openForm('Ali 2021');
    await form().getByText('Your draft was restored.').waitFor({ timeout: 30_000 });
    assert.equal(await form().locator('#field-description').inputValue(), 'Draft that must survive a reload.');
    await workbench.screenshot('create-draft-restored');
    await clearDescription();
  });

  it('keeps what was typed an instant before the form was closed', async () => {
    await openForm('Ali 2021');
    const description = form().locator('#field-description');
    await description.fill('Typed, then closed at once');
    await description.press('End');
    await description.pressSequentially('!!');
    // Closed well inside the page's 250 ms save pause: only the host's copy of every change can keep it.
    await workbench.page.locator('.tabs-container .tab.active [aria-label^="Close"]').first().click();
    await workbench.page.locator('.tabs-container .tab', { hasText: 'New ticket' }).waitFor({ state: 'detached', timeout: 10_000 });
    await openForm('Ali 2021');
    await form().getByText('Your draft was restored.').waitFor({ timeout: 30_000 });
    assert.equal(await form().locator('#field-description').inputValue(), 'Typed, then closed at once!!');
    await clearDescription();
  });

  it('prefills the description from the selected code', async () => {
    writeFileSync(join(workbench.workspaceFolder, 'upload.ts'), "export function upload(bucket: string) {\n  return client.put(bucket, { acl: 'private' });\n}\n");
    await workbench.openFile(join(workbench.workspaceFolder, 'upload.ts'));
    await workbench.page.locator('.monaco-editor .view-lines', { hasText: 'export function upload' }).waitFor();
    await workbench.page.locator('.monaco-editor .view-lines').click();
    await workbench.page.keyboard.press('ControlOrMeta+A');
    await command('Cloud Tickets: New Ticket from Selection…', { keepSelection: true });
    await answer('Ali 2021', /which account should file it/, true);
    const description = form().locator('#field-description');
    await description.waitFor({ timeout: 30_000 });
    const text = await description.inputValue();
    assert.ok(text.startsWith('upload.ts:1-3\n```typescript\nexport function upload(bucket: string) {'), text);
    await workbench.screenshot('create-prefill-selection');
    await clearDescription();
  });

  it('prefills title and description from a diagnostic through the code action', async () => {
    writeFileSync(join(workbench.workspaceFolder, 'broken.json'), '{\n  "bucket": "logs-prod",\n  "acl": \n}\n');
    await workbench.openFile(join(workbench.workspaceFolder, 'broken.json'));
    await workbench.page.locator('.monaco-editor .squiggly-error').first().waitFor({ timeout: 60_000 });
    // The squiggle lies under the text layer: click through to put the cursor on the error.
    await workbench.page.locator('.monaco-editor .squiggly-error').first().click({ force: true });
    await workbench.page.keyboard.press('ControlOrMeta+.');
    await workbench.page.locator('.action-widget', { hasText: 'New ticket from this error…' }).waitFor({ timeout: 30_000 });
    await workbench.screenshot('create-code-action');
    // The action is focused in the quick-fix menu (a pointer shield covers it right after opening).
    await workbench.page.locator('.action-widget .monaco-list-row.focused', { hasText: 'New ticket from this error…' }).waitFor();
    await workbench.page.keyboard.press('Enter');
    await answer('Ali 2021', /which account should file it/, true);
    const description = form().locator('#field-description');
    await description.waitFor({ timeout: 30_000 });
    const text = await description.inputValue();
    // Prefills add below what the draft already holds, so the diagnostic is looked for, not anchored.
    assert.match(text, /(^|\n)error( \([^)]*\))?: .+\nbroken\.json:\d+:\d+\n/);
    await workbench.screenshot('create-prefill-diagnostic');
    await clearDescription();
  });
});
