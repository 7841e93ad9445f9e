import * as assert from 'node:assert/strict';
import { orderOpenTickets, ticketChoices } from '../../../src/attach/ticketChoices';
import type { StatusGroup } from '../../../src/core/status';
import type { TicketSummary } from '../../../src/core/ticket';

function ticket(id: string, group: StatusGroup, updatedAt?: number): TicketSummary {
  return { id, title: `Ticket ${id}`, status: { group, code: group, label: group, known: true }, ...(updatedAt === undefined ? {} : { updatedAt }) };
}

describe('attach ticket picker content', () => {
  it('offers open tickets only, needs-your-action first, then the most recently changed', () => {
    const ordered = orderOpenTickets([ticket('old-progress', 'in-progress', 1), ticket('closed', 'closed', 9), ticket('new-progress', 'in-progress', 5), ticket('action', 'needs-action', 0)]);
    assert.deepEqual(
      ordered.map((t) => t.id),
      ['action', 'new-progress', 'old-progress'],
    );
  });

  it('keeps the list order for tickets without times', () => {
    assert.deepEqual(
      orderOpenTickets([ticket('b', 'in-progress'), ticket('a', 'in-progress')]).map((t) => t.id),
      ['b', 'a'],
    );
  });

  it('groups by account and drops accounts without open tickets', () => {
    const choices = ticketChoices([
      { accountId: '1', accountLabel: 'Alibaba', tickets: [ticket('x', 'in-progress')] },
      { accountId: '2', accountLabel: 'Only closed', tickets: [ticket('y', 'closed')] },
      { accountId: '3', accountLabel: 'Huawei', tickets: [ticket('z', 'needs-action')] },
    ]);
    assert.deepEqual(
      choices.groups.map((group) => [group.accountLabel, group.tickets.map((t) => t.id)]),
      [
        ['Alibaba', ['x']],
        ['Huawei', ['z']],
      ],
    );
  });

  it('puts the last used ticket on top while it is still open', () => {
    const lists = [{ accountId: '1', accountLabel: 'A', tickets: [ticket('x', 'in-progress'), ticket('y', 'in-progress')] }];
    assert.deepEqual(
      [ticketChoices(lists, { accountId: '1', ticketId: 'y' }).recent?.ticket.id, ticketChoices([{ ...lists[0], tickets: [ticket('y', 'closed')] }], { accountId: '1', ticketId: 'y' }).recent],
      ['y', undefined],
    );
  });
});
