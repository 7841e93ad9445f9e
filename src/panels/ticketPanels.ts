import * as vscode from 'vscode';
import type { HostServices } from '../services/services';
import { DisposableOwner } from '../common/lifecycle';
import { TICKET_PANEL_VIEW_TYPE, type TicketPanelPersistedState } from '../shared/protocol/ticket';
import { DraftStore } from './drafts';
import { TicketPanel, type TicketPanelContext } from './ticketPanel';
import { TicketActionRunner } from './ticketPanelActions';
import { TicketAttachments } from './ticketPanelAttachments';
import type { TicketTarget } from '../services/services';
import { vscodePrompts, type TicketPrompts } from './ticketPanelPrompts';
import { OUTSIDE_TEXT_LIMITS, outsideText } from '../shared/outsideText';
import type { PanelPolling } from '../views/pollingActivity';

export interface TicketPanelsOptions {
  /** Restore panels after a window reload (off in tests that build a second instance). */
  readonly registerSerializer?: boolean;
  readonly prompts?: TicketPrompts;
  /** The one poll scheduler; without it panels load when opened and after actions, and never poll. */
  readonly polling?: PanelPolling;
}

/** Context key: a ticket panel is the active editor (enables the ticket commands in the palette). */
const ACTIVE_CONTEXT_KEY = 'cloudTickets.ticketPanelActive';

/**
 * All open ticket panels: one per ticket (opening it again reveals the existing one), restored after a
 * window reload by the serializer, and the ticket actions the commands share with the panels.
 */
export class TicketPanels extends DisposableOwner implements vscode.WebviewPanelSerializer<TicketPanelPersistedState> {
  private readonly panels = new Map<string, TicketPanel>();
  private readonly context: TicketPanelContext;
  private readonly polling: PanelPolling | undefined;
  readonly actions: TicketActionRunner;

  /** Created once in activate() and handed to the commands in their services. */
  constructor(services: HostServices, options: TicketPanelsOptions = {}) {
    super();
    const prompts = options.prompts ?? vscodePrompts;
    this.actions = new TicketActionRunner(services, prompts, (target) => this.get(target)?.reload({ timeline: true }) ?? Promise.resolve());
    this.context = {
      services,
      drafts: new DraftStore(services.drafts),
      actions: this.actions,
      attachments: new TicketAttachments(services),
      prompts,
      ...(options.polling ? { polling: options.polling } : {}),
    };
    this.polling = options.polling;
    if (this.polling) this.own(this.polling.setReloader((target) => this.get(target)?.reload() ?? Promise.resolve()));
    if (options.registerSerializer !== false) this.own(vscode.window.registerWebviewPanelSerializer(TICKET_PANEL_VIEW_TYPE, this));
    this.own({ dispose: () => [...this.panels.values()].forEach((panel) => panel.dispose()) });
  }

  /** Opens (or reveals) the panel of a ticket. */
  open(target: TicketTarget, options: { preserveFocus?: boolean } = {}): TicketPanel {
    const existing = this.get(target);
    if (existing) {
      existing.panel.reveal(undefined, options.preserveFocus);
      return existing;
    }
    const panel = vscode.window.createWebviewPanel(
      TICKET_PANEL_VIEW_TYPE,
      outsideText(target.ticketId, { maxLength: OUTSIDE_TEXT_LIMITS.label }),
      { viewColumn: vscode.ViewColumn.Active, preserveFocus: options.preserveFocus },
      { enableScripts: true, retainContextWhenHidden: true, enableFindWidget: true },
    );
    return this.adopt(target, panel);
  }

  get(target: TicketTarget): TicketPanel | undefined {
    return this.panels.get(keyOf(target));
  }

  /** The panel in the active editor group tab, if it is a ticket panel. */
  active(): TicketPanel | undefined {
    return [...this.panels.values()].find((panel) => panel.panel.active);
  }

  all(): readonly TicketPanel[] {
    return [...this.panels.values()];
  }

  /** Restores a panel after a window reload from the state its page saved. */
  async deserializeWebviewPanel(panel: vscode.WebviewPanel, state: unknown): Promise<void> {
    const target = asTarget(state);
    if (!target || this.get(target)) {
      panel.dispose();
      return;
    }
    this.adopt(target, panel);
  }

  private adopt(target: TicketTarget, webviewPanel: vscode.WebviewPanel): TicketPanel {
    const key = keyOf(target);
    const panel = new TicketPanel(this.context, { accountId: target.accountId, ticketId: target.ticketId }, webviewPanel);
    this.panels.set(key, panel);
    panel.onDidDispose(() => {
      if (this.panels.get(key) === panel) this.panels.delete(key);
      this.updateContextKey();
      this.updateShown();
    });
    webviewPanel.onDidChangeViewState((event) => {
      this.updateContextKey();
      // Shown again: what it holds counts as read; the panel lane reloads it at once if its data is old.
      if (event.webviewPanel.visible) this.polling?.ticketShown(target);
      this.updateShown();
    });
    this.updateContextKey();
    this.updateShown();
    return panel;
  }

  /** The scheduler reloads exactly the panels on screen. */
  private updateShown(): void {
    this.polling?.setShownTickets([...this.panels.values()].filter((panel) => panel.panel.visible).map((panel) => panel.target));
  }

  private updateContextKey(): void {
    void vscode.commands.executeCommand('setContext', ACTIVE_CONTEXT_KEY, this.active() !== undefined);
  }
}

function keyOf(target: TicketTarget): string {
  return `${target.accountId}/${target.ticketId}`;
}

function asTarget(state: unknown): TicketTarget | undefined {
  if (typeof state !== 'object' || state === null) return undefined;
  const { accountId, ticketId } = state as Record<string, unknown>;
  return typeof accountId === 'string' && typeof ticketId === 'string' && accountId !== '' && ticketId !== '' ? { accountId, ticketId } : undefined;
}
