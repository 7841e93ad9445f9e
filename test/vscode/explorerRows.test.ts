// What the Tickets view's rows say, read from the tree items the extension hands VS Code: a ticket row
// (title, native status, severity, last activity, tooltip) and a long group paged with "Load more…".
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { RunningEmulator } from '../../src/emulator';
import type { CloudTicketsApi } from '../../src/extension';
import type { ExplorerNode } from '../../src/views/treeNodes';
import { emulator, extensionApi, removeAllAccounts } from './api';

type TicketNode = Extract<ExplorerNode, { kind: 'ticket' }>;
type GroupNode = Extract<ExplorerNode, { kind: 'group' }>;

describe('explorer rows (extension host, emulator on loopback)', () => {
  let api: CloudTicketsApi;
  let server: RunningEmulator;

  before(async () => {
    api = await extensionApi();
    await removeAllAccounts(api);
    server = await emulator();
  });
  after(async () => {
    await removeAllAccounts(api);
    await server?.close();
  });

  async function groupsOf(accountId: string): Promise<GroupNode[]> {
    const account = (await api.explorer.getChildren()).find((node) => node.kind === 'account' && node.account.id === accountId);
    assert.ok(account, 'the account row');
    return (await api.explorer.getChildren(account)).filter((node): node is GroupNode => node.kind === 'group');
  }

  it('shows title, native status, severity and the last activity on a ticket row, with the facts in an untrusted Markdown tooltip', async () => {
    const account = await api.services.accounts.add({ providerId: 'aliyun', label: 'Rows', endpoint: server.url }, { accessKeyId: 'testid', accessKeySecret: 'testsecret' });
    await api.services.tickets.refresh(account.id);
    const groups = await groupsOf(account.id);
    const tickets = (await Promise.all(groups.map((group) => api.explorer.getChildren(group)))).flat().filter((node): node is TicketNode => node.kind === 'ticket');
    const node = tickets.find((candidate) => candidate.ticket.severity && (candidate.ticket.updatedAt ?? candidate.ticket.createdAt));
    assert.ok(node, 'a ticket with a severity and a time');
    const item = api.explorer.getTreeItem(node);
    const description = String(item.description);
    assert.equal(item.label, node.ticket.title);
    assert.ok(description.includes(node.ticket.status.label) && description.includes(node.ticket.severity!.label), description);
    assert.match(description, /(just now|min ago|h ago|d ago)$/);
    assert.ok(item.tooltip instanceof vscode.MarkdownString, 'a Markdown tooltip');
    const tooltip = item.tooltip as vscode.MarkdownString;
    assert.deepEqual(
      { trusted: tooltip.isTrusted, html: tooltip.supportHtml, id: tooltip.value.includes(node.ticket.id), status: tooltip.value.includes(node.ticket.status.label) },
      { trusted: false, html: false, id: true, status: true },
    );
    await api.services.accounts.remove(account.id);
  });

  it('pages a long group: 50 tickets, then 50 more with each "Load more…"', async () => {
    const document = server.control.fixturesDocument() as { aliyun: { tickets: Array<Record<string, unknown>> } };
    const template = document.aliyun.tickets[0];
    const many = Array.from({ length: 120 }, (_, index) => ({ ...template, TicketId: `00LM${String(index).padStart(5, '0')}`, Title: `Paged ticket ${index}`, Notes: [] }));
    server.control.loadFixtures({ aliyun: { ...document.aliyun, tickets: many } });
    try {
      const account = await api.services.accounts.add({ providerId: 'aliyun', label: 'Paging', endpoint: server.url }, { accessKeyId: 'testid', accessKeySecret: 'testsecret' });
      await api.services.tickets.refresh(account.id);
      const group = (await groupsOf(account.id)).find((candidate) => api.explorer.getTreeItem(candidate).description === '120');
      assert.ok(group, 'one group holds the 120 tickets');
      const shown = async () => {
        const children = await api.explorer.getChildren(group);
        return { tickets: children.filter((node) => node.kind === 'ticket').length, more: children.filter((node) => node.kind === 'info').map((node) => String(api.explorer.getTreeItem(node).label)) };
      };
      assert.deepEqual(await shown(), { tickets: 50, more: ['Load more… (50 of 120 shown)'] });
      api.explorer.showMore(account.id, group.group);
      assert.deepEqual(await shown(), { tickets: 100, more: ['Load more… (100 of 120 shown)'] });
      api.explorer.showMore(account.id, group.group);
      assert.deepEqual(await shown(), { tickets: 120, more: [] });
    } finally {
      server.control.loadFixtures({ aliyun: null });
    }
  });
});
