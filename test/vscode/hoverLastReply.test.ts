// The hover card of a ticket id shows the newest message (author, time, a redacted excerpt that forms no link),
// in the real extension host against the emulator, on every provider flavour: read once for two hovers, taken
// from a conversation a panel read, and "unavailable" without holding the card when the cloud is slow.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { startEmulator, type RunningEmulator } from '../../src/emulator';
import type { CloudTicketsApi } from '../../src/extension';
import { FLAVOURS } from '../conformance/flavours';
import { fillCreateForm } from '../conformance/form-filling';
import { CLIENT_SETTINGS } from '../conformance/world';
import { extensionApi, removeAllAccounts, until, untitledDocument } from './api';

const OSM_DOMAIN_ID = '0a1b2c3d4e5f60718293a4b5c6d7e8f9';
/** The emulator's action that lists a conversation, per emulator plugin. */
const LIST_MESSAGES: Readonly<Record<string, string>> = { aliyun: 'ListTicketNotes', huaweicloud: 'ListMessages' };
const KEY_ID = 'LTAI5tQ8mWv3Xk9Pz2RbYcJd';
/** How the card starts the excerpt: the key redacted, `](` spaced apart as in notifications (even as text it reads as no link). */
const EXCERPT_START = 'Rotate the key [REDACTED:aliyun-access-key-id] today. [Click here] (command:workbench.action.terminal.new) or https://evil.example/x';
// Huawei Cloud's message list strips the HTML tag; the rest reads the same on every cloud.
const HOSTILE_REPLY = `Rotate the key ${KEY_ID} today. [Click here](command:workbench.action.terminal.new) or https://evil.example/x <img src=x onerror=alert(1)> **bold** ${'z'.repeat(300)} END-OF-MESSAGE`;

