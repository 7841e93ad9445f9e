/**
 * Conformance, request slots: every flavour offers its account's request slots (`requestSlots`), which
 * the refresh engine paces its own queue by. They widen while the cloud answers promptly and narrow
 * after a throttling answer. The same tests run on every flavour.
 */
import assert from 'node:assert/strict';
import { FLAVOURS } from './flavours';
import { useWorld } from './world';

for (const flavour of FLAVOURS) {
  describe(`conformance: request slots (${flavour.name})`, () => {
    const world = useWorld(flavour);

    it('offers request slots that widen while reads are answered promptly and narrow after throttling', async () => {
      const slots = world.provider.requestSlots;
      assert.ok(slots, 'requestSlots is part of every shipped provider');
      const ticket = world.seededTicket(flavour.statuses.open);
      const start = slots.limit;
      await Promise.all(Array.from({ length: 6 * start }, () => world.provider.getTicket(ticket.id)));
      const widened = slots.limit;
      world.control.addThrottle({ provider: flavour.emulatorProvider, limit: 0, windowMs: 60_000 });
      await Promise.allSettled([world.provider.getTicket(ticket.id)]);
      assert.deepEqual({ grew: widened > start, narrowed: slots.limit <= widened / 2 }, { grew: true, narrowed: true });
    });
  });
}
