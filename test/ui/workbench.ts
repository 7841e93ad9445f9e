// Drives a real VS Code workbench (code-server) in Chromium for UI tests: starts a server with the
// packaged vsix installed, opens a page, and offers the few gestures the suites need.
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, FrameLocator, Locator, Page } from 'playwright-core';
import { installVsix, startCodeServer } from '../../scripts/vscode-test/code-server.mjs';
import { launchChromium, workbenchUrl } from '../../scripts/vscode-test/browser.mjs';

export const ROOT = join(__dirname, '..', '..');
export const VSIX = join(ROOT, 'out', 'cloud-tickets.vsix');
const SCREENSHOTS = join(ROOT, 'test-results', 'screenshots');

/**
 * Terminals in the tests run a bash that reads no start-up file of the machine: a user's rc file may take a
 * minute (a stale pyenv rehash lock, left when a server was stopped during a shell's start, made every
 * interactive bash wait 60 s) and the terminal test then types into a shell that is not there yet.
 */
const TEST_TERMINAL_SETTINGS = {
  'terminal.integrated.profiles.linux': { 'test bash': { path: 'bash', args: ['--norc', '--noprofile'] } },
  'terminal.integrated.defaultProfile.linux': 'test bash',
  'terminal.integrated.shellIntegration.enabled': false,
};

export interface WorkbenchOptions {
  /** User settings merged over the quiet defaults (e.g. a colour theme). */
  settings?: Record<string, unknown>;
  /** Extra environment for the server and its extension host (e.g. a fake HOME for importers). */
  env?: Record<string, string>;
  /** More packaged extensions to install beside ours (e.g. the hostile-data sentinel). */
  extraVsix?: readonly string[];
  /** VS Code's display language ("zh-cn"); English when absent. */
  locale?: string;
}

export class Workbench {
  private constructor(
    readonly page: Page,
    private readonly browser: Browser,
    private readonly server: Awaited<ReturnType<typeof startCodeServer>>,
    /** False for a second window: closing it leaves the server and the browser to the first. */
    private readonly ownsServer = true,
  ) {}

  private get extensionsDir(): string {
    return this.server.dirs.extensions;
  }

  /** Starts code-server with the vsix installed and opens the workbench on an empty folder. */
  static async open(options: WorkbenchOptions = {}): Promise<Workbench> {
    const extensionsDir = mkdtempSync(join(tmpdir(), 'cloud-tickets-ext-'));
    await installVsix(VSIX, extensionsDir);
    for (const vsix of options.extraVsix ?? []) await installVsix(vsix, extensionsDir);
    const started = await startCodeServer({ settings: { ...TEST_TERMINAL_SETTINGS, ...options.settings }, extensionsDir, env: options.env, locale: options.locale });
    const browser = await launchChromium();
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await page.goto(workbenchUrl(started.url, { folder: started.dirs.workspace }));
    await page.locator('.monaco-workbench').waitFor({ timeout: 60_000 });
    return new Workbench(page, browser, started);
  }

  /** Another browser window on the same server and folder: its own extension host, the same profile. */
  async openSecondWindow(): Promise<Workbench> {
    const page = await this.browser.newPage({ viewport: { width: 1280, height: 800 } });
    await page.goto(workbenchUrl(this.server.url, { folder: this.server.dirs.workspace }));
    await page.locator('.monaco-workbench').waitFor({ timeout: 60_000 });
    return new Workbench(page, this.browser, this.server, false);
  }

  get workspaceFolder(): string {
    return this.server.dirs.workspace;
  }

  /** Where code-server keeps this workbench's user data (global storage of extensions lives under it). */
  get userDataFolder(): string {
    return this.server.dirs.userData;
  }

  /** Runs a command through the command palette, as a user would. */
  async runCommand(title: string): Promise<void> {
    const input = this.page.locator('.quick-input-widget input');
    // F1 pressed while focus is inside a webview or a custom editor (an image preview) can be lost: move
    // focus to the workbench's title bar and press it again.
    // A late focus change (a panel settling, a notification) can also close the palette between opening and typing:
    // then it is opened again.
    for (let attempt = 0; ; attempt++) {
      await this.page.keyboard.press('F1');
      const shown = await input.waitFor({ timeout: 10_000 }).then(
        () => true,
        () => false,
      );
      const typed =
        shown &&
        (await input.fill(`>${title}`, { timeout: 5_000 }).then(
          () => true,
          () => false,
        ));
      if (typed) break;
      if (attempt === 2) throw new Error(`the command palette did not open to run "${title}"`);
      await this.page.locator('.part.titlebar').click({ position: { x: 200, y: 10 } });
    }
    const row = this.page.locator('.quick-input-list .monaco-list-row', { hasText: title }).first();
    await row.waitFor();
    // Fuzzy matching may focus another command first ("File: Open File..." after "Open Recent"): click the
    // row whose label is exactly the title when there is one, else take the focused row as a user would.
    const exact = this.page
      .locator('.quick-input-list .monaco-list-row')
      .filter({ has: this.page.locator('.label-name', { hasText: new RegExp(`^${escapeRegExp(title)}$`) }) })
      .first();
    if ((await exact.count()) > 0) await exact.click();
    else await input.press('Enter');
  }

