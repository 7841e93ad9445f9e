/**
 * Every provider call settles within its deadline, queueing included (issue #15): with the account's
 * only request slot taken by work that never ends, calls of all three flavours fail with a retryable
 * network error instead of waiting for ever; a write sent late and left unanswered is ambiguous.
 */
import assert from 'node:assert/strict';
import { callDeadlineMs } from '../../../src/core/deadline';
import { isTicketError } from '../../../src/core/errors';
import { ConcurrencyLimiter } from '../../../src/core/limiter';
import type { TicketProvider } from '../../../src/core/provider';
import { EMULATOR_PROVIDER, FLAVOURS, useFaultWorld, type Flavour, type FaultWorld } from './world';

const TIMEOUT_MS = 400;
const ONE_ATTEMPT = { maxAttempts: 1, baseDelayMs: 10, maxDelayMs: 100 };
const DEADLINE_MS = callDeadlineMs(TIMEOUT_MS, ONE_ATTEMPT);
/** Event-loop and loopback slack on a busy machine. */
const SLACK_MS = 400;

/** A provider of `flavour` whose request slots are the given limiter. */
function providerWith(world: FaultWorld, flavour: Flavour, limiter: ConcurrencyLimiter): TicketProvider {
  return world.provider(flavour, { timeoutMs: TIMEOUT_MS, retryPolicy: ONE_ATTEMPT }, { limiter });
}

async function timed(work: Promise<unknown>): Promise<{ error: unknown; elapsedMs: number }> {
  const started = Date.now();
  try {
    await work;
    return { error: undefined, elapsedMs: Date.now() - started };
  } catch (error) {
    return { error, elapsedMs: Date.now() - started };
  }
}

/** Holds the limiter's only slot until `release` is called (or for ever). */
function holdSlot(limiter: ConcurrencyLimiter): { release: () => void } {
  let release: () => void = () => undefined;
  void limiter.run(
    () =>
      new Promise<void>((resolve) => {
        release = resolve;
      }),
  );
  return { release: () => release() };
}

describe('every provider call settles within its deadline', () => {
  const world = useFaultWorld();

  for (const flavour of FLAVOURS) {
    it(`${flavour}: a read queued behind a slot that is never freed fails as a retryable network error, not sent`, async () => {
      const limiter = new ConcurrencyLimiter(1);
      holdSlot(limiter);
      const { error, elapsedMs } = await timed(providerWith(world(), flavour, limiter).getChangeSignal());
      assert.ok(elapsedMs <= DEADLINE_MS + SLACK_MS, `settled after ${elapsedMs} ms (deadline ${DEADLINE_MS} ms)`);
      assert.deepEqual(
        { network: isTicketError(error, 'network'), code: isTicketError(error) && error.code, ambiguous: isTicketError(error) && error.ambiguous, early: elapsedMs >= DEADLINE_MS - 50 },
        { network: true, code: 'DeadlineExceeded', ambiguous: false, early: true },
      );
    });

    it(`${flavour}: a reply sent late and left unanswered at the deadline is ambiguous`, async () => {
      const limiter = new ConcurrencyLimiter(1);
      const slot = holdSlot(limiter);
      // Free the slot after one and a half timeouts: the reply is sent then, and its own timeout would
      // only fire after the call's deadline.
      setTimeout(() => slot.release(), TIMEOUT_MS * 1.5);
      world().emulator.control.addLatency({ provider: EMULATOR_PROVIDER[flavour], ms: TIMEOUT_MS * 4 });
      const target = world()
        .serverTickets(flavour)
        .find((ticket) => ticket.group !== 'closed');
      const { error, elapsedMs } = await timed(providerWith(world(), flavour, limiter).reply(target?.id ?? 'missing', { body: 'late reply' }));
      assert.ok(elapsedMs <= DEADLINE_MS + SLACK_MS, `settled after ${elapsedMs} ms (deadline ${DEADLINE_MS} ms)`);
      assert.deepEqual(
        { network: isTicketError(error, 'network'), code: isTicketError(error) && error.code, ambiguous: isTicketError(error) && error.ambiguous },
        { network: true, code: 'DeadlineExceeded', ambiguous: true },
      );
    });
  }

  it("the caller's cancellation stays a cancellation", async () => {
    const limiter = new ConcurrencyLimiter(1);
    holdSlot(limiter);
    const controller = new AbortController();
    const call = timed(providerWith(world(), 'huaweicloud', limiter).getChangeSignal(controller.signal));
    setTimeout(() => controller.abort(), 50);
    const { error } = await call;
    assert.equal((error as Error).name, 'AbortError');
  });
});
