// Replies are noticed the same way on every flavour (Alibaba 2021, Alibaba 2020, Huawei) inside the real
// extension host: the emulator's agent answers without changing the status, the user's Refresh reads the
// conversations the list cannot speak for, and the tree shows the unread dot, exactly one notification
// is claimed (the claim in globalState is what keeps other windows quiet), what was seen lands in
// globalState (so a reload would still know), and Mark as Read / Mark as Unread work from the tree.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { TicketProvider } from '../../src/core/provider';
import { startEmulator, type RunningEmulator } from '../../src/emulator';
import type { CloudTicketsApi } from '../../src/extension';
import type { ExplorerNode } from '../../src/views/treeNodes';
import type { ServerView } from '../conformance/flavour';
import { FLAVOURS } from '../conformance/flavours';
import { CLIENT_SETTINGS } from '../conformance/world';
import { extensionApi, removeAllAccounts, until } from './api';

for (const flavour of FLAVOURS) {
  describe(`replies on ${flavour.name} (extension host, emulator on loopback)`, () => {
    let api: CloudTicketsApi;
    let server: RunningEmulator;
    let view: ServerView;
    let accountId: string;
    let provider: TicketProvider;
    let ticketId: string;

    const unreadOf = (): number => api.services.tickets.summaries(accountId).find((ticket) => ticket.id === ticketId)?.unreadCount ?? 0;
    const replyClaims = (): string[] => Object.keys(api.globalState.get<Record<string, number>>('cloudTickets.notifiedChanges', {})).filter((key) => key.startsWith(`${accountId}/${ticketId}/reply:`));
    const ticketNode = (): ExplorerNode => {
      const ticket = api.services.tickets.summaries(accountId).find((candidate) => candidate.id === ticketId);
      assert.ok(ticket, 'the ticket is listed');
      return { kind: 'ticket', accountId, ticketId, ticket };
    };
    /** The user's Refresh, until `probe` holds (each one reads up to 10 conversations, most overdue first). */
    const refreshUntil = <T>(probe: () => T | undefined | false, what: string): Promise<T> =>
      until(
        async () => {
          await vscode.commands.executeCommand('cloudTickets.refresh', { accountId });
          return probe();
        },
        what,
        60_000,
      );

    before(async () => {
      api = await extensionApi();
      await removeAllAccounts(api);
      server = await startEmulator({ port: 0 });
      view = flavour.server(server.control);
      provider = flavour.createProvider(server.url, flavour.credentials, CLIENT_SETTINGS);
      const account = await api.services.accounts.add(
        {
          providerId: flavour.providerId,
          label: `Replies ${flavour.name}`,
          endpoint: server.url,
          ...(flavour.apiVersion ? { apiVersion: flavour.apiVersion } : {}),
          ...(flavour.providerId === 'huaweicloud' ? { domainId: '0a1b2c3d4e5f60718293a4b5c6d7e8f9' } : {}),
        },
        flavour.credentials,
      );
      accountId = account.id;
      ticketId = [...view.tickets()].sort((a, b) => a.createdAt - b.createdAt)[0].id;
      server.control.setStatus(flavour.emulatorProvider, ticketId, flavour.statuses.open);
      await provider.reply(ticketId, { body: 'Any news?' });
      // The customer has read the conversation (clouds that keep read state on the server count from here).
      await provider.listMessages(ticketId, {});
      server.control.setStatus(flavour.emulatorProvider, ticketId, flavour.statuses.open);
      // First look at the account: every open conversation is read once (nothing of it is news).
      for (let sweep = 0; sweep < 4; sweep++) await vscode.commands.executeCommand('cloudTickets.refresh', { accountId });
    });
    after(async () => {
      await removeAllAccounts(api);
      await server?.close();
    });

    it('a reply that leaves the status alone shows the unread dot and is claimed for one notification', async () => {
      assert.equal(unreadOf(), 0, 'nothing unread before the reply');
      server.control.agentReply(flavour.emulatorProvider, ticketId, `Still on it (${flavour.name}).`, { keepStatus: true });
      assert.equal(view.ticket(ticketId).status, flavour.statuses.open);
      await refreshUntil(() => unreadOf() > 0, 'the unread dot');
      const item = api.explorer.getTreeItem(ticketNode());
      assert.ok(item.contextValue?.includes(':unread:') && item.iconPath instanceof vscode.ThemeIcon && item.iconPath.id === 'circle-filled', `${item.contextValue}`);
      await until(() => replyClaims().length > 0, 'the notification claim');
      await vscode.commands.executeCommand('cloudTickets.refresh', { accountId });
      assert.equal(replyClaims().length, 1, 'exactly one notification for the reply');
    });

    it('keeps what was seen in globalState, so a reload still knows the reply is unread', async () => {
      const stored = await until(() => {
        const value = api.globalState.get<{ tickets?: Record<string, { unread?: number }> }>(`cloudTickets.seen.${accountId}`);
        return (value?.tickets?.[ticketId]?.unread ?? 0) > 0 ? value : undefined;
      }, 'the seen state in globalState');
      assert.ok(!JSON.stringify(stored).includes('Still on it'), 'no message text is stored');
    });

    it('Mark as Read and Mark as Unread from the tree', async () => {
      await vscode.commands.executeCommand('cloudTickets.markTicketRead', ticketNode());
      assert.ok(unreadOf() === 0 && !api.explorer.getTreeItem(ticketNode()).contextValue?.includes(':unread:'), 'read');
      await vscode.commands.executeCommand('cloudTickets.markTicketUnread', ticketNode());
      assert.ok(unreadOf() === 1 && api.explorer.getTreeItem(ticketNode()).contextValue?.includes(':unread:'), 'unread again');
    });

    it('opening the ticket in a panel marks it read', async () => {
      await vscode.commands.executeCommand('cloudTickets.openTicket', accountId, ticketId);
      await until(() => unreadOf() === 0, 'read once shown');
      await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    });
  });
}
