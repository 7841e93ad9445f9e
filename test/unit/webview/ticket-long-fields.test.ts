import * as assert from 'node:assert/strict';
import type { TicketActionsView, TicketHeaderView, TicketMessageView, TicketStrings } from '../../../src/shared/protocol/ticket';
import { TimeFormatter } from '../../../webview/shared/lib/format';
import { TicketHeader, TITLE_COLLAPSED_CHARS } from '../../../webview/ticket/lib/header';
import { BODY_COLLAPSED_CHARS, BODY_STEP_CHARS, renderMessage } from '../../../webview/ticket/lib/message';
import { asDom, asShim, installDom, isKeyboardReachable, pressKey, removeDom, runFrames, type ShimElement } from './dom-shim';
import { shownText } from './shown-text';

/** Every string is its key, except the two this suite reads (as the Chinese bundle has them). */
const strings = new Proxy({ showMore: '显示更多', showLess: '收起' } as Partial<TicketStrings>, {
  get: (target, key: string) => target[key as keyof TicketStrings] ?? key,
}) as TicketStrings;

const actions: TicketActionsView = {
  available: ['refresh', 'close'],
  canReply: true,
  secretReply: false,
  canWithdraw: false,
  maxAttachments: 0,
  maxAttachmentBytes: 0,
  maxReplyLength: 1000,
  hasEarlier: false,
  ratingForm: false,
  requestForms: false,
  authorizations: false,
};

function headerView(title: string, overrides: Partial<TicketHeaderView> = {}): TicketHeaderView {
  return {
    ticketId: 'T1',
    title,
    providerName: 'Alibaba Cloud',
    accountLabel: 'prod',
    status: { label: 'Processing', group: 'in-progress', code: '2', known: true },
    labels: [],
    fields: [],
    ...overrides,
  };
}

function renderHeader(view: TicketHeaderView): { header: TicketHeader; element: ShimElement } {
  const header = new TicketHeader(strings, new TimeFormatter('en'), () => undefined);
  document.body.append(header.element);
  header.render(view, actions);
  return { header, element: asShim(header.element) };
}

function message(body: string, overrides: Partial<TicketMessageView> = {}): TicketMessageView {
  return {
    id: 'm1',
    role: 'support',
    author: 'Support',
    displayType: 'normal',
    body,
    omittedChars: 0,
    createdAt: Date.UTC(2026, 0, 1),
    attachments: [],
    secret: false,
    withdrawn: false,
    unread: false,
    ...overrides,
  };
}

