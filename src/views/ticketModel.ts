import { join } from 'node:path';
import * as vscode from 'vscode';
import { FileSnapshotStore, KeyValueSeenStore } from '../core/cache';
import { ReplyWatch, type ConversationRead, type TicketChange } from '../core/notify';
import { RefreshCoordinator, type AccountFilter, type AccountSnapshot, type ProviderAccess } from '../core/refresh';
import type { StatusGroup } from '../core/status';
import type { Message, TicketSummary } from '../core/ticket';
import type { AccountStore } from '../accounts/accountStore';
import type { ProviderRegistry } from '../services/providerRegistry';
import type { TicketsService } from '../services/services';
import { DisposableOwner } from '../common/lifecycle';

/**
 * The ticket lists behind the explorer: a thin VS Code shell around core's RefreshCoordinator, which
 * fetches with bounded concurrency, keeps one account's failure from blocking the others, cancels
 * superseded refreshes and persists the last good snapshot per account (no secrets) for the first paint,
 * and core's ReplyWatch, which knows what the user has seen (unread dot, last activity) on every cloud
 * and persists it in globalState. Tickets handed out carry both.
 */
export class TicketModel extends DisposableOwner implements TicketsService {
  private readonly changed = this.own(new vscode.EventEmitter<void>());
  readonly onDidChange = this.changed.event;
  private readonly revealer = this.own(new vscode.EventEmitter<{ accountId: string; ticketId: string }>());
  /** Fired when a command asks to select a ticket in the tree. */
  readonly onRevealRequest = this.revealer.event;
  readonly coordinator: RefreshCoordinator;
  /** What the user has seen of every ticket (core/notify); persisted in globalState. */
  readonly watch: ReplyWatch;
  private knownAccounts: string[];
  /** Ticket rows each account's groups show (the tree asks for a group's rows only while it is expanded). */
  private readonly shownRows = new Map<string, Map<StatusGroup, readonly string[]>>();

  constructor(
    private readonly accounts: AccountStore,
    providers: ProviderRegistry,
    log: vscode.LogOutputChannel,
    cacheFolder: vscode.Uri,
    globalState: vscode.Memento,
  ) {
    super();
    // Through the registry, the one place that records what a call's outcome says about the account.
    const access: ProviderAccess = (accountId, work) => providers.run(accountId, work);
    const onInternalError = (message: string, error: unknown): void => log.warn(`${message}: ${error instanceof Error ? error.message : String(error)}`);
    this.coordinator = new RefreshCoordinator({ access, store: new FileSnapshotStore(join(cacheFolder.fsPath, 'tickets')), onInternalError });
    this.own({ dispose: () => this.coordinator.dispose() });
    this.watch = new ReplyWatch({ access, store: new KeyValueSeenStore(globalState), onInternalError });
    this.own(this.watch);
    this.own(toVscodeDisposable(this.watch.onDidChange(() => this.changed.fire())));
    this.knownAccounts = accounts.list().map((account) => account.id);
    this.coordinator.setAccounts(this.knownAccounts);
    this.own(
      toVscodeDisposable(
        this.coordinator.onDidChange(() => {
          this.changed.fire();
        }),
      ),
    );
    this.own(accounts.onDidChange(() => this.syncAccounts()));
  }

  /** Shows the last good tickets of every account at once (marked stale until a refresh lands). */
  async paintFromCache(): Promise<void> {
    await this.coordinator.restoreFromCache();
    this.changed.fire();
  }

  of(accountId: string): AccountSnapshot | undefined {
    return this.coordinator.snapshot(accountId);
  }

  isRefreshing(accountId: string): boolean {
    return this.coordinator.isRefreshing(accountId);
  }

  /** The account's tickets with what the user has seen folded in (unread count, "updated" from the last activity). */
  summaries(accountId: string): readonly TicketSummary[] {
    return (this.of(accountId)?.tickets ?? []).map((ticket) => this.watch.decorate(accountId, ticket));
  }

  inGroup(accountId: string, group: StatusGroup): readonly TicketSummary[] {
    return (this.of(accountId)?.groups[group] ?? []).map((ticket) => this.watch.decorate(accountId, ticket));
  }

