/**
 * What Alibaba Cloud tells us about confidential notes: ReplyTicket takes Encrypt=true (2021) or
 * SecretContent (2020), but neither version's ListTicketNotes says which notes were confidential. The
 * sample ticket "Invoice title is wrong" holds such a reply; it is listed like any other note, so the
 * panel cannot mask it and an export cannot leave it out. If a flag ever appears, this test fails and the
 * README's "What each cloud can tell us" must change.
 */
import assert from 'node:assert/strict';
import { FLAVOURS } from '../../conformance/flavours';
import { useWorld } from '../../conformance/world';

for (const flavour of FLAVOURS.filter((f) => f.emulatorProvider === 'aliyun')) {
  describe(`confidential notes on ${flavour.name}`, () => {
    const world = useWorld(flavour);

    it('lists a reply the server stores as confidential like any other note, without a flag', async () => {
      const ticket = world.server.tickets().find((candidate) => candidate.messages.some((message) => message.secret));
      assert.ok(ticket, 'the sample holds a confidential reply');
      const stored = ticket.messages.find((message) => message.secret)!;
      const listed = (await world.provider.listMessages(ticket.id, {})).items.find((message) => message.body === stored.text);
      assert.deepEqual({ listed: listed !== undefined, secret: listed?.secret }, { listed: true, secret: false });
    });
  });
}
