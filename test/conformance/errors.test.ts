/**
 * Conformance, the error contract: every failure is a TicketError with a kind and a sentence that
 * never quotes a secret. Bad credentials are `auth`; an action the account may not perform is
 * `permission` (the account stays signed in); an id nobody has is `not-found`; a throttled call is
 * `throttled`. The same tests run on every flavour.
 */
import assert from 'node:assert/strict';
import type { TicketProvider } from '../../src/core/provider';
import { expectTicketError, marker } from './expect';
import { FLAVOURS } from './flavours';
import { useWorld, type World } from './world';

/** Denies, for the test key, every emulator action `call` uses when it succeeds; the server state is reset after. */
async function denyWhatItUses(world: World, call: () => Promise<unknown>): Promise<string[]> {
  const actions = [...new Set(await world.actionsOf(call))];
  world.control.reset();
  for (const action of actions) world.control.deny(world.flavour.emulatorProvider, world.flavour.credentials.accessKeyId, action);
  return actions;
}

for (const flavour of FLAVOURS) {
  describe(`conformance: errors (${flavour.name})`, () => {
    const world = useWorld(flavour);
    const secrets = [flavour.credentials.accessKeySecret];

    it('says `auth` for a wrong secret and for an unknown key, without quoting either', async () => {
      const wrongSecret = `wrong-${marker('secret')}`;
      const withWrongSecret = world.providerWith({ ...flavour.credentials, accessKeySecret: wrongSecret });
      await expectTicketError(withWrongSecret.verifyCredentials(), 'auth', [wrongSecret]);
      await expectTicketError(withWrongSecret.listTickets({}, {}), 'auth', [wrongSecret]);
      const unknownKey = world.providerWith({ accessKeyId: 'UNKNOWNKEY0CONFORMANCE', accessKeySecret: wrongSecret });
      await expectTicketError(unknownKey.listTickets({}, {}), 'auth', [wrongSecret]);
    });

    it('says `permission`, not `auth`, when a read is denied, and naming nothing secret', async () => {
      await denyWhatItUses(world, () => world.provider.listTickets({}, {}));
      const error = await expectTicketError(world.provider.listTickets({}, {}), 'permission', secrets);
      assert.equal(error.authFailure, undefined);
    });

    it('says `permission` when a write is denied, and the server is unchanged', async () => {
      const ticket = world.seededTicket(flavour.statuses.open);
      const reply = (text: string) => world.provider.reply(ticket.id, { body: text });
      const used = await denyWhatItUses(world, () => reply(marker('allowed')));
      world.setStatus(ticket.id, flavour.statuses.open);
      const text = marker('denied');
      await expectTicketError(reply(text), 'permission', secrets);
      assert.ok(used.length > 0);
      assert.ok(world.server.ticket(ticket.id).messages.every((m) => m.text !== text));
      // Reads the account was not denied still work: the account stays signed in.
      await world.provider.getTicket(ticket.id);
    });

    it('says `not-found` for a ticket nobody has, on reads and writes', async () => {
      const missing = flavour.unknownTicketId;
      assert.ok(world.server.tickets().every((ticket) => ticket.id !== missing));
      await expectTicketError(world.provider.getTicket(missing), 'not-found', secrets);
      await expectTicketError(world.provider.listMessages(missing, {}), 'not-found', secrets);
      await expectTicketError(world.provider.reply(missing, { body: marker('lost') }), 'not-found', secrets);
      await expectTicketError(world.provider.close(missing), 'not-found', secrets);
    });

    it('says `throttled` when the cloud limits the request rate, for reads and writes', async () => {
      const ticket = world.seededTicket(flavour.statuses.open);
      world.control.addThrottle({ provider: flavour.emulatorProvider, limit: 0, windowMs: 60_000 });
      await expectTicketError(world.provider.listTickets({}, {}), 'throttled', secrets);
      await expectTicketError(world.provider.reply(ticket.id, { body: marker('throttled') }), 'throttled', secrets);
    });

    it('rejects every failure above with a TicketError, also for a call without a provider-side reason', async () => {
      // A provider built for a closed port: the network kind, with a sentence, still a TicketError.
      const unreachable: TicketProvider = flavour.createProvider('http://127.0.0.1:9', flavour.credentials, { timeoutMs: 2_000, retryPolicy: { maxAttempts: 1, baseDelayMs: 1, maxDelayMs: 1 } });
      await expectTicketError(unreachable.listTickets({}, {}), 'network', secrets);
    });
  });
}
