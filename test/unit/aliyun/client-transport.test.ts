import assert from 'node:assert/strict';
import { ConcurrencyLimiter } from '../../../src/core/limiter';
import { isTicketError } from '../../../src/core/errors';
import { createAliyunProvider } from '../../../src/providers/aliyun/provider';
import { KEY, OWNER_TICKETS } from './emulator-fixtures';
import { AliyunHarness } from './harness';

describe('aliyun client transport against the emulator', () => {
  let harness: AliyunHarness;

  before(async () => {
    harness = await AliyunHarness.start();
  });
  beforeEach(() => harness.reset());
  after(() => harness.close());

  it('aborts an in-flight request when the signal fires', async () => {
    harness.emulator.control.addLatency({ provider: 'aliyun', action: 'GetTicket', ms: 2000 });
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 30);
    const started = Date.now();
    await assert.rejects(harness.provider('2021-06-10').getTicket(OWNER_TICKETS[0].TicketId, controller.signal), { name: 'AbortError' });
    assert.ok(Date.now() - started < 1000);
  });

  it('keeps at most maxConcurrent requests in flight', async () => {
    const rttMs = 60;
    harness.emulator.control.addLatency({ provider: 'aliyun', action: 'GetTicket', ms: rttMs });
    const provider = harness.provider('2021-06-10', { limiter: new ConcurrencyLimiter(2) });
    const started = Date.now();
    await Promise.all(OWNER_TICKETS.slice(0, 6).map((ticket) => provider.getTicket(ticket.TicketId)));
    // 6 requests, 2 at a time: at least 3 round trips.
    assert.ok(Date.now() - started >= 3 * rttMs, `took ${Date.now() - started} ms`);
  });

  it('uses the concurrency it is given: six calls in flight at once with six slots', async () => {
    const rttMs = 60;
    harness.emulator.control.addLatency({ provider: 'aliyun', action: 'GetTicket', ms: rttMs });
    const limiter = new ConcurrencyLimiter(6);
    const provider = harness.provider('2021-06-10', { limiter });
    // Counted while the calls wait on the emulator's latency, not timed: timings lie on a loaded machine.
    let peak = 0;
    const sampler = setInterval(() => (peak = Math.max(peak, limiter.active)), 5);
    await Promise.all(OWNER_TICKETS.slice(0, 6).map((ticket) => provider.getTicket(ticket.TicketId))).finally(() => clearInterval(sampler));
    assert.equal(peak, 6);
  });

  it('asks the credentials supplier on every request (refreshed STS keys are used)', async () => {
    let asked = 0;
    const provider = createAliyunProvider({
      account: { id: 'a', providerId: 'aliyun', label: 'a', endpoint: harness.emulator.url },
      credentials: async () => {
        asked++;
        return KEY;
      },
    });
    await provider.verifyCredentials();
    await provider.verifyCredentials();
    assert.equal(asked, 2);
  });

  it('defaults to API version 2021-06-10', async () => {
    const provider = createAliyunProvider({ account: { id: 'a', providerId: 'aliyun', label: 'a', endpoint: harness.emulator.url }, credentials: async () => KEY });
    assert.equal(provider.capabilities.canReopen, true);
  });

  it('rejects an unknown API version up front', () => {
    assert.throws(
      () => createAliyunProvider({ account: { id: 'a', providerId: 'aliyun', label: 'a', apiVersion: '2019-01-01' }, credentials: async () => KEY }),
      (error: unknown) => isTicketError(error, 'invalid-input'),
    );
  });
});
