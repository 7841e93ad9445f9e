import * as vscode from 'vscode';
import { STATUS_GROUPS, type StatusGroup } from '../core/status';
import type { AccountStore } from '../accounts/accountStore';
import type { ProviderRegistry } from '../services/providerRegistry';
import type { ExplorerControls } from '../services/services';
import type { AccountFilter, SnapshotError } from '../core/refresh';
import { cloudNameOf } from '../accounts/cloudName';
import { errorFactsMessage } from '../common/errorMessage';
import { DisposableOwner } from '../common/lifecycle';
import type { TicketModel } from './ticketModel';
import { describeFilter } from './filterText';
import { ownText, type SafeText } from '../shared/outsideText';
import { accountItem, groupItem, infoItem, ticketItem, type ExplorerNode } from './treeNodes';

export const EXPLORER_VIEW_ID = 'cloudTickets.explorer';

/** Tickets per group shown before "Load more…". */
const PAGE = 50;
/**
 * Changes arrive in bursts (a refresh, then conversation reads). Each redraw replaces the rows, and
 * VS Code drops a click on a row it just replaced ("Actual command not found"), so a burst is drawn once.
 */
const REDRAW_DELAY_MS = 150;

/**
 * The Tickets view: Account → status group → ticket. It only maps the model to tree items; data,
 * refreshes and errors live in TicketModel. With no accounts the tree is empty and VS Code shows the
 * `viewsWelcome` content, but only once startup has settled (see `showsWelcome`).
 */
export class ExplorerView extends DisposableOwner implements vscode.TreeDataProvider<ExplorerNode>, ExplorerControls {
  private readonly changed = this.own(new vscode.EventEmitter<void>());
  readonly onDidChangeTreeData = this.changed.event;
  readonly treeView: vscode.TreeView<ExplorerNode>;
  /** How many tickets each long group shows, by `accountId:group`. */
  private readonly shown = new Map<string, number>();
  /** False until activation has added or re-pointed the demo accounts it was asked for. */
  private startupSettled = false;
  private welcomeShown = false;
  private redrawTimer: ReturnType<typeof setTimeout> | undefined;

  constructor(
    private readonly accounts: AccountStore,
    private readonly providers: ProviderRegistry,
    private readonly model: TicketModel,
  ) {
    super();
    this.treeView = this.own(vscode.window.createTreeView(EXPLORER_VIEW_ID, { treeDataProvider: this, showCollapseAll: true, canSelectMany: true }));
    this.own(model.onDidChange(() => this.redraw()));
    this.own({ dispose: () => clearTimeout(this.redrawTimer) });
    this.own(
      accounts.onDidChange(() => {
        this.redraw();
        this.updateWelcome();
      }),
    );
    this.own(model.onRevealRequest(({ accountId, ticketId }) => this.revealTicket(accountId, ticketId)));
    void vscode.commands.executeCommand('setContext', 'cloudTickets.hasAccounts', accounts.list().length > 0);
  }

  /** The value last given to `cloudTickets.showWelcome`, the key the welcome content waits for. */
  get showsWelcome(): boolean {
    return this.welcomeShown;
  }

  /** Called once activation has added (or failed to add) the demo accounts it was asked for. */
  startupFinished(): void {
    this.startupSettled = true;
    this.updateWelcome();
  }

  /**
   * The welcome shows only once activation has settled (demo accounts asked for at start exist by then)
   * and no account exists. The key is unset before activation, so the view never flashes the welcome
   * while the accounts are still being read or added.
   */
  private updateWelcome(): void {
    this.welcomeShown = this.startupSettled && this.accounts.list().length === 0;
    void vscode.commands.executeCommand('setContext', 'cloudTickets.showWelcome', this.welcomeShown);
  }

  getTreeItem(node: ExplorerNode): vscode.TreeItem {
    switch (node.kind) {
      case 'account': {
        const snapshot = this.model.of(node.account.id);
        return accountItem(node, {
          health: this.accounts.healthOf(node.account.id),
          providerName: cloudNameOf(node.account.providerId),
          capabilities: this.providers.peek(node.account.id)?.capabilities,
          loading: this.model.isRefreshing(node.account.id),
          stale: snapshot?.state === 'stale' && snapshot.fetchedAt !== undefined,
          filter: describeFilter(this.model.filter(node.account.id)),
        });
      }
      case 'group':
        return groupItem(node, this.model.of(node.accountId)?.counts[node.group] ?? 0);
      case 'ticket':
        return ticketItem(node, this.providers.peek(node.accountId)?.capabilities, Date.now());
      case 'info':
        return infoItem(node);
    }
  }

