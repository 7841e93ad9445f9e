import assert from 'node:assert/strict';
import { PollScheduler, pollCadence, type PollActivity, type PollTarget } from '../../../src/core/polling';
import { FakeClock } from '../../support/fake-clock';
import type { ChangeSignal } from '../../../src/core/provider';
import type { SnapshotState } from '../../../src/core/refresh';
import { ticketError } from './fake-provider';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

/** Accounts whose cloud token and shown token tests set; failures can be switched on per account. */
class FakeTarget implements PollTarget {
  readonly cloudToken = new Map<string, string>();
  readonly shownToken = new Map<string, string>();
  readonly failing = new Map<string, unknown>();
  readonly checks: { accountId: string; at: number }[] = [];
  readonly refreshes: string[] = [];
  refreshState: SnapshotState = 'fresh';

  constructor(
    private readonly clock: FakeClock,
    private readonly ids: string[],
  ) {
    for (const id of ids) {
      this.cloudToken.set(id, 'v1');
      this.shownToken.set(id, 'v1');
    }
  }

  accountIds(): readonly string[] {
    return this.ids;
  }

  changeToken(accountId: string): string | undefined {
    return this.shownToken.get(accountId);
  }

  async checkChangeSignal(accountId: string): Promise<ChangeSignal> {
    this.checks.push({ accountId, at: this.clock.now() });
    const failure = this.failing.get(accountId);
    if (failure !== undefined) throw failure;
    return { token: this.cloudToken.get(accountId) ?? '' };
  }

  async refresh(accountId: string, options: { changeSignal: ChangeSignal }): Promise<{ state: SnapshotState }> {
    this.refreshes.push(accountId);
    if (this.refreshState === 'fresh') this.shownToken.set(accountId, options.changeSignal.token);
    return { state: this.refreshState };
  }

  checksOf(accountId: string): number[] {
    return this.checks.filter((check) => check.accountId === accountId).map((check) => check.at);
  }
}

function setup(activity: PollActivity, ids = ['a'], intervalSeconds = 60): { clock: FakeClock; target: FakeTarget; scheduler: PollScheduler } {
  const clock = new FakeClock();
  const target = new FakeTarget(clock, ids);
  const scheduler = new PollScheduler({ target, clock, intervalSeconds, activity });
  scheduler.start();
  return { clock, target, scheduler };
}

const VISIBLE: PollActivity = { viewVisible: true, panelVisible: false, windowFocused: true };
const HIDDEN: PollActivity = { viewVisible: false, panelVisible: false, windowFocused: true };
const UNFOCUSED: PollActivity = { viewVisible: true, panelVisible: false, windowFocused: false };

function gaps(times: readonly number[]): number[] {
  return times.slice(1).map((time, i) => time - times[i]);
}

