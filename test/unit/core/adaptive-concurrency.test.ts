import assert from 'node:assert/strict';
import { AdaptiveConcurrency } from '../../../src/core/adaptive-concurrency';
import { TicketError } from '../../../src/core/errors';
import { ConcurrencyLimiter } from '../../../src/core/limiter';

/** `count` prompt answers (25 ms) while every slot is taken. */
function promptAnswers(control: AdaptiveConcurrency, count: number, now = 0): void {
  for (let i = 0; i < count; i++) control.answered(25, true, now);
}

function tick(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** Tasks of `ms` each that count how many run at once and record the order they start in. */
function countedTasks(ms: number) {
  let running = 0;
  let peak = 0;
  const order: string[] = [];
  const task =
    (name = '') =>
    async (): Promise<void> => {
      running++;
      peak = Math.max(peak, running);
      order.push(name);
      await tick(ms);
      running--;
    };
  return { task, order, peak: () => peak, resetPeak: () => (peak = 0) };
}

function throttledError(): TicketError {
  return new TicketError({ kind: 'throttled', message: 'Too many requests; try again shortly.' });
}

describe('AdaptiveConcurrency', () => {
  it('doubles per round of prompt answers from its start up to the ceiling, never past it', () => {
    const control = new AdaptiveConcurrency(16, { initial: 4 });
    const limits: number[] = [];
    for (let round = 0; round < 4; round++) {
      promptAnswers(control, control.limit);
      limits.push(control.limit);
    }
    assert.deepEqual(limits, [8, 16, 16, 16]);
  });

  it('does not grow on answers that came while slots were free', () => {
    const control = new AdaptiveConcurrency(16, { initial: 4 });
    for (let i = 0; i < 20; i++) control.answered(25, false, 0);
    assert.equal(control.limit, 4);
  });

  it('holds the limit while answers are slow compared with the fastest recent one', () => {
    const control = new AdaptiveConcurrency(16, { initial: 4, promptSlackMs: 10 });
    control.answered(25, true, 0);
    const afterFast = control.limit;
    for (let i = 0; i < 10; i++) control.answered(200, true, 0);
    assert.deepEqual({ afterFast, afterSlow: control.limit }, { afterFast: 5, afterSlow: 5 });
  });

  it('halves on throttling, once for the calls that were already out, never below 1', () => {
    const control = new AdaptiveConcurrency(16, { initial: 16 });
    control.throttled(100, 200);
    const afterFirst = control.limit;
    control.throttled(150, 210); // sent before the cut: the same congestion
    const sameCongestion = control.limit;
    for (let i = 0; i < 10; i++) control.throttled(300 + i, 300 + i);
    assert.deepEqual({ afterFirst, sameCongestion, floor: control.limit, decreases: control.stats().decreases }, { afterFirst: 8, sameCongestion: 8, floor: 1, decreases: 11 });
  });

  it('after throttling grows by about one per round of answers, not by doubling', () => {
    const control = new AdaptiveConcurrency(16, { initial: 16, recoveryMs: 60_000 });
    control.throttled(0, 0);
    const limits: number[] = [];
    for (let round = 0; round < 3; round++) {
      promptAnswers(control, control.limit, 1_000);
      limits.push(control.limit);
    }
    assert.deepEqual(limits, [8, 9, 10]);
  });

  it('lets a burst use the ceiling until the cloud throttles, then only the cut limit, and the ceiling again after recovery', () => {
    const control = new AdaptiveConcurrency(24, { initial: 8, recoveryMs: 60_000 });
    const fresh = { limit: control.limit, burst: control.burstLimit };
    control.throttled(0, 0);
    const cut = { limit: control.limit, burst: control.burstLimit };
    for (let round = 0; round < 6; round++) promptAnswers(control, control.limit, 70_000);
    assert.deepEqual({ fresh, cut, recovered: control.burstLimit }, { fresh: { limit: 8, burst: 24 }, cut: { limit: 4, burst: 4 }, recovered: 24 });
  });

  it('a minute after the last throttling it may double again, so one throttling answer does not slow the account for good', () => {
    const control = new AdaptiveConcurrency(16, { initial: 16, recoveryMs: 60_000 });
    for (let i = 0; i < 5; i++) control.throttled(i, i);
    const floor = control.limit;
    for (let round = 0; round < 5; round++) promptAnswers(control, control.limit, 70_000);
    assert.deepEqual({ floor, recovered: control.limit }, { floor: 1, recovered: 16 });
  });
});

describe('ConcurrencyLimiter, adaptive', () => {
  it('runs more at once as prompt answers come in, up to its ceiling', async () => {
    const limiter = new ConcurrencyLimiter(12, { adaptive: { initial: 2 } });
    let running = 0;
    let peak = 0;
    const task = async (): Promise<void> => {
      running++;
      peak = Math.max(peak, running);
      await tick(5);
      running--;
    };
    await Promise.all(Array.from({ length: 120 }, () => limiter.run(task)));
    assert.deepEqual({ peak, limit: limiter.limit }, { peak: 12, limit: 12 });
  });

  it('narrows after throttling answers and still finishes every queued task', async () => {
    const limiter = new ConcurrencyLimiter(8, { adaptive: { initial: 8 } });
    let throttleLeft = 3;
    let finished = 0;
    const task = async (): Promise<void> => {
      await tick(2);
      if (throttleLeft-- > 0) throw throttledError();
      finished++;
    };
    const outcomes = await Promise.allSettled(Array.from({ length: 40 }, () => limiter.run(task)));
    assert.deepEqual(
      { rejected: outcomes.filter((o) => o.status === 'rejected').length, finished, cut: (limiter.adaptiveStats()?.decreases ?? 0) >= 1, pending: limiter.pending },
      { rejected: 3, finished: 37, cut: true, pending: 0 },
    );
  });

  it('never runs more tasks across accounts than the shared limiter allows', async () => {
    const shared = new ConcurrencyLimiter(5);
    const accounts = [0, 1, 2].map(() => new ConcurrencyLimiter(4, { adaptive: { initial: 4 }, shared }));
    let running = 0;
    let peak = 0;
    const task = async (): Promise<void> => {
      running++;
      peak = Math.max(peak, running);
      await tick(3);
      running--;
    };
    await Promise.all(accounts.flatMap((limiter) => Array.from({ length: 20 }, () => limiter.run(task))));
    assert.deepEqual({ peak, sharedActive: shared.active }, { peak: 5, sharedActive: 0 });
  });

  it('starts burst tasks up to the ceiling at once while others wait for the slow start', async () => {
    const limiter = new ConcurrencyLimiter(24, { adaptive: { initial: 8 } });
    const tasks = countedTasks(5);
    await Promise.all(Array.from({ length: 30 }, () => limiter.run(tasks.task(), undefined, { burst: true })));
    const burstPeak = tasks.peak();
    const slow = new ConcurrencyLimiter(24, { adaptive: { initial: 8 } });
    tasks.resetPeak();
    const first = Array.from({ length: 30 }, () => slow.run(tasks.task()));
    await tick(1);
    const startedBeforeAnyAnswer = tasks.peak();
    await Promise.all(first);
    assert.deepEqual({ burstPeak, startedBeforeAnyAnswer }, { burstPeak: 24, startedBeforeAnyAnswer: 8 });
  });

  it('holds burst tasks to the cut limit after a throttling answer, and a burst queued behind others still goes first', async () => {
    const limiter = new ConcurrencyLimiter(24, { adaptive: { initial: 8 } });
    await limiter.run(() => Promise.reject(throttledError())).catch(() => undefined);
    const { task, order, peak } = countedTasks(3);
    const bulk = Array.from({ length: 10 }, (_, i) => limiter.run(task(`bulk${i}`)));
    const burst = Array.from({ length: 3 }, (_, i) => limiter.run(task(`burst${i}`), undefined, { ahead: true, burst: true }));
    await Promise.all([...bulk, ...burst]);
    const firstBurst = order.indexOf('burst0');
    // The cut limit is 4; prompt answers raise it by about one per round, so five or six may run by the end.
    assert.deepEqual({ heldToTheCut: peak() <= 6, firstBurstBeforeBulk4: firstBurst < order.indexOf('bulk4') }, { heldToTheCut: true, firstBurstBeforeBulk4: true });
  });

  it('a fixed limiter keeps its limit whatever the answers say', async () => {
    const limiter = new ConcurrencyLimiter(3);
    await Promise.allSettled(
      Array.from({ length: 10 }, () =>
        limiter.run(async () => {
          throw throttledError();
        }),
      ),
    );
    assert.deepEqual({ limit: limiter.limit, stats: limiter.adaptiveStats() }, { limit: 3, stats: undefined });
  });
});
