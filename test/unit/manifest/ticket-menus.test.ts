// The Tickets view's ticket menus follow what the cloud accepts: each status-bound write is shown by the
// flag `allowedActions` puts on the row (src/views/treeNodes.ts), never by the status group alone, so
// the tree offers exactly what the ticket panel offers.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const pkg = JSON.parse(readFileSync(join(__dirname, '..', '..', '..', 'package.json'), 'utf8'));
const ticketMenu: { command: string; when: string }[] = pkg.contributes.menus['view/item/context'].filter((entry: { when: string }) => entry.when.includes('viewItem =~ /^ticket'));

const BY_FLAG: Record<string, string> = {
  'cloudTickets.replyToTicket': 'reply',
  'cloudTickets.urgeTicket': 'urge',
  'cloudTickets.closeTicket': 'close',
  'cloudTickets.cancelTicket': 'cancel',
  'cloudTickets.reopenTicket': 'reopen',
  'cloudTickets.rateTicket': 'rate',
  'cloudTickets.deleteTicket': 'delete',
  'cloudTickets.attachToTicket': 'attach',
  'cloudTickets.addTicketLabel': 'labels',
  'cloudTickets.removeTicketLabel': 'labels',
  'cloudTickets.editTicketContact': 'contact',
};

describe('manifest contributions: ticket row menus by allowed action', () => {
  it('shows each status-bound write by its own flag on the row, not by the status group', () => {
    const wrong = Object.entries(BY_FLAG).flatMap(([command, flag]) => {
      const entry = ticketMenu.find((candidate) => candidate.command === command);
      if (!entry) return [`${command}: not on ticket rows`];
      return entry.when.includes(`:${flag}:`) && !entry.when.includes('group-') ? [] : [`${command}: ${entry.when}`];
    });
    assert.deepEqual(wrong, []);
  });

  it('offers Create Label… on accounts whose cloud has labels', () => {
    const entry = pkg.contributes.menus['view/item/context'].find((candidate: { command: string }) => candidate.command === 'cloudTickets.createLabel');
    assert.match(entry?.when ?? '', /\^account:\.\*:labels:/);
  });
});
