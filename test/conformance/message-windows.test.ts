/**
 * Conformance, the conversation from its newest end (`earlierMessages`): the newest window, then older
 * windows before the oldest message shown, give back exactly the conversation `listMessages` reads, in
 * order, and say when nothing older is left. A support reply that arrives meanwhile does not move the
 * older windows. The same tests run on every flavour.
 */
import assert from 'node:assert/strict';
import type { Message } from '../../src/core/ticket';
import { marker } from './expect';
import { FLAVOURS } from './flavours';
import { useWorld } from './world';

/** A small window, so the sample's long conversation takes several. */
const WINDOW = 7;

for (const flavour of FLAVOURS) {
  describe(`conformance: older messages on demand (${flavour.name})`, () => {
    const world = useWorld(flavour);
    const longest = () => [...world.server.tickets()].sort((a, b) => b.messages.length - a.messages.length)[0];

    it('reads the conversation from its newest end in windows, exactly as listMessages has it', async () => {
      const provider = world.provider;
      if (!provider.capabilities.earlierMessages) {
        assert.deepEqual([provider.listLatestMessages, provider.listEarlierMessages], [undefined, undefined]);
        return;
      }
      const ticket = longest();
      assert.ok(ticket.messages.length > WINDOW * 2, 'the sample has a conversation longer than two windows');
      const whole = (await provider.listMessages(ticket.id, {})).items.map((m) => m.id);
      let window = await provider.listLatestMessages?.(ticket.id, WINDOW);
      assert.ok(window);
      const windows = [window.items.length];
      let shown: Message[] = [...window.items];
      world.agentReply(ticket.id, marker('meanwhile'));
      for (let guard = 0; window.hasEarlier && guard < 100; guard++) {
        window = await provider.listEarlierMessages?.(ticket.id, shown[0], WINDOW);
        assert.ok(window);
        windows.push(window.items.length);
        shown = [...window.items, ...shown];
      }
      assert.deepEqual(
        { ids: shown.map((m) => m.id), full: windows.slice(0, -1).every((n) => n === WINDOW), ascending: shown.every((m, i) => i === 0 || shown[i - 1].createdAt <= m.createdAt) },
        { ids: whole, full: true, ascending: true },
      );
    });

    it('says there is nothing older when a window holds the rest of the conversation exactly', async () => {
      if (!world.provider.capabilities.earlierMessages) return;
      const ticket = world.seededTicket(flavour.statuses.open);
      const latest = await world.provider.listLatestMessages?.(ticket.id, 99);
      const whole = (await world.provider.listMessages(ticket.id, {})).items;
      const long = (await world.provider.listMessages(longest().id, {})).items;
      const exact = await world.provider.listEarlierMessages?.(longest().id, long[WINDOW], WINDOW);
      assert.deepEqual(
        { latest: latest?.hasEarlier, ids: latest?.items.map((m) => m.id), exact: exact?.hasEarlier, exactIds: exact?.items.map((m) => m.id) },
        { latest: false, ids: whole.map((m) => m.id), exact: false, exactIds: long.slice(0, WINDOW).map((m) => m.id) },
      );
    });
  });
}
