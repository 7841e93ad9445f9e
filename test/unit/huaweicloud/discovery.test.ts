/**
 * Account (domain) id discovery under load: an account without a stored domain id whose first calls
 * fill every request slot must not deadlock (issue #15), and one discovery serves them all.
 */
import assert from 'node:assert/strict';
import { ConcurrencyLimiter } from '../../../src/core/limiter';
import { demoProvider, DEMO_DOMAIN_ID, useEmulatorSuite } from './harness';

/** Settles with the outcome of `work`, or with 'hung' when it takes longer than `ms`. */
async function within<T>(ms: number, work: Promise<T>): Promise<T | 'hung'> {
  let timer: NodeJS.Timeout | undefined;
  const hung = new Promise<'hung'>((resolve) => {
    timer = setTimeout(() => resolve('hung'), ms);
  });
  try {
    return await Promise.race([work, hung]);
  } finally {
    clearTimeout(timer);
  }
}

describe('Huawei Cloud account id discovery', () => {
  const osm = useEmulatorSuite();

  function domainRequests(): number {
    return osm.harness.emulator.control.requests().filter((entry) => entry.action === 'KeystoneListAuthDomains').length;
  }

  it('opening the create form as the first call of an account without a domain id does not hang', async () => {
    // The form loads eight things at once: more than the two slots, so every slot is taken by a call
    // that needs the account id before discovery asks for one.
    const provider = demoProvider(osm.harness, { domainId: undefined, limiter: new ConcurrencyLimiter(2), timeoutMs: 2_000 });
    const outcome = await within(
      8_000,
      provider.getCreateForm().then((form) => form.fields.length > 0),
    );
    assert.deepEqual({ outcome, discoveries: domainRequests() }, { outcome: true, discoveries: 1 });
  });

  it('many first calls at once share one discovery and all use its answer', async () => {
    const provider = demoProvider(osm.harness, { domainId: undefined, limiter: new ConcurrencyLimiter(1), timeoutMs: 2_000 });
    const outcome = await within(8_000, Promise.all(Array.from({ length: 6 }, () => provider.getTicket('nonexistent').catch((e: unknown) => (e as { kind?: string }).kind))));
    const id = outcome === 'hung' ? 'hung' : await provider.client.domainId();
    assert.deepEqual(
      { outcome, discoveries: domainRequests(), id },
      {
        outcome: Array.from({ length: 6 }, () => 'not-found'),
        discoveries: 1,
        id: DEMO_DOMAIN_ID,
      },
    );
  });

  it('a caller that gives up does not cancel the discovery other calls wait for', async () => {
    osm.harness.emulator.control.addLatency({ provider: 'huaweicloud', action: 'KeystoneListAuthDomains', ms: 200 });
    const provider = demoProvider(osm.harness, { domainId: undefined, timeoutMs: 2_000 });
    const impatient = new AbortController();
    const first = provider.client.domainId(impatient.signal);
    const second = provider.client.domainId();
    impatient.abort();
    const [firstOutcome, secondOutcome] = await Promise.allSettled([first, second]);
    assert.deepEqual(
      { first: firstOutcome.status, second: secondOutcome.status === 'fulfilled' ? secondOutcome.value : 'rejected', discoveries: domainRequests() },
      {
        first: 'rejected',
        second: DEMO_DOMAIN_ID,
        discoveries: 1,
      },
    );
  });
});
