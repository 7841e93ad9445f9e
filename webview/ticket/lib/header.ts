// The ticket header: title, status, facts and the action toolbar (only the actions the host allows).
// Everything from the ticket is isolated outside text (../../shared/lib/outside.ts); a long title is
// clamped to three lines with a bounded prefix in the DOM and "Show more".
import type { TicketAction, TicketActionsView, TicketHeaderView, TicketStrings } from '../../../src/shared/protocol/ticket';
import { button, h, replaceChildren, type Child } from '../../shared/lib/dom';
import { ExpandableText } from '../../shared/lib/expandable';
import type { TimeFormatter } from '../../shared/lib/format';
import { appendOutsideText, outsideAttribute, outsideElement } from '../../shared/lib/outside';
import { labelNamesCloud } from '../../../src/shared/accountWithCloud';

const ACTION_LABEL: Record<TicketAction, keyof TicketStrings> = {
  reopen: 'actionReopen',
  rate: 'actionRate',
  urge: 'actionUrge',
  close: 'actionClose',
  cancel: 'actionCancel',
  refresh: 'actionRefresh',
  export: 'actionExport',
  openInConsole: 'actionOpenInConsole',
  copyId: 'actionCopyId',
};
/** Actions that change the ticket get the primary look; the rest are secondary. */
const PRIMARY: ReadonlySet<TicketAction> = new Set(['reopen', 'rate']);
const GROUP_LABEL = { 'needs-action': 'groupNeedsAction', 'in-progress': 'groupInProgress', closed: 'groupClosed' } as const;
/** Title characters in the DOM while collapsed: far more than three lines, far less than a slow layout. */
export const TITLE_COLLAPSED_CHARS = 2_000;
const TITLE_STEP_CHARS = 50_000;
/** Fact values (product, category, provider fields) longer than this get their own "Show more". */
const FACT_COLLAPSED_CHARS = 300;
const FACT_STEP_CHARS = 20_000;

function sameWords(a: string, b: string): boolean {
  return a.trim().toLocaleLowerCase() === b.trim().toLocaleLowerCase();
}

export class TicketHeader {
  readonly element: HTMLElement;
  private readonly title = h('h1', { className: 'ticket__title outside', attrs: { id: 'ticket-title', dir: 'auto' } });
  private readonly titleText: ExpandableText;
  private readonly status = h('div', { className: 'ticket__status' });
  private readonly facts = h('dl', { className: 'ticket__facts' });
  private readonly toolbar = h('div', { className: 'ticket__actions' });
  /** Sentences of failed host operations; they may quote the cloud, so the line is isolated. */
  readonly feedback = h('div', { className: 'ticket__feedback outside', attrs: { role: 'status', 'aria-live': 'polite', dir: 'auto' } });
  private buttons: HTMLButtonElement[] = [];

  constructor(
    private readonly strings: TicketStrings,
    private readonly time: TimeFormatter,
    private readonly onAction: (action: TicketAction) => void,
  ) {
    this.toolbar.setAttribute('role', 'toolbar');
    this.toolbar.setAttribute('aria-label', strings.actionsLabel);
    this.titleText = new ExpandableText(this.title, strings, {
      collapsedChars: TITLE_COLLAPSED_CHARS,
      stepChars: TITLE_STEP_CHARS,
      lineClamp: true,
      className: 'ticket__title-controls',
      render: (parent, text, _complete, markers) => appendOutsideText(parent, text, { budget: { markers } }),
    });
    this.element = h('header', { className: 'ticket', attrs: { 'aria-labelledby': 'ticket-title' } }, this.title, this.titleText.controls, this.status, this.facts, this.toolbar, this.feedback);
    this.toolbar.addEventListener('click', (event) => {
      const action = (event.target as HTMLElement).closest('button')?.getAttribute('data-ticket-action');
      if (action) this.onAction(action as TicketAction);
    });
  }

