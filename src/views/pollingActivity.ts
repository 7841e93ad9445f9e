import * as vscode from 'vscode';
import { attentionCount, createWatchedPolling, type WatchedPolling } from '../core/notify';
import type { TicketRef } from '../core/polling';
import type { Message, TicketSummary } from '../core/ticket';
import { DisposableOwner } from '../common/lifecycle';
import type { ExplorerNode } from './treeNodes';
import type { TicketModel } from './ticketModel';

/** What the ticket panels tell the one poll scheduler, and how it reloads them. */
export interface PanelPolling {
  /** The tickets on screen in panels now; the scheduler reloads them every 30 s (focused window). */
  setShownTickets(refs: readonly TicketRef[]): void;
  /** A panel loaded its ticket: its next reload moves out, and what it showed counts as seen (read when on screen). */
  ticketLoaded(ref: TicketRef, loaded: { readonly detail: TicketSummary; readonly messages: readonly Message[]; readonly shown: boolean }): void;
  /** A panel came on screen: what it shows counts as read. */
  ticketShown(ref: TicketRef): void;
  /** How the scheduler reloads a shown ticket (the panels register it). */
  setReloader(reload: (ref: TicketRef) => Promise<void>): vscode.Disposable;
}

/**
 * Keeps tickets current without being noisy, with the one poll scheduler of the extension (core's
 * `createWatchedPolling`): change checks per account, reply detection on clouds whose list does not
 * report replies, and the panel lane for tickets on screen. It follows the view's visibility and the
 * window's focus; the count of tickets needing action or with unread replies shows as the view badge
 * and in the status bar (which opens the explorer).
 */
export class PollingActivity extends DisposableOwner implements PanelPolling {
  private readonly polling: WatchedPolling;
  private readonly statusBar = this.own(vscode.window.createStatusBarItem('cloudTickets.needsAction', vscode.StatusBarAlignment.Left, 50));
  private reloader: ((ref: TicketRef) => Promise<void>) | undefined;

  constructor(
    private readonly model: TicketModel,
    private readonly treeView: vscode.TreeView<ExplorerNode>,
  ) {
    super();
    this.polling = createWatchedPolling({
      coordinator: model.coordinator,
      watch: model.watch,
      intervalSeconds: intervalSetting(),
      activity: { viewVisible: treeView.visible, windowFocused: vscode.window.state.focused, panelVisible: false },
      reloadShown: (ref) => this.reloader?.(ref) ?? Promise.resolve(),
    });
    this.own(this.polling);
    const scheduler = this.polling.scheduler;
    this.statusBar.name = vscode.l10n.t('Cloud Tickets: tickets needing your attention');
    this.statusBar.command = 'cloudTickets.explorer.focus';
    this.own(treeView.onDidChangeVisibility((event) => scheduler.setActivity({ viewVisible: event.visible })));
    this.own(vscode.window.onDidChangeWindowState((state) => scheduler.setActivity({ windowFocused: state.focused })));
    this.own(
      vscode.workspace.onDidChangeConfiguration((event) => {
        if (event.affectsConfiguration('cloudTickets.polling.intervalSeconds')) scheduler.setIntervalSeconds(intervalSetting());
      }),
    );
    this.own(model.onDidChange(() => this.showCount()));
    // A filtered account's open tickets outside its filter arrive after its list: they count too.
    this.own(model.coordinator.onDidChangeHidden(() => this.showCount()));
  }

  start(): void {
    this.polling.scheduler.start();
  }

  /** Called after accounts were added or removed. */
  accountsChanged(): void {
    this.polling.scheduler.accountsChanged();
  }

  setShownTickets(refs: readonly TicketRef[]): void {
    this.polling.scheduler.setShownTickets(refs);
  }

  ticketLoaded(ref: TicketRef, loaded: { readonly detail: TicketSummary; readonly messages: readonly Message[]; readonly shown: boolean }): void {
    this.polling.scheduler.ticketLoaded(ref);
    this.model.conversationLoaded(ref.accountId, loaded.detail, loaded.messages, loaded.shown);
  }

  ticketShown(ref: TicketRef): void {
    this.model.markRead(ref.accountId, ref.ticketId);
  }

  setReloader(reload: (ref: TicketRef) => Promise<void>): vscode.Disposable {
    this.reloader = reload;
    return {
      dispose: () => {
        if (this.reloader === reload) this.reloader = undefined;
      },
    };
  }

  private showCount(): void {
    const count = attentionCount(this.model.coordinator.attentionTickets(), (accountId, ticket) => this.model.watch.decorate(accountId, ticket));
    const tooltip =
      count.total === 1
        ? vscode.l10n.t('1 ticket needs your attention: {0} waiting for your action, {1} with unread replies', count.needsAction, count.unread)
        : vscode.l10n.t('{0} tickets need your attention: {1} waiting for your action, {2} with unread replies', count.total, count.needsAction, count.unread);
    this.treeView.badge = count.total > 0 ? { value: count.total, tooltip } : undefined;
    if (count.total > 0) {
      this.statusBar.text = `$(bell-dot) ${count.total}`;
      this.statusBar.tooltip = tooltip;
      this.statusBar.accessibilityInformation = { label: tooltip };
      this.statusBar.show();
    } else {
      this.statusBar.hide();
    }
  }
}

function intervalSetting(): number {
  return vscode.workspace.getConfiguration('cloudTickets').get<number>('polling.intervalSeconds', 60);
}