describe('PollScheduler', () => {
  describe('cadence (DESIGN §6)', () => {
    it('checks at most once a minute per account while visible', async () => {
      const { clock, target } = setup(VISIBLE);
      await clock.advance(HOUR);
      assert.ok(target.checks.length <= 60 && Math.min(...gaps(target.checksOf('a'))) >= MINUTE, `${target.checks.length} checks`);
    });

    it('checks at most once per five minutes while hidden', async () => {
      const { clock, target } = setup(HIDDEN);
      await clock.advance(HOUR);
      assert.ok(target.checks.length <= 12 && Math.min(...gaps(target.checksOf('a'))) >= 5 * MINUTE, `${target.checks.length} checks`);
    });

    it('checks less often while the window is unfocused than while hidden', async () => {
      const hidden = setup(HIDDEN);
      const unfocused = setup(UNFOCUSED);
      await hidden.clock.advance(HOUR);
      await unfocused.clock.advance(HOUR);
      assert.ok(unfocused.target.checks.length < hidden.target.checks.length);
    });

    it('follows the interval setting while visible', async () => {
      const { clock, target } = setup(VISIBLE, ['a'], 120);
      await clock.advance(HOUR);
      assert.deepEqual(new Set(gaps(target.checksOf('a'))), new Set([120_000]));
    });

    it('polls at once when the view becomes visible and the last check is older than the visible interval', async () => {
      const { clock, target, scheduler } = setup(HIDDEN);
      await clock.advance(5 * MINUTE + 1000);
      const checksWhileHidden = target.checks.length;
      await clock.advance(2 * MINUTE);
      scheduler.setActivity({ viewVisible: true });
      await clock.advance(0);
      assert.equal(target.checks.length, checksWhileHidden + 1);
    });
  });

  describe('refreshing', () => {
    it('refreshes only when the token differs from the one shown', async () => {
      const { clock, target } = setup(VISIBLE);
      await clock.advance(10 * MINUTE);
      target.cloudToken.set('a', 'v2');
      await clock.advance(10 * MINUTE);
      assert.deepEqual({ refreshes: target.refreshes.length, checks: target.checks.length }, { refreshes: 1, checks: 20 });
    });

    it('skips a poll while a refresh of the account is already running', async () => {
      const { clock, target, scheduler } = setup(VISIBLE);
      const outcomes: string[] = [];
      scheduler.onDidPoll((event) => outcomes.push(event.outcome));
      (target as PollTarget).isRefreshing = () => true;
      await clock.advance(MINUTE);
      assert.deepEqual({ outcomes, checks: target.checks.length }, { outcomes: ['skipped'], checks: 0 });
    });
  });

  describe('failures', () => {
    it('backs off while offline: gaps grow and stop at the cap', async () => {
      const { clock, target } = setup(VISIBLE);
      target.failing.set('a', ticketError('network'));
      await clock.advance(3 * HOUR);
      const between = gaps(target.checksOf('a'));
      const cap = pollCadence(60).maxBackoffMs;
      const nonDecreasing = between.every((gap, i) => i === 0 || gap >= between[i - 1]);
      assert.deepEqual({ nonDecreasing, first: between[0] > MINUTE, last: between[between.length - 1] }, { nonDecreasing: true, first: true, last: cap });
    });

    it("waits at least as long as the cloud's retry-after", async () => {
      const { clock, target } = setup(VISIBLE);
      await clock.advance(MINUTE);
      target.failing.set('a', ticketError('throttled', 40 * MINUTE));
      await clock.advance(MINUTE);
      target.failing.delete('a');
      await clock.advance(HOUR);
      assert.ok(gaps(target.checksOf('a'))[1] >= 40 * MINUTE);
    });

    it('returns to the normal cadence after a success', async () => {
      const { clock, target } = setup(VISIBLE);
      target.failing.set('a', ticketError('network'));
      await clock.advance(30 * MINUTE);
      target.failing.delete('a');
      await clock.advance(30 * MINUTE);
      const last = gaps(target.checksOf('a')).slice(-3);
      assert.deepEqual(last, [MINUTE, MINUTE, MINUTE]);
    });

    it('counts a refresh that failed after a changed token as a failure', async () => {
      const { clock, target, scheduler } = setup(VISIBLE);
      target.cloudToken.set('a', 'v2');
      target.refreshState = 'offline';
      const events: { outcome: string; failures: number }[] = [];
      scheduler.onDidPoll((event) => events.push({ outcome: event.outcome, failures: event.failures }));
      await clock.advance(MINUTE);
      assert.deepEqual(events, [{ outcome: 'failed', failures: 1 }]);
    });

    it('one offline account does not slow down another', async () => {
      const { clock, target } = setup(VISIBLE, ['down', 'up']);
      target.failing.set('down', ticketError('network'));
      await clock.advance(HOUR);
      assert.deepEqual(new Set(gaps(target.checksOf('up'))), new Set([MINUTE]));
    });
  });

  it('stops polling removed accounts and after stop()', async () => {
    const { clock, target, scheduler } = setup(VISIBLE, ['a']);
    await clock.advance(MINUTE);
    scheduler.stop();
    await clock.advance(HOUR);
    assert.equal(target.checks.length, 1);
  });
});