  /** Types into the open quick input and accepts, as a user would (a pick's label or a value). */
  async answerQuickInput(text: string, { pick = false, prompt }: { pick?: boolean; prompt?: RegExp } = {}): Promise<void> {
    // The widget is reused between steps; waiting for the step's own text avoids typing into the previous one.
    if (prompt) await this.page.locator('.quick-input-widget', { hasText: prompt }).waitFor();
    const input = this.page.locator('.quick-input-widget input');
    await input.waitFor();
    // A pick shows rows; wait for them so the text goes to the pick and not to a previous input step.
    if (pick) await this.page.locator('.quick-input-list .monaco-list-row').first().waitFor();
    await input.fill(text);
    // Enter accepts the focused row, so wait until filtering has focused the wanted one.
    if (pick) await this.page.locator('.quick-input-list .monaco-list-row.focused', { hasText: text }).first().waitFor();
    await input.press('Enter');
  }

  /** Adds an account through the Add Account flow with a custom endpoint, and waits for its tree row. */
  async addAccount(cloud: string, label: string, keys: { id: string; secret: string }, endpoint: string): Promise<void> {
    await this.runCommand('Cloud Tickets: Add Account…');
    await this.answerQuickInput(cloud, { pick: true });
    await this.answerQuickInput(label, { prompt: /A name for this account/ });
    await this.answerQuickInput(keys.id, { prompt: /Access key id/ });
    await this.answerQuickInput(keys.secret, { prompt: /Access key secret/ });
    await this.answerQuickInput('', { prompt: /STS security token/ });
    await this.answerQuickInput('Custom endpoint…', { pick: true });
    await this.answerQuickInput(endpoint, { prompt: /Endpoint host or URL/ });
    await this.tree()
      .getByRole('treeitem')
      .filter({ hasText: label.slice(0, 3) })
      .first()
      .waitFor({ timeout: 60_000 });
  }

  /**
   * Picks the row showing `text` in the open quick pick. The widget is shared with the palette that
   * opened it, and showing a new pick can reset what was typed a moment earlier: type until it sticks.
   */
  async pickQuickInputRow(text: string): Promise<void> {
    const input = this.page.locator('.quick-input-widget input');
    const row = this.page.locator('.quick-input-list .monaco-list-row', { hasText: text }).first();
    for (let attempt = 0; ; attempt++) {
      await input.fill(text);
      const shown = await row.waitFor({ timeout: 2_000 }).then(
        () => true,
        () => false,
      );
      if (shown && (await input.inputValue()) === text) break;
      if (attempt === 10) throw new Error(`the quick pick never showed "${text}"`);
    }
    await input.press('Enter');
  }

  /**
   * Waits for a notification with this text and returns its message. A toast is looked for first, then the
   * notification centre: fresh-clone runs found toasts that hid before they were looked for, and VS Code puts a new
   * notification straight behind the bell while three toasts are up (progress toasts linger on a loaded machine).
   */
  async notification(text: string | RegExp, timeout = 30_000): Promise<string> {
    const deadline = Date.now() + timeout;
    const toast = this.page.locator('.notifications-toasts .notification-toast', { hasText: text }).first();
    const shown = await toast.waitFor({ timeout: Math.min(10_000, timeout / 2) }).then(
      () => true,
      () => false,
    );
    if (shown) return toast.innerText();
    const bell = this.page.locator('[id="status.notifications"]');
    const opened = (await this.page.locator('.notifications-center.visible').count()) === 0;
    if (opened) await bell.click();
    try {
      const listed = this.page.locator('.notifications-center .notification-list-item', { hasText: text }).first();
      await listed.waitFor({ timeout: Math.max(1_000, deadline - Date.now()) });
      return await listed.innerText();
    } finally {
      if (opened) await bell.click();
    }
  }

  /** Closes every editor and waits for the last tab to go. */
  async closeAllEditors(): Promise<void> {
    await this.runCommand('View: Close All Editors');
    await this.page
      .locator('.tabs-container .tab')
      .first()
      .waitFor({ state: 'detached', timeout: 15_000 })
      .catch(() => undefined);
  }

