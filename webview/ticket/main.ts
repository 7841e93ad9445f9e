// The ticket panel page. It asks the host for its first state (`ready`), renders it, and from then on
// only renders what the host pushes; anything that leaves the page goes through the host.
import '@vscode/codicons/dist/codicon.css';
import '../shared/theme.css';
import './ticket.css';
import { IpcEndpoint } from '../../src/shared/ipc';
import { ipcWordingOf } from '../../src/shared/pageShell';
import { readShellStrings } from '../shared/lib/shell';
import type {
  TicketAction,
  TicketActionsView,
  TicketHostMessage,
  TicketHostReplies,
  TicketPageMessage,
  TicketPageReplies,
  TicketPanelInit,
  TicketPanelPersistedState,
  TicketSnapshot,
} from '../../src/shared/protocol/ticket';
import { button, h, replaceChildren } from '../shared/lib/dom';
import { outsideElement } from '../shared/lib/outside';
import { TimeFormatter } from '../shared/lib/format';
import { vscodeApi } from '../shared/lib/vscodeApi';
import { Conversation } from './lib/conversation';
import { TicketHeader } from './lib/header';
import { ReplyBox } from './lib/replyBox';
import { paramRequestForm, ratingForm } from './lib/forms';
import { Timeline } from './lib/timeline';

/** Characters of a question that a quoted answer starts from (six lines of it at most). */
const QUOTE_CHARS = 2_000;

type HostEndpoint = IpcEndpoint<TicketPageMessage, TicketHostReplies, TicketHostMessage, TicketPageReplies>;

const api = vscodeApi<TicketPanelPersistedState>();
const app = document.getElementById('app') as HTMLElement;
const ipc: HostEndpoint = new IpcEndpoint({ side: 'page', post: (packet) => api.postMessage(packet) });
// Failures the page raises itself (no answer in time) are shown to the user: in the display language.
ipc.useWording(ipcWordingOf(readShellStrings()));
window.addEventListener('message', (event: MessageEvent) => ipc.receive(event.data));

/** The rendered page once the first state arrived. */
class TicketPage {
  private readonly header: TicketHeader;
  private readonly conversation: Conversation;
  private readonly reply: ReplyBox;
  private readonly timeline: Timeline;
  private readonly rating = h('div', { className: 'rating-slot' });
  private ratingOffered = false;
  private readonly loadError = h('div', { className: 'alert', attrs: { role: 'alert' } });

  constructor(private readonly init: TicketPanelInit) {
    const time = new TimeFormatter(init.locale);
    const { strings } = init;
    this.header = new TicketHeader(strings, time, (action) => void (action === 'rate' && this.ratingOffered ? this.openRating() : this.runAction(action)));
    this.timeline = new Timeline(strings, time, {
      authorization: (authorizationId, action) => void this.report(ipc.request({ type: 'authorization', authorizationId, action }, { timeoutMs: 0 })),
      openRelated: (ticketId) => ipc.notify({ type: 'openRelated', ticketId }),
    });
    this.conversation = new Conversation(strings, time, {
      openLink: (url) => ipc.notify({ type: 'openLink', url }),
      openAttachment: (messageId, index, mode) => void this.report(ipc.request({ type: 'openAttachment', messageId, index, mode }, { timeoutMs: 0 })),
      withdraw: (messageId) => void this.report(ipc.request({ type: 'withdrawMessage', messageId }, { timeoutMs: 0 })),
      answer: (message) => this.reply.focus(quote(message.body)),
      openInConsole: () => void this.runAction('openInConsole'),
      answerParams: (message) => void this.openParamForm(message.id),
      reviewAuthorization: () => this.timeline.showAuthorizations(),
      loadEarlier: () => void this.report(ipc.request({ type: 'loadEarlier' }, { timeoutMs: 0 })).finally(() => this.conversation.setHasEarlier(this.hasEarlier)),
    });
    this.reply = new ReplyBox(strings, {
      saveDraft: (body, secret) => ipc.notify({ type: 'saveDraft', body, secret }),
      send: (body, secret) => ipc.request({ type: 'sendReply', body, secret }, { timeoutMs: 0 }),
      attach: () => ipc.request({ type: 'attachFiles' }, { timeoutMs: 0 }),
      removeAttachment: (attachmentId) => ipc.request({ type: 'removeAttachment', attachmentId }),
    });
    const retry = button(strings.retry, {}, 'button-secondary');
    retry.addEventListener('click', () => void this.runAction('refresh'));
    replaceChildren(
      app,
      h('main', { className: 'page' }, this.header.element, this.rating, h('div', { className: 'load-error' }, this.loadError), this.timeline.element, this.conversation.element, this.reply.element),
    );
    this.loadError.append(retry);
    this.loadError.hidden = true;
    this.reply.setDraft(init.draft);
    if (init.snapshot) this.showSnapshot(init.snapshot, true);
    else this.showLoadError(init.error ?? strings.loadFailed);
    app.setAttribute('aria-busy', 'false');

    ipc.handle('ticketUpdated', (update) => {
      this.loadError.hidden = true;
      this.header.render(update.header, update.actions);
      this.reply.setActions(update.actions);
      this.setActions(update.actions);
      if (update.snapshot) this.conversation.replaceAll(update.snapshot.messages, { scrollToEnd: this.conversation.count === 0 });
      else if (update.appended) this.conversation.append(update.appended);
      return undefined;
    });
    ipc.handle('loadFailed', ({ error }) => {
      this.showLoadError(error);
      return undefined;
    });
    ipc.handle('draftChanged', ({ draft }) => {
      this.reply.setDraft(draft);
      return undefined;
    });
    ipc.handle('focusReply', ({ prefill }) => {
      this.reply.focus(prefill);
      return undefined;
    });
    ipc.handle('timelineUpdated', ({ timeline }) => {
      this.timeline.render(timeline);
      return undefined;
    });
    ipc.handle('busy', ({ busy }) => {
      this.header.setBusy(busy);
      return undefined;
    });
  }

