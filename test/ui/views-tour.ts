// A walk through every view of the extension on the demo accounts (tree, tooltip, ticket panel, create
// form, quick pick, notification), shared by the Chinese and the theme suites. Texts the walk waits for
// come from the manifest and l10n bundles of the display language, so the same walk runs in any language.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { FrameLocator, Locator, Page } from 'playwright-core';
import { ROOT, type Workbench } from './workbench';

/** The extension's own texts in one display language: manifest (package.nls) and host bundle. */
export class ExtensionTexts {
  private readonly nls: Record<string, string>;
  private readonly bundle: Record<string, string>;

  constructor(readonly locale: string | undefined) {
    const read = (file: string): Record<string, string> => JSON.parse(readFileSync(join(ROOT, file), 'utf8'));
    this.nls = { ...read('package.nls.json'), ...(locale ? read(`package.nls.${locale}.json`) : {}) };
    this.bundle = locale ? read(`l10n/bundle.l10n.${locale}.json`) : {};
  }

  /** A manifest text (`%key%`). */
  manifest(key: string): string {
    const text = this.nls[key];
    if (text === undefined) throw new Error(`package.nls has no ${key}`);
    return text;
  }

  /** A command's palette title, "Cloud Tickets: …". */
  command(key: string): string {
    return `${this.manifest('category')}: ${this.manifest(key)}`;
  }

  /** A host string in this language, `{0}` … filled. */
  t(message: string, ...args: (string | number)[]): string {
    const text = this.bundle[message] ?? message;
    return text.replace(/\{(\d+)\}/g, (whole, index: string) => (args[Number(index)] === undefined ? whole : String(args[Number(index)])));
  }

  /** The demo account of a cloud, as the extension labels it ("阿里云（演示）"). */
  demoAccount(cloud: 'Alibaba Cloud' | 'Huawei Cloud'): string {
    return this.t('{0} (demo)', this.t(cloud));
  }
}

export class ViewsTour {
  constructor(
    readonly workbench: Workbench,
    readonly texts: ExtensionTexts,
  ) {}

  get page(): Page {
    return this.workbench.page;
  }

  /** Runs a palette command; focus goes back to the workbench first (keys pressed in a webview may not reach it). */
  async command(title: string): Promise<void> {
    const input = this.page.locator('.quick-input-widget input').first();
    for (let attempt = 0; attempt < 4; attempt++) {
      await this.page.keyboard.press('Escape');
      await this.page
        .locator('.part.sidebar .title-label')
        .first()
        .click({ timeout: 5_000 })
        .catch(() => undefined);
      await this.page.keyboard.press('F1');
      const opened = await input.waitFor({ timeout: 5_000 }).then(
        () => true,
        () => false,
      );
      if (!opened) continue;
      await input.fill(`>${title}`);
      const row = this.page.locator('.quick-input-list .monaco-list-row', { hasText: title }).first();
      const shown = await row.waitFor({ timeout: 10_000 }).then(
        () => true,
        () => false,
      );
      if (!shown) continue;
      await row.click();
      return;
    }
    throw new Error(`could not run "${title}" from the command palette`);
  }

  /** Picks the quick-pick row that contains `text` once the pick shows rows. */
  async pick(text: string): Promise<void> {
    const row = this.page.locator('.quick-input-widget .quick-input-list .monaco-list-row', { hasText: text }).first();
    await row.waitFor({ timeout: 30_000 });
    await row.click();
  }

  /** Opens the container, starts the demo from the welcome view and waits for both demo accounts. */
  async startDemoFromWelcome(): Promise<void> {
    // Clicking the tab of the container already shown would hide the side bar.
    if (!(await this.page.locator('.welcome-view-content').isVisible())) {
      await this.page.getByRole('tab', { name: new RegExp(escapeRegExp(this.texts.manifest('viewsContainer.title'))) }).click();
    }
    const button = this.page.locator('.welcome-view-content').getByRole('button', { name: new RegExp(escapeRegExp(this.texts.manifest('command.tryDemo'))) });
    await button.click({ timeout: 60_000 });
    for (const cloud of ['Alibaba Cloud', 'Huawei Cloud'] as const) {
      await this.accountRow(cloud).waitFor({ timeout: 60_000 });
    }
  }

  accountRow(cloud: 'Alibaba Cloud' | 'Huawei Cloud'): Locator {
    return this.workbench
      .tree()
      .locator('[role="treeitem"][aria-level="1"]', { hasText: this.texts.demoAccount(cloud) })
      .first();
  }

  /** Collapses the tree, then expands one demo account: its groups and open tickets are the rows below it. */
  async showAccount(cloud: 'Alibaba Cloud' | 'Huawei Cloud'): Promise<void> {
    // Collapse All is disabled while nothing is expanded.
    const collapse = this.page.locator('.part.sidebar .actions-container [aria-label^="Collapse All"]').first();
    if ((await collapse.getAttribute('aria-disabled')) !== 'true') await collapse.click();
    await this.accountRow(cloud).click();
    // Collapse All also folded the status groups: open them again (a click on a row toggles it).
    const groups = this.workbench.tree().locator('[role="treeitem"][aria-level="2"]');
    await groups.first().waitFor({ timeout: 60_000 });
    for (let i = 0; i < 3; i++) {
      const folded = this.workbench.tree().locator('[role="treeitem"][aria-level="2"][aria-expanded="false"]').first();
      if ((await folded.count()) === 0) break;
      await folded.click();
    }
    await this.ticketRows().first().waitFor({ timeout: 60_000 });
  }

  /** Ticket rows of the expanded account. */
  ticketRows(): Locator {
    return this.workbench.tree().locator('[role="treeitem"][aria-level="3"]');
  }

