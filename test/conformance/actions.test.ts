/**
 * Conformance, acting on a ticket: reply (and confidential reply), close, reopen, cancel, urge, rate
 * and withdraw. An operation whose capability is on must work end to end and show on the server; one
 * whose capability is off must be absent from the provider, or refused with a TicketError before
 * anything is written. The same tests run on every flavour.
 */
import assert from 'node:assert/strict';
import { expectTicketError, marker } from './expect';
import { FLAVOURS } from './flavours';
import { useWorld } from './world';

for (const flavour of FLAVOURS) {
  describe(`conformance: acting on a ticket (${flavour.name})`, () => {
    const world = useWorld(flavour);
    const groupOf = (ticketId: string) => flavour.statuses.groups[world.server.ticket(ticketId).status];

    it('replies, and the server holds the reply as an ordinary message', async () => {
      const ticket = world.seededTicket(flavour.statuses.open);
      const text = marker('reply');
      const { messageId } = await world.provider.reply(ticket.id, { body: text });
      const stored = world.server.ticket(ticket.id).messages.filter((m) => m.text === text);
      assert.equal(stored.length, 1, 'exactly one message');
      assert.equal(stored[0].fromSupport, false);
      assert.equal(stored[0].secret, false);
      if (messageId !== undefined) assert.equal(messageId, stored[0].id);
      const listed = (await world.provider.listMessages(ticket.id, {})).items.find((m) => m.body.trim() === text);
      assert.equal(listed?.author.role, 'customer');
    });

    it('refuses an empty or overlong reply before sending it', async () => {
      const ticket = world.seededTicket(flavour.statuses.open);
      const refused = await world.actionsOf(async () => {
        await expectTicketError(world.provider.reply(ticket.id, { body: '  \n ' }), 'invalid-input');
        await expectTicketError(world.provider.reply(ticket.id, { body: 'x'.repeat(world.provider.capabilities.maxReplyLength + 1) }), 'invalid-input');
      });
      const sent = await world.actionsOf(() => world.provider.reply(ticket.id, { body: marker('fine') }));
      assert.ok(!refused.includes(sent[sent.length - 1]), `a refused reply reached the server (${refused.join(', ')})`);
    });

    it('sends a confidential reply as confidential, or refuses it where replies cannot be', async () => {
      const ticket = world.seededTicket(flavour.statuses.open);
      const text = marker('secret');
      if (!world.provider.capabilities.secretReply) {
        await expectTicketError(world.provider.reply(ticket.id, { body: text, secret: true }), 'invalid-input');
        assert.ok(
          world.server.ticket(ticket.id).messages.every((m) => !m.text.includes(text)),
          'nothing was sent in the clear',
        );
        return;
      }
      await world.provider.reply(ticket.id, { body: text, secret: true });
      const stored = world.server.ticket(ticket.id).messages.filter((m) => m.text === text);
      assert.deepEqual(
        stored.map((m) => m.secret),
        [true],
      );
    });

    it('closes an open ticket', async () => {
      const ticket = world.seededTicket(flavour.statuses.open);
      await world.provider.close(ticket.id);
      assert.equal(groupOf(ticket.id), 'closed');
      assert.equal((await world.provider.getTicket(ticket.id)).status.group, 'closed');
    });

    it('reopens a finished ticket with a reason, where it can', async () => {
      const ticket = world.seededTicket(flavour.statuses.completed);
      if (!world.provider.capabilities.canReopen) {
        assert.equal(world.provider.reopen, undefined);
        return;
      }
      const reason = marker('reopen');
      await world.provider.reopen?.(ticket.id, reason);
      assert.notEqual(groupOf(ticket.id), 'closed');
      assert.ok(
        world.server.ticket(ticket.id).messages.some((m) => m.text.includes(reason)),
        'the reason reached the server',
      );
    });

    it('cancels (withdraws) an open ticket, where it can', async () => {
      const ticket = world.seededTicket(flavour.statuses.open);
      if (!world.provider.capabilities.canCancel) {
        assert.equal(world.provider.cancel, undefined);
        return;
      }
      await world.provider.cancel?.(ticket.id);
      assert.equal(groupOf(ticket.id), 'closed');
    });

    it('urges an open ticket, where it can', async () => {
      const ticket = world.seededTicket(flavour.statuses.open);
      if (!world.provider.capabilities.canUrge) {
        assert.equal(world.provider.urge, undefined);
        return;
      }
      const before = world.server.ticket(ticket.id).urges;
      assert.notEqual(before, undefined, 'the flavour table reads urges for a cloud that urges');
      await world.provider.urge?.(ticket.id);
      assert.equal(world.server.ticket(ticket.id).urges, (before ?? 0) + 1);
    });

    it('rates a finished ticket within the declared range, and refuses a score outside it', async () => {
      const ticket = world.seededTicket(flavour.statuses.completed);
      const { canRate, rating } = world.provider.capabilities;
      if (!canRate) {
        assert.equal(world.provider.rate, undefined);
        assert.equal(rating, undefined);
        return;
      }
      const rate = world.provider.rate?.bind(world.provider);
      assert.ok(rate && rating);
      const refused = await world.actionsOf(async () => {
        await expectTicketError(rate(ticket.id, { score: rating.maxScore + 1, solved: true }), 'invalid-input');
        await expectTicketError(rate(ticket.id, { score: rating.minScore - 1, solved: true }), 'invalid-input');
      });
      assert.equal(world.server.ticket(ticket.id).rating, undefined);
      const sent = await world.actionsOf(() => rate(ticket.id, { score: rating.maxScore, ...(rating.solvedFlag ? { solved: true } : {}), ...(rating.comment ? { comment: marker('rate') } : {}) }));
      assert.equal(world.server.ticket(ticket.id).rating, rating.maxScore);
      assert.ok(!refused.includes(sent[sent.length - 1]), `a score outside ${rating.minScore}–${rating.maxScore} reached the server`);
    });

    it('withdraws a message just sent, where it can', async () => {
      const ticket = world.seededTicket(flavour.statuses.open);
      const text = marker('withdraw');
      const { messageId } = await world.provider.reply(ticket.id, { body: text });
      if (!world.provider.capabilities.withdraw) {
        assert.equal(world.provider.withdrawMessage, undefined);
        return;
      }
      const sent = (await world.provider.listMessages(ticket.id, {})).items.find((m) => m.body.trim() === text);
      assert.ok(sent, 'the sent message is listed');
      if (messageId !== undefined) assert.equal(sent.id, messageId);
      await world.provider.withdrawMessage?.(ticket.id, sent.id);
      assert.deepEqual(
        world.server
          .ticket(ticket.id)
          .messages.filter((m) => m.text === text)
          .map((m) => m.withdrawn),
        [true],
      );
      const listed = (await world.provider.listMessages(ticket.id, {})).items.find((m) => m.id === sent.id);
      assert.equal(listed?.withdrawn, true);
    });
  });
}
