/**
 * The create form's time to interactive in Chromium (issue 9; budget taken from the ticket panel's,
 * DESIGN.md §6: ≤ 300 ms).
 *
 * The real page bundle (webview/create/main.ts, built with esbuild as scripts/build.mjs builds it) is
 * loaded in Debian's Chromium under the webview CSP, with a stand-in for the VS Code webview API that
 * answers `ready` with a large schema (a 1,500-product catalogue in 30 groups, 220 area codes, every
 * field kind) and answers `loadOptions` at once with 300 options. Measured inside the page:
 *   - state received → interactive: until the first frame painted after the form was built and the
 *     first field focused (the page's own `data-interactive-ms`),
 *   - page load → interactive: from navigation start, including parsing the bundle,
 *   - cascade step: from picking a product until the dependent select lists its 300 options.
 * The median of several cold page loads (the first, which warms Chromium, is dropped) is reported.
 *
 * As a mocha test (UI suites) it only checks that the form gets there and prints the figures; `run()` returns
 * bench rows for `npm run bench`, which judges the budget
 * (a section can re-export `title` and `run` from this file).
 */
import * as assert from 'node:assert/strict';
import * as esbuild from 'esbuild';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import type { CreateFormState, FormField } from '../../src/shared/protocol/create';

export const title = 'Create-ticket form (Chromium)';

const ROOT = join(__dirname, '..', '..');
const ORIGIN = 'https://bench.webview';
const RUNS = 7;
const PRODUCTS = 1500;
const DEPENDENT_OPTIONS = 300;
export const BUDGET_MS = 300;

interface Row {
  readonly metric: string;
  readonly value: number;
  readonly unit: string;
  readonly budget?: { readonly max: number; readonly label: string };
}

/** Every string key gets its key as text: enough for layout, no localisation needed here. */
function placeholderStrings(): CreateFormState['strings'] {
  const source = readFileSync(join(ROOT, 'src/shared/protocol/create.ts'), 'utf8');
  const block = source.slice(source.indexOf('export interface CreateFormStrings'));
  const keys = [...block.matchAll(/readonly (\w+): string;/g)].map((match) => match[1]);
  return Object.fromEntries(keys.map((key) => [key, `${key} {0}`])) as unknown as CreateFormState['strings'];
}

function largeState(): CreateFormState {
  const fields: FormField[] = [
    {
      id: 'product',
      kind: 'select',
      label: 'Product',
      required: true,
      options: Array.from({ length: PRODUCTS }, (_, i) => ({ value: `p${i}`, label: `Product ${i} 云产品 ${i}`, group: `Category ${Math.floor(i / 50)}`, description: `What product ${i} is for` })),
    },
    { id: 'businessType', kind: 'select', label: 'Problem type', required: true, dependsOn: ['product'] },
    { id: 'template', kind: 'select', label: 'Template', required: false, dependsOn: ['businessType'] },
    { id: 'severity', kind: 'select', label: 'Severity', required: false, dependsOn: ['product', 'businessType'] },
    { id: 'title', kind: 'text', label: 'Title', required: false, maxLength: 128 },
    { id: 'description', kind: 'textarea', label: 'Description', required: true, maxLength: 10_000, help: 'Describe what happened.' },
    {
      id: 'areaCode',
      kind: 'select',
      label: 'Country/area code',
      required: false,
      defaultValue: '86',
      options: Array.from({ length: 220 }, (_, i) => ({ value: String(i + 1), label: `+${i + 1} Area ${i}` })),
    },
    { id: 'remindMobile', kind: 'phone', label: 'Mobile phone', required: false },
    { id: 'remindMail', kind: 'email', label: 'E-mail', required: false },
    { id: 'ccEmails', kind: 'text', label: 'CC e-mails', required: false, help: 'Separate with ";".' },
    { id: 'attachments', kind: 'file', label: 'Attachments', required: false, maxFiles: 3, maxBytesPerFile: 20 * 1024 * 1024 },
    { id: 'agreement', kind: 'checkbox', label: 'I accept the agreement', required: true, help: 'Agreement text. '.repeat(100) },
  ];
  return {
    accountId: 'bench',
    accountLabel: 'Bench',
    providerName: 'Bench Cloud',
    fields,
    hasDependentFields: true,
    draft: { values: { description: 'Restored draft text.' }, files: {} },
    restored: true,
    problems: [],
    strings: placeholderStrings(),
    locale: 'en',
  };
}

