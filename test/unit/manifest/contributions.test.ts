// The manifest's keybindings, workspace capabilities and walkthrough: every reference in them must point
// at something the extension really contributes or sets, or the key, the Restricted Mode note or the
// walkthrough step silently does nothing.
import * as assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { TICKET_PANEL_VIEW_TYPE } from '../../../src/shared/protocol/ticket';

const ROOT = join(__dirname, '..', '..', '..');
const readJson = (file: string) => JSON.parse(readFileSync(join(ROOT, file), 'utf8'));
const pkg = readJson('package.json');
const nls: Record<string, string> = readJson('package.nls.json');
const nlsZh: Record<string, string> = readJson('package.nls.zh-cn.json');

interface Keybinding {
  command: string;
  key: string;
  mac?: string;
  when?: string;
}
interface Step {
  id: string;
  title: string;
  description: string;
  media: { svg?: string; markdown?: string; altText?: string };
  completionEvents?: string[];
}

const keybindings: Keybinding[] = pkg.contributes.keybindings ?? [];
const commands = new Set<string>(pkg.contributes.commands.map((c: { command: string }) => c.command));
const settings = new Set(Object.keys(pkg.contributes.configuration.properties));
const containerCommand = `workbench.view.extension.${pkg.contributes.viewsContainers.activitybar[0].id}`;

/** Every source file of the host, for the context keys it sets and the webview types it creates. */
function hostSources(): string {
  const files = (readdirSync(join(ROOT, 'src'), { recursive: true }) as string[]).filter((f) => f.endsWith('.ts') && !f.startsWith('emulator'));
  return files.map((file) => readFileSync(join(ROOT, 'src', file), 'utf8')).join('\n');
}
const SOURCES = hostSources();
const contextKeysSet = new Set([...SOURCES.matchAll(/'setContext',\s*'([\w.]+)'/g)].map((m) => m[1]));
const webviewTypes = new Set([TICKET_PANEL_VIEW_TYPE, ...[...SOURCES.matchAll(/VIEW_TYPE = '([\w.]+)'/g)].map((m) => m[1])]);

/**
 * Keys VS Code (desktop and code-server 4.100, read from its default keybindings) or the browser already
 * use in every context, or in the contexts our bindings apply to (a focused tree, a webview panel), so a
 * binding of ours there would take theirs away. Ctrl+Enter is the ticket page's own send key: a workbench
 * binding on it would send twice.
 */
const TAKEN = [
  'ctrl+r',
  'cmd+r',
  'f5',
  'ctrl+n',
  'cmd+n',
  'ctrl+alt+n',
  'ctrl+shift+alt+n',
  'ctrl+shift+n',
  'cmd+shift+n',
  'ctrl+w',
  'cmd+w',
  'ctrl+enter',
  'cmd+enter',
  'ctrl+shift+enter',
  'cmd+shift+enter',
  'alt+enter',
  'shift+enter',
  'enter',
  'space',
  'ctrl+a',
  'cmd+a',
  'ctrl+alt+t',
  'cmd+alt+t',
  'cmd+alt+m',
  // Menu mnemonics on Windows and Linux: File, Edit, Selection, View, Go, Run, Terminal, Help.
  'alt+f',
  'alt+e',
  'alt+s',
  'alt+v',
  'alt+g',
  'alt+r',
  'alt+t',
  'alt+h',
];

/** A `when` clause that limits a binding to our view or one of our webview panels. */
function isScopedToUs(when: string | undefined): boolean {
  if (!when) return false;
  return when.split('||').every((part) => /focusedView == cloudTickets\.explorer\b/.test(part) || [...webviewTypes].some((type) => part.includes(`activeWebviewPanelId == '${type}'`)));
}

