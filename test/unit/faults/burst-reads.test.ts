/**
 * A tree's reads go as a burst (issue #19): `ReadOptions.burst` reaches the transport's request slots on every
 * flavour, so a list page and the change signal start while the slow start's slots are all taken — Huawei's
 * list also reads unread counts, and its change signal polls new messages, each a call of its own.
 */
import assert from 'node:assert/strict';
import { ConcurrencyLimiter } from '../../../src/core/limiter';
import { FLAVOURS, useFaultWorld } from './world';

const SETTINGS = { timeoutMs: 2_000, retryPolicy: { maxAttempts: 1, baseDelayMs: 10, maxDelayMs: 100 } };
const BURST = { burst: true };

describe('a burst read starts while the slow start holds every slot', () => {
  const world = useFaultWorld();

  for (const flavour of FLAVOURS) {
    it(`${flavour}: lists a page and reads the change signal while every slot of the slow start is held`, async () => {
      // No answer after the first counts as prompt, so the limit grows once and then holds.
      const limiter = new ConcurrencyLimiter(24, { adaptive: { initial: 1, promptFactor: 0, promptSlackMs: 0 } });
      const releases: (() => void)[] = [];
      // Before each read, hold every slot the limit allows, so only a burst can start.
      const holdEverySlot = () => {
        while (limiter.active < limiter.limit) void limiter.run(() => new Promise<void>((resolve) => releases.push(resolve)));
      };
      const provider = world().provider(flavour, SETTINGS, { limiter });
      try {
        const signal = new AbortController().signal;
        // The first answer raises the limit by one (it is the fastest yet): spend it on a read not judged.
        holdEverySlot();
        await provider.listTickets({}, { pageSize: 1 }, signal, BURST);
        // Twice: Huawei polls new messages only once a list has told it which cases are open.
        for (let round = 0; round < 2; round++) {
          holdEverySlot();
          const page = await provider.listTickets({}, { pageSize: 20 }, signal, BURST);
          holdEverySlot();
          const change = await provider.getChangeSignal(signal, BURST);
          assert.ok(page.items.length > 0 && change.token !== '', `${flavour}: ${page.items.length} tickets, token "${change.token}"`);
        }
      } finally {
        for (const release of releases) release();
      }
    });
  }
});
