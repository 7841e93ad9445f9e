import * as vscode from 'vscode';
import type { HostServices } from '../services/services';
import { DisposableOwner } from '../common/lifecycle';
import { offeredOperation } from '../common/providerOperation';
import { IpcEndpoint } from '../shared/ipc';
import type {
  TicketActionResult,
  TicketDraftView,
  TicketHostMessage,
  TicketHostReplies,
  TicketPageMessage,
  TicketPageReplies,
  TicketPanelInit,
  TicketSendReplyResult,
} from '../shared/protocol/ticket';
import { EMPTY_DRAFT, type DraftStore, type TicketDraft } from './drafts';
import type { TicketActionRunner } from './ticketPanelActions';
import type { TicketAttachments } from './ticketPanelAttachments';
import { loadTicketWindow } from './ticketPanelLoader';
import { PANEL_WINDOW, TicketPanelExtras } from './ticketPanelExtras';
import { previewsRoot } from './ticketPanelPreviews';
import type { TicketTarget } from '../services/services';
import type { TicketPrompts } from './ticketPanelPrompts';
import { PanelReplySender } from './ticketPanelReply';
import { ticketStrings } from './ticketPanelStrings';
import { ticketUpdate, toSnapshot, type LoadedTicket } from './ticketPanelView';
import { webviewHtml, webviewOptions } from './webviewHtml';
import { errorMessage } from '../common/errorMessage';
import { outsideText, ownText } from '../shared/outsideText';
import type { PanelPolling } from '../views/pollingActivity';

/** What a panel needs; one instance shared by all ticket panels. */
export interface TicketPanelContext {
  readonly services: HostServices;
  readonly drafts: DraftStore;
  readonly actions: TicketActionRunner;
  readonly attachments: TicketAttachments;
  readonly prompts: TicketPrompts;
  /** The one poll scheduler: reloads the panel while it is on screen and hears every load (what was seen). */
  readonly polling?: PanelPolling;
}

type PageEndpoint = IpcEndpoint<TicketHostMessage, TicketPageReplies, TicketPageMessage, TicketHostReplies>;

const LINK_SCHEMES = new Set(['http:', 'https:', 'mailto:']);
const TITLE_LENGTH = 60;

/**
 * The host side of one ticket's panel: loads the ticket, answers the page, runs replies and actions,
 * keeps the draft, and polls while visible so new messages appear by themselves.
 */
export class TicketPanel extends DisposableOwner {
  private readonly ipc: PageEndpoint;
  private readonly disposeEmitter = this.own(new vscode.EventEmitter<void>());
  readonly onDidDispose = this.disposeEmitter.event;
  private loaded: LoadedTicket | undefined;
  private loadError: string | undefined;
  private firstLoad: Promise<void>;
  private pageReady = false;
  private loadSequence = 0;
  private closed = false;
  private replySender: PanelReplySender | undefined;
  private readonly extras: TicketPanelExtras;

  constructor(
    private readonly context: TicketPanelContext,
    readonly target: TicketTarget,
    readonly panel: vscode.WebviewPanel,
  ) {
    super();
    const { services } = context;
    this.ipc = new IpcEndpoint({
      side: 'host',
      post: (packet) => panel.webview.postMessage(packet),
      onUnhandled: (problem) => services.log.warn(`ticket panel: ${problem}`),
      failureText: errorMessage,
    });
    this.own({ dispose: () => this.ipc.dispose() });
    this.own(panel);
    this.own(panel.webview.onDidReceiveMessage((data: unknown) => this.ipc.receive(data)));
    this.own(panel.onDidDispose(() => this.dispose()));
    this.registerHandlers();
    // Pictures of attachments are shown from the extension's storage, never from a remote URL.
    panel.webview.options = { ...webviewOptions(services.extensionUri), localResourceRoots: [...(webviewOptions(services.extensionUri).localResourceRoots ?? []), previewsRoot(services)] };
    const { prompts } = context;
    const host = { services, target, prompts, webview: panel.webview, ipc: this.ipc, loaded: () => this.loaded, guard: (run: () => Promise<boolean>) => this.guard(run) };
    this.extras = new TicketPanelExtras({ ...host, show: (next) => this.show(next), afterWrite: () => this.afterWrite() });
    this.own({ dispose: () => this.extras.dispose() });
    panel.title = outsideText(target.ticketId, { maxLength: TITLE_LENGTH });
    panel.webview.html = webviewHtml({ webview: panel.webview, extensionUri: services.extensionUri, entry: 'ticket/main', lang: vscode.env.language, title: target.ticketId });
    this.firstLoad = this.reload().catch(() => undefined);
  }

  /** The ticket as last loaded (undefined before the first load finished or when it failed). */
  get ticket(): LoadedTicket | undefined {
    return this.loaded;
  }