  /** Hovers a ticket row and returns its tooltip (not the activity bar's hover). */
  async ticketTooltip(row: Locator): Promise<Locator> {
    await this.page.mouse.move(0, 0);
    await row.hover();
    const hover = this.page.locator('.monaco-hover:visible', { hasText: this.texts.t('Status') }).first();
    await hover.waitFor({ timeout: 15_000 });
    return hover;
  }

  /** The content of the visible webview (two frames deep). */
  webview(): FrameLocator {
    return this.page.frameLocator('iframe.webview.ready >> visible=true').frameLocator('#active-frame');
  }

  /** Opens the first ticket of the expanded account in its panel and waits for its conversation. */
  async openFirstTicket(): Promise<void> {
    await this.ticketRows().first().click();
    await this.webview().locator('article.message').first().waitFor({ timeout: 60_000 });
  }

  /** Opens the create form of a demo account through New Ticket and its account pick. */
  async openCreateForm(cloud: 'Alibaba Cloud' | 'Huawei Cloud'): Promise<void> {
    await this.command(this.texts.command('command.createTicket'));
    await this.pick(this.texts.demoAccount(cloud));
    await this.webview()
      .locator('h1', { hasText: this.texts.t('New ticket') })
      .waitFor({ timeout: 60_000 });
    // The first field's options load from the catalogue: wait until they are there.
    await this.webview().locator('select option:not([value=""])').first().waitFor({ state: 'attached', timeout: 60_000 });
  }

  /** Chooses the first real option of a select field, so the fields that depend on it appear. */
  async chooseFirst(fieldId: string): Promise<void> {
    const select = this.webview().locator(`[id="field-${fieldId}"]`);
    await select.locator('option:not([value=""])').first().waitFor({ state: 'attached', timeout: 30_000 });
    const value = await select.locator('option:not([value=""])').first().getAttribute('value');
    await select.selectOption(value ?? '');
  }

  /** Waits for a notification toast with this text. */
  async toast(text: string): Promise<Locator> {
    const toast = this.page.locator('.notifications-toasts .notification-toast', { hasText: text }).first();
    await toast.waitFor({ timeout: 30_000 });
    return toast;
  }
}

/**
 * Adds a Huawei Cloud account on a custom endpoint through Add Account, answering each step by its
 * prompt in the display language of `texts`, and waits for the account's row.
 */
export async function addHuaweiAccountIn(texts: ExtensionTexts, workbench: Workbench, label: string, endpoint: string): Promise<void> {
  const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const prompt = (message: string) => new RegExp(escape(texts.t(message)));
  await workbench.page.getByRole('tab', { name: new RegExp(escape(texts.manifest('viewsContainer.title'))) }).click();
  await workbench.runCommand(texts.command('command.addAccount'));
  await workbench.answerQuickInput(texts.t('Huawei Cloud'), { pick: true });
  await workbench.answerQuickInput(label, { prompt: prompt('A name for this account, shown in the Tickets view') });
  await workbench.answerQuickInput('testak', { prompt: prompt('Access key id (AK)') });
  await workbench.answerQuickInput('testsk', { prompt: /SK/ });
  await workbench.answerQuickInput('', { prompt: /STS/ });
  await workbench.answerQuickInput(texts.t('Custom endpoint…'), { pick: true });
  await workbench.answerQuickInput(endpoint, { prompt: prompt('Endpoint host or URL (for example a regional endpoint or a local emulator)') });
  await workbench
    .tree()
    .getByRole('treeitem', { name: new RegExp(`^${escape(label)}`) })
    .first()
    .waitFor({ timeout: 60_000 });
}

/**
 * The page's own text, without what came from a cloud: elements marked `.outside` (ticket titles,
 * messages, names), choices and typed values. `keepOutsideLabels` keeps field labels and hints of the
 * create form (the provider writes them) except catalogue-defined parameters and the agreement's body.
 */
export async function ownPageText(frame: FrameLocator, { keepOutsideLabels = false } = {}): Promise<string> {
  const drop = keepOutsideLabels ? '[data-field^="ext."], [data-field="agreement"] .help, .option-detail, .account .outside' : '.outside';
  return frame.locator('body').evaluate((body, selectors) => {
    // The few DOM members used here (this project compiles tests without the DOM library).
    interface Node {
      cloneNode(deep: boolean): Node;
      querySelectorAll(selectors: string): Iterable<Node>;
      remove(): void;
      getAttribute(name: string): string | null;
      readonly textContent: string | null;
    }
    const clone = (body as unknown as Node).cloneNode(true);
    for (const element of clone.querySelectorAll(selectors)) element.remove();
    const placeholders = [...clone.querySelectorAll('[placeholder]')].map((element) => element.getAttribute('placeholder') ?? '');
    return [clone.textContent ?? '', ...placeholders].join('\n');
  }, `${drop}, select, option, textarea, script, style`);
}

/**
 * English words left in a text once names are taken out (Cloud Tickets, VS Code, Markdown, key chords such as
 * Ctrl+Enter: Chinese text writes them the same way).
 * Acronyms written in capitals (CLI, ECS, ID) are how Chinese text writes them too, so they do not count.
 */
export function englishWords(text: string): string[] {
  const withoutNames = text.replace(/Cloud Tickets|VS Code|Markdown|(?:Ctrl|Alt|Shift|Cmd)(?:\+(?:Ctrl|Alt|Shift|Cmd|Enter|[A-Z0-9]))+/g, ' ');
  return [...new Set(withoutNames.match(/\b[A-Za-z][a-z]{2,}\b/g) ?? [])];
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
