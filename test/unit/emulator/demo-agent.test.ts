/** The demo's simulated support engineer: with an agent delay set, it answers the customer by itself. */
import assert from 'node:assert/strict';
import { FLAVOURS } from '../../conformance/flavours';
import { useWorld } from '../../conformance/world';

const AGENT_DELAY_MS = 50;

async function until(probe: () => boolean, what: string): Promise<void> {
  const deadline = Date.now() + 5_000;
  while (!probe()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

// One flavour per emulated cloud (the two Alibaba API versions share one emulator).
for (const flavour of FLAVOURS.filter((f, i, all) => all.findIndex((other) => other.emulatorProvider === f.emulatorProvider) === i)) {
  describe(`emulator: the simulated support engineer on ${flavour.name}`, () => {
    const world = useWorld(flavour);

    it('answers a customer reply after the agent delay, and not before', async () => {
      world.control.setAgentDelay(AGENT_DELAY_MS);
      const ticket = world.seededTicket(flavour.statuses.open);
      await world.provider.reply(ticket.id, { body: 'Any news on this?' });
      const supportAfterReply = () => {
        const messages = world.server.ticket(ticket.id).messages;
        const mine = messages.findIndex((message) => !message.fromSupport && message.text === 'Any news on this?');
        return mine >= 0 && messages.slice(mine + 1).some((message) => message.fromSupport);
      };
      assert.equal(supportAfterReply(), false, 'the answer waits for the agent delay');
      await until(supportAfterReply, 'support to answer the reply');
    });
  });
}