  reveal(): void {
    this.panel.reveal(undefined, false);
  }

  /** Puts the focus into the reply box, optionally with text to start from. */
  focusReply(prefill?: string): void {
    this.reveal();
    this.ipc.notify({ type: 'focusReply', prefill });
  }

  /** Attaches files chosen elsewhere (e.g. the explorer's "Attach to ticket…") to the draft. */
  async attach(uris: readonly vscode.Uri[]): Promise<void> {
    const draft = await this.attachToDraft(uris);
    this.ipc.notify({ type: 'draftChanged', draft });
    this.reveal();
  }

  /** Loads the ticket again and pushes what changed to the page; `timeline` reads the timeline again too. */
  async reload(options: { timeline?: boolean } = {}): Promise<void> {
    const sequence = ++this.loadSequence;
    try {
      const next = this.extras.join(this.loaded, await loadTicketWindow(this.context.services, this.target, PANEL_WINDOW));
      if (sequence !== this.loadSequence || this.isDisposed) return;
      const update = ticketUpdate(this.loaded, next, this.extras.previews.lookup);
      const statusChanged = this.loaded !== undefined && this.loaded.detail.status.code !== next.detail.status.code;
      this.loaded = next;
      this.loadError = undefined;
      // What is on screen counts as read; the scheduler's panel lane reloads it from now on.
      this.context.polling?.ticketLoaded(this.target, { detail: next.detail, messages: next.messages, shown: this.panel.visible });
      this.updateTab();
      if (update && this.pageReady) this.ipc.notify(update);
      if (this.pageReady) this.extras.loaded(next, options.timeline === true);
      if (statusChanged) void this.context.services.tickets.refresh(this.target.accountId).catch(() => undefined);
    } catch (error) {
      if (sequence !== this.loadSequence || this.isDisposed) return;
      this.context.services.log.warn(`ticket ${this.target.ticketId}: load failed: ${error instanceof Error ? error.message : String(error)}`);
      if (!this.loaded) {
        const message = errorMessage(error);
        this.loadError = message;
        if (this.pageReady) this.ipc.notify({ type: 'loadFailed', error: message });
      }
      throw error;
    }
  }

  private get isDisposed(): boolean {
    return this.closed;
  }

  override dispose(): void {
    if (this.closed) return;
    this.closed = true;
    this.disposeEmitter.fire();
    super.dispose();
  }

  private registerHandlers(): void {
    const { ipc } = this;
    ipc.handle('ready', () => this.onReady());
    ipc.handle('target', () => ({ accountId: this.target.accountId, ticketId: this.target.ticketId }));
    ipc.handle('saveDraft', async ({ body, secret }) => {
      await this.saveDraft({ ...this.draft(), body, secret });
      return undefined;
    });
    ipc.handle('sendReply', ({ body, secret }) => this.sendReply(body, secret));
    ipc.handle('attachFiles', () => this.attachToDraft());
    ipc.handle('removeAttachment', async ({ attachmentId }) => {
      const draft = this.draft();
      await this.saveDraft({ ...draft, attachments: draft.attachments.filter((a) => a.id !== attachmentId) });
      return this.draft();
    });
    ipc.handle('runAction', ({ action }) => this.guard(() => this.context.actions.run(action, this.target)));
    ipc.handle('openLink', async ({ url }) => {
      await this.openLink(url);
      return undefined;
    });
    ipc.handle('openAttachment', ({ messageId, index, mode }) =>
      this.guard(async () => {
        const attachment = this.loaded?.messages.find((m) => m.id === messageId)?.attachments[index];
        if (!attachment) return false;
        return this.context.attachments.openOrSave(attachment, mode, this.target);
      }),
    );
    ipc.handle('withdrawMessage', ({ messageId }) => this.guard(() => this.withdraw(messageId)));
  }

  /** Pushes the whole snapshot (older messages added, attachment previews learned): the prefix may have moved. */
  private show(next = this.loaded): void {
    this.loaded = next;
    if (!next || !this.pageReady) return;
    const snapshot = toSnapshot(next, this.extras.previews.lookup);
    this.ipc.notify({ type: 'ticketUpdated', header: snapshot.header, actions: snapshot.actions, snapshot });
  }

  private async afterWrite(): Promise<void> {
    await Promise.all([this.reload({ timeline: true }).catch(() => undefined), this.context.services.tickets.refresh(this.target.accountId).catch(() => undefined)]);
  }

  private async onReady(): Promise<TicketPanelInit> {
    await this.firstLoad;
    this.pageReady = true;
    // The timeline and attachment previews follow the first paint.
    setTimeout(() => {
      if (this.loaded && !this.isDisposed) this.extras.loaded(this.loaded, true);
    }, 0);
    return {
      accountId: this.target.accountId,
      ticketId: this.target.ticketId,
      strings: ticketStrings(),
      locale: vscode.env.language,
      snapshot: this.loaded ? toSnapshot(this.loaded, this.extras.previews.lookup) : undefined,
      error: this.loaded ? undefined : (this.loadError ?? vscode.l10n.t('The ticket could not be loaded.')),
      draft: this.draft(),
    };
  }