describe('manifest contributions: keybindings', () => {
  it('binds refresh, new ticket and reply', () => {
    assert.deepEqual(keybindings.map((binding) => binding.command).sort(), ['cloudTickets.createTicket', 'cloudTickets.refresh', 'cloudTickets.replyToTicket']);
  });

  it('binds only commands the manifest contributes, each with a Mac key', () => {
    assert.deepEqual(
      keybindings.filter((binding) => !commands.has(binding.command) || !binding.mac).map((binding) => binding.command),
      [],
    );
  });

  it('limits every binding to the Tickets view or a ticket panel', () => {
    assert.deepEqual(
      keybindings.filter((binding) => !isScopedToUs(binding.when)).map((binding) => binding.command),
      [],
    );
  });

  it('takes no key VS Code, the browser or the ticket page already uses there', () => {
    const keys = keybindings.flatMap((binding) => [binding.key, binding.mac ?? '']).map((key) => key.toLowerCase());
    assert.deepEqual(
      keys.filter((key) => TAKEN.includes(key)),
      [],
    );
  });

  it('gives no two bindings the same key in the same place', () => {
    const seen = keybindings.map((binding) => `${binding.key}|${binding.when}`);
    assert.equal(new Set(seen).size, seen.length);
  });
});

describe('manifest contributions: Tickets view actions', () => {
  const menus: Record<string, Array<{ command: string; when?: string; group?: string }>> = pkg.contributes.menus;
  const inView = (menu: string, test: (when: string) => boolean) =>
    menus[menu].filter((entry) => entry.when?.includes('view == cloudTickets.explorer') && test(entry.when)).map((entry) => entry.command);

  it('puts new ticket, search, filter and refresh on the view title bar', () => {
    const onBar = menus['view/title'].filter((entry) => entry.group?.startsWith('navigation')).map((entry) => entry.command);
    for (const command of ['cloudTickets.viewTitle.createTicket', 'cloudTickets.searchTickets', 'cloudTickets.viewTitle.filter', 'cloudTickets.viewTitle.refresh'])
      assert.ok(onBar.includes(command), command);
  });

  it('gives the title bar its own commands for what the rows also do, since VS Code passes them the focused row', () => {
    // Refresh takes a row too: an account row that failed links to it.
    const rowCommands = new Set([...menus['view/item/context'].map((entry) => entry.command), 'cloudTickets.refresh']);
    const onTitle = menus['view/title'].map((entry) => entry.command);
    assert.deepEqual(
      onTitle.filter((command) => rowCommands.has(command)),
      [],
    );
    const hidden = new Set(menus.commandPalette.filter((entry) => entry.when === 'false').map((entry) => entry.command));
    for (const command of onTitle.filter((id) => id.startsWith('cloudTickets.viewTitle.'))) assert.ok(hidden.has(command), `${command} is hidden from the palette`);
  });

  it('offers re-enter credentials, rename, edit settings, copy id, filter and remove on account rows', () => {
    const onAccounts = inView('view/item/context', (when) => when.includes('viewItem =~ /^account:'));
    for (const command of [
      'cloudTickets.reenterCredentials',
      'cloudTickets.renameAccount',
      'cloudTickets.editAccount',
      'cloudTickets.copyAccountId',
      'cloudTickets.filter',
      'cloudTickets.removeAccount',
    ])
      assert.ok(onAccounts.includes(command), command);
  });

  it('offers export, web console, copy id and copy link on ticket rows', () => {
    const onTickets = inView('view/item/context', (when) => when.includes('viewItem =~ /^ticket:/'));
    for (const command of ['cloudTickets.exportTicket', 'cloudTickets.openTicketInConsole', 'cloudTickets.copyTicketId', 'cloudTickets.copyTicketLink'])
      assert.ok(onTickets.includes(command), command);
  });

  it('offers Attach to Ticket… in the Explorer, the editor title, editor context and editor tab menus, and on open tickets', () => {
    for (const menu of ['explorer/context', 'editor/title', 'editor/context', 'editor/title/context'])
      assert.ok(
        menus[menu].some((entry) => entry.command === 'cloudTickets.attachToTicket'),
        menu,
      );
    // A ticket row carries :attach: where the ticket takes a reply (treeNodes.ticketActionContext).
    assert.ok(inView('view/item/context', (when) => when.includes(':attach:')).includes('cloudTickets.attachToTicket'));
  });

  it('activates when VS Code has started and on a ticket link, never on everything', () => {
    assert.deepEqual(
      ['onStartupFinished', 'onUri'].filter((event) => !pkg.activationEvents.includes(event)),
      [],
    );
    assert.ok(!pkg.activationEvents.includes('*'));
  });
});

