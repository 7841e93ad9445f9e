// The conversation list: renders a whole thread in one DocumentFragment (fast for 500+ messages),
// appends live updates without moving what the reader looks at, and offers a "new messages" marker
// when they arrive while the reader is scrolled up.
import type { TicketMessageView, TicketStrings } from '../../../src/shared/protocol/ticket';
import { button, h, replaceChildren } from '../../shared/lib/dom';
import type { TimeFormatter } from '../../shared/lib/format';
import { renderMessage, toggleSecret, type MessageRenderContext } from './message';

export interface ConversationEvents {
  openLink(url: string): void;
  openAttachment(messageId: string, index: number, mode: 'open' | 'save'): void;
  withdraw(messageId: string): void;
  answer(message: TicketMessageView): void;
  openInConsole(): void;
  /** Support's parameter request: the page asks the host for its form. */
  answerParams(message: TicketMessageView): void;
  reviewAuthorization(): void;
  loadEarlier(): void;
}

/** Distance from the bottom (px) under which the reader counts as "at the end". */
const AT_END_SLACK = 64;
/** Messages painted before the rest of a long thread (a few screens' worth). */
const FIRST_PAINT_MESSAGES = 60;

export class Conversation {
  readonly element: HTMLElement;
  private readonly list: HTMLElement;
  private readonly marker: HTMLButtonElement;
  private readonly earlier: HTMLButtonElement;
  private readonly messages = new Map<string, TicketMessageView>();
  private firstUnseen: string | undefined;
  private context: MessageRenderContext;
  private generation = 0;

  constructor(
    private readonly strings: TicketStrings,
    time: TimeFormatter,
    private readonly events: ConversationEvents,
  ) {
    this.context = { strings, time, canWithdraw: false };
    this.list = h('div', { className: 'conversation__list', attrs: { role: 'feed', 'aria-label': strings.conversationLabel, 'aria-busy': 'false' } });
    this.marker = button(strings.newMessages, { hidden: true, 'aria-live': 'polite' }, 'button new-messages');
    this.marker.addEventListener('click', () => this.showFirstUnseen());
    this.earlier = button(strings.loadEarlier, { hidden: true }, 'button-secondary conversation__earlier');
    this.earlier.addEventListener('click', () => {
      this.earlier.disabled = true;
      this.earlier.textContent = strings.loadingEarlier;
      this.events.loadEarlier();
    });
    this.element = h('section', { className: 'conversation', attrs: { 'aria-label': strings.conversationLabel } }, this.earlier, this.list, this.marker);
    this.list.addEventListener('click', (event) => this.onActivate(event));
    this.list.addEventListener('keydown', (event) => {
      if ((event.key === 'Enter' || event.key === ' ') && (event.target as HTMLElement).matches('a[data-action="link"]')) this.onActivate(event);
    });
    // Relative time is computed when it is looked at, so it is never stale.
    this.list.addEventListener('mouseover', (event) => {
      const time = (event.target as HTMLElement).closest('time[data-epoch]');
      if (time) time.setAttribute('title', this.context.time.ago(Number(time.getAttribute('data-epoch'))));
    });
    window.addEventListener('scroll', () => this.onScroll(), { passive: true });
  }

  setCanWithdraw(canWithdraw: boolean, forms: { requestForms?: boolean; authorizations?: boolean } = {}): void {
    this.context = { ...this.context, canWithdraw, ...forms };
  }

  /** Offers "Load earlier messages" while older ones exist (ready again after each load). */
  setHasEarlier(hasEarlier: boolean): void {
    this.earlier.hidden = !hasEarlier;
    this.earlier.disabled = false;
    this.earlier.textContent = this.strings.loadEarlier;
  }

  /** Shows `form` inside the message (replacing one shown there before); the banner's button says so. */
  showForm(messageId: string, form: HTMLElement): void {
    const article = this.articleOf(messageId);
    if (!article) return;
    this.closeForm(messageId);
    article.querySelector('.message__banner')?.after(form);
    article.querySelector('[data-action="answer-params"]')?.setAttribute('aria-expanded', 'true');
    form.querySelector<HTMLElement>('input, textarea, select')?.focus();
  }

  closeForm(messageId: string): void {
    const article = this.articleOf(messageId);
    article?.querySelector('.request-form')?.remove();
    article?.querySelector('[data-action="answer-params"]')?.setAttribute('aria-expanded', 'false');
  }