  render(header: TicketHeaderView, actions: TicketActionsView): void {
    const { strings } = this;
    this.titleText.setText(header.title || header.ticketId);
    // After layout: a title under the prefix length may still need more than three lines.
    requestAnimationFrame(() => this.titleText.checkOverflow());
    replaceChildren(
      this.status,
      outsideElement('span', header.status.label, {
        className: `status status--${header.status.group}`,
        maxChars: 80,
        attrs: { 'aria-label': `${strings.status}: ${outsideAttribute(header.status.label, 200)}` },
      }),
      // The group only when it adds something: a status called "In progress" in the group In progress says it once.
      ...(sameWords(header.status.label, strings[GROUP_LABEL[header.status.group]]) ? [] : [' ', h('span', { className: 'muted', text: strings[GROUP_LABEL[header.status.group]] })]),
    );
    const rows: [Child, Child][] = [
      [strings.ticketId, outsideElement('code', header.ticketId, { maxChars: 100 })],
      [strings.account, this.accountValue(header)],
    ];
    if (header.severity) rows.push([strings.severity, outsideElement('span', header.severity, { maxChars: 100 })]);
    if (header.product) rows.push([strings.product, this.factValue(header.product, rows.length)]);
    if (header.category) rows.push([strings.category, this.factValue(header.category, rows.length)]);
    if (header.createdAt !== undefined) rows.push([strings.created, this.timeElement(header.createdAt)]);
    if (header.updatedAt !== undefined) rows.push([strings.updated, this.timeElement(header.updatedAt)]);
    if (header.labels.length > 0) rows.push([strings.labels, h('span', {}, ...header.labels.flatMap((label) => [outsideElement('span', label, { className: 'badge', maxChars: 60 }), ' ']))]);
    for (const field of header.fields) rows.push([outsideElement('span', field.label, { maxChars: 80 }), this.factValue(field.value, rows.length)]);
    replaceChildren(this.facts, ...rows.map(([label, value]) => h('div', { className: 'fact' }, h('dt', {}, label), h('dd', {}, value))));
    const focused = document.activeElement instanceof HTMLButtonElement ? document.activeElement.getAttribute('data-ticket-action') : null;
    this.buttons = actions.available.map((action) => button(strings[ACTION_LABEL[action]], { 'data-ticket-action': action }, PRIMARY.has(action) ? 'button' : 'button-secondary'));
    replaceChildren(this.toolbar, ...this.buttons);
    if (focused) this.buttons.find((b) => b.getAttribute('data-ticket-action') === focused)?.focus();
  }

  /** The account, after its cloud's name unless its label says it already ("Alibaba Cloud (demo)"). */
  private accountValue(header: TicketHeaderView): HTMLElement {
    const account = outsideElement('span', header.accountLabel, { maxChars: 100 });
    if (labelNamesCloud(header.accountLabel, header.providerName)) return h('span', {}, account);
    return h('span', {}, outsideElement('span', header.providerName, { maxChars: 100 }), ' · ', account);
  }

  /** The clamped title (for tests and the page). */
  get titleView(): ExpandableText {
    return this.titleText;
  }

  /** A fact value: isolated, and behind "Show more" past a few lines' worth. */
  private factValue(text: string, row: number): HTMLElement {
    if (text.length <= FACT_COLLAPSED_CHARS) return outsideElement('span', text, { maxChars: FACT_COLLAPSED_CHARS });
    const content = h('span', { className: 'outside fact__text', attrs: { dir: 'auto', id: `fact-${row}` } });
    const expandable = new ExpandableText(content, this.strings, {
      collapsedChars: FACT_COLLAPSED_CHARS,
      stepChars: FACT_STEP_CHARS,
      render: (parent, part, _complete, markers) => appendOutsideText(parent, part, { budget: { markers } }),
    });
    expandable.setText(text);
    return h('span', {}, content, expandable.controls);
  }

  setBusy(busy: boolean): void {
    for (const b of this.buttons) b.disabled = busy;
  }

  private timeElement(epochMs: number): HTMLElement {
    return h('time', { attrs: { datetime: new Date(epochMs).toISOString(), title: this.time.ago(epochMs) }, text: this.time.local(epochMs) });
  }
}
