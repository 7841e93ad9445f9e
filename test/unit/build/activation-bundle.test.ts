// Issue #19: activate() within 20 ms. What loads at activation is dist/extension.js and the chunks it
// requires; the workbench (tree, refresh, polling) follows right after; features are bundles of their own.
// These tests build the split as the vsix ships it (production, pass 1 of scripts/extension-bundles.mjs, in
// memory) and check what each file loads, so importing a feature eagerly again fails here.
import * as assert from 'node:assert/strict';
import { join } from 'node:path';
import * as esbuild from 'esbuild';
import { lazyBundleNames, splitBuildOptions, staticClosure } from '../../../scripts/extension-bundles.mjs';

const ROOT = join(__dirname, '..', '..', '..');

/** Budgets in minified bytes (sources only, without esbuild's module glue); the figures in 2026-12 were ~3.3 KB and ~118 KB. */
const ACTIVATION_MAX_BYTES = 8 * 1024;
const WORKBENCH_MAX_BYTES = 140 * 1024;

/** Source files of the activation: the registrations, ids and view types. */
const ACTIVATION_SOURCES = [
  'src/extension.ts',
  'src/lazy/load.ts',
  'src/lazy/marks.ts',
  'src/lazy/registrations.ts',
  'src/shared/commandIds.ts',
  'src/shared/protocol/create.ts',
  'src/shared/protocol/ticket.ts',
];

/** Sources only a feature bundle may load (the workbench registers thin forwarders to them). */
const FEATURE_SOURCES: readonly RegExp[] = [
  /^src\/panels\//,
  /^src\/languageModelTools\//,
  /^src\/assistant\//,
  /^src\/attach\//,
  /^src\/accounts\/(ui|importers)\//,
  /^src\/links\/(?!selector\.ts$)/,
  /^src\/diagnostics\/(?!preview\.ts$)/,
  /^src\/commands\/(?!createTicketCodeActions\.ts$|diagnosticsWiring\.ts$)/,
  /^src\/core\/(redaction(?!-profile)|diagnostics\/|zip)/,
  /^src\/shared\/protocol\//,
];

type Metafile = esbuild.Metafile;

/** Input files each entry loads with its static chunks, and their bytes in the output. */
function loadedSources(metafile: Metafile, entrySource: string): Map<string, number> {
  const output = Object.keys(metafile.outputs).find((file) => metafile.outputs[file].entryPoint === entrySource);
  assert.ok(output, `no output for ${entrySource}`);
  const sources = new Map<string, number>();
  for (const file of staticClosure(metafile, output)) {
    for (const [input, { bytesInOutput }] of Object.entries(metafile.outputs[file].inputs)) if (bytesInOutput > 0) sources.set(input, bytesInOutput);
  }
  return sources;
}

const total = (sources: Map<string, number>) => [...sources.values()].reduce((sum, bytes) => sum + bytes, 0);

describe('extension bundles (activation within 20 ms, issue #19)', function () {
  this.timeout(60_000);
  let metafile: Metafile;

  before(async () => {
    const result = await esbuild.build({ ...splitBuildOptions({ root: ROOT, production: true, outdir: join(ROOT, 'dist') }), metafile: true, write: false, logLevel: 'silent' });
    assert.ok(result.metafile);
    metafile = result.metafile;
  });

  it('activation loads only the registrations: ids, view types, the loader', () => {
    const sources = loadedSources(metafile, 'src/extension.ts');
    assert.deepEqual(
      [...sources.keys()].filter((source) => !ACTIVATION_SOURCES.includes(source)),
      [],
    );
    assert.ok(total(sources) <= ACTIVATION_MAX_BYTES, `activation loads ${total(sources)} bytes of code`);
  });

  it('the workbench started after activation loads no feature', () => {
    const sources = loadedSources(metafile, 'src/lazy/workbench.ts');
    assert.deepEqual(
      [...sources.keys()].filter((source) => FEATURE_SOURCES.some((pattern) => pattern.test(source))),
      [],
    );
    assert.ok(total(sources) <= WORKBENCH_MAX_BYTES, `the workbench loads ${total(sources)} bytes of code`);
  });

  it('running an ordinary command loads neither the create form, account setup, attachments nor the ticket page', () => {
    const sources = [...loadedSources(metafile, 'src/lazy/commands.ts').keys()];
    const heavy = [
      /^src\/panels\/(createPanel|ticketPanel)\.ts$/,
      /^src\/commands\/(createTicket|accountAdd|accountImport|attachToTicket)\.ts$/,
      /^src\/accounts\/importers\/(?!mask-key-id\.ts$)/,
      /^src\/attach\//,
      /^src\/links\/index\.ts$/,
    ];
    assert.deepEqual(
      sources.filter((source) => heavy.some((pattern) => pattern.test(source))),
      [],
    );
  });

  it('each lazy bundle the loader names is an entry point that holds its feature', () => {
    assert.deepEqual(lazyBundleNames(ROOT).sort(), ['accountSetup', 'assistant', 'attach', 'commands', 'createForm', 'diagnostics', 'links', 'ticketPanels', 'workbench']);
    const holds: Record<string, string> = {
      ticketPanels: 'src/panels/ticketPanel.ts',
      createForm: 'src/panels/createPanel.ts',
      accountSetup: 'src/commands/accountImport.ts',
      attach: 'src/attach/attachFlow.ts',
      links: 'src/links/editorLinks.ts',
      assistant: 'src/languageModelTools/assistantTools.ts',
      diagnostics: 'src/diagnostics/diagnosticsFlow.ts',
      commands: 'src/commands/ticketLabels.ts',
    };
    for (const [bundle, source] of Object.entries(holds)) assert.ok(loadedSources(metafile, `src/lazy/${bundle}.ts`).has(source), `${bundle} holds ${source}`);
  });
});
