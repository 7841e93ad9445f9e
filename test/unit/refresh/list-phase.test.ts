import assert from 'node:assert/strict';
import type { Page, PageRequest } from '../../../src/core/paging';
import type { TicketListFilter } from '../../../src/core/provider';
import { AccountRefresher } from '../../../src/core/refresh';
import { listedSummary, summaryOf } from '../../../src/core/refresh/snapshot';
import { mergeTicket } from '../../../src/core/refresh/ticket-changes';
import type { TicketSummary } from '../../../src/core/ticket';
import { FakeProvider, STATUS } from './fake-provider';
import { accessTo, until } from './helpers';

/** A fake whose list page `held` waits until the test lets it answer. */
class HeldPageProvider extends FakeProvider {
  private release: (() => void) | undefined;
  private readonly gate = new Promise<void>((resolve) => (this.release = resolve));
  held: string | undefined;

  answerHeldPage(): void {
    this.release?.();
  }

  override async listTickets(filter: TicketListFilter, page: PageRequest, signal?: AbortSignal): Promise<Page<TicketSummary>> {
    if (this.held !== undefined && page.cursor === this.held) await this.gate;
    return super.listTickets(filter, page, signal);
  }
}

describe('refresh list phase', () => {
  it('a listed summary is the list item over what was known, as summaryOf(mergeTicket(…)) makes it', () => {
    const known: TicketSummary = {
      id: 'T1',
      title: 'Old title',
      status: STATUS.closed,
      createdAt: 10,
      updatedAt: 20,
      severity: { code: '2', label: 'Urgent' },
      productName: 'ECS',
      unreadCount: 3,
      labels: ['a'],
    };
    const items: TicketSummary[] = [
      { id: 'T1', title: 'New title', status: STATUS['in-progress'] },
      { id: 'T1', title: 'New title', status: STATUS['in-progress'], updatedAt: 30, unreadCount: 0, labels: [], severity: { code: '1', label: 'Normal' } },
      { id: 'T1', title: 'Listed', status: STATUS['needs-action'], createdAt: 11, productName: 'OSS' },
    ];
    for (const item of items) {
      for (const before of [known, undefined]) {
        const listed = listedSummary(item, before);
        assert.deepEqual(listed, summaryOf(mergeTicket(item, before, undefined)));
        assert.equal(Object.isFrozen(listed), true);
        // Made by the snapshot module: a snapshot built from it shares it instead of copying it.
        assert.equal(summaryOf(listed), listed);
      }
    }
  });

  it('asks for the first page before the change signal: its answer tells how many pages there are', async () => {
    const provider = new FakeProvider({ ticketCount: 100, delayMs: 2, randomAccess: true });
    await new AccountRefresher({ accountId: 'a', access: accessTo({ a: provider }), pageSize: 20, detailGroups: [] }).refresh();
    assert.deepEqual(
      provider.calls.slice(0, 2).map((call) => [call.operation, call.cursor]),
      [
        ['listTickets', undefined],
        ['getChangeSignal', undefined],
      ],
    );
  });

  it('a refresh under a new filter asks for no more pages at once than every ticket of the account fills', async () => {
    // 30 tickets in pages of 10: three pages hold every ticket, so a filtered list holds no more, whatever the slots.
    const provider = new FakeProvider({ ticketCount: 30, randomAccess: true });
    const refresher = new AccountRefresher({ accountId: 'a', access: accessTo({ a: provider }), pageSize: 10, concurrency: 8, detailGroups: [] });
    await refresher.refresh();
    const listed = provider.count('listTickets');
    // Setting a filter refreshes the account under it.
    await refresher.setFilter({ statusGroups: ['needs-action'] });
    // Without that bound the first wave is the slow start's: seven pages, four of them past the end of everything.
    assert.equal(provider.count('listTickets') - listed, 3);
  });

  it('a refresh that starts while details of tickets on screen load asks for its pages before the details still waiting', async () => {
    const provider = new FakeProvider({ ticketCount: 40, delayMs: 5, randomAccess: true });
    const refresher = new AccountRefresher({ accountId: 'a', access: accessTo({ a: provider }), pageSize: 20, concurrency: 2, detailGroups: [] });
    await refresher.refresh();
    const loading = refresher.loadDetails(provider.tickets.map((ticket) => ticket.id));
    await until(() => provider.count('getTicket') >= 2);
    const from = provider.calls.length;
    await refresher.refresh();
    const during = provider.calls.slice(from).map((call) => call.operation);
    const beforeLastPage = during.slice(0, during.lastIndexOf('listTickets')).filter((operation) => operation === 'getTicket').length;
    // Two details were on their way when the refresh started; at most two more may slip in as slots free.
    assert.ok(beforeLastPage <= 2, `details before the last page: ${beforeLastPage}`);
    await loading;
  });

  it('a page merged before details landed during the list is merged again over them', async () => {
    const provider = new HeldPageProvider({ ticketCount: 100, delayMs: 2, randomAccess: true });
    const refresher = new AccountRefresher({ accountId: 'a', access: accessTo({ a: provider }), pageSize: 20 });
    await refresher.refresh();
    // The first page's ticket gets a new severity, which only its details tell (the list is terse).
    const target = provider.tickets[1];
    provider.tickets[1] = { ...target, severity: { code: '2', label: 'Urgent' } };
    provider.held = '5';
    const refreshing = refresher.refresh();
    await until(() => provider.calls.filter((call) => call.operation === 'listTickets' && call.endedAt !== undefined).length >= 5 + 4);
    await refresher.loadDetails([target.id]);
    provider.answerHeldPage();
    const snapshot = await refreshing;
    assert.deepEqual(snapshot.tickets.find((ticket) => ticket.id === target.id)?.severity, { code: '2', label: 'Urgent' });
  });
});
