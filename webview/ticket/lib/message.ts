// One conversation entry as DOM. Every text from the ticket goes in as isolated outside text
// (../../shared/lib/outside.ts); links become host-opened pseudo-links (no href, so nothing navigates
// inside the webview). A long body shows a bounded prefix and "Show more", so a 1 MB message costs the
// first paint no more than a few screens of text.
import type { TicketMessageView, TicketStrings } from '../../../src/shared/protocol/ticket';
import { button, h, type Child } from '../../shared/lib/dom';
import { ExpandableText } from '../../shared/lib/expandable';
import { fill, formatSize, type TimeFormatter } from '../../shared/lib/format';
import { linkify } from '../../shared/lib/linkify';
import { appendOutsideText, outsideAttribute, outsideElement } from '../../shared/lib/outside';
import { attachmentList } from './attachments';

/** Body characters in the DOM before "Show more": several screens of a log, far below a slow layout. */
export const BODY_COLLAPSED_CHARS = 8_000;
/** Characters each "Show more" adds to a body. */
export const BODY_STEP_CHARS = 100_000;

export interface MessageRenderContext {
  readonly strings: TicketStrings;
  readonly time: TimeFormatter;
  readonly canWithdraw: boolean;
  /** Parameter requests are answered with a form, authorizations in the timeline (the cloud offers both). */
  readonly requestForms?: boolean;
  readonly authorizations?: boolean;
}

/**
 * Appends message text with links as focusable pseudo-links; answers the characters appended. `complete`
 * is false when the text is a part cut from a longer body: a link that reaches the cut may be cut too, so
 * the part stops before it (the next part starts with the whole link), or, when the link fills the whole
 * part, shows it as text.
 */
export function appendMessageText(parent: HTMLElement, text: string, complete = true, maxMarkers = Number.POSITIVE_INFINITY): number {
  const segments = linkify(text);
  const last = segments[segments.length - 1];
  let appended = 0;
  const budget = { markers: maxMarkers };
  for (const segment of segments) {
    const cutLink = !complete && segment === last && segment.kind === 'link';
    if (cutLink && appended > 0) return appended;
    if (segment.kind === 'text' || cutLink) {
      const taken = appendOutsideText(parent, segment.text, { quietSpaces: true, budget });
      appended += taken;
      if (taken < segment.text.length) return appended;
      continue;
    }
    appended += segment.text.length;
    const link = h('a', { className: 'link', attrs: { role: 'link', tabindex: 0, 'data-action': 'link', 'data-url': segment.url, title: outsideAttribute(segment.url) } });
    appendOutsideText(link, segment.text);
    parent.appendChild(link);
  }
  return appended;
}

let bodyIds = 0;

/**
 * The text of a message, isolated (each line takes its own direction: bodies may be right-to-left); line
 * breaks are kept by CSS (pre-wrap). A body longer than BODY_COLLAPSED_CHARS gets "Show more".
 */
export function messageText(body: string, strings: TicketStrings, className = 'message__body'): HTMLElement {
  const container = h('div', { className: `${className} outside`, attrs: { dir: 'auto' } });
  if (body.length <= BODY_COLLAPSED_CHARS) {
    appendMessageText(container, body);
    return container;
  }
  container.id = `message-body-${++bodyIds}`;
  const expandable = new ExpandableText(container, strings, { collapsedChars: BODY_COLLAPSED_CHARS, stepChars: BODY_STEP_CHARS, render: appendMessageText });
  expandable.setText(body);
  return h('div', { className: 'message__long' }, container, expandable.controls);
}

function roleLabel(message: TicketMessageView, strings: TicketStrings): string {
  if (message.displayType === 'qa-bot') return strings.assistant;
  if (message.role === 'customer') return strings.you;
  if (message.role === 'support') return strings.support;
  return strings.system;
}

function banner(message: TicketMessageView, context: MessageRenderContext): Child {
  const { strings } = context;
  switch (message.displayType) {
    case 'qa-bot':
      return h('div', { className: 'message__banner', text: strings.qaBot });
    case 'extends-param-request':
      return h(
        'div',
        { className: 'message__banner message__banner--request', attrs: { role: 'note' } },
        h('strong', { text: strings.extendsParamRequest }),
        ' ',
        h('span', { className: 'muted', text: context.requestForms ? strings.paramFormHint : strings.extendsParamHint }),
        ' ',
        context.requestForms
          ? button(strings.answer, { 'data-action': 'answer-params', 'data-message-id': message.id, 'aria-expanded': 'false' }, 'button-secondary')
          : button(strings.answer, { 'data-action': 'answer', 'data-message-id': message.id }, 'button-secondary'),
      );
    case 'authorization-request':
      return h(
        'div',
        { className: 'message__banner message__banner--request', attrs: { role: 'note' } },
        h('strong', { text: strings.authorizationRequest }),
        ' ',
        h('span', { className: 'muted', text: context.authorizations ? strings.authorizationPanelHint : strings.authorizationHint }),
        ' ',
        context.authorizations
          ? button(strings.reviewAuthorization, { 'data-action': 'review-authorization', 'data-message-id': message.id }, 'button-secondary')
          : button(strings.actionOpenInConsole, { 'data-action': 'console' }, 'button-secondary'),
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
  else body = messageText(message.body, strings);
  const omitted =
    message.omittedChars > 0 && !message.withdrawn && !message.secret ? h('p', { className: 'message__omitted muted', text: fill(strings.bodyOmitted, message.omittedChars.toLocaleString()) }) : null;
  return h(
    'article',
    { className: classes.join(' '), attrs: { 'data-message-id': message.id, 'aria-labelledby': authorId, tabindex: -1 } },
    h(
      'header',
      { className: 'message__meta' },
      outsideElement('span', who, { className: 'message__author', maxChars: 120, attrs: { id: authorId } }),
      ' ',
      h('span', { className: 'badge message__role', text: roleLabel(message, strings) }),
      message.secret ? h('span', { className: 'badge message__confidential', text: strings.confidential }) : null,
      message.unread ? h('span', { className: 'badge message__unread', text: strings.unread }) : null,
      ' ',
      h('time', { className: 'message__time muted', attrs: { datetime: new Date(message.createdAt).toISOString(), 'data-epoch': message.createdAt }, text: time.local(message.createdAt) }),
      context.canWithdraw && message.role === 'customer' && !message.withdrawn
        ? button(strings.withdraw, { 'data-action': 'withdraw', 'data-message-id': message.id }, 'button-link message__withdraw')
        : null,
    ),
    banner(message, context),
    body,
    omitted,
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
      messageText(message.body, context.strings),
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