  /**
   * The first `limit` tickets of a group, decorated, and how many it has (rows not shown are not
   * decorated). The count comes from the snapshot: a cache preview holds only a group's first rows.
   */
  shownInGroup(accountId: string, group: StatusGroup, limit: number): { readonly tickets: readonly TicketSummary[]; readonly total: number } {
    const snapshot = this.of(accountId);
    const tickets = (snapshot?.groups[group] ?? []).slice(0, limit).map((ticket) => this.watch.decorate(accountId, ticket));
    return { tickets, total: snapshot?.counts[group] ?? 0 };
  }

  /** The rows a group of an account shows now: the refresh loads their details before the others'. */
  setShown(accountId: string, group: StatusGroup, ticketIds: readonly string[]): void {
    const groups = this.shownRows.get(accountId) ?? new Map<StatusGroup, readonly string[]>();
    groups.set(group, ticketIds);
    this.shownRows.set(accountId, groups);
    this.coordinator.setVisible(accountId, [...groups.values()].flat());
  }

  /** Every conversation read by the reply watch or a panel. */
  readonly onDidReadConversation: vscode.Event<ConversationRead> = (listener, thisArgs, disposables) => {
    const subscription = toVscodeDisposable(this.watch.onDidReadConversation((read) => listener.call(thisArgs, read)));
    disposables?.push(subscription);
    return subscription;
  };

  /** Hears every change worth a notification (support replies on every cloud, tickets now needing action). */
  onDidDetect(listener: (change: TicketChange) => void): vscode.Disposable {
    return toVscodeDisposable(this.watch.onDidDetect(listener));
  }

  markRead(accountId: string, ticketId: string): void {
    this.watch.markRead(accountId, ticketId);
  }

  markUnread(accountId: string, ticketId: string): void {
    this.watch.markUnread(accountId, ticketId);
  }

  /** A panel loaded a ticket's conversation; `shown` = it is on screen, so it counts as read. */
  conversationLoaded(accountId: string, ticket: TicketSummary, messages: readonly Message[], shown: boolean): void {
    this.watch.observeConversation(accountId, ticket.id, messages, { shown, ticket });
  }

  filter(accountId: string): AccountFilter {
    return this.coordinator.filter(accountId) ?? {};
  }

  async setFilter(accountId: string, filter: AccountFilter): Promise<void> {
    await this.coordinator.setFilter(accountId, filter);
  }

  expectTickets(accountId: string, count: number): void {
    this.coordinator.expectTickets(accountId, count);
  }

  async refresh(accountId?: string, ticketId?: string): Promise<void> {
    if (!accountId) {
      const refreshing = this.coordinator.refreshAll();
      this.changed.fire();
      await refreshing;
      return;
    }
    const refreshing = this.coordinator.refresh(accountId, ticketId ? { detailIds: [ticketId] } : undefined);
    this.changed.fire();
    await refreshing;
  }

  /** The user's Refresh: the lists, then (where the list does not report replies) up to 10 open conversations. */
  async refreshAndCheckReplies(accountId?: string): Promise<void> {
    await this.refresh(accountId);
    await this.watch.sweep(accountId);
  }

  async reveal(accountId: string, ticketId: string): Promise<void> {
    if (!this.summaries(accountId).some((ticket) => ticket.id === ticketId)) await this.refresh(accountId);
    this.revealer.fire({ accountId, ticketId });
  }

  /** New accounts are refreshed; removed ones are cancelled and their cache deleted. */
  private syncAccounts(): void {
    const now = this.accounts.list().map((account) => account.id);
    for (const removed of this.knownAccounts.filter((id) => !now.includes(id))) this.coordinator.removeAccount(removed, { forgetCache: true });
    const added = now.filter((id) => !this.knownAccounts.includes(id));
    this.knownAccounts = now;
    this.coordinator.setAccounts(now);
    for (const id of added) void this.coordinator.refresh(id);
    this.changed.fire();
  }
}

function toVscodeDisposable(disposable: { dispose(): void }): vscode.Disposable {
  return { dispose: () => disposable.dispose() };
}
