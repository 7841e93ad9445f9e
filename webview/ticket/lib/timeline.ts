// The ticket's timeline beside the conversation: what was done on it (activity), the tickets related
// to it, and the authorizations support asked for, each with what the customer may do with it now.
import type { TicketAuthorizationView, TicketStrings, TicketTimelineView } from '../../../src/shared/protocol/ticket';
import { button, h, replaceChildren, type Child } from '../../shared/lib/dom';
import { fill, type TimeFormatter } from '../../shared/lib/format';
import { outsideAttribute, outsideElement } from '../../shared/lib/outside';

export interface TimelineEvents {
  authorization(authorizationId: string, action: 'grant' | 'refuse' | 'revoke'): void;
  openRelated(ticketId: string): void;
}

const STATE_LABEL = {
  pending: 'authPending',
  granted: 'authGranted',
  refused: 'authRefused',
  expired: 'authExpired',
  withdrawn: 'authWithdrawn',
  revoked: 'authRevoked',
  unknown: 'authUnknown',
} as const;

export class Timeline {
  readonly element: HTMLElement;
  private readonly authorizations = h('section', { className: 'timeline__part timeline__authorizations', attrs: { id: 'ticket-authorizations', tabindex: -1 } });
  private readonly related = h('section', { className: 'timeline__part timeline__related' });
  private readonly activity = h('details', { className: 'timeline__part timeline__activity' });
  private readonly problems = h('div', { className: 'timeline__problems outside', attrs: { role: 'status', dir: 'auto' } });

  constructor(
    private readonly strings: TicketStrings,
    private readonly time: TimeFormatter,
    private readonly events: TimelineEvents,
  ) {
    this.element = h('aside', { className: 'timeline', attrs: { 'aria-label': strings.timelineLabel } }, this.authorizations, this.related, this.activity, this.problems);
    this.element.hidden = true;
    this.element.addEventListener('click', (event) => {
      const target = (event.target as HTMLElement).closest<HTMLElement>('[data-timeline-action]');
      if (!target) return;
      const action = target.getAttribute('data-timeline-action');
      const id = target.getAttribute('data-id') ?? '';
      if (action === 'open-related') this.events.openRelated(id);
      else if (action === 'grant' || action === 'refuse' || action === 'revoke') this.events.authorization(id, action);
    });
  }

  render(view: TicketTimelineView): void {
    const { strings } = this;
    const auths = view.authorizations ?? [];
    this.authorizations.hidden = view.authorizations === undefined;
    replaceChildren(
      this.authorizations,
      h('h2', { className: 'timeline__title', text: strings.authorizationsLabel }),
      auths.length === 0 ? h('p', { className: 'muted', text: strings.noAuthorizations }) : h('ul', { className: 'authorizations' }, ...auths.map((a) => this.authorization(a))),
    );
    const related = view.related ?? [];
    this.related.hidden = related.length === 0;
    replaceChildren(
      this.related,
      h('h2', { className: 'timeline__title', text: strings.relatedLabel }),
      h(
        'ul',
        { className: 'related' },
        ...related.map((r) =>
          h(
            'li',
            { className: 'related__item' },
            h('span', { className: 'codicon codicon-link', attrs: { 'aria-hidden': 'true' } }),
            ' ',
            button(r.id, { 'data-timeline-action': 'open-related', 'data-id': r.id, 'aria-label': `${strings.openRelated} ${outsideAttribute(r.id, 100)}` }, 'button-link'),
            ' ',
            outsideElement('span', r.title, { maxChars: 200 }),
            r.filedBy ? h('span', { className: 'muted' }, ' · ', outsideElement('span', fill(strings.filedBy, r.filedBy), { maxChars: 120 })) : null,
          ),
        ),
      ),
    );
    const events = view.events ?? [];
    this.activity.hidden = events.length === 0;
    replaceChildren(
      this.activity,
      h('summary', { className: 'timeline__title' }, h('span', { className: 'codicon codicon-history', attrs: { 'aria-hidden': 'true' } }), ` ${strings.activityLabel} (${events.length})`),
      h(
        'ol',
        { className: 'activity' },
        ...events.map((e) =>
          h(
            'li',
            { className: 'activity__item' },
            h('time', { className: 'muted', attrs: { datetime: new Date(e.at).toISOString() }, text: this.time.local(e.at) }),
            ' ',
            outsideElement('span', e.text, { maxChars: 200 }),
            e.actor ? h('span', { className: 'muted' }, ' · ', outsideElement('span', e.actor, { maxChars: 120 })) : null,
          ),
        ),
      ),
    );
    this.problems.textContent = view.problems.join(' ');
    this.element.hidden = this.authorizations.hidden && this.related.hidden && this.activity.hidden && view.problems.length === 0;
  }

  /** Brings the authorizations into view (a request message's "Review" button). */
  showAuthorizations(): void {
    this.authorizations.scrollIntoView({ block: 'start' });
    this.authorizations.focus({ preventScroll: true });
  }

  private authorization(a: TicketAuthorizationView): HTMLElement {
    const { strings } = this;
    const period = a.effectiveAt !== undefined && a.expiresAt !== undefined ? fill(strings.authPeriod, this.time.local(a.effectiveAt), this.time.local(a.expiresAt)) : undefined;
    const actions: Child[] = [];
    if (a.canGrant) actions.push(button(strings.grant, { 'data-timeline-action': 'grant', 'data-id': a.id }, 'button'), ' ');
    if (a.canRefuse) actions.push(button(strings.refuse, { 'data-timeline-action': 'refuse', 'data-id': a.id }, 'button-secondary'), ' ');
    if (a.canRevoke) actions.push(button(strings.revoke, { 'data-timeline-action': 'revoke', 'data-id': a.id }, 'button-secondary'));
    const hostOnly = a.state === 'pending' && !a.canGrant;
    return h(
      'li',
      { className: `authorization authorization--${a.state}`, attrs: { 'data-authorization-id': a.id } },
      h(
        'div',
        {},
        h('span', { className: 'codicon codicon-shield', attrs: { 'aria-hidden': 'true' } }),
        ' ',
        outsideElement('strong', a.access || a.id, { maxChars: 200 }),
        ' ',
        h('span', { className: `badge authorization__state authorization__state--${a.state}`, text: strings[STATE_LABEL[a.state]] }),
      ),
      a.description ? outsideElement('div', a.description, { className: 'authorization__description', maxChars: 2000 }) : null,
      a.items.length > 0
        ? h(
            'div',
            { className: 'muted' },
            ...a.items.flatMap((item, i) => [
              i > 0 ? ', ' : '',
              `${item.kind === 'host' ? strings.hostAccess : strings.consoleAccess}: `,
              outsideElement('span', item.region ? `${item.name} (${item.region})` : item.name, { maxChars: 200 }),
            ]),
          )
        : null,
      period ? h('div', { className: 'muted', text: period }) : null,
      a.refuseReason ? outsideElement('div', fill(strings.refusedBecause, a.refuseReason), { className: 'muted', maxChars: 400 }) : null,
      hostOnly ? h('div', { className: 'muted', text: strings.hostInConsole }) : null,
      actions.length > 0 ? h('div', { className: 'authorization__actions' }, ...actions) : null,
    );
  }
}
