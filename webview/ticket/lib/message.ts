// One conversation entry as DOM. Every text from the ticket goes in as text; links become
// host-opened pseudo-links (no href, so nothing navigates inside the webview).
import type { TicketMessageView, TicketStrings } from '../../../src/shared/protocol/ticket';
import { button, h, type Child } from '../../shared/lib/dom';
import { fill, formatSize, type TimeFormatter } from '../../shared/lib/format';
import { linkify } from '../../shared/lib/linkify';

export interface MessageRenderContext {
  readonly strings: TicketStrings;
  readonly time: TimeFormatter;
  readonly canWithdraw: boolean;
}

/** The text of a message with links as focusable pseudo-links; line breaks are kept by CSS (pre-wrap). */
export function messageText(body: string, className = 'message__body'): HTMLElement {
  const container = h('div', { className });
  for (const segment of linkify(body)) {
    if (segment.kind === 'text') container.appendChild(document.createTextNode(segment.text));
    else container.appendChild(h('a', { className: 'link', attrs: { role: 'link', tabindex: 0, 'data-action': 'link', 'data-url': segment.url, title: segment.url }, text: segment.text }));
  }
  return container;
}

function roleLabel(message: TicketMessageView, strings: TicketStrings): string {
  if (message.displayType === 'qa-bot') return strings.assistant;
  if (message.role === 'customer') return strings.you;
  if (message.role === 'support') return strings.support;
  return strings.system;
}

function banner(message: TicketMessageView, strings: TicketStrings): Child {
  switch (message.displayType) {
    case 'qa-bot':
      return h('div', { className: 'message__banner', text: strings.qaBot });
    case 'extends-param-request':
      return h(
        'div',
        { className: 'message__banner message__banner--request', attrs: { role: 'note' } },
        h('strong', { text: strings.extendsParamRequest }),
        ' ',
        h('span', { className: 'muted', text: strings.extendsParamHint }),
        ' ',
        button(strings.answer, { 'data-action': 'answer', 'data-message-id': message.id }, 'button-secondary'),
      );
    case 'authorization-request':
      return h(
        'div',
        { className: 'message__banner message__banner--request', attrs: { role: 'note' } },
        h('strong', { text: strings.authorizationRequest }),
        ' ',
        h('span', { className: 'muted', text: strings.authorizationHint }),
        ' ',
        button(strings.actionOpenInConsole, { 'data-action': 'console' }, 'button-secondary'),
        ' ',
        button(strings.answer, { 'data-action': 'answer', 'data-message-id': message.id }, 'button-secondary'),
      );
    default:
      return null;
  }
}

/** The masked stand-in of a confidential message; the text is inserted only when revealed. */
function maskedBody(message: TicketMessageView, strings: TicketStrings): HTMLElement {
  return h(
    'div',
    { className: 'message__secret' },
    h('span', { className: 'message__mask', attrs: { 'aria-label': strings.confidential }, text: '••••••••' }),
    ' ',
    button(strings.reveal, { 'data-action': 'reveal', 'data-message-id': message.id, 'aria-expanded': 'false' }, 'button-link'),
  );
}

function attachmentList(message: TicketMessageView, strings: TicketStrings): Child {
  if (message.attachments.length === 0) return null;
  const items = message.attachments.map((attachment, index) => {
    const size = attachment.sizeBytes === undefined ? strings.unknownSize : formatSize(attachment.sizeBytes, strings);
    const common = { 'data-message-id': message.id, 'data-index': index };
    return h(
      'li',
      { className: 'attachment' },
      h('span', { className: 'attachment__name', text: attachment.name }),
      ' ',
      h('span', { className: 'muted', text: `(${size})` }),
      attachment.available ? ' ' : null,
      attachment.available ? button(strings.open, { ...common, 'data-action': 'open', 'aria-label': `${strings.open}: ${attachment.name}` }, 'button-link') : null,
      attachment.available ? ' · ' : null,
      attachment.available ? button(strings.save, { ...common, 'data-action': 'save', 'aria-label': `${strings.save} ${attachment.name}` }, 'button-link') : null,
    );
  });
  return h('ul', { className: 'attachments', attrs: { 'aria-label': strings.attachmentsLabel } }, ...items);
}

/** Renders one message. */
export function renderMessage(message: TicketMessageView, context: MessageRenderContext): HTMLElement {
  const { strings, time } = context;
  const who = message.author || roleLabel(message, strings);
  const classes = ['message', `message--${message.role}`, `message--${message.displayType}`];
  if (message.secret) classes.push('message--secret');
  if (message.withdrawn) classes.push('message--withdrawn');
  const authorId = `author-${cssSafe(message.id)}`;
  let body: Child;
  if (message.withdrawn) body = h('div', { className: 'message__body muted', text: strings.withdrawn });
  else if (message.secret) body = maskedBody(message, strings);
  else body = messageText(message.body);
  return h(
    'article',
    { className: classes.join(' '), attrs: { 'data-message-id': message.id, 'aria-labelledby': authorId, tabindex: -1 } },
    h(
      'header',
      { className: 'message__meta' },
      h('span', { className: 'message__author', attrs: { id: authorId }, text: who }),
      ' ',
      h('span', { className: 'badge message__role', text: roleLabel(message, strings) }),
      message.secret ? h('span', { className: 'badge message__confidential', text: strings.confidential }) : null,
      message.unread ? h('span', { className: 'badge message__unread', text: strings.unread }) : null,
      ' ',
      h('time', { className: 'message__time muted', attrs: { datetime: new Date(message.createdAt).toISOString(), 'data-epoch': message.createdAt }, text: time.local(message.createdAt) }),
      context.canWithdraw && message.role === 'customer' && !message.withdrawn ? button(strings.withdraw, { 'data-action': 'withdraw', 'data-message-id': message.id }, 'button-link message__withdraw') : null,
    ),
    banner(message, strings),
    body,
    message.withdrawn || message.secret ? null : attachmentList(message, strings),
  );
}

/** Shows or hides the text (and attachments) of a confidential message. */
export function toggleSecret(article: HTMLElement, message: TicketMessageView, context: MessageRenderContext): void {
  const secret = article.querySelector('.message__secret, .message__revealed');
  if (!secret) return;
  if (secret.classList.contains('message__secret')) {
    const revealed = h(
      'div',
      { className: 'message__revealed' },
      messageText(message.body),
      attachmentList(message, context.strings),
      button(context.strings.hide, { 'data-action': 'reveal', 'data-message-id': message.id, 'aria-expanded': 'true' }, 'button-link'),
    );
    secret.replaceWith(revealed);
    revealed.querySelector<HTMLElement>('[data-action="reveal"]')?.focus();
  } else {
    const masked = maskedBody(message, context.strings);
    secret.replaceWith(masked);
    masked.querySelector<HTMLElement>('[data-action="reveal"]')?.focus();
  }
}

/** A message id usable inside an element id. */
function cssSafe(id: string): string {
  return id.replace(/[^A-Za-z0-9_-]/g, '_');
}

export function sizeHint(strings: TicketStrings, maxFiles: number, maxBytes: number): string {
  return fill(strings.attachLimit, maxFiles, formatSize(maxBytes, strings));
}
