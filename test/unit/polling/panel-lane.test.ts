/** The one scheduler's panel lane: the tickets on screen, every 30 s while focused, slower unfocused, backing off after failures. */
import assert from 'node:assert/strict';
import { PollScheduler, type PollTarget, type TicketRef } from '../../../src/core/polling';
import { FakeClock } from '../../support/fake-clock';

const SECOND = 1000;
const MINUTE = 60 * SECOND;

function schedulerWith(reload: (ref: TicketRef) => Promise<void>): { clock: FakeClock; scheduler: PollScheduler } {
  const clock = new FakeClock();
  const target: PollTarget = { accountIds: () => [], changeToken: () => undefined, checkChangeSignal: async () => ({ token: '' }), refresh: async () => ({ state: 'fresh' }) };
  const scheduler = new PollScheduler({ target, clock, ticketChecks: { ticketsToCheck: () => [], checkTicket: async () => undefined, reloadShown: reload } });
  scheduler.start();
  return { clock, scheduler };
}

const REF: TicketRef = { accountId: 'acc', ticketId: 'T1' };

describe('panel lane of the poll scheduler', () => {
  it('reloads only while the ticket is on screen, and a load elsewhere moves the next reload out', async () => {
    const reloads: number[] = [];
    const { clock, scheduler } = schedulerWith(async () => {
      reloads.push(clock.now());
    });
    const start = clock.now();
    scheduler.setShownTickets([REF]);
    await clock.advance(65 * SECOND);
    scheduler.ticketLoaded(REF); // e.g. a reply was sent: the panel loaded at 65 s
    await clock.advance(30 * SECOND);
    scheduler.setShownTickets([]);
    await clock.advance(5 * MINUTE);
    assert.deepEqual(
      reloads.map((at) => (at - start) / SECOND),
      [30, 60, 95],
    );
  });

  it('comes back on screen: reloads at once when its data is older than 30 s', async () => {
    const reloads: number[] = [];
    const { clock, scheduler } = schedulerWith(async () => {
      reloads.push(clock.now());
    });
    scheduler.ticketLoaded(REF);
    await clock.advance(2 * MINUTE);
    scheduler.setShownTickets([REF]);
    await clock.advance(1);
    assert.equal(reloads.length, 1);
  });

  it('slows to the unfocused interval and backs off after failures', async () => {
    const reloads: number[] = [];
    const { clock, scheduler } = schedulerWith(async () => {
      reloads.push(clock.now());
      throw new Error('offline');
    });
    const start = clock.now();
    scheduler.setShownTickets([REF]);
    await clock.advance(4 * MINUTE);
    scheduler.setActivity({ windowFocused: false });
    const unfocusedFrom = reloads.length;
    await clock.advance(30 * MINUTE);
    const gaps = reloads.map((at, i) => (i === 0 ? at - start : at - reloads[i - 1]) / SECOND);
    assert.deepEqual(gaps.slice(0, 3), [30, 60, 120], 'doubling after each failure');
    assert.ok(reloads.length - unfocusedFrom <= 2, `${reloads.length - unfocusedFrom} reloads in 30 unfocused minutes`);
  });
});