  /**
   * Renders a whole thread, keeping the reader's scroll position when this is a re-render. A long
   * thread opened at its end paints the newest messages first and adds the older ones right after, so
   * the panel is usable at once (DESIGN.md §6: 500 messages interactive ≤ 300 ms).
   */
  replaceAll(messages: readonly TicketMessageView[], options: { scrollToEnd: boolean }): void {
    const scrollY = window.scrollY;
    this.messages.clear();
    for (const message of messages) this.messages.set(message.id, message);
    const split = options.scrollToEnd && messages.length > FIRST_PAINT_MESSAGES ? messages.length - FIRST_PAINT_MESSAGES : 0;
    const fragment = this.fragmentOf(messages.slice(split));
    if (messages.length === 0) fragment.appendChild(h('p', { className: 'muted conversation__empty', text: this.strings.noMessages }));
    replaceChildren(this.list, fragment);
    if (options.scrollToEnd) this.scrollToEnd();
    else window.scrollTo({ top: scrollY });
    if (split > 0) {
      this.list.setAttribute('aria-busy', 'true');
      const generation = ++this.generation;
      // In the first idle time after the newest messages are painted.
      requestIdleCallback(
        () => {
          if (generation !== this.generation) return; // a newer render replaced this thread meanwhile
          const wasAtEnd = this.isAtEnd();
          const heightBefore = document.documentElement.scrollHeight;
          this.list.prepend(this.fragmentOf(messages.slice(0, split)));
          if (wasAtEnd) this.scrollToEnd();
          else window.scrollBy(0, document.documentElement.scrollHeight - heightBefore);
          this.list.setAttribute('aria-busy', 'false');
        },
        { timeout: 500 },
      );
    } else {
      this.generation++;
    }
  }

  private fragmentOf(messages: readonly TicketMessageView[]): DocumentFragment {
    const fragment = document.createDocumentFragment();
    for (const message of messages) fragment.appendChild(renderMessage(message, this.context));
    return fragment;
  }

  /** Appends new messages; scrolls along only when the reader was at the end. */
  append(messages: readonly TicketMessageView[]): void {
    const fresh = messages.filter((message) => !this.messages.has(message.id));
    if (fresh.length === 0) return;
    const wasAtEnd = this.isAtEnd();
    this.list.querySelector('.conversation__empty')?.remove();
    for (const message of fresh) this.messages.set(message.id, message);
    this.list.appendChild(this.fragmentOf(fresh));
    if (wasAtEnd) {
      this.scrollToEnd();
    } else {
      this.firstUnseen ??= fresh[0].id;
      this.marker.hidden = false;
    }
  }

  get count(): number {
    return this.messages.size;
  }

  private isAtEnd(): boolean {
    return window.innerHeight + window.scrollY >= document.documentElement.scrollHeight - AT_END_SLACK;
  }

  private scrollToEnd(): void {
    window.scrollTo({ top: document.documentElement.scrollHeight });
  }

  private showFirstUnseen(): void {
    const target = this.firstUnseen ? this.articleOf(this.firstUnseen) : undefined;
    this.hideMarker();
    if (target) {
      target.scrollIntoView({ block: 'start' });
      target.focus({ preventScroll: true });
    } else {
      this.scrollToEnd();
    }
  }

  private hideMarker(): void {
    this.marker.hidden = true;
    this.firstUnseen = undefined;
  }

  private onScroll(): void {
    if (!this.marker.hidden && this.isAtEnd()) this.hideMarker();
  }

  private articleOf(messageId: string): HTMLElement | undefined {
    for (const article of this.list.querySelectorAll<HTMLElement>('article[data-message-id]')) {
      if (article.getAttribute('data-message-id') === messageId) return article;
    }
    return undefined;
  }

  /** One delegated handler for every button and link inside the messages. */
  private onActivate(event: Event): void {
    const target = (event.target as HTMLElement).closest<HTMLElement>('[data-action]');
    if (!target) return;
    event.preventDefault();
    const action = target.getAttribute('data-action');
    const messageId = target.getAttribute('data-message-id') ?? '';
    const message = this.messages.get(messageId);
    switch (action) {
      case 'link':
        this.events.openLink(target.getAttribute('data-url') ?? '');
        break;
      case 'open':
      case 'save':
        this.events.openAttachment(messageId, Number(target.getAttribute('data-index')), action);
        break;
      case 'reveal': {
        const article = this.articleOf(messageId);
        if (article && message) toggleSecret(article, message, this.context);
        break;
      }
      case 'withdraw':
        this.events.withdraw(messageId);
        break;
      case 'answer':
        if (message) this.events.answer(message);
        break;
      case 'console':
        this.events.openInConsole();
        break;
      case 'answer-params':
        if (message) this.events.answerParams(message);
        break;
      case 'review-authorization':
        this.events.reviewAuthorization();
        break;
    }
  }
}
