/**
 * Reply detection with the shipped wiring (coordinator → reply watch → one poll scheduler) on a fake
 * clock: a support reply that leaves the status as it was is noticed within the stated delay,
 * announced once, and kept across a restart; the note-check budget holds; closed tickets are never
 * read; the panel lane reloads the ticket on screen every 30 s and the budget leaves it alone.
 */
import assert from 'node:assert/strict';
import { START_SWEEP } from '../../../src/core/polling';
import { FakeClock } from '../../support/fake-clock';
import { ConversationCloud } from '../notify/conversation-cloud';
import { HIDDEN, WatchedWorld } from './watched-world';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

async function startedWorld(cloud: ConversationCloud, options: ConstructorParameters<typeof WatchedWorld>[1] = {}): Promise<WatchedWorld> {
  const world = new WatchedWorld({ acc: cloud }, options);
  await world.start();
  return world;
}

describe('reply detection (fake clock, shipped wiring)', () => {
  let world: WatchedWorld | undefined;
  afterEach(async () => {
    await world?.stop();
    world = undefined;
  });

  it('notices a reply without a status change within 11 minutes (10 open tickets waiting for support), once', async () => {
    const cloud = new ConversationCloud(() => Date.now());
    world = await startedWorld(cloud, {});
    const clock = world.clock;
    Object.assign(cloud, { now: () => clock.now() });
    const ids = cloud.seed(10);
    await world.coordinator.refreshAll();
    await world.advance(20 * MINUTE); // the sweep reads every conversation once (baseline)
    const repliedAt = clock.now();
    cloud.agentReply(ids[6], 'We found the cause.');
    await world.advance(15 * MINUTE);
    const found = world.repliesTo(ids[6]);
    assert.equal(found.length, 1, 'one announcement');
    assert.ok(found[0].at - repliedAt <= 11 * MINUTE, `noticed after ${(found[0].at - repliedAt) / MINUTE} min`);
    assert.deepEqual(
      { unread: world.watch.unreadCount('acc', ids[6]), updated: world.watch.decorate('acc', world.coordinator.snapshot('acc')!.tickets.find((t) => t.id === ids[6])!).updatedAt },
      { unread: 1, updated: repliedAt },
    );
  });

  it('tells the tree only when something shown moved: quiet reads and refreshes redraw nothing, a reply does', async () => {
    const cloud = new ConversationCloud(() => 0);
    world = new WatchedWorld({ acc: cloud });
    const clock = world.clock;
    Object.assign(cloud, { now: () => clock.now() });
    const ids = cloud.seed(5);
    await world.start();
    await world.advance(20 * MINUTE); // baseline: every conversation read once
    let redraws = 0;
    world.watch.onDidChange(() => redraws++);
    await world.coordinator.refreshAll();
    await world.advance(20 * MINUTE);
    assert.equal(redraws, 0, 'conversations read with nothing new');
    cloud.agentReply(ids[2], 'Fixed on our side.');
    await world.advance(15 * MINUTE);
    assert.deepEqual({ redraws, unread: world.watch.unreadCount('acc', ids[2]) }, { redraws: 1, unread: 1 });
    world.watch.markRead('acc', ids[2]);
    world.watch.markRead('acc', ids[2]);
    assert.equal(redraws, 2, 'marking read redraws once; marking it again changes nothing');
    cloud.customerReply(ids[3], 'Sent from the console.');
    await world.coordinator.refreshAll();
    await world.watch.sweep('acc');
    assert.deepEqual({ redraws, unread: world.watch.unreadCount('acc', ids[3]) }, { redraws: 3, unread: 0 }, "the user's own message moves the ticket's updated time only");
  });

  it('announces a reply that also moved the ticket once, with both reasons, at the next tick', async () => {
    const cloud = new ConversationCloud(() => 0);
    world = new WatchedWorld({ acc: cloud });
    const clock = world.clock;
    Object.assign(cloud, { now: () => clock.now() });
    const [id] = cloud.seed(3);
    await world.start();
    await world.advance(2 * MINUTE);
    cloud.agentReply(id, 'Please send the instance id.', 'needs-action');
    await world.advance(2 * MINUTE);
    const changes = world.detected.filter((entry) => entry.change.ticket.id === id);
    assert.deepEqual(
      changes.map((entry) => [...entry.change.reasons].sort()),
      [['needs-action', 'support-reply']],
    );
  });

  it('reads no conversation where the list reports unread counts, and still notices within one tick', async () => {
    const cloud = new ConversationCloud(() => 0, true);
    world = new WatchedWorld({ acc: cloud });
    const clock = world.clock;
    Object.assign(cloud, { now: () => clock.now() });
    const [id] = cloud.seed(5);
    await world.start();
    await world.advance(5 * MINUTE);
    cloud.agentReply(id, 'Done on our side.');
    const repliedAt = clock.now();
    await world.advance(5 * MINUTE);
    const found = world.repliesTo(id);
    assert.deepEqual(
      { count: found.length, reads: cloud.count('listMessages'), within: found[0] && found[0].at - repliedAt <= MINUTE, unread: world.watch.unreadCount('acc', id) },
      { count: 1, reads: 0, within: true, unread: 1 },
    );
  });

  it('notices at the next start a reply that arrived while VS Code was closed, once', async () => {
    const cloud = new ConversationCloud(() => 0);
    world = new WatchedWorld({ acc: cloud });
    const clock = world.clock;
    Object.assign(cloud, { now: () => clock.now() });
    const ids = cloud.seed(4);
    await world.start();
    await world.advance(3 * MINUTE);
    const closed = world;
    const reopened = await closed.restart();
    world = reopened;
    cloud.agentReply(ids[2], 'Answered while you were away.');
    await clock.advance(2 * HOUR);
    await reopened.start();
    await reopened.advance(2 * MINUTE);
    const third = await reopened.restart();
    world = third;
    await third.start();
    await third.advance(10 * MINUTE);
    const counts = {
      beforeClosing: closed.repliesTo(ids[2]).length,
      atStart: reopened.repliesTo(ids[2]).length,
      afterAnotherRestart: third.repliesTo(ids[2]).length,
      unread: third.watch.unreadCount('acc', ids[2]),
    };
    assert.deepEqual(counts, { beforeClosing: 0, atStart: 1, afterAnotherRestart: 0, unread: 1 });
  });

  it('keeps the note-check budget: ≤ 60 an hour visible and ≤ 12 hidden per account, plus the start sweep', async () => {
    for (const [activity, perHour] of [
      [undefined, 60],
      [HIDDEN, 12],
    ] as const) {
      const cloud = new ConversationCloud(() => 0);
      world = new WatchedWorld({ acc: cloud }, activity ? { activity } : {});
      const clock = world.clock;
      Object.assign(cloud, { now: () => clock.now() });
      cloud.seed(200);
      await world.start();
      await world.advance(HOUR);
      // The start refresh asks for the change signal once more.
      assert.ok(
        cloud.count('listMessages') <= perHour + START_SWEEP - 1 && cloud.count('getChangeSignal') <= perHour + 1,
        `${cloud.count('listMessages')} note checks, ${cloud.count('getChangeSignal')} change checks`,
      );
      assert.ok(cloud.count('listMessages') >= perHour - 1, `the budget is used: ${cloud.count('listMessages')}`);
      await world.stop();
      world = undefined;
    }
  });

  it('never reads a closed ticket and does not let one unreadable ticket take every check', async () => {
    const cloud = new ConversationCloud(() => 0);
    world = new WatchedWorld({ acc: cloud });
    const clock = world.clock;
    Object.assign(cloud, { now: () => clock.now() });
    const closed = cloud.seed(5, 'closed', 'C');
    const open = cloud.seed(3);
    cloud.unreadable.add(open[0]);
    await world.start();
    await world.advance(2 * HOUR);
    const reads = (id: string) => cloud.calls.filter((call) => call.operation === 'listMessages' && call.ticketId === id).length;
    assert.deepEqual(
      { closed: closed.map(reads).reduce((a, b) => a + b, 0), others: open.slice(1).every((id) => reads(id) >= 10), unreadable: reads(open[0]) <= 30 },
      { closed: 0, others: true, unreadable: true },
    );
  });

  it('reloads the ticket on screen every 30 s through the panel lane and leaves it out of the budget', async () => {
    const cloud = new ConversationCloud(() => 0);
    const reloads: number[] = [];
    const clock = new FakeClock();
    world = new WatchedWorld(
      { acc: cloud },
      {
        clock,
        reloadShown: async () => {
          reloads.push(clock.now());
        },
      },
    );
    Object.assign(cloud, { now: () => clock.now() });
    const [shown] = cloud.seed(2);
    await world.start();
    world.polling.scheduler.setShownTickets([{ accountId: 'acc', ticketId: shown }]);
    const from = clock.now();
    await world.advance(10 * MINUTE);
    const budgetReads = cloud.calls.filter((call) => call.operation === 'listMessages' && call.ticketId === shown && call.at > from).length;
    assert.deepEqual({ reloads: reloads.length, every30s: reloads.every((at, i) => i === 0 || at - reloads[i - 1] === 30_000), budgetReads }, { reloads: 20, every30s: true, budgetReads: 0 });
  });

  it("a user's Refresh reads up to 10 conversations at once, due or not, and notices the reply then", async () => {
    const cloud = new ConversationCloud(() => 0);
    world = new WatchedWorld({ acc: cloud });
    const clock = world.clock;
    Object.assign(cloud, { now: () => clock.now() });
    const ids = cloud.seed(12);
    await world.start();
    await world.advance(15 * MINUTE);
    cloud.agentReply(ids[4], 'Found it.');
    const before = cloud.count('listMessages');
    await world.coordinator.refreshAll();
    await world.watch.sweep();
    assert.deepEqual({ reads: cloud.count('listMessages') - before, noticed: world.repliesTo(ids[4]).length }, { reads: 10, noticed: 1 });
  });

  it('a change is claimed by one window only', async () => {
    const cloud = new ConversationCloud(() => 0);
    world = new WatchedWorld({ acc: cloud });
    const claims = [world.claims(), world.claims()];
    const key = 'acc/T0001/reply:M7';
    assert.deepEqual([await claims[0].claim(key), await claims[1].claim(key), await claims[1].claim('acc/T0001/reply:M9')], [true, false, true]);
  });
});
