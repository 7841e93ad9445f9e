/**
 * Reply detection against the emulator over real sockets, on every flavour (Alibaba 2021, Alibaba
 * 2020, Huawei), with the shipped wiring on a fake clock: the simulated agent answers without
 * changing the status (`keepStatus`), and the reply is noticed within the stated delay and announced
 * once; a reply that arrives while VS Code is "closed" is noticed at the next start.
 */
import assert from 'node:assert/strict';
import { FakeClock } from '../../support/fake-clock';
import type { TicketProvider } from '../../../src/core/provider';
import { startEmulator, type RunningEmulator } from '../../../src/emulator';
import type { ServerView } from '../../conformance/flavour';
import { FLAVOURS } from '../../conformance/flavours';
import { CLIENT_SETTINGS } from '../../conformance/world';
import { WatchedWorld } from './watched-world';

const MINUTE = 60_000;
/** The stated worst delay for an account with up to 10 open tickets (README, bench section reply-detection). */
const STATED_DELAY_MS = 11 * MINUTE;

for (const flavour of FLAVOURS) {
  describe(`reply detection on ${flavour.name} (emulator over loopback, fake clock)`, () => {
    let server: RunningEmulator;
    let view: ServerView;
    let provider: TicketProvider;
    let world: WatchedWorld | undefined;

    before(async () => {
      server = await startEmulator({ port: 0 });
    });
    after(() => server.close());
    beforeEach(() => {
      server.control.reset();
      view = flavour.server(server.control);
      provider = flavour.createProvider(server.url, flavour.credentials, CLIENT_SETTINGS);
    });
    afterEach(async () => {
      await world?.stop();
      world = undefined;
    });

    /** The oldest ticket of the account, put into the flavour's open status, where the customer wrote last and has read everything (support owes an answer). */
    async function openTicket(): Promise<string> {
      const ticket = [...view.tickets()].sort((a, b) => a.createdAt - b.createdAt)[0];
      server.control.setStatus(flavour.emulatorProvider, ticket.id, flavour.statuses.open);
      await provider.reply(ticket.id, { body: 'Any news?' });
      // The customer has read the conversation (clouds that keep read state on the server count from here).
      await provider.listMessages(ticket.id, {});
      server.control.setStatus(flavour.emulatorProvider, ticket.id, flavour.statuses.open);
      return ticket.id;
    }

    it('notices a reply that leaves the status as it was within the stated delay, once', async () => {
      const id = await openTicket();
      world = new WatchedWorld({ acc: provider }, { clock: new FakeClock(Date.now()) });
      await world.start();
      await world.advance(15 * MINUTE);
      assert.deepEqual(
        world.detected.map((entry) => entry.change.ticket.id),
        [],
        'nothing is news on the first look',
      );
      const text = `Still looking into it (${flavour.name}).`;
      const repliedAt = world.clock.now();
      server.control.agentReply(flavour.emulatorProvider, id, text, { keepStatus: true });
      assert.equal(view.ticket(id).status, flavour.statuses.open, 'the reply left the status alone');
      await world.advance(STATED_DELAY_MS + 5 * MINUTE);
      const found = world.repliesTo(id);
      assert.equal(found.length, 1, `announcements: ${JSON.stringify(world.detected.map((entry) => [entry.change.ticket.id, entry.change.reasons]))}`);
      assert.ok(found[0].at - repliedAt <= STATED_DELAY_MS, `noticed after ${(found[0].at - repliedAt) / MINUTE} min`);
      assert.deepEqual({ reasons: found[0].change.reasons, unread: world.watch.unreadCount('acc', id) }, { reasons: ['support-reply'], unread: 1 });
    });

    it('notices a reply to an open ticket the filter hides, within the stated delay, once', async () => {
      const id = await openTicket();
      world = new WatchedWorld({ acc: provider }, { clock: new FakeClock(Date.now()) });
      await world.start();
      // The user looks at closed tickets only: the open ticket is not in the tree, but a reply to it is still news.
      await world.coordinator.setFilter('acc', { statusGroups: ['closed'] });
      await world.advance(15 * MINUTE);
      assert.ok(!world.coordinator.snapshot('acc')?.tickets.some((ticket) => ticket.id === id), 'the filter hides the ticket');
      const repliedAt = world.clock.now();
      server.control.agentReply(flavour.emulatorProvider, id, `Answered behind the filter (${flavour.name}).`, { keepStatus: true });
      await world.advance(STATED_DELAY_MS + 5 * MINUTE);
      const found = world.repliesTo(id);
      assert.equal(found.length, 1, `announcements: ${JSON.stringify(world.detected.map((entry) => [entry.change.ticket.id, entry.change.reasons]))}`);
      assert.ok(found[0].at - repliedAt <= STATED_DELAY_MS, `noticed after ${(found[0].at - repliedAt) / MINUTE} min`);
      assert.equal(world.watch.unreadCount('acc', id), 1);
    });

    it('notices at the next start a reply that arrived while VS Code was closed, once', async () => {
      const id = await openTicket();
      world = new WatchedWorld({ acc: provider }, { clock: new FakeClock(Date.now()) });
      await world.start();
      await world.advance(15 * MINUTE);
      const closed = world;
      world = await closed.restart({ acc: flavour.createProvider(server.url, flavour.credentials, CLIENT_SETTINGS) });
      server.control.agentReply(flavour.emulatorProvider, id, `Answered while you were away (${flavour.name}).`, { keepStatus: true });
      await world.start();
      await world.advance(2 * MINUTE);
      assert.deepEqual({ before: closed.repliesTo(id).length, atStart: world.repliesTo(id).length, unread: world.watch.unreadCount('acc', id) }, { before: 0, atStart: 1, unread: 1 });
    });
  });
}

describe('reply detection on huaweicloud once it declares unreadFromList (emulator over loopback, fake clock)', () => {
  const flavour = FLAVOURS.find((candidate) => candidate.providerId === 'huaweicloud')!;
  let server: RunningEmulator;
  before(async () => {
    server = await startEmulator({ port: 0 });
  });
  after(() => server.close());

  it('notices the reply from the list and the change signal alone, reading no conversation', async () => {
    const real = flavour.createProvider(server.url, flavour.credentials, CLIENT_SETTINGS);
    // What the provider says once its capabilities declare it (the spec: 5.10.2 unread counts, 5.10.7 new-message poll).
    const provider = Object.create(real, { capabilities: { value: { ...real.capabilities, unreadFromList: true } } }) as TicketProvider;
    const view = flavour.server(server.control);
    const id = [...view.tickets()].sort((a, b) => a.createdAt - b.createdAt)[0].id;
    server.control.setStatus(flavour.emulatorProvider, id, flavour.statuses.open);
    const world = new WatchedWorld({ acc: provider }, { clock: new FakeClock(Date.now()) });
    try {
      await world.start();
      await world.advance(5 * MINUTE);
      server.control.clearRequests();
      const unreadBefore = world.watch.unreadCount('acc', id);
      const repliedAt = world.clock.now();
      server.control.agentReply(flavour.emulatorProvider, id, 'Noticed from the list.', { keepStatus: true });
      await world.advance(5 * MINUTE);
      const found = world.repliesTo(id);
      const reads = server.control.requests().filter((entry) => entry.action === 'ListMessages').length;
      assert.deepEqual(
        { found: found.length, withinATick: found[0] !== undefined && found[0].at - repliedAt <= MINUTE, reads, unread: world.watch.unreadCount('acc', id) },
        { found: 1, withinATick: true, reads: 0, unread: unreadBefore + 1 },
      );
    } finally {
      await world.stop();
    }
  });
});