async function buildPage(): Promise<{ js: string; css: string }> {
  const out = mkdtempSync(join(tmpdir(), 'ct-bench-create-'));
  try {
    await esbuild.build({
      entryPoints: { main: join(ROOT, 'webview/create/main.ts') },
      bundle: true,
      format: 'esm',
      platform: 'browser',
      target: 'chrome120',
      minify: true,
      outdir: out,
      logLevel: 'warning',
    });
    return { js: readFileSync(join(out, 'main.js'), 'utf8'), css: readFileSync(join(out, 'main.css'), 'utf8') };
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}

const HTML = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; script-src 'nonce-bench'; style-src ${ORIGIN}; img-src ${ORIGIN};">
<link rel="stylesheet" href="${ORIGIN}/main.css"></head><body><div id="app"></div>
<script type="module" nonce="bench" src="${ORIGIN}/main.js"></script></body></html>`;

/** Stand-in for VS Code's webview API: answers the page's requests the way the host would. */
function fakeVsCodeApi(stateJson: string): string {
  return `(() => {
    const state = ${stateJson};
    const options = Array.from({ length: ${DEPENDENT_OPTIONS} }, (_, i) => ({ value: 'o' + i, label: 'Option ' + i }));
    const answer = (packet, value) => setTimeout(() => window.dispatchEvent(new MessageEvent('message', { data: { channel: 'cloud-tickets-ipc', replyTo: packet.id, value } })), 0);
    window.acquireVsCodeApi = () => ({
      getState: () => undefined, setState: () => {},
      postMessage: (packet) => {
        const type = packet && packet.message && packet.message.type;
        if (!packet.wantsReply) return;
        if (type === 'ready') { window.__delivered = performance.now(); answer(packet, state); }
        else if (type === 'loadOptions') answer(packet, options);
        else answer(packet, type === 'edit' || type === 'dependentFields' ? [] : undefined);
      },
    });
  })();`;
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

/** Loads the form RUNS times and returns the medians, as bench rows. */
export async function run(context?: { progress(message: string): void }): Promise<readonly Row[]> {
  const { launchChromium } = (await import('../../scripts/vscode-test/browser.mjs')) as { launchChromium: () => Promise<Browser> };
  context?.progress('building the create form bundle');
  const page = await buildPage();
  const stateJson = JSON.stringify(largeState());
  const browser = await launchChromium();
  const interactive: number[] = [];
  const fromLoad: number[] = [];
  const cascade: number[] = [];
  try {
    for (let i = 0; i < RUNS; i++) {
      context?.progress(`page load ${i + 1}/${RUNS}`);
      const tab = await browser.newPage({ viewport: { width: 1280, height: 800 } });
      await tab.route(`${ORIGIN}/**`, (route) => {
        const path = new URL(route.request().url()).pathname;
        if (path === '/main.js') return route.fulfill({ contentType: 'text/javascript', body: page.js });
        if (path === '/main.css') return route.fulfill({ contentType: 'text/css', body: page.css });
        return route.fulfill({ contentType: 'text/html', body: HTML });
      });
      await tab.addInitScript(fakeVsCodeApi(stateJson));
      await tab.goto(`${ORIGIN}/index.html`);
      await tab.waitForSelector('body[data-interactive-ms]', { timeout: 30_000 });
      const timing = (await tab.evaluate(
        '({ delivered: window.__delivered, interactive: Number(document.body.dataset.interactiveMs), products: document.querySelectorAll("#field-product option").length })',
      )) as { delivered: number; interactive: number; products: number };
      if (timing.products !== PRODUCTS + 1) throw new Error(`the product list shows ${timing.products - 1} of ${PRODUCTS} products`);
      const started = (await tab.evaluate(
        `(() => { const s = document.querySelector("#field-product"); const t = performance.now(); s.value = "p${Math.floor(PRODUCTS / 2)}"; s.dispatchEvent(new Event("change")); return t; })()`,
      )) as number;
      // Polled from here: the page's CSP forbids the eval a string predicate would need.
      let listed = 0;
      for (let polls = 0; listed === 0 && polls < 10_000; polls++) {
        listed = (await tab.evaluate(`document.querySelectorAll('#field-businessType option').length > ${DEPENDENT_OPTIONS} ? performance.now() : 0`)) as number;
      }
      if (listed === 0) throw new Error('the dependent select never listed its options');
      if (i > 0) {
        interactive.push(timing.interactive - timing.delivered);
        fromLoad.push(timing.interactive);
        cascade.push(listed - started);
      }
      await tab.close();
    }
  } finally {
    await browser.close();
  }
  return [
    {
      metric: `state received → interactive (${PRODUCTS}-product catalogue, median of ${interactive.length})`,
      value: Math.round(median(interactive)),
      unit: 'ms',
      budget: { max: BUDGET_MS, label: `≤ ${BUDGET_MS} ms (as the panel, DESIGN §6)` },
    },
    { metric: 'page load → interactive (incl. bundle parse)', value: Math.round(median(fromLoad)), unit: 'ms' },
    { metric: `cascade: product picked → ${DEPENDENT_OPTIONS} problem types listed`, value: Math.round(median(cascade)), unit: 'ms' },
  ];
}

// Runs as a test only under mocha; importing it from a bench section does not need `describe`.
if (typeof describe === 'function') {
  describe('create form time to interactive (Chromium, large schema)', () => {
    // Times are the bench's business (`npm run bench` runs `run()` and judges the budget); a test on a shared,
    // noisy machine only checks that the form becomes interactive and prints the figures.
    it('becomes interactive with a 1,500-product catalogue and prints its timings', async function () {
      this.timeout(180_000);
      const rows = await run();
      console.log(rows.map((row) => `      ${row.metric}: ${row.value} ${row.unit}${row === rows[0] ? ` (budget ${BUDGET_MS} ms, judged by the bench)` : ''}`).join('\n'));
      assert.ok(rows.length > 0 && rows.every((row) => Number.isFinite(row.value) && row.value > 0), 'every step reached');
    });
  });
}
