import * as vscode from 'vscode';
import { needsActionTotal } from '../core/notify';
import { PollScheduler } from '../core/polling';
import { DisposableOwner } from '../common/lifecycle';
import type { ExplorerNode } from './treeNodes';
import type { TicketModel } from './ticketModel';

/**
 * Keeps tickets current without being noisy: the poll scheduler follows the view's visibility and
 * the window's focus, and the count of tickets needing action shows as the view badge and in the
 * status bar (which opens the explorer).
 */
export class PollingActivity extends DisposableOwner {
  private readonly scheduler: PollScheduler;
  private readonly statusBar = this.own(vscode.window.createStatusBarItem('cloudTickets.needsAction', vscode.StatusBarAlignment.Left, 50));

  constructor(
    private readonly model: TicketModel,
    private readonly treeView: vscode.TreeView<ExplorerNode>,
  ) {
    super();
    this.scheduler = new PollScheduler({
      target: model.coordinator,
      intervalSeconds: intervalSetting(),
      activity: { viewVisible: treeView.visible, windowFocused: vscode.window.state.focused, panelVisible: false },
    });
    this.own({ dispose: () => this.scheduler.stop() });
    this.statusBar.name = vscode.l10n.t('Cloud Tickets: tickets needing your action');
    this.statusBar.command = 'cloudTickets.explorer.focus';
    this.own(treeView.onDidChangeVisibility((event) => this.scheduler.setActivity({ viewVisible: event.visible })));
    this.own(vscode.window.onDidChangeWindowState((state) => this.scheduler.setActivity({ windowFocused: state.focused })));
    this.own(vscode.workspace.onDidChangeConfiguration((event) => {
      if (event.affectsConfiguration('cloudTickets.polling.intervalSeconds')) this.scheduler.setIntervalSeconds(intervalSetting());
    }));
    this.own(model.onDidChange(() => this.showCount()));
  }

  start(): void {
    this.scheduler.start();
  }

  /** Ticket panels poll faster while visible; tell the scheduler. */
  setPanelVisible(visible: boolean): void {
    this.scheduler.setActivity({ panelVisible: visible });
  }

  /** Called after accounts were added or removed. */
  accountsChanged(): void {
    this.scheduler.accountsChanged();
  }

  private showCount(): void {
    const count = needsActionTotal(this.model.coordinator.snapshots());
    const tooltip = vscode.l10n.t('{0} ticket(s) need your action', count);
    this.treeView.badge = count > 0 ? { value: count, tooltip } : undefined;
    if (count > 0) {
      this.statusBar.text = `$(bell-dot) ${count}`;
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
