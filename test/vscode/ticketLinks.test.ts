// Ticket ids wherever they appear, in the real extension host against the emulator, on every provider
// flavour: Open Ticket by ID for a ticket the cache does not hold yet, document links and hover cards in a
// Markdown file and a code comment, a terminal line's link, Copy Link read back by the URI handler, and
// hostile links that must not cause a single request.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { startEmulator, type RunningEmulator } from '../../src/emulator';
import type { CloudTicketsApi } from '../../src/extension';
import { openByIdContext } from '../../src/links';
import { TicketIdTerminalLinks } from '../../src/links/terminalLinks';
import { TicketIdIndex } from '../../src/links/ticketIdIndex';
import { TicketUriHandler } from '../../src/links/ticketUriHandler';
import { FLAVOURS } from '../conformance/flavours';
import { fillCreateForm } from '../conformance/form-filling';
import { extensionApi, removeAllAccounts, until, untitledDocument } from './api';

const OSM_DOMAIN_ID = '0a1b2c3d4e5f60718293a4b5c6d7e8f9';

const ticketTabs = () => vscode.window.tabGroups.all.flatMap((group) => group.tabs).filter((tab) => tab.input instanceof vscode.TabInputWebview && tab.input.viewType.includes('cloudTickets.ticket'));
/** Markdown entities back to characters, to read what a hover card says. */
const unescape = (markdown: string) => markdown.replace(/&#(\d+);/g, (_, code: string) => String.fromCharCode(Number(code)));

/** Runs a command link as the editor would when it is clicked: `command:<id>?<JSON arguments>`. */
async function follow(target: vscode.Uri | undefined): Promise<unknown> {
  assert.equal(target?.scheme, 'command');
  return vscode.commands.executeCommand(target.path, ...(JSON.parse(target.query) as unknown[]));
}

/** The `/ticket` path and query of a copied link, whether VS Code wrote it in its own scheme or as a web callback. */
function linkParts(link: string): { path: string; query: string } {
  const uri = vscode.Uri.parse(link);
  if (uri.scheme !== 'http' && uri.scheme !== 'https') return { path: uri.path, query: uri.query };
  const callback = new URL(link).searchParams;
  return { path: callback.get('vscode-path') ?? '', query: callback.get('vscode-query') ?? '' };
}

for (const flavour of FLAVOURS) {
  describe(`ticket ids everywhere on ${flavour.name} (extension host, emulator on loopback)`, () => {
    let api: CloudTicketsApi;
    let server: RunningEmulator;
    let accountId: string;
    /** A ticket filed after the cache was filled, so only the cloud knows it. */
    let freshId: string;
    let freshTitle: string;

    const panelOf = (ticketId: string) => api.services.panels.get({ accountId, ticketId });
    const waitForPanel = (ticketId: string) =>
      until(() => panelOf(ticketId) && ticketTabs().find((tab) => tab.label === freshTitle || tab.label === ticketTitle(ticketId)), `the panel of ${ticketId}`);
    const titles = new Map<string, string>();
    const ticketTitle = (ticketId: string) => titles.get(ticketId);

    before(async () => {
      api = await extensionApi();
      await removeAllAccounts(api);
      server = await startEmulator({ port: 0 });
      const account = await api.services.accounts.add(
        {
          providerId: flavour.providerId,
          label: `Links ${flavour.name}`,
          endpoint: server.url,
          ...(flavour.apiVersion ? { apiVersion: flavour.apiVersion } : {}),
          ...(flavour.providerId === 'huaweicloud' ? { domainId: OSM_DOMAIN_ID } : {}),
        },
        flavour.credentials,
      );
      accountId = account.id;
      await api.services.tickets.refresh(accountId);
      const marker = `links-${flavour.name.replace(/\W+/g, '-')}-${Date.now()}`;
      const form = await api.services.providers.run(accountId, (provider) => fillCreateForm(provider, flavour, { marker }));
      freshId = (await api.services.providers.run(accountId, (provider) => provider.createTicket(form.values))).ticketId;
      freshTitle = (await api.services.providers.run(accountId, (provider) => provider.getTicket(freshId))).title;
      titles.set(freshId, freshTitle);
    });
    after(async () => {
      await vscode.commands.executeCommand('workbench.action.closeAllEditors');
      await removeAllAccounts(api);
      await server?.close();
    });
    afterEach(async () => {
      await vscode.commands.executeCommand('workbench.action.closeAllEditors');
      await until(() => ticketTabs().length === 0, 'the panels to close');
    });

    it('opens a ticket by id that is not in the cache, asking the account that owns it', async () => {
      assert.ok(!api.services.tickets.summaries(accountId).some((ticket) => ticket.id === freshId), 'the fresh ticket is not cached');
      server.control.clearRequests();
      const opened = await vscode.commands.executeCommand('cloudTickets.openTicketById', freshId.toLowerCase());
      const tab = await waitForPanel(freshId);
      assert.deepEqual({ opened, tab: tab.label, asked: server.control.requests().some((request) => request.provider === flavour.emulatorProvider) }, { opened: true, tab: freshTitle, asked: true });
    });

    it('says an id nobody has was not found, after asking only this cloud, and opens nothing', async () => {
      server.control.clearRequests();
      const opened = await vscode.commands.executeCommand('cloudTickets.openTicketById', flavour.unknownTicketId);
      const providers = [...new Set(server.control.requests().map((request) => request.provider))];
      assert.deepEqual({ opened, providers, panels: ticketTabs().length }, { opened: false, providers: [flavour.emulatorProvider], panels: 0 });
    });

    it('links the id in Markdown and in a code comment but not in code, and the link opens the ticket', async () => {
      const markdown = await untitledDocument('markdown', `# Notes\n\nFixed in ticket ${freshId}; the build 0005XXXXQ is unrelated.\n`);
      const code = await untitledDocument('typescript', `const id = "ticket ${freshId}";\n// see ticket ${freshId}\n`);
      const linksOf = async (document: vscode.TextDocument) =>
        (await vscode.commands.executeCommand<vscode.DocumentLink[]>('vscode.executeLinkProvider', document.uri)).filter((link) => link.target?.scheme === 'command');
      const [inMarkdown, inCode] = [await linksOf(markdown), await linksOf(code)];
      const texts = (document: vscode.TextDocument, links: vscode.DocumentLink[]) => links.map((link) => `${link.range.start.line}:${document.getText(link.range)}`);
      assert.deepEqual({ markdown: texts(markdown, inMarkdown), code: texts(code, inCode) }, { markdown: [`2:${freshId}`], code: [`1:${freshId}`] });
      await follow(inMarkdown[0].target);
      await waitForPanel(freshId);
    });

    it('shows a hover card from the cache with title, status and account, and our own open link', async () => {
      await api.services.tickets.refresh(accountId);
      const cached = await until(() => api.services.tickets.summaries(accountId).find((ticket) => ticket.id === freshId), 'the fresh ticket in the cache');
      const document = await untitledDocument('plaintext', `Status of #${freshId}?`);
      const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', document.uri, new vscode.Position(0, 12));
      const parts = hovers.find((hover) => hover.contents.some((content) => typeof content !== 'string' && content.value.includes('cloudTickets.openTicketById')))?.contents as
        | vscode.MarkdownString[]
        | undefined;
      assert.ok(parts, 'our hover card');
      // Outside text sits in an untrusted part; the open link alone is trusted, for our one command only.
      assert.deepEqual(
        parts.map((part) => ({ trusted: part.isTrusted ?? false, html: part.supportHtml ?? false, link: part.value.includes('](') })),
        [
          { trusted: false, html: false, link: false },
          { trusted: { enabledCommands: ['cloudTickets.openTicketById'] }, html: false, link: true },
        ],
      );
      const card = unescape(parts.map((part) => part.value).join('\n\n'));
      const links = [...card.matchAll(/\]\((\w+:[^)]*)\)/g)].map((match) => match[1]);
      assert.deepEqual(
        {
          title: card.includes(cached.title),
          status: card.includes(cached.status.label),
          account: card.includes(`Links ${flavour.name}`),
          links: links.map((link) => vscode.Uri.parse(link)).map((uri) => `${uri.scheme}:${uri.path}:${uri.query}`),
        },
        { title: true, status: true, account: true, links: [`command:cloudTickets.openTicketById:${JSON.stringify([freshId])}`] },
      );
    });

    it('links the id in a terminal line, and the link opens the ticket', async () => {
      const provider = new TicketIdTerminalLinks(new TicketIdIndex({ accountIds: () => [accountId], summaries: (id) => api.services.tickets.summaries(id) }));
      const terminal = vscode.window.createTerminal({ name: 'ticket links' });
      try {
        const line = `$ deploy --note "ticket ${freshId}" && echo done 0005XXXXQ`;
        const links = provider.provideTerminalLinks({ line, terminal });
        assert.deepEqual(
          links.map((link) => line.slice(link.startIndex, link.startIndex + link.length)),
          [freshId],
        );
        await provider.handleTerminalLink(links[0]);
        await waitForPanel(freshId);
      } finally {
        terminal.dispose();
      }
    });

    it('copies a link that the URI handler opens in this window', async () => {
      const link = await vscode.commands.executeCommand<string>('cloudTickets.copyTicketLink', accountId, freshId);
      assert.equal(await vscode.env.clipboard.readText(), link);
      const { path, query } = linkParts(link);
      await new TicketUriHandler(openByIdContext(api.services)).handleUri(vscode.Uri.from({ scheme: vscode.env.uriScheme, authority: 'cloud-tickets.cloud-tickets', path, query }));
      await waitForPanel(freshId);
    });
  });
}