  getChildren(node?: ExplorerNode): ExplorerNode[] {
    if (!node) return this.accounts.list().map((account) => ({ kind: 'account', account }));
    if (node.kind === 'account') return this.accountChildren(node.account.id);
    if (node.kind === 'group') return this.groupChildren(node.accountId, node.group);
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

  filterOf(accountId: string): AccountFilter {
    return this.model.filter(accountId);
  }

  async setFilter(accountId: string, filter: AccountFilter): Promise<void> {
    await this.model.setFilter(accountId, filter);
    void vscode.commands.executeCommand(
      'setContext',
      'cloudTickets.filtered',
      this.accounts.list().some((account) => describeFilter(this.model.filter(account.id)) !== ''),
    );
  }

  /** Shows the next page of a long group ("Load more…"). */
  showMore(accountId: string, group: StatusGroup): void {
    const key = `${accountId}:${group}`;
    this.shown.set(key, (this.shown.get(key) ?? PAGE) + PAGE);
    this.redraw();
  }

  /** Redraws the tree once for every burst of changes. */
  private redraw(): void {
    this.redrawTimer ??= setTimeout(() => {
      this.redrawTimer = undefined;
      this.changed.fire();
    }, REDRAW_DELAY_MS);
  }

  private groupChildren(accountId: string, group: StatusGroup): ExplorerNode[] {
    const limit = this.shown.get(`${accountId}:${group}`) ?? PAGE;
    const { tickets, total } = this.model.shownInGroup(accountId, group, limit);
    // Rows on screen get their details first.
    const onScreen = tickets.map((ticket) => ticket.id);
    this.model.setShown(accountId, group, onScreen);
    const nodes: ExplorerNode[] = tickets.map((ticket) => ({ kind: 'ticket', accountId, ticketId: ticket.id, ticket }));
    if (total > limit) {
      nodes.push({
        kind: 'info',
        accountId,
        icon: 'more',
        text: ownText(vscode.l10n.t('Load more… ({0} of {1} shown)', limit, total)),
        command: { command: 'cloudTickets.loadMore', title: vscode.l10n.t('Load More'), arguments: [accountId, group] },
      });
    }
    return nodes;
  }

  /** The refresh failure in the display language, from the facts the snapshot kept (its cloud is the account's). */
  private refreshFailureText(accountId: string, error: SnapshotError): SafeText {
    const providerId = this.accounts.get(accountId)?.providerId;
    const waitMs = error.retryAt !== undefined ? error.retryAt - Date.now() : 0;
    return errorFactsMessage({ ...error, ...(waitMs > 0 ? { retryAfterMs: waitMs } : {}) }, providerId ? { cloudName: cloudNameOf(providerId) } : undefined);
  }

  private accountChildren(accountId: string): ExplorerNode[] {
    const snapshot = this.model.of(accountId);
    const info: ExplorerNode[] = [];
    if (snapshot?.error) {
      const auth = snapshot.error.kind === 'auth';
      const fix = auth
        ? { command: 'cloudTickets.reenterCredentials', title: vscode.l10n.t('Re-enter Credentials…'), arguments: [accountId] }
        : { command: 'cloudTickets.refresh', title: vscode.l10n.t('Refresh'), arguments: [accountId] };
      info.push({ kind: 'info', accountId, text: this.refreshFailureText(accountId, snapshot.error), icon: auth ? 'key' : snapshot.state === 'offline' ? 'debug-disconnect' : 'error', command: fix });
    }
    if (!snapshot || snapshot.fetchedAt === undefined) {
      if (info.length) return info;
      return [{ kind: 'info', accountId, text: ownText(vscode.l10n.t('Loading tickets…')), icon: 'loading~spin' }];
    }
    if (snapshot.tickets.length === 0) {
      const filtered = describeFilter(this.model.filter(accountId));
      info.push(
        filtered
          ? {
              kind: 'info',
              accountId,
              text: ownText(vscode.l10n.t('No tickets match the filter ({0}).', filtered)),
              icon: 'filter',
              command: { command: 'cloudTickets.clearFilter', title: vscode.l10n.t('Clear Filter'), arguments: [accountId] },
            }
          : {
              kind: 'info',
              accountId,
              text: ownText(vscode.l10n.t('No tickets yet. Create one with +.')),
              icon: 'info',
              command: { command: 'cloudTickets.newTicket', title: vscode.l10n.t('New Ticket…'), arguments: [accountId] },
            },
      );
      return info;
    }
    return [...info, ...STATUS_GROUPS.map((group): ExplorerNode => ({ kind: 'group', accountId, group }))];
  }

  private async revealTicket(accountId: string, ticketId: string): Promise<void> {
    const ticket = this.model.summaries(accountId).find((candidate) => candidate.id === ticketId);
    if (ticket) await this.treeView.reveal({ kind: 'ticket', accountId, ticketId, ticket }, { select: true, focus: false, expand: true });
  }
}
