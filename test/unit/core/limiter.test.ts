import assert from 'node:assert/strict';
import { ConcurrencyLimiter } from '../../../src/core/limiter';

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
    await Promise.all([1, 2, 3, 4].map((n) => limiter.run(async () => { order.push(n); await tick(1); })));
    assert.deepEqual(order, [1, 2, 3, 4]);
  });

  it('frees the slot when a task throws', async () => {
    const limiter = new ConcurrencyLimiter(1);
    await assert.rejects(limiter.run(async () => { throw new Error('boom'); }));
    assert.equal(await limiter.run(async () => 'next'), 'next');
  });

  it('removes an aborted task from the queue without running it', async () => {
    const limiter = new ConcurrencyLimiter(1);
    const controller = new AbortController();
    let ran = false;
    const blocker = limiter.run(() => tick(20));
    const queued = limiter.run(async () => { ran = true; }, controller.signal);
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

  it('rejects a non-positive bound', () => {
    assert.throws(() => new ConcurrencyLimiter(0), RangeError);
  });
});
