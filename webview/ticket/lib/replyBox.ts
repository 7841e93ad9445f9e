// The reply form: text, confidential toggle, attachments (picked and uploaded by the host), Ctrl/Cmd+Enter
// to send. The text is saved as a draft while typing; a failed send keeps it and says why.
import type { TicketActionsView, TicketDraftView, TicketStrings } from '../../../src/shared/protocol/ticket';
import { button, h, replaceChildren } from '../../shared/lib/dom';
import { fill, formatSize } from '../../shared/lib/format';
import { outsideAttribute, outsideElement } from '../../shared/lib/outside';
import { sizeHint } from './message';

export interface ReplyBoxEvents {
  saveDraft(body: string, secret: boolean): void;
  send(body: string, secret: boolean): Promise<{ sent: boolean; error?: string; draft: TicketDraftView }>;
  attach(): Promise<TicketDraftView>;
  removeAttachment(id: string): Promise<TicketDraftView>;
}

const DRAFT_SAVE_DELAY_MS = 400;

export class ReplyBox {
  readonly element: HTMLFormElement;
  private readonly text: HTMLTextAreaElement;
  private readonly secret: HTMLInputElement;
  private readonly secretLabel: HTMLElement;
  private readonly attachButton: HTMLButtonElement;
  private readonly attachHint: HTMLElement;
  private readonly attachmentList: HTMLElement;
  private readonly sendButton: HTMLButtonElement;
  private readonly status: HTMLElement;
  private readonly error: HTMLElement;
  private readonly closedHint: HTMLElement;
  private actions: TicketActionsView | undefined;
  private attachments: TicketDraftView['attachments'] = [];
  private saveTimer: ReturnType<typeof setTimeout> | undefined;
  private sending = false;