describe('hostile ticket links (extension host)', () => {
  let api: CloudTicketsApi;
  let server: RunningEmulator;
  let accountId: string;

  before(async () => {
    api = await extensionApi();
    await removeAllAccounts(api);
    server = await startEmulator({ port: 0 });
    accountId = (await api.services.accounts.add({ providerId: 'aliyun', label: 'Hostile links', endpoint: server.url }, { accessKeyId: 'testid', accessKeySecret: 'testsecret' })).id;
  });
  after(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    await removeAllAccounts(api);
    await server?.close();
  });

  it('refuses links of another path, with extra or repeated parameters or malformed values, without a ticket request or a panel', async () => {
    await api.services.tickets.refresh();
    const handler = new TicketUriHandler(openByIdContext(api.services));
    const queries: [string, string][] = [
      ['/command', `account=${accountId}&id=0005PYGCW`],
      ['/ticket', `account=${accountId}&id=0005PYGCW&command=workbench.action.terminal.new`],
      ['/ticket', `account=${accountId}&id=0005PYGCW&id=0006S6ZL6E`],
      ['/ticket', `account=${accountId}&id=${encodeURIComponent('<img src=x onerror=alert(1)>')}`],
      ['/ticket', `account=${encodeURIComponent('../../x')}&id=0005PYGCW`],
      ['/ticket', `account=${accountId}&id=${'A'.repeat(600)}`],
    ];
    server.control.clearRequests();
    for (const [path, query] of queries) await handler.handleUri(vscode.Uri.from({ scheme: vscode.env.uriScheme, authority: 'cloud-tickets.cloud-tickets', path, query }));
    await new Promise((resolve) => setTimeout(resolve, 500));
    // The explorer may poll meanwhile; no request may name what the links carried.
    const carried = /0005PYGCW|0006S6ZL6E|onerror|AAAAAAAAAA/i;
    // GetTicket is only ever called to open a ticket (the explorer and the reply watch list and read notes).
    const lookUps = server.control.requests().filter((request) => request.action === 'GetTicket' || carried.test(decodeURIComponent(request.url)));
    assert.deepEqual({ lookUps: lookUps.map((request) => request.url), panels: ticketTabs().length }, { lookUps: [], panels: 0 });
  });

  it('marks an account whose keys are rejected and one that is offline when looking for an id, and opens nothing', async () => {
    const rejected = (await api.services.accounts.add({ providerId: 'aliyun', label: 'Rejected keys', endpoint: server.url }, { accessKeyId: 'testid', accessKeySecret: 'wrong-secret' })).id;
    // Port 9 (discard) on loopback: nothing listens, so the connection is refused at once.
    const offline = (await api.services.accounts.add({ providerId: 'aliyun', label: 'Offline', endpoint: 'http://127.0.0.1:9' }, { accessKeyId: 'testid', accessKeySecret: 'testsecret' })).id;
    const opened = await vscode.commands.executeCommand('cloudTickets.openTicketById', '00009999Z');
    const health = { rejected: api.services.accounts.healthOf(rejected), offline: api.services.accounts.healthOf(offline) };
    assert.deepEqual({ opened, health, panels: ticketTabs().length }, { opened: false, health: { rejected: 'credentials', offline: 'offline' }, panels: 0 });
  });
});