  /** Opens a file through the workbench's own file dialog (quick open may not have indexed a new file yet). */
  async openFile(path: string): Promise<void> {
    await this.runCommand('File: Open File...');
    const input = this.page.locator('.quick-input-widget input').first();
    await input.waitFor();
    // The simple file dialog fills in its folder as it loads; type the path until it sticks.
    for (let attempt = 0; attempt < 10; attempt++) {
      await input.fill(path);
      await this.page.waitForTimeout(500);
      if ((await input.inputValue()) === path) break;
    }
    await input.press('Enter');
  }

  /** The detected link of `text` in the open editor, once the editor has found it. */
  async editorLink(text: string): Promise<Locator> {
    const link = this.page.locator('.monaco-editor .view-lines .detected-link', { hasText: text }).first();
    await link.waitFor({ timeout: 60_000 });
    return link;
  }

  /**
   * Hovers `link` until its hover card (the one saying `cardText`) also says `until` — the card reads a
   * cache that fills in the background — and returns the card. Gives up after about a minute, leaving
   * the check of what the card says to the test.
   */
  async hoverCard(link: Locator, cardText: string, until: string): Promise<Locator> {
    const card = this.page.locator('.monaco-hover:visible', { hasText: cardText }).first();
    for (let attempt = 0; attempt < 20; attempt++) {
      await link.hover();
      await card.waitFor({ timeout: 15_000 });
      if ((await card.innerText()).includes(until)) break;
      await this.page.mouse.move(0, 0);
      await this.page.waitForTimeout(2_000);
    }
    return card;
  }

  /** Ctrl+click at the middle of an element (with Ctrl down the editor re-renders the link under the pointer). */
  async ctrlClick(locator: Locator): Promise<void> {
    const box = await locator.boundingBox();
    if (!box) throw new Error('the element to Ctrl+click is not on screen');
    await this.page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await this.page.waitForTimeout(500);
    await this.page.keyboard.down('Control');
    await this.page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
    await this.page.keyboard.up('Control');
  }

  /** The quick input's title, to know which step of a flow is showing. */
  async waitForQuickInputTitle(pattern: RegExp): Promise<void> {
    await this.page.locator('.quick-input-widget .quick-input-title', { hasText: pattern }).waitFor();
  }

  /** Collapses the Tickets tree so that every account row is on screen (the tree renders only visible rows). */
  async collapseTree(): Promise<void> {
    await this.page.locator('.part.sidebar .actions-container [aria-label^="Collapse All"]').first().click();
  }

  /** The tree rows of the Cloud Tickets view. */
  tree() {
    return this.page.locator('.part.sidebar .monaco-list[role="tree"]');
  }

  /** Opens the Cloud Tickets container from the activity bar. */
  async openCloudTickets(): Promise<void> {
    const item = this.page.getByRole('tab', { name: /Cloud Tickets/ });
    // With a single view the pane header is hidden; the side bar's title shows the container instead.
    const title = this.page.locator('.part.sidebar .title-label', { hasText: /Cloud Tickets/i });
    // A click on the tab of the container already shown hides the side bar (after a reload VS Code may
    // restore it while the click is on its way), so click until the title shows.
    for (let attempt = 0; !(await title.isVisible()); attempt++) {
      if (attempt === 3) throw new Error('the Cloud Tickets side bar never showed');
      await item.click();
      await title.waitFor({ timeout: 10_000 }).catch(() => undefined);
    }
  }

  /** The content of the active webview (two frames deep in the workbench). */
  webview(): FrameLocator {
    return this.page.frameLocator('iframe.webview.ready').frameLocator('#active-frame');
  }

  async screenshot(name: string): Promise<string> {
    mkdirSync(SCREENSHOTS, { recursive: true });
    const path = join(SCREENSHOTS, `${name}.png`);
    await this.page.screenshot({ path });
    return path;
  }

  async close(): Promise<void> {
    if (!this.ownsServer) {
      await this.page.close().catch(() => undefined);
      return;
    }
    await this.browser.close().catch(() => undefined);
    this.server.stop();
    rmSync(this.extensionsDir, { recursive: true, force: true });
  }
}

/** Registers an afterEach hook that keeps a screenshot of the workbench when a test fails. */
export function screenshotOnFailure(current: () => Workbench | undefined): void {
  afterEach(async function () {
    const test = this.currentTest;
    const workbench = current();
    if (test?.state === 'failed' && workbench) {
      await workbench
        .screenshot(
          `FAILED-${test
            .fullTitle()
            .replace(/[^\w-]+/g, '-')
            .slice(0, 80)}`,
        )
        .catch(() => undefined);
    }
  });
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
