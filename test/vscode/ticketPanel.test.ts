import * as assert from 'node:assert/strict';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as vscode from 'vscode';
import type { RunningEmulator } from '../../src/emulator';
import type { CloudTicketsApi } from '../../src/extension';
import { PanelReplySender } from '../../src/panels/ticketPanelReply';
import { emulator, extensionApi, removeAllAccounts, until } from './api';

const LONG_THREAD = 'RDS connection timeout from ECS in another zone';
const WITH_SECRET = 'Invoice title is wrong';
/** An open ticket that takes replies. */
const OPEN_TICKET = 'Cannot connect to ECS after security group change';

/** Swaps one method of an API object for the test; returns the undo. */
function replace<T extends object, K extends keyof T>(owner: T, key: K, stand: T[K]): () => void {
  const original = owner[key];
  Object.defineProperty(owner, key, { value: stand, configurable: true, writable: true });
  return () => Object.defineProperty(owner, key, { value: original, configurable: true, writable: true });
}

function ticketTabs(): vscode.Tab[] {
  return vscode.window.tabGroups.all.flatMap((group) => group.tabs).filter((tab) => tab.input instanceof vscode.TabInputWebview && tab.input.viewType.includes('cloudTickets.ticket'));
}

describe('ticket panel (extension host, emulator on loopback)', () => {
  let api: CloudTicketsApi;
  let server: RunningEmulator;
  let accountId: string;
  const idOf = (title: string) => (server.control.state('aliyun') as { tickets: { TicketId: string; Title: string }[] }).tickets.find((t) => t.Title === title)!.TicketId;

  before(async () => {
    api = await extensionApi();
    await removeAllAccounts(api);
    server = await emulator();
    const account = await api.services.accounts.add({ providerId: 'aliyun', label: 'Panel tests', endpoint: server.url }, { accessKeyId: 'testid', accessKeySecret: 'testsecret' });
    accountId = account.id;
  });
  after(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    await removeAllAccounts(api);
    await server?.close();
  });

  it('opens one panel per ticket, titled with the ticket title once loaded', async () => {
    await vscode.commands.executeCommand('cloudTickets.openTicket', accountId, idOf(LONG_THREAD));
    const tab = await until(() => ticketTabs().find((t) => t.label === LONG_THREAD), 'the panel title');
    assert.equal(tab.label, LONG_THREAD);
  });

  it('reveals the open panel instead of opening a second one (tree node argument)', async () => {
    await vscode.commands.executeCommand('cloudTickets.openTicket', { accountId, ticketId: idOf(LONG_THREAD) });
    await new Promise((resolve) => setTimeout(resolve, 500));
    assert.equal(ticketTabs().filter((t) => t.label === LONG_THREAD).length, 1);
  });

  it("exports the conversation to a Markdown file with support's latest message and its access key id redacted", async () => {
    // Alibaba's ListTicketNotes does not say which notes were sent as confidential (the sample's tax id
    // reply was sent with Encrypt=true), so no note is left out as confidential: the export is redacted.
    server.control.agentReply('aliyun', idOf(WITH_SECRET), 'Your log shows the key LTAI5tHq3ZwX9pLm2RvN7cYk; please rotate it.', { keepStatus: true });
    const destination = vscode.Uri.joinPath(vscode.Uri.file(mkdtempSync(join(tmpdir(), 'export-'))), `ticket-${idOf(WITH_SECRET)}.md`);
    assert.equal(await vscode.commands.executeCommand('cloudTickets.exportTicket', accountId, idOf(WITH_SECRET), destination), true);
    const editor = await until(
      () => (vscode.window.activeTextEditor?.document.uri.toString() === destination.toString() ? vscode.window.activeTextEditor : undefined),
      'the exported file in an editor',
    );
    const text = editor.document.getText();
    assert.deepEqual(
      {
        onDisk: readFileSync(destination.fsPath, 'utf8') === text,
        dirty: editor.document.isDirty,
        title: text.startsWith(`# ${WITH_SECRET}`),
        latest: text.includes('please rotate it'),
        keyId: text.includes('LTAI5tHq3ZwX9pLm2RvN7cYk'),
      },
      { onDisk: true, dirty: false, title: true, latest: true, keyId: false },
    );
  });

  it('says a demo ticket has no web console page instead of opening the real console', async () => {
    const demo = await api.services.accounts.add({ providerId: 'aliyun', label: 'Demo console check', endpoint: server.url, demo: true }, { accessKeyId: 'testid', accessKeySecret: 'testsecret' });
    const opened: string[] = [];
    const shown: string[] = [];
    const restore = [
      replace(vscode.env, 'openExternal', async (uri: vscode.Uri) => (opened.push(uri.toString()), true)),
      replace(vscode.window, 'showInformationMessage', async (message: string) => (shown.push(message), undefined)),
    ];
    try {
      const result = await vscode.commands.executeCommand('cloudTickets.openTicketInConsole', demo.id, idOf(LONG_THREAD));
      assert.deepEqual({ result, opened, shown: shown.some((m) => /only in the built-in emulator/.test(m)) }, { result: false, opened: [], shown: true });
    } finally {
      for (const undo of restore) undo();
      await api.services.accounts.remove(demo.id);
    }
  });

  it('copies the ticket id', async () => {
    await vscode.commands.executeCommand('cloudTickets.copyTicketId', accountId, idOf(LONG_THREAD));
    assert.equal(await vscode.env.clipboard.readText(), idOf(LONG_THREAD));
  });

  describe('replies are duplicate-safe (commit-then-drop and closed connections injected)', () => {
    const notesWith = (text: string) =>
      (server.control.state('aliyun') as { tickets: { Title: string; Notes: { Content: string }[] }[] }).tickets.find((t) => t.Title === OPEN_TICKET)!.Notes.filter((note) => note.Content === text)
        .length;
    const sender = () => new PanelReplySender(api.services, { accountId, ticketId: idOf(OPEN_TICKET) }, { pauseMs: 0 });
    const thread = async () => (await api.services.providers.run(accountId, (provider) => provider.listMessages(idOf(OPEN_TICKET), {}))).items;

    it('a reply committed before the connection dropped counts as sent and is not posted twice', async () => {
      const text = 'Panel reply through a dropped connection';
      server.control.injectFault({ provider: 'aliyun', action: 'ReplyTicket', fault: { kind: 'commit-then-drop' } });
      const result = await sender().send({ body: text }, [], await thread());
      assert.deepEqual({ result, notes: notesWith(text) }, { result: { sent: true }, notes: 1 });
    });

    it('a reply that never reached the server is offered again with the reason, and the resend posts it once', async () => {
      const text = 'Panel reply whose connection closed first';
      const replies = sender();
      const before = await thread();
      server.control.injectFault({ provider: 'aliyun', action: 'ReplyTicket', fault: { kind: 'close' } });
      const first = await replies.send({ body: text }, [], before);
      const second = await replies.send({ body: text }, [], before);
      assert.deepEqual({ safe: !first.sent && /not in the conversation/.test(first.error), second, notes: notesWith(text) }, { safe: true, second: { sent: true }, notes: 1 });
    });
  });

  it('forgets a closed panel, so opening the ticket again gives one fresh panel', async () => {
    const id = idOf(LONG_THREAD);
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    await until(() => ticketTabs().length === 0, 'the panel to close');
    await vscode.commands.executeCommand('cloudTickets.openTicket', accountId, id);
    await until(() => ticketTabs().find((t) => t.label === LONG_THREAD), 'the reopened panel');
    assert.equal(ticketTabs().length, 1);
  });
});