  private showSnapshot(snapshot: TicketSnapshot, first: boolean): void {
    this.header.render(snapshot.header, snapshot.actions);
    this.reply.setActions(snapshot.actions);
    this.setActions(snapshot.actions);
    this.conversation.replaceAll(snapshot.messages, { scrollToEnd: first });
  }

  private hasEarlier = false;

  private setActions(actions: TicketActionsView): void {
    this.conversation.setCanWithdraw(actions.canWithdraw, { requestForms: actions.requestForms, authorizations: actions.authorizations });
    this.hasEarlier = actions.hasEarlier;
    this.conversation.setHasEarlier(actions.hasEarlier);
    this.ratingOffered = actions.ratingForm;
    if (!actions.ratingForm) this.rating.replaceChildren();
  }

  /** The rating form the cloud describes, under the header. */
  private async openRating(): Promise<void> {
    this.header.feedback.textContent = '';
    const result = await ipc.request({ type: 'ratingForm' }, { timeoutMs: 0 });
    if (!result.form) {
      this.header.feedback.textContent = result.error ?? '';
      return;
    }
    const close = () => this.rating.replaceChildren();
    this.rating.replaceChildren(ratingForm(result.form, this.init.strings, (answer) => ipc.request({ type: 'submitRating', ...answer }, { timeoutMs: 0 }), close));
    this.rating.querySelector<HTMLElement>('input')?.focus();
  }

  /** The form answering support's parameter request, inside its message. */
  private async openParamForm(messageId: string): Promise<void> {
    const result = await ipc.request({ type: 'paramRequest', messageId }, { timeoutMs: 0 });
    if (!result.form) {
      this.header.feedback.textContent = result.error ?? '';
      return;
    }
    const form = paramRequestForm(
      result.form,
      this.init.strings,
      (values) => ipc.request({ type: 'answerParams', messageId, values }, { timeoutMs: 0 }),
      () => this.conversation.closeForm(messageId),
    );
    this.conversation.showForm(messageId, form);
  }

  private showLoadError(error: string): void {
    this.loadError.firstChild?.remove();
    // The error may quote the cloud's own words: isolated like any outside text.
    this.loadError.prepend(h('span', {}, `${this.init.strings.loadFailed} `, outsideElement('span', error, { maxChars: 500 }), ' '));
    this.loadError.hidden = false;
  }

  private async runAction(action: TicketAction): Promise<void> {
    this.header.setBusy(true);
    try {
      await this.report(ipc.request({ type: 'runAction', action }, { timeoutMs: 0 }));
    } finally {
      this.header.setBusy(false);
    }
  }

  /** Shows the sentence of a failed host operation next to the actions. */
  private async report(result: Promise<{ done: boolean; error?: string }>): Promise<void> {
    this.header.feedback.textContent = '';
    try {
      const outcome = await result;
      if (outcome.error) this.header.feedback.textContent = outcome.error;
    } catch (error) {
      this.header.feedback.textContent = error instanceof Error ? error.message : String(error);
    }
  }
}

/** A reply starter that quotes (the start of) a support question. */
function quote(body: string): string {
  const lines = body
    .slice(0, QUOTE_CHARS)
    .split(/\r?\n/)
    .slice(0, 6)
    .map((line) => `> ${line}`);
  return `${lines.join('\n')}\n\n`;
}

async function start(): Promise<void> {
  const started = performance.now();
  app.replaceChildren(h('p', { className: 'muted page__loading', text: '…' }));
  // Saved before the first load (which may take long) so that a window reload during it restores the panel.
  void ipc.request({ type: 'target' }, { timeoutMs: 0 }).then(
    (target) => api.setState(target),
    () => undefined,
  );
  const init = await ipc.request({ type: 'ready' }, { timeoutMs: 0 });
  const rendered = performance.now();
  new TicketPage(init);
  performance.measure('ticket-panel-render', { start: rendered, end: performance.now() });
  performance.measure('ticket-panel-ready', { start: started, end: performance.now() });
}

void start().catch((error: unknown) => {
  replaceChildren(app, h('div', { className: 'alert', attrs: { role: 'alert' }, text: error instanceof Error ? error.message : String(error) }));
});
