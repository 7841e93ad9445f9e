import * as vscode from 'vscode';
import { STATUS_GROUPS } from '../core/status';
import type { AccountStore } from '../accounts/accountStore';
import type { ProviderRegistry } from '../accounts/providerRegistry';
import { providerDescriptor } from '../providers';
import { DisposableOwner } from '../common/lifecycle';
import type { TicketModel } from './ticketModel';
import { accountItem, groupItem, ticketItem, type ExplorerNode } from './treeNodes';

export const EXPLORER_VIEW_ID = 'cloudTickets.explorer';

/**
 * The Tickets view: Account → status group → ticket. It only maps the model to tree items; data,
 * refreshes and errors live in TicketModel. With no accounts the tree is empty and VS Code shows the
 * `viewsWelcome` content.
 */
export class ExplorerView extends DisposableOwner implements vscode.TreeDataProvider<ExplorerNode> {
  private readonly changed = this.own(new vscode.EventEmitter<void>());
  readonly onDidChangeTreeData = this.changed.event;
  readonly treeView: vscode.TreeView<ExplorerNode>;

  constructor(
    private readonly accounts: AccountStore,
    private readonly providers: ProviderRegistry,
    private readonly model: TicketModel,
  ) {
    super();
    this.treeView = this.own(vscode.window.createTreeView(EXPLORER_VIEW_ID, { treeDataProvider: this, showCollapseAll: true, canSelectMany: true }));
    this.own(model.onDidChange(() => this.changed.fire()));
    this.own(accounts.onDidChange(() => this.changed.fire()));
    this.own(model.onRevealRequest(({ accountId, ticketId }) => this.revealTicket(accountId, ticketId)));
    void vscode.commands.executeCommand('setContext', 'cloudTickets.hasAccounts', accounts.list().length > 0);
  }

  getTreeItem(node: ExplorerNode): vscode.TreeItem {
    switch (node.kind) {
      case 'account':
        return accountItem(node, this.accounts.healthOf(node.account.id), providerDescriptor(node.account.providerId).displayName, this.providers.peek(node.account.id)?.capabilities, this.model.of(node.account.id).loading);
      case 'group':
        return groupItem(node, this.model.inGroup(node.accountId, node.group).length);
      case 'ticket':
        return ticketItem(node, this.providers.peek(node.accountId)?.capabilities, Date.now());
      case 'info': {
        const item = new vscode.TreeItem(node.text, vscode.TreeItemCollapsibleState.None);
        item.iconPath = new vscode.ThemeIcon(node.icon);
        item.command = node.command;
        item.contextValue = 'info';
        return item;
      }
    }
  }

  getChildren(node?: ExplorerNode): ExplorerNode[] {
    if (!node) return this.accounts.list().map((account) => ({ kind: 'account', account }));
    if (node.kind === 'account') return this.accountChildren(node.account.id);
    if (node.kind === 'group') {
      return this.model.inGroup(node.accountId, node.group).map((ticket) => ({ kind: 'ticket', accountId: node.accountId, ticketId: ticket.id, ticket }));
    }
    return [];
  }

  getParent(node: ExplorerNode): ExplorerNode | undefined {
    if (node.kind === 'ticket') return { kind: 'group', accountId: node.accountId, group: node.ticket.status.group };
    if (node.kind === 'group' || node.kind === 'info') {
      const account = this.accounts.get(node.accountId);
      return account ? { kind: 'account', account } : undefined;
    }
    return undefined;
  }

  async refresh(): Promise<void> {
    await this.model.refresh();
  }

  private accountChildren(accountId: string): ExplorerNode[] {
    const state = this.model.of(accountId);
    const info: ExplorerNode[] = [];
    if (state.error) {
      const fix = state.error.kind === 'auth' ? { command: 'cloudTickets.reenterCredentials', title: vscode.l10n.t('Re-enter Credentials…'), arguments: [accountId] } : { command: 'cloudTickets.refresh', title: vscode.l10n.t('Refresh'), arguments: [] };
      info.push({ kind: 'info', accountId, text: state.error.message, icon: state.error.kind === 'auth' ? 'key' : 'error', command: fix });
    }
    if (!state.fetchedAt && !state.error) {
      if (!state.loading) void this.model.refresh(accountId);
      return [{ kind: 'info', accountId, text: vscode.l10n.t('Loading tickets…'), icon: 'loading~spin' }];
    }
    if (state.fetchedAt && state.tickets.length === 0) {
      info.push({ kind: 'info', accountId, text: vscode.l10n.t('No tickets yet. Create one with +.'), icon: 'info', command: { command: 'cloudTickets.newTicket', title: vscode.l10n.t('New Ticket…'), arguments: [accountId] } });
      return info;
    }
    return [...info, ...STATUS_GROUPS.map((group): ExplorerNode => ({ kind: 'group', accountId, group }))];
  }

  private async revealTicket(accountId: string, ticketId: string): Promise<void> {
    const ticket = this.model.summaries(accountId).find((candidate) => candidate.id === ticketId);
    if (ticket) await this.treeView.reveal({ kind: 'ticket', accountId, ticketId, ticket }, { select: true, focus: false, expand: true });
  }
}