  constructor(
    private readonly strings: TicketStrings,
    private readonly events: ReplyBoxEvents,
  ) {
    this.text = h('textarea', { className: 'reply__text', attrs: { id: 'reply-text', rows: 5, placeholder: strings.replyPlaceholder, 'aria-describedby': 'reply-hint reply-error' } });
    this.secret = h('input', { attrs: { type: 'checkbox', id: 'reply-secret' } });
    this.secretLabel = h('label', { className: 'reply__secret', attrs: { for: 'reply-secret' } }, this.secret, ' ', strings.secretToggle);
    this.attachButton = button(strings.attach, {}, 'button-secondary');
    this.attachHint = h('span', { className: 'muted reply__attach-hint' });
    this.attachmentList = h('ul', { className: 'reply__attachments', attrs: { 'aria-label': strings.attachmentsLabel } });
    this.sendButton = h('button', { className: 'button', attrs: { type: 'submit' }, text: strings.send });
    this.status = h('span', { className: 'muted reply__status', attrs: { role: 'status', 'aria-live': 'polite' } });
    this.error = h('div', { className: 'alert outside', attrs: { id: 'reply-error', role: 'alert', dir: 'auto' } });
    this.closedHint = h('p', { className: 'muted reply__closed', attrs: { hidden: true }, text: strings.replyClosedHint });
    this.element = h(
      'form',
      { className: 'reply', attrs: { 'aria-label': strings.replyLabel, novalidate: true } },
      h('label', { className: 'visually-hidden', attrs: { for: 'reply-text' }, text: strings.replyLabel }),
      this.closedHint,
      this.text,
      this.attachmentList,
      this.error,
      h(
        'div',
        { className: 'reply__bar' },
        this.secretLabel,
        this.attachButton,
        this.attachHint,
        h('span', { className: 'reply__spacer' }),
        h('span', { className: 'muted reply__hint', attrs: { id: 'reply-hint' }, text: strings.sendHint }),
        this.status,
        this.sendButton,
      ),
    );
    this.element.addEventListener('submit', (event) => {
      event.preventDefault();
      void this.submit();
    });
    this.text.addEventListener('keydown', (event) => {
      if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
        event.preventDefault();
        void this.submit();
      }
    });
    this.text.addEventListener('input', () => this.scheduleSave());
    this.secret.addEventListener('change', () => this.saveNow());
    this.attachButton.addEventListener('click', () => void this.pickFiles());
    this.attachmentList.addEventListener('click', (event) => {
      const id = (event.target as HTMLElement).closest('button')?.getAttribute('data-attachment-id');
      if (id) void this.events.removeAttachment(id).then((draft) => this.setAttachments(draft.attachments));
    });
    // Leaving the page (panel closed, window reloading) must not lose the last keystrokes.
    window.addEventListener('pagehide', () => this.flush());
    document.addEventListener('visibilitychange', () => this.flush());
  }

  /** Applies what the ticket allows now. */
  setActions(actions: TicketActionsView): void {
    this.actions = actions;
    const enabled = actions.canReply;
    this.text.disabled = !enabled;
    this.sendButton.disabled = !enabled || this.sending;
    this.closedHint.hidden = enabled;
    this.secretLabel.hidden = !actions.secretReply;
    this.attachButton.hidden = actions.maxAttachments === 0;
    this.attachButton.disabled = !enabled;
    this.attachHint.textContent = actions.maxAttachments > 0 ? sizeHint(this.strings, actions.maxAttachments, actions.maxAttachmentBytes) : '';
  }

  setDraft(draft: TicketDraftView): void {
    this.text.value = draft.body;
    this.secret.checked = draft.secret;
    this.setAttachments(draft.attachments);
  }

  focus(prefill?: string): void {
    if (prefill && !this.text.value.includes(prefill)) {
      this.text.value = this.text.value ? `${this.text.value}\n\n${prefill}` : prefill;
      this.saveNow();
    }
    this.text.focus();
    this.text.setSelectionRange(this.text.value.length, this.text.value.length);
    this.text.scrollIntoView({ block: 'nearest' });
  }

  private setAttachments(attachments: TicketDraftView['attachments']): void {
    this.attachments = attachments;
    replaceChildren(
      this.attachmentList,
      ...attachments.map((attachment) =>
        h(
          'li',
          { className: 'reply__attachment' },
          // A file name from disk is outside text too (a downloaded file keeps whatever name it was given).
          outsideElement('span', attachment.name, { maxChars: 120 }),
          ' ',
          h('span', { className: 'muted', text: `(${formatSize(attachment.sizeBytes, this.strings)})` }),
          ' ',
          button(
            '×',
            {
              'data-attachment-id': attachment.id,
              'aria-label': fill(this.strings.removeAttachment, outsideAttribute(attachment.name, 200)),
              title: fill(this.strings.removeAttachment, outsideAttribute(attachment.name, 200)),
            },
            'button-link',
          ),
        ),
      ),
    );
    const full = this.actions !== undefined && attachments.length >= this.actions.maxAttachments;
    this.attachButton.disabled = full || !(this.actions?.canReply ?? false);
  }

  private scheduleSave(): void {
    clearTimeout(this.saveTimer);
    this.status.textContent = '';
    this.saveTimer = setTimeout(() => this.saveNow(), DRAFT_SAVE_DELAY_MS);
  }

  private saveNow(): void {
    clearTimeout(this.saveTimer);
    this.saveTimer = undefined;
    this.events.saveDraft(this.text.value, this.secret.checked);
  }

  private flush(): void {
    if (this.saveTimer !== undefined) this.saveNow();
  }

  private async pickFiles(): Promise<void> {
    this.attachButton.disabled = true;
    try {
      const draft = await this.events.attach();
      this.setAttachments(draft.attachments);
    } catch (error) {
      this.error.textContent = error instanceof Error ? error.message : String(error);
      this.setAttachments(this.attachments);
    }
  }

  private async submit(): Promise<void> {
    if (this.sending || !this.actions?.canReply) return;
    const body = this.text.value;
    this.error.textContent = '';
    if (body.trim() === '' && this.attachments.length === 0) {
      this.error.textContent = this.strings.emptyReply;
      return;
    }
    if (body.length > this.actions.maxReplyLength) {
      this.error.textContent = fill(this.strings.tooLong, body.length, this.actions.maxReplyLength);
      return;
    }
    this.setSending(true);
    try {
      const result = await this.events.send(body, this.secret.checked);
      if (result.sent) {
        this.setDraft(result.draft);
        this.status.textContent = '';
      } else {
        this.error.textContent = result.error ?? '';
        this.status.textContent = this.strings.draftSaved;
      }
    } catch (error) {
      this.error.textContent = error instanceof Error ? error.message : String(error);
    } finally {
      this.setSending(false);
    }
  }

  private setSending(sending: boolean): void {
    this.sending = sending;
    this.sendButton.disabled = sending || !(this.actions?.canReply ?? false);
    this.sendButton.textContent = sending ? this.strings.sending : this.strings.send;
    this.element.setAttribute('aria-busy', String(sending));
  }
}