describe('manifest contributions: workspace trust and virtual workspaces', () => {
  it('works in Restricted Mode, restricting only settings it contributes, and says so in both languages', () => {
    const trust = pkg.capabilities?.untrustedWorkspaces;
    assert.equal(trust?.supported, 'limited');
    assert.ok(trust.restrictedConfigurations.length > 0 && trust.restrictedConfigurations.every((setting: string) => settings.has(setting)), JSON.stringify(trust.restrictedConfigurations));
    const key = /^%(.+)%$/.exec(trust.description)?.[1] ?? '';
    assert.ok(nls[key] && nlsZh[key], trust.description);
    for (const setting of trust.restrictedConfigurations) assert.ok(nls[key].includes(setting) && nlsZh[key].includes(setting), setting);
  });

  it('runs in virtual workspaces', () => {
    assert.equal(pkg.capabilities?.virtualWorkspaces, true);
  });
});

describe('manifest contributions: getting-started walkthrough', () => {
  const walkthroughs: Array<{ id: string; title: string; description: string; steps: Step[] }> = pkg.contributes.walkthroughs ?? [];
  const steps = walkthroughs.flatMap((walkthrough) => walkthrough.steps);
  const text = (value: string, table: Record<string, string>) => table[/^%(.+)%$/.exec(value)?.[1] ?? ''];

  it('walks a new user through an account or the demo, opening a ticket, filing one and attaching a file', () => {
    assert.deepEqual(
      walkthroughs.map((walkthrough) => walkthrough.steps.map((step) => step.id)),
      [['account', 'openTicket', 'fileTicket', 'attach']],
    );
  });

  it('has English and Chinese texts for every title, description and alt text', () => {
    const values = walkthroughs.flatMap((walkthrough) => [
      walkthrough.title,
      walkthrough.description,
      ...walkthrough.steps.flatMap((step) => [step.title, step.description, step.media.altText ?? '']),
    ]);
    assert.deepEqual(
      values.filter((value) => !text(value, nls) || !text(value, nlsZh)),
      [],
    );
  });

  it('shows a media file of media/walkthrough for each step, drawn in theme colours and loading nothing from outside', () => {
    for (const step of steps) {
      const file = step.media.svg ?? step.media.markdown ?? '';
      assert.match(file, /^media\/walkthrough\/[\w-]+\.(svg|md)$/, step.id);
      assert.ok(existsSync(join(ROOT, file)), file);
      const content = readFileSync(join(ROOT, file), 'utf8');
      assert.doesNotMatch(content, /https?:\/\/(?!www\.w3\.org\/2000\/svg)|<image|<script|xlink:href/i, file);
      if (file.endsWith('.svg')) assert.match(content, /var\(--vscode-/, file);
    }
  });

  it('completes each step on a command the manifest contributes or a context key the extension sets', () => {
    const broken: string[] = [];
    for (const step of steps) {
      const events = step.completionEvents ?? [];
      if (events.length === 0) broken.push(`${step.id}: no completion event`);
      for (const event of events) {
        const [, kind, value] = /^(\w+):(.*)$/.exec(event) ?? [];
        if (kind === 'onCommand' && commands.has(value)) continue;
        if (kind === 'onContext' && contextKeysSet.has(value)) continue;
        const panel = /^activeWebviewPanelId == '([\w.]+)'$/.exec(value ?? '');
        if (kind === 'onContext' && panel && webviewTypes.has(panel[1])) continue;
        broken.push(`${step.id}: ${event}`);
      }
    }
    assert.deepEqual(broken, []);
  });

  it('offers buttons for contributed commands only, the same ones in English and Chinese', () => {
    for (const step of steps) {
      const links = (table: Record<string, string>) => [...(text(step.description, table) ?? '').matchAll(/\]\(command:([\w.]+)\)/g)].map((m) => m[1]);
      assert.deepEqual(links(nlsZh), links(nls), step.id);
      assert.deepEqual(
        links(nls).filter((command) => !commands.has(command) && command !== containerCommand),
        [],
        step.id,
      );
    }
  });
});
