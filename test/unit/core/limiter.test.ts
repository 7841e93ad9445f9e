import assert from 'node:assert/strict';
import { getEventListeners } from 'node:events';
import { ConcurrencyLimiter } from '../../../src/core/limiter';
import type { Clock, Timer } from '../../../src/core/polling/clock';
import { FakeClock } from '../../support/fake-clock';

/**
 * A fake clock whose timers fire `earlyMs` before they are due (but never sooner than 1 ms), as real
 * timers do when their millisecond clock and `Date.now` round differently.
 */
class EarlyFiringClock implements Clock {
  readonly inner = new FakeClock();
  constructor(private readonly earlyMs: number) {}
  now(): number {
    return this.inner.now();
  }
  setTimer(callback: () => void, ms: number): Timer {
    return this.inner.setTimer(callback, Math.max(1, ms - this.earlyMs));
  }
}

function tick(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

describe('ConcurrencyLimiter', () => {
  it('never runs more than maxConcurrent tasks at once', async () => {
    const limiter = new ConcurrencyLimiter(3);
    let running = 0;
    let peak = 0;
    const task = async (): Promise<void> => {
      running++;
      peak = Math.max(peak, running);
      await tick(5);
      running--;
    };
    await Promise.all(Array.from({ length: 20 }, () => limiter.run(task)));
    assert.equal(peak, 3);
  });

  it('starts queued tasks in FIFO order', async () => {
    const limiter = new ConcurrencyLimiter(1);
    const order: number[] = [];
    await Promise.all(
      [1, 2, 3, 4].map((n) =>
        limiter.run(async () => {
          order.push(n);
          await tick(1);
        }),
      ),
    );
    assert.deepEqual(order, [1, 2, 3, 4]);
  });

  it('starts tasks queued ahead before the others, each kind in its own order; an abort takes them out too', async () => {
    const limiter = new ConcurrencyLimiter(1);
    const order: string[] = [];
    const aborted = new AbortController();
    const task = (name: string) => async (): Promise<void> => {
      order.push(name);
      await tick(1);
    };
    const runs = [
      limiter.run(task('running')),
      limiter.run(task('detail 1')),
      limiter.run(task('page 1'), undefined, { ahead: true }),
      limiter.run(task('detail 2')),
      limiter.run(task('page 2'), undefined, { ahead: true }),
    ];
    const doomed = limiter.run(task('page of a cancelled refresh'), aborted.signal, { ahead: true });
    assert.equal(limiter.pending, 5);
    aborted.abort();
    await assert.rejects(doomed, { name: 'AbortError' });
    await Promise.all(runs);
    assert.deepEqual(order, ['running', 'page 1', 'page 2', 'detail 1', 'detail 2']);
  });

  it('frees the slot when a task throws', async () => {
    const limiter = new ConcurrencyLimiter(1);
    await assert.rejects(
      limiter.run(async () => {
        throw new Error('boom');
      }),
    );
    assert.equal(await limiter.run(async () => 'next'), 'next');
  });

  it('removes an aborted task from the queue without running it', async () => {
    const limiter = new ConcurrencyLimiter(1);
    const controller = new AbortController();
    let ran = false;
    const blocker = limiter.run(() => tick(20));
    const queued = limiter.run(async () => {
      ran = true;
    }, controller.signal);
    controller.abort();
    await assert.rejects(queued, { name: 'AbortError' });
    await blocker;
    assert.equal(ran, false);
  });

  it('holds back new starts during pauseFor', async () => {
    const limiter = new ConcurrencyLimiter(2);
    limiter.pauseFor(60);
    const started = Date.now();
    const startedAt = await limiter.run(async () => Date.now());
    assert.ok(startedAt - started >= 50, `started after ${startedAt - started} ms`);
  });

  it('resumes after a pause even when the resume timer fires a millisecond early (issue #15)', async () => {
    const clock = new EarlyFiringClock(1);
    const limiter = new ConcurrencyLimiter(2, { clock });
    limiter.pauseFor(1000);
    let startedAt: number | undefined;
    const queued = limiter.run(async () => {
      startedAt = clock.now();
    });
    await clock.inner.advance(5_000);
    await queued;
    assert.deepEqual({ startedAt, pending: limiter.pending }, { startedAt: clock.now() - 5_000 + 1000, pending: 0 });
  });

  it('a task queued after an early resume timer fired still starts when the pause ends', async () => {
    const clock = new EarlyFiringClock(3);
    const limiter = new ConcurrencyLimiter(1, { clock });
    limiter.pauseFor(100);
    await clock.inner.advance(98); // the timer fired at 97 with nothing queued
    let started = false;
    const queued = limiter.run(async () => {
      started = true;
    });
    await clock.inner.advance(10);
    await queued;
    assert.equal(started, true);
  });

  it('keeps one abort listener per signal however many tasks wait under it', async () => {
    const limiter = new ConcurrencyLimiter(1);
    const controller = new AbortController();
    let release: () => void = () => undefined;
    const blocker = limiter.run(
      () =>
        new Promise<void>((resolve) => {
          release = resolve;
        }),
    );
    const queued = Array.from({ length: 500 }, () => limiter.run(async () => undefined, controller.signal));
    await tick(0);
    const whileWaiting = { listeners: getEventListeners(controller.signal, 'abort').length, pending: limiter.pending };
    release();
    await blocker;
    await Promise.all(queued);
    const after = getEventListeners(controller.signal, 'abort').length;
    assert.deepEqual({ whileWaiting, after }, { whileWaiting: { listeners: 1, pending: 500 }, after: 0 });
  });

  it('an abort rejects every task waiting under that signal and none of the others', async () => {
    const limiter = new ConcurrencyLimiter(1);
    const aborted = new AbortController();
    let release: () => void = () => undefined;
    const blocker = limiter.run(
      () =>
        new Promise<void>((resolve) => {
          release = resolve;
        }),
    );
    const ran: string[] = [];
    const doomed = [1, 2, 3].map((n) =>
      limiter.run(async () => {
        ran.push(`a${n}`);
      }, aborted.signal),
    );
    const kept = limiter.run(async () => {
      ran.push('kept');
    });
    aborted.abort();
    const outcomes = await Promise.allSettled(doomed);
    release();
    await Promise.all([blocker, kept]);
    assert.deepEqual({ outcomes: outcomes.map((o) => o.status), ran, listeners: limiter.abortListeners }, { outcomes: ['rejected', 'rejected', 'rejected'], ran: ['kept'], listeners: 0 });
  });

  it('rejects a non-positive bound', () => {
    assert.throws(() => new ConcurrencyLimiter(0), RangeError);
  });
});