  private draft(): TicketDraft {
    return this.context.drafts.get(this.target.accountId, this.target.ticketId);
  }

  private saveDraft(draft: TicketDraft): Promise<void> {
    return this.context.drafts.save(this.target.accountId, this.target.ticketId, draft);
  }

  private async sendReply(body: string, secret: boolean): Promise<TicketSendReplyResult> {
    const capabilities = this.loaded?.capabilities;
    await this.saveDraft({ ...this.draft(), body, secret });
    const draft = this.draft();
    const fail = (error: string): TicketSendReplyResult => ({ sent: false, error, draft });
    if (!capabilities?.canReply) return fail(vscode.l10n.t('Replies are not possible for this ticket.'));
    if (body.trim() === '' && draft.attachments.length === 0) return fail(vscode.l10n.t('Write a reply or attach a file first.'));
    if (body.length > capabilities.maxReplyLength) return fail(vscode.l10n.t('The reply is {0} characters long; at most {1} are allowed.', body.length, capabilities.maxReplyLength));
    // Duplicate-safe: after an ambiguous failure the conversation is read back before a resend is offered.
    this.replySender ??= new PanelReplySender(this.context.services, this.target);
    const input = { body, secret: secret && capabilities.secretReply, attachmentIds: draft.attachments.map((a) => a.id) };
    const result = await this.replySender.send(
      input,
      draft.attachments.map((a) => a.name),
      this.loaded?.messages ?? [],
    );
    if (!result.sent) return fail(result.error);
    await this.context.drafts.clear(this.target.accountId, this.target.ticketId);
    await Promise.all([this.reload().catch(() => undefined), this.context.services.tickets.refresh(this.target.accountId).catch(() => undefined)]);
    return { sent: true, draft: EMPTY_DRAFT };
  }

  private async attachToDraft(uris?: readonly vscode.Uri[]): Promise<TicketDraftView> {
    const loaded = this.loaded ?? (await this.firstLoad, this.loaded);
    if (!loaded) return this.draft();
    const before = this.draft();
    const uploaded = await this.context.attachments.pickAndUpload(this.target, loaded.capabilities, before.attachments.length, uris);
    if (uploaded.length > 0) {
      const current = this.draft(); // the user may have typed while uploading
      await this.saveDraft({ ...current, attachments: [...current.attachments, ...uploaded] });
    }
    return this.draft();
  }

  private async withdraw(messageId: string): Promise<boolean> {
    const confirmed = await this.context.prompts.confirm(
      ownText(vscode.l10n.t('Withdraw this message?')),
      ownText(vscode.l10n.t('Support will no longer see it.')),
      ownText(vscode.l10n.t('Withdraw')),
    );
    if (!confirmed) return false;
    await this.context.services.providers.run(this.target.accountId, (provider) => offeredOperation(provider, 'withdrawMessage')(this.target.ticketId, messageId));
    await this.reload().catch(() => undefined);
    return true;
  }

  /** Opens a link from ticket text after checking its scheme; everything else is refused and logged. */
  private async openLink(url: string): Promise<void> {
    let parsed: URL;
    try {
      parsed = new URL(url);
    } catch {
      return;
    }
    if (!LINK_SCHEMES.has(parsed.protocol)) {
      this.context.services.log.warn(`ticket panel: refused to open a ${parsed.protocol} link`);
      return;
    }
    await vscode.env.openExternal(vscode.Uri.parse(parsed.href, true));
  }

  /** Runs a page-initiated operation; failures become a sentence for the page instead of a rejection. */
  private async guard(run: () => Promise<boolean>): Promise<TicketActionResult> {
    try {
      return { done: await run() };
    } catch (error) {
      this.context.services.log.warn(`ticket ${this.target.ticketId}: ${error instanceof Error ? error.message : String(error)}`);
      return { done: false, error: errorMessage(error) };
    }
  }

  private updateTab(): void {
    if (!this.loaded) return;
    // The tab and the window title show it: no reordering or invisible characters, and a short length.
    this.panel.title = outsideText(this.loaded.detail.title.trim() || this.target.ticketId, { maxLength: TITLE_LENGTH });
    const group = this.loaded.detail.status.group;
    const icon = (theme: string) => vscode.Uri.joinPath(this.context.services.extensionUri, 'media', 'icons', 'ticket-status', `${group}-${theme}.svg`);
    this.panel.iconPath = { light: icon('light'), dark: icon('dark') };
  }
}