describe('ticket page with hostile and long fields', () => {
  beforeEach(() => installDom());
  afterEach(() => removeDom());

  describe('bidi isolation', () => {
    it('keeps an unterminated right-to-left override in the title from reaching the status after it', () => {
      const { element } = renderHeader(headerView('\u202EURGENT invoice', { status: { label: 'Processing', group: 'in-progress', code: '2', known: true } }));
      const title = element.querySelector('#ticket-title')!;
      assert.equal(title.getAttribute('dir'), 'auto');
      assert.ok(title.classList.contains('outside'), 'the title is isolated (unicode-bidi: isolate)');
      // The override itself sits alone in an isolated marker: it ends where the marker ends.
      const override = title.querySelector('.invisible-char')!;
      assert.equal(override.textContent, '\u202E');
      assert.equal(override.getAttribute('data-code-point'), 'U+202E');
      const status = element.querySelector('.status')!;
      assert.ok(!title.contains(status), 'the status is outside the title');
      assert.equal(status.getAttribute('dir'), 'auto');
      assert.equal(shownText(asDom<Node>(title)), '⟦U+202E⟧URGENT invoice');
    });

    it('isolates every other field from the ticket', () => {
      const { element } = renderHeader(
        headerView('t', {
          status: { label: '\u202Eclosed', group: 'closed', code: '9', known: false },
          accountLabel: '\u202Eacct',
          severity: '\u202Ehigh',
          product: '\u202Eecs',
          category: '\u202Ecat',
          labels: ['\u202Elabel'],
          fields: [{ label: '\u202Efield', value: '\u202Evalue' }],
        }),
      );
      const overrides = element.querySelectorAll('.invisible-char');
      assert.equal(overrides.length, 8);
      for (const marker of overrides) {
        const isolated = marker.parentNode as ShimElement;
        assert.ok(isolated.classList.contains('outside') || isolated.classList.contains('fact__text'), isolated.localName);
        assert.equal(isolated.getAttribute('dir'), 'auto');
      }
    });

    it('isolates message authors, bodies and attachment names', () => {
      const article = asShim(
        renderMessage(message('\u202Ebody\nשלום', { author: '\u202Eagent', attachments: [{ name: 'invoice\u202Etxt.exe', sizeBytes: 10, available: true, kind: 'other' }] }), {
          strings,
          time: new TimeFormatter('en'),
          canWithdraw: false,
        }),
      );
      for (const selector of ['.message__author', '.message__body', '.attachment__name']) {
        const element = article.querySelector(selector)!;
        assert.equal(element.getAttribute('dir'), 'auto', selector);
        assert.ok(element.classList.contains('outside'), selector);
        assert.ok(element.querySelector('.invisible-char'), `${selector} shows the override`);
      }
      const save = article.querySelector('[data-action="save"]')!;
      assert.equal(save.getAttribute('aria-label'), 'save invoice⟨U+202E⟩txt.exe');
    });

    it('tells titles apart that differ only by zero-width or no-break characters', () => {
      const titles = ['Refund request', 'Refund\u200B request', 'Refund\u00A0request', 'Re\u200Dfund request', 'Refund request\uFEFF'];
      const shown = titles.map((title) => {
        installDom();
        return shownText(asDom<Node>(renderHeader(headerView(title)).element.querySelector('#ticket-title')!));
      });
      assert.equal(new Set(shown).size, titles.length, shown.join(' | '));
    });
  });

  describe('long title', () => {
    const longTitle = `${'quarterly '.repeat(10_240)}`.slice(0, 100 * 1024);

    it('holds a bounded, clamped prefix of a 100 KB title', () => {
      const { element } = renderHeader(headerView(longTitle));
      const title = element.querySelector('#ticket-title')!;
      assert.ok(title.textContent.length <= TITLE_COLLAPSED_CHARS, `${title.textContent.length} characters`);
      assert.ok(title.textContent.length > TITLE_COLLAPSED_CHARS - 20);
      assert.ok(title.classList.contains('is-clamped'));
      const more = element.querySelector('.expandable__more')!;
      assert.equal(more.hidden, false);
      assert.equal(more.textContent, '显示更多');
      assert.equal(more.getAttribute('aria-controls'), 'ticket-title');
    });

    it('toggles "Show more" and "Show less" with the keyboard', () => {
      const { element } = renderHeader(headerView(longTitle));
      const title = element.querySelector('#ticket-title')!;
      const more = element.querySelector('.expandable__more')!;
      const less = element.querySelector('.expandable__less')!;
      assert.ok(isKeyboardReachable(more), 'Show more is in the tab order');
      assert.equal(more.getAttribute('aria-expanded'), 'false');
      more.focus();
      pressKey('Enter');
      assert.ok(!title.classList.contains('is-clamped'));
      assert.equal(more.getAttribute('aria-expanded'), 'true');
      assert.ok(isKeyboardReachable(less), 'Show less appears');
      assert.ok(title.textContent.length > TITLE_COLLAPSED_CHARS);
      // Each further press adds a part; the focus stays on the button while there is more.
      for (let presses = 0; !more.hidden && presses < 10; presses++) {
        assert.equal(document.activeElement, more);
        const before = title.textContent.length;
        pressKey(' ');
        assert.ok(title.textContent.length > before);
      }
      assert.ok(more.hidden, 'nothing more to show');
      assert.ok(title.textContent === longTitle, 'the whole title, in order');
      assert.equal(document.activeElement, less, 'the focus moved to Show less instead of getting lost');
      pressKey('Enter');
      assert.ok(title.classList.contains('is-clamped'));
      assert.ok(title.textContent.length <= TITLE_COLLAPSED_CHARS);
      assert.equal(document.activeElement, more, 'the focus is back on Show more');
      assert.ok(less.hidden);
    });

    it('bounds the markers of a title dense with hidden characters, and shows every one after "Show more"', () => {
      const dense = 'ab\u200Bcd '.repeat(20_000);
      const { element } = renderHeader(headerView(dense));
      const title = element.querySelector('#ticket-title')!;
      const firstPaint = title.querySelectorAll('.invisible-char').length;
      assert.ok(firstPaint > 0 && firstPaint <= 100, `${firstPaint} markers at first paint`);
      assert.ok(dense.startsWith(title.textContent));
      const more = element.querySelector('.expandable__more')!;
      for (let presses = 0; !more.hidden && presses < 20; presses++) more.click();
      assert.ok(title.textContent === dense, 'the parts join to the whole title');
      assert.equal(title.querySelectorAll('.invisible-char').length, 20_000);
    });

    it('keeps an opened title open when the same header is rendered again', () => {
      const { header, element } = renderHeader(headerView(longTitle));
      asDom<HTMLElement>(element.querySelector('.expandable__more')!).click();
      header.render(headerView(longTitle), actions);
      assert.ok(!element.querySelector('#ticket-title')!.classList.contains('is-clamped'));
    });

    it('offers "Show more" for a short title only when it overflows its three lines', () => {
      const fits = renderHeader(headerView('A normal title')).element;
      runFrames(); // the page checks after layout; the shim's sizes are 0, so it fits
      assert.ok(fits.querySelector('.expandable__more')!.hidden);
      installDom();
      const overflows = renderHeader(headerView('A title that takes four lines in a narrow panel')).element;
      const title = overflows.querySelector('#ticket-title')!;
      title.scrollHeight = 160; // what layout would say: four lines in a box clamped to three
      title.clientHeight = 120;
      runFrames();
      assert.equal(overflows.querySelector('.expandable__more')!.hidden, false);
    });
  });

  describe('long message body', () => {
    const megabyte = `${'http://a'.repeat(64 * 1024)}${'a'.repeat(512 * 1024)}`;

    it('paints a bounded prefix of a 1 MB body and adds parts on "Show more"', () => {
      const article = asShim(renderMessage(message(megabyte), { strings, time: new TimeFormatter('en'), canWithdraw: false }));
      document.body.append(asDom<Node>(article));
      const body = article.querySelector('.message__body')!;
      assert.ok(body.textContent.length <= BODY_COLLAPSED_CHARS, `${body.textContent.length} characters in the DOM`);
      assert.ok(article.textContent.length < BODY_COLLAPSED_CHARS + 500);
      const more = article.querySelector('.expandable__more')!;
      assert.equal(more.getAttribute('aria-controls'), body.getAttribute('id'));
      more.focus();
      pressKey('Enter');
      assert.ok(body.textContent.length <= BODY_COLLAPSED_CHARS + BODY_STEP_CHARS);
      assert.ok(body.textContent.length > BODY_COLLAPSED_CHARS);
      assert.ok(megabyte.startsWith(body.textContent), 'the parts join to the real text');
    });

    it('says how much of a body the host left out, and not for a whole one', () => {
      const render = (omittedChars: number) => asShim(renderMessage(message('start of a huge log', { omittedChars }), { strings, time: new TimeFormatter('en'), canWithdraw: false }));
      assert.equal(render(1_234_567).querySelector('.message__omitted')?.textContent, 'bodyOmitted'.replace('{0}', '1,234,567'));
      assert.equal(render(0).querySelector('.message__omitted'), null);
    });

    it('never makes a link of a URL cut at the end of a part', () => {
      // No space within reach of the cut: the part ends inside the URL.
      const body = `${'x '.repeat(3_000)}https://example.com/${'p'.repeat(20_000)}`;
      const article = asShim(renderMessage(message(body), { strings, time: new TimeFormatter('en'), canWithdraw: false }));
      assert.equal(article.querySelectorAll('a.link').length, 0);
      asDom<HTMLElement>(article.querySelector('.expandable__more')!).click();
      assert.equal(article.querySelectorAll('a.link').length, 1, 'whole once the rest is shown');
    });

    it('bounds the markers of a body dense with hidden characters', () => {
      const body = `see https://a.example/x ${'\u202E\u200B'.repeat(100_000)}`;
      const article = asShim(renderMessage(message(body), { strings, time: new TimeFormatter('en'), canWithdraw: false }));
      const markers = article.querySelectorAll('.message__body .invisible-char').length;
      assert.ok(markers > 0 && markers <= 100, `${markers} markers at first paint`);
      assert.equal(article.querySelectorAll('a.link').length, 1);
      asDom<HTMLElement>(article.querySelector('.expandable__more')!).click();
      assert.ok(body.startsWith(article.querySelector('.message__body')!.textContent));
    });

    it('renders a short body whole, without buttons', () => {
      const article = asShim(renderMessage(message('see https://help.example.com/x.'), { strings, time: new TimeFormatter('en'), canWithdraw: false }));
      assert.equal(article.querySelector('.expandable__more'), null);
      assert.equal(article.querySelector('a.link')!.getAttribute('data-url'), 'https://help.example.com/x');
    });
  });
});
