import * as vscode from 'vscode';
import { joinMessageWindows } from '../core/ticket-timeline';
import type { HostServices, TicketTarget } from '../services/services';
import type { IpcEndpoint } from '../shared/ipc';
import type { TicketActionResult, TicketHostMessage, TicketHostReplies, TicketPageMessage, TicketPageReplies } from '../shared/protocol/ticket';
import { loadEarlierMessages } from './ticketPanelLoader';
import { TicketPanelPreviews } from './ticketPanelPreviews';
import type { TicketPrompts } from './ticketPanelPrompts';
import { TicketPanelRequests } from './ticketPanelRequests';
import { TicketPanelTimeline } from './ticketPanelTimeline';
import type { LoadedTicket } from './ticketPanelView';

/** Messages a panel reads at once from a conversation read from its newest end, and per "Load earlier". */
export const PANEL_WINDOW = 50;

type PageEndpoint = IpcEndpoint<TicketHostMessage, TicketPageReplies, TicketPageMessage, TicketHostReplies>;

/** What the extras need from their panel. */
export interface ExtrasHost {
  readonly services: HostServices;
  readonly target: TicketTarget;
  readonly prompts: TicketPrompts;
  readonly webview: vscode.Webview;
  readonly ipc: PageEndpoint;
  loaded(): LoadedTicket | undefined;
  /** Shows `next` (older messages added), or the loaded ticket again (attachment sizes or previews learned). */
  show(next?: LoadedTicket): void;
  /** Reloads the ticket and the timeline after a write, and the explorer. */
  afterWrite(): Promise<void>;
  guard(run: () => Promise<boolean>): Promise<TicketActionResult>;
}

/** The part of the conversation that decides whether the timeline is worth reading again. */
function timelineKey(ticket: LoadedTicket): string {
  const requests = ticket.messages.filter((m) => m.displayType === 'authorization-request' || m.displayType === 'extends-param-request').map((m) => m.id);
  return `${ticket.detail.status.code}|${requests.join(',')}`;
}

/**
 * Everything a ticket panel shows beyond header and conversation: older messages on demand, attachment
 * sizes and inline pictures, the timeline (activity, related tickets, authorizations), and the forms
 * answering support's requests and rating the ticket.
 */
export class TicketPanelExtras {
  readonly previews: TicketPanelPreviews;
  private readonly timeline: TicketPanelTimeline;
  private readonly requests: TicketPanelRequests;
  /** Older messages were loaded and the cloud said none are left before them. */
  private earliestReached = false;
  private timelineSeen: string | undefined;

  constructor(private readonly host: ExtrasHost) {
    this.previews = new TicketPanelPreviews(host.services, host.target, host.webview, () => host.show());
    this.timeline = new TicketPanelTimeline(host.services, host.target, host.prompts);
    this.requests = new TicketPanelRequests(host.services, host.target);
    this.register();
  }

  /** The newest window just loaded, with the older messages the user loaded before kept in front of it. */
  join(previous: LoadedTicket | undefined, next: LoadedTicket): LoadedTicket {
    if (!previous || !next.hasEarlier) return next;
    const messages = joinMessageWindows(previous.messages, next.messages);
    if (messages.length === next.messages.length) return next;
    return { ...next, messages, hasEarlier: !this.earliestReached };
  }

  /** After a load: learn about new attachments; read the timeline again when asked or when it may have changed. */
  loaded(ticket: LoadedTicket, forceTimeline: boolean): void {
    this.previews.update(ticket.messages);
    const key = timelineKey(ticket);
    if (!forceTimeline && key === this.timelineSeen) return;
    this.timelineSeen = key;
    void this.pushTimeline();
  }

  async pushTimeline(): Promise<void> {
    try {
      const timeline = await this.timeline.load();
      this.host.ipc.notify({ type: 'timelineUpdated', timeline });
    } catch (error) {
      this.host.services.log.warn(`ticket ${this.host.target.ticketId}: timeline: ${error instanceof Error ? error.message : String(error)}`);
    }
  }

  private async loadEarlier(): Promise<boolean> {
    const ticket = this.host.loaded();
    const oldest = ticket?.messages[0];
    if (!ticket || !oldest || !ticket.hasEarlier) return false;
    const window = await loadEarlierMessages(this.host.services, this.host.target, oldest, PANEL_WINDOW);
    this.earliestReached = !window.hasEarlier;
    const known = new Set(ticket.messages.map((m) => m.id));
    this.host.show({ ...ticket, messages: [...window.items.filter((m) => !known.has(m.id)), ...ticket.messages], hasEarlier: window.hasEarlier });
    this.previews.update(window.items);
    return true;
  }

  private register(): void {
    const { ipc, guard } = this.host;
    const run = (work: () => Promise<boolean>) => guard(work);
    ipc.handle('loadEarlier', () => run(() => this.loadEarlier()));
    ipc.handle('paramRequest', ({ messageId }) => this.requests.paramRequest(messageId));
    ipc.handle('answerParams', ({ messageId, values }) =>
      run(async () => {
        await this.requests.answerParams(messageId, values);
        void vscode.window.showInformationMessage(vscode.l10n.t('Your answer was sent to support.'));
        await this.host.afterWrite();
        return true;
      }),
    );
    ipc.handle('authorization', ({ authorizationId, action }) =>
      run(async () => {
        if (!(await this.timeline.act(authorizationId, action))) return false;
        await this.host.afterWrite();
        return true;
      }),
    );
    ipc.handle('openRelated', async ({ ticketId }) => {
      await vscode.commands.executeCommand('cloudTickets.openTicket', { accountId: this.host.target.accountId, ticketId });
      return undefined;
    });
    ipc.handle('ratingForm', () => this.requests.ratingForm());
    ipc.handle('submitRating', (answer) =>
      run(async () => {
        await this.requests.submitRating(answer);
        await this.host.afterWrite();
        return true;
      }),
    );
  }

  dispose(): void {
    void this.previews.dispose();
  }
}
