/**
 * Conformance, actions by status: in every native status of the flavour, each write the account offers
 * for a ticket in that status (`allowedActions`, what the panel shows as buttons) must be accepted by
 * the cloud. A button that can only earn a refusal is a defect; so is an action offered nowhere.
 */
import assert from 'node:assert/strict';
import type { StatusBoundAction } from '../../src/core/capabilities';
import { isTicketError } from '../../src/core/errors';
import type { TicketProvider } from '../../src/core/provider';
import { allowedActions } from '../../src/core/status-actions';
import { marker } from './expect';
import { FLAVOURS } from './flavours';
import { useWorld } from './world';

const ACTIONS: readonly StatusBoundAction[] = ['reply', 'close', 'cancel', 'urge', 'reopen', 'rate', 'delete'];

/** Runs one write; a TicketError is the cloud (or the provider) refusing it. */
async function attempt(provider: TicketProvider, action: StatusBoundAction, ticketId: string): Promise<'accepted' | string> {
  const maxScore = provider.capabilities.rating?.maxScore ?? 5;
  const writes: Record<StatusBoundAction, () => Promise<unknown> | undefined> = {
    reply: () => provider.reply(ticketId, { body: marker('status rule') }),
    close: () => provider.close(ticketId),
    cancel: () => provider.cancel?.(ticketId),
    urge: () => provider.urge?.(ticketId),
    reopen: () => provider.reopen?.(ticketId, 'It happens again.'),
    rate: () => provider.rate?.(ticketId, { score: maxScore, solved: true, comment: 'ok' }),
    delete: () => provider.deleteTicket?.(ticketId),
  };
  try {
    await writes[action]();
    return 'accepted';
  } catch (error) {
    if (isTicketError(error)) return `refused (${error.kind} ${error.code ?? ''})`;
    throw error;
  }
}

for (const flavour of FLAVOURS) {
  describe(`conformance: actions offered by status are accepted (${flavour.name})`, () => {
    const world = useWorld(flavour);
    const offeredSomewhere = new Set<StatusBoundAction>();

    for (const code of Object.keys(flavour.statuses.groups)) {
      it(`native status ${code}: every offered write is accepted`, async () => {
        const ticket = world.seededTicket(flavour.statuses.open);
        world.setStatus(ticket.id, code);
        // A status that hides the ticket from its owner (deleted) offers nothing to check.
        if (!world.server.tickets().some((t) => t.id === ticket.id)) return;
        const status = (await world.provider.getTicket(ticket.id)).status;
        const offered = [...allowedActions(world.provider.capabilities, status)];
        const outcomes: string[] = [];
        for (const action of offered) {
          offeredSomewhere.add(action);
          // Each write starts from the status under test, not from where the previous one left the ticket.
          world.setStatus(ticket.id, code);
          const outcome = await attempt(world.provider, action, ticket.id);
          if (outcome !== 'accepted') outcomes.push(`${action}: ${outcome}`);
        }
        assert.deepEqual(outcomes, [], `offered in status ${code} (${status.label}) but refused`);
      });
    }

    it('offers every status-bound write the account has in at least one status', () => {
      const can = world.provider.capabilities;
      const expected = ACTIONS.filter((action) =>
        allowedActions(can, { group: action === 'reopen' || action === 'rate' || action === 'delete' ? 'closed' : 'in-progress', code: '?', label: '?', known: false }).has(action),
      );
      assert.deepEqual(
        expected.filter((action) => !offeredSomewhere.has(action)),
        [],
      );
    });
  });
}
