import assert from 'node:assert/strict';
import { ServerClock } from '../../../src/core/server-clock';

describe('ServerClock', () => {
  const base = Date.UTC(2026, 3, 2, 8, 0, 0);

  it('knows no skew until an answer with a Date header is seen, and then tells server time', () => {
    let local = base;
    const clock = new ServerClock(() => local);
    assert.deepEqual([clock.skewMs, clock.now()], [undefined, base]);
    clock.observe(new Date(base + 14 * 60_000).toUTCString(), base - 200, base + 200);
    local += 1000;
    assert.equal(Math.abs(clock.now() - (base + 1000 + 14 * 60_000)) <= 1000, true);
  });

  it('measures a clock behind the server as a negative skew within a second', () => {
    const clock = new ServerClock(() => base);
    clock.observe(new Date(base - 14 * 60_000).toUTCString(), base - 50, base + 50);
    assert.equal(Math.abs((clock.skewMs ?? 0) + 14 * 60_000) <= 1000, true);
  });

  it('follows the newest answer and ignores unusable headers', () => {
    const clock = new ServerClock(() => base);
    clock.observe(new Date(base + 60_000).toUTCString(), base, base);
    clock.observe('not a date', base, base);
    clock.observe(undefined, base, base);
    clock.observe(new Date(base).toUTCString(), base, base);
    assert.equal(Math.abs(clock.skewMs ?? NaN) <= 1000, true);
  });
});
