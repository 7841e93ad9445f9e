// The ticket header: title, status, facts and the action toolbar (only the actions the host allows).
import type { TicketAction, TicketActionsView, TicketHeaderView, TicketStrings } from '../../../src/shared/protocol/ticket';
import { button, h, replaceChildren, type Child } from '../../shared/lib/dom';
import type { TimeFormatter } from '../../shared/lib/format';

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

export class TicketHeader {
  readonly element: HTMLElement;
  private readonly title = h('h1', { className: 'ticket__title', attrs: { id: 'ticket-title' } });
  private readonly status = h('div', { className: 'ticket__status' });
  private readonly facts = h('dl', { className: 'ticket__facts' });
  private readonly toolbar = h('div', { className: 'ticket__actions' });
  readonly feedback = h('div', { className: 'ticket__feedback', attrs: { role: 'status', 'aria-live': 'polite' } });
  private buttons: HTMLButtonElement[] = [];

  constructor(
    private readonly strings: TicketStrings,
    private readonly time: TimeFormatter,
    private readonly onAction: (action: TicketAction) => void,
  ) {
    this.toolbar.setAttribute('role', 'toolbar');
    this.toolbar.setAttribute('aria-label', strings.actionsLabel);
    this.element = h('header', { className: 'ticket', attrs: { 'aria-labelledby': 'ticket-title' } }, this.title, this.status, this.facts, this.toolbar, this.feedback);
    this.toolbar.addEventListener('click', (event) => {
      const action = (event.target as HTMLElement).closest('button')?.getAttribute('data-ticket-action');
      if (action) this.onAction(action as TicketAction);
    });
  }

  render(header: TicketHeaderView, actions: TicketActionsView): void {
    const { strings } = this;
    this.title.textContent = header.title || header.ticketId;
    replaceChildren(
      this.status,
      h('span', { className: `status status--${header.status.group}`, attrs: { 'aria-label': `${strings.status}: ${header.status.label}` }, text: header.status.label }),
      ' ',
      h('span', { className: 'muted', text: strings[GROUP_LABEL[header.status.group]] }),
    );
    const rows: [string, Child][] = [
      [strings.ticketId, h('code', { text: header.ticketId })],
      [strings.account, `${header.providerName} · ${header.accountLabel}`],
    ];
    if (header.severity) rows.push([strings.severity, header.severity]);
    if (header.product) rows.push([strings.product, header.product]);
    if (header.category) rows.push([strings.category, header.category]);
    if (header.createdAt !== undefined) rows.push([strings.created, this.timeElement(header.createdAt)]);
    if (header.updatedAt !== undefined) rows.push([strings.updated, this.timeElement(header.updatedAt)]);
    if (header.labels.length > 0) rows.push([strings.labels, h('span', {}, ...header.labels.flatMap((label) => [h('span', { className: 'badge', text: label }), ' ']))]);
    for (const field of header.fields) rows.push([field.label, field.value]);
    replaceChildren(this.facts, ...rows.map(([label, value]) => h('div', { className: 'fact' }, h('dt', { text: label }), h('dd', {}, value))));
    const focused = document.activeElement instanceof HTMLButtonElement ? document.activeElement.getAttribute('data-ticket-action') : null;
    this.buttons = actions.available.map((action) => button(strings[ACTION_LABEL[action]], { 'data-ticket-action': action }, PRIMARY.has(action) ? 'button' : 'button-secondary'));
    replaceChildren(this.toolbar, ...this.buttons);
    if (focused) this.buttons.find((b) => b.getAttribute('data-ticket-action') === focused)?.focus();
  }

  setBusy(busy: boolean): void {
    for (const b of this.buttons) b.disabled = busy;
  }

  private timeElement(epochMs: number): HTMLElement {
    return h('time', { attrs: { datetime: new Date(epochMs).toISOString(), title: this.time.ago(epochMs) }, text: this.time.local(epochMs) });
  }
}