/** Markdown entities back to characters, to read what a hover card says. */
const unescape = (markdown: string) => markdown.replace(/&#(\d+);/g, (_, code: string) => String.fromCharCode(Number(code)));

/** Our hover card's parts for the id in a plain-text document: [untrusted details, trusted open link]. */
async function hoverParts(ticketId: string): Promise<vscode.MarkdownString[]> {
  const document = await untitledDocument('plaintext', `Status of ticket ${ticketId}?`);
  const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', document.uri, new vscode.Position(0, 20));
  const ours = hovers.find((hover) => hover.contents.some((content) => typeof content !== 'string' && content.value.includes('cloudTickets.openTicketById')));
  assert.ok(ours, 'our hover card');
  return ours.contents as vscode.MarkdownString[];
}

const formatTime = (epochMs: number) => new Date(epochMs).toLocaleString(vscode.env.language, { dateStyle: 'medium', timeStyle: 'short' });

for (const flavour of FLAVOURS) {
  describe(`last reply in the hover card on ${flavour.name} (extension host, emulator on loopback)`, () => {
    let api: CloudTicketsApi;
    let server: RunningEmulator;
    let accountId: string;
    /** Open, answered by support before the account listed it. */
    let answered: string;
    /** Closed (never read by the reply watch): one for the slow cloud, one for the panel. */
    let slow: string;
    let readByPanel: string;
    const titles = new Map<string, string>();
    const listAction = LIST_MESSAGES[flavour.emulatorProvider];
    const conversationReads = (ticketId: string) =>
      server.control.requests().filter((request) => request.provider === flavour.emulatorProvider && request.action === listAction && decodeURIComponent(request.url).includes(ticketId)).length;
    const allConversationReads = () => server.control.requestCount({ provider: flavour.emulatorProvider, action: listAction });

    before(async () => {
      api = await extensionApi();
      await removeAllAccounts(api);
      server = await startEmulator({ port: 0 });
      const provider = flavour.createProvider(server.url, flavour.credentials, CLIENT_SETTINGS);
      const file = async (marker: string) => {
        const form = await fillCreateForm(provider, flavour, { marker });
        const id = (await provider.createTicket(form.values)).ticketId;
        titles.set(id, (await provider.getTicket(id)).title);
        return id;
      };
      const stamp = `${flavour.name.replace(/\W+/g, '-')}-${Date.now()}`;
      answered = await file(`hover-answered-${stamp}`);
      slow = await file(`hover-slow-${stamp}`);
      readByPanel = await file(`hover-panel-${stamp}`);
      // Answered before anything of this window read it, so every read anywhere sees the answer.
      server.control.agentReply(flavour.emulatorProvider, answered, HOSTILE_REPLY, { keepStatus: true, agentName: 'Agent *Zhou*' });
      await provider.reply(readByPanel, { body: 'Thanks, that fixed it.' });
      for (const id of [slow, readByPanel]) server.control.setStatus(flavour.emulatorProvider, id, flavour.statuses.completed);
      const account = await api.services.accounts.add(
        {
          providerId: flavour.providerId,
          label: `Hover ${flavour.name}`,
          endpoint: server.url,
          ...(flavour.apiVersion ? { apiVersion: flavour.apiVersion } : {}),
          ...(flavour.providerId === 'huaweicloud' ? { domainId: OSM_DOMAIN_ID } : {}),
        },
        flavour.credentials,
      );
      accountId = account.id;
      // The tree model learns of the account from the store's change event: a refresh asked at once can
      // come before it ("Unknown account"), so refresh until the filed tickets are listed.
      const listed = () => [answered, slow, readByPanel].every((id) => api.services.tickets.summaries(accountId).some((ticket) => ticket.id === id));
      await until(async () => {
        await api.services.tickets.refresh(accountId).catch(() => undefined);
        return listed();
      }, 'the filed tickets in the list');
    });
    after(async () => {
      server.control.clearLatency();
      await vscode.commands.executeCommand('workbench.action.closeAllEditors');
      await removeAllAccounts(api);
      await server?.close();
    });

    it("shows the newest message's author, time and a redacted excerpt that forms no link, and two hovers read the conversation once", async () => {
      const newest = (await flavour.createProvider(server.url, flavour.credentials, CLIENT_SETTINGS).listMessages(answered, { pageSize: 100 })).items.at(-1);
      assert.ok(newest, 'the agent reply is in the conversation');
      server.control.clearRequests();
      const [details, open] = await hoverParts(answered);
      const readsFirst = conversationReads(answered);
      server.control.clearRequests();
      await hoverParts(answered);
      const readsSecond = conversationReads(answered);
      const card = unescape(details.value);
      const excerpt = /> (.*)/.exec(card)?.[1] ?? '';
      assert.deepEqual(
        {
          trusted: details.isTrusted ?? false,
          html: details.supportHtml ?? false,
          // Outside text is escaped into entities: no link, autolink, HTML or emphasis can form from it.
          markup: /\]\(|command:|https?:\/\/|<img|\*\*bold/.test(details.value),
          openTrusted: open.isTrusted,
          title: card.includes(titles.get(answered)!),
          author: card.includes(newest.author.name ? `**${newest.author.name}** (Support)` : '**Support**'),
          time: card.includes(`Last reply from`) && card.includes(formatTime(newest.createdAt)),
          excerptStart: excerpt.slice(0, EXCERPT_START.length),
          excerptLength: Array.from(excerpt).length,
          keyShown: card.includes(KEY_ID),
          tailShown: card.includes('END-OF-MESSAGE'),
          readsFirst: readsFirst <= 1,
          readsSecond,
        },
        {
          trusted: false,
          html: false,
          markup: false,
          openTrusted: { enabledCommands: ['cloudTickets.openTicketById'] },
          title: true,
          author: true,
          time: true,
          excerptStart: EXCERPT_START,
          excerptLength: 200,
          keyShown: false,
          tailShown: false,
          readsFirst: true,
          readsSecond: 0,
        },
      );
    });

    it('says the last reply is unavailable when the cloud is slow, and shows the rest within seconds', async () => {
      server.control.addLatency({ ms: 10_000, provider: flavour.emulatorProvider, action: listAction });
      try {
        const started = Date.now();
        const [details] = await hoverParts(slow);
        const waited = Date.now() - started;
        const card = unescape(details.value);
        assert.deepEqual(
          { unavailable: card.includes('Last reply unavailable'), title: card.includes(titles.get(slow)!), account: card.includes(`Hover ${flavour.name}`), quick: waited < 6_000 },
          { unavailable: true, title: true, account: true, quick: true },
        );
      } finally {
        server.control.clearLatency();
      }
    });

    it('takes the last reply from a conversation a panel read, without asking the cloud again', async () => {
      await vscode.commands.executeCommand('cloudTickets.openTicket', accountId, readByPanel);
      await until(() => api.services.panels.get({ accountId, ticketId: readByPanel }) && conversationReads(readByPanel) > 0, 'the panel to read the conversation');
      const title = titles.get(readByPanel)!;
      await until(() => vscode.window.tabGroups.all.flatMap((group) => group.tabs).some((tab) => tab.label === title), 'the panel to show the ticket');
      await vscode.commands.executeCommand('workbench.action.closeAllEditors');
      const before = allConversationReads();
      const [details] = await hoverParts(readByPanel);
      const card = unescape(details.value);
      assert.deepEqual(
        { author: card.includes('Last reply from **You**'), excerpt: card.includes('> Thanks, that fixed it.'), reads: allConversationReads() - before },
        { author: true, excerpt: true, reads: 0 },
      );
    });
  });
}
