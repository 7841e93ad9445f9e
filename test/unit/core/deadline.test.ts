import assert from 'node:assert/strict';
import { callDeadlineMs, deadlineExceeded, withDeadline, type CallDeadline } from '../../../src/core/deadline';
import { isTicketError, TicketError } from '../../../src/core/errors';
import { FakeClock } from '../../support/fake-clock';
import { withRetry } from '../../../src/core/retry';
import { errorText, inEnglish } from '../../../src/shared/errorText';

/** The error as the user reads it, in English. */
const sentence = (error: unknown): string => errorText(error, inEnglish);

const expired = (sent: boolean): TicketError => deadlineExceeded({ provider: 'Test Cloud', operation: 'CreateTicket', deadlineMs: 1000, write: true, sent });

/** Settles `promise` into a plain outcome so one assertion can compare it. */
async function outcomeOf(promise: Promise<unknown>): Promise<{ value?: unknown; error?: unknown }> {
  try {
    return { value: await promise };
  } catch (error) {
    return { error };
  }
}

describe('withDeadline', () => {
  it('passes the work result through and leaves no timer behind', async () => {
    const clock = new FakeClock();
    const value = await withDeadline({ ms: 1000, clock, expired }, async () => 'done');
    assert.deepEqual({ value, timers: clock.pendingTimers }, { value: 'done', timers: 0 });
  });

  it('settles work that never does at the deadline, aborting its signal with the same error', async () => {
    const clock = new FakeClock();
    let seen: CallDeadline | undefined;
    const call = outcomeOf(
      withDeadline({ ms: 1000, clock, expired }, (deadline) => {
        seen = deadline;
        return new Promise<never>(() => undefined);
      }),
    );
    await clock.advance(999);
    const before = { aborted: seen?.signal.aborted, remaining: seen?.remainingMs() };
    await clock.advance(1);
    const { error } = await call;
    assert.deepEqual(
      { before, code: (error as TicketError).code, ambiguous: (error as TicketError).ambiguous, reason: seen?.signal.reason === error, remaining: seen?.remainingMs() },
      { before: { aborted: false, remaining: 1 }, code: 'DeadlineExceeded', ambiguous: false, reason: true, remaining: 0 },
    );
  });

  it('reports a write that was sent before the deadline as ambiguous', async () => {
    const clock = new FakeClock();
    const call = outcomeOf(
      withDeadline({ ms: 1000, clock, expired }, (deadline) => {
        deadline.markSent();
        return new Promise<never>(() => undefined);
      }),
    );
    await clock.advance(1000);
    const { error } = await call;
    assert.deepEqual({ kind: (error as TicketError).kind, ambiguous: (error as TicketError).ambiguous }, { kind: 'network', ambiguous: true });
  });

  it("keeps the caller's cancellation as cancellation, and stops the timer", async () => {
    const clock = new FakeClock();
    const controller = new AbortController();
    let seen: CallDeadline | undefined;
    const call = outcomeOf(
      withDeadline({ ms: 1000, clock, signal: controller.signal, expired }, (deadline) => {
        seen = deadline;
        return new Promise<never>(() => undefined);
      }),
    );
    controller.abort();
    const { error } = await call;
    assert.deepEqual({ name: (error as Error).name, workAborted: seen?.signal.aborted, timers: clock.pendingTimers }, { name: 'AbortError', workAborted: true, timers: 0 });
  });

  it('rejects at once when the caller already gave up, without running the work', async () => {
    const controller = new AbortController();
    controller.abort();
    let ran = false;
    const { error } = await outcomeOf(
      withDeadline({ ms: 1000, signal: controller.signal, expired }, async () => {
        ran = true;
      }),
    );
    assert.deepEqual({ name: (error as Error).name, ran }, { name: 'AbortError', ran: false });
  });

  it('a late failure of the work after the deadline is observed, not left unhandled', async () => {
    const clock = new FakeClock();
    let fail: (error: Error) => void = () => undefined;
    const call = outcomeOf(
      withDeadline(
        { ms: 10, clock, expired },
        () =>
          new Promise<never>((_, reject) => {
            fail = reject;
          }),
      ),
    );
    await clock.advance(10);
    const { error } = await call;
    const unhandled: unknown[] = [];
    const onUnhandled = (reason: unknown): void => {
      unhandled.push(reason);
    };
    process.on('unhandledRejection', onUnhandled);
    fail(new Error('late'));
    await new Promise((resolve) => setImmediate(resolve));
    process.off('unhandledRejection', onUnhandled);
    assert.deepEqual({ code: (error as TicketError).code, unhandled }, { code: 'DeadlineExceeded', unhandled: [] });
  });
});

describe('call deadline budget', () => {
  it('is one request timeout per allowed attempt plus one for queueing and backoff, plus time for upload bytes', () => {
    const policy = { maxAttempts: 4, baseDelayMs: 500, maxDelayMs: 20_000 };
    assert.deepEqual([callDeadlineMs(20_000, policy), callDeadlineMs(5_000, { ...policy, maxAttempts: 1 }), callDeadlineMs(20_000, policy, 32 * 1024 * 10)], [100_000, 10_000, 110_000]);
  });

  it('the deadline error is a retryable network error with a sentence saying whether the write may have been applied', () => {
    const sent = expired(true);
    const unsent = expired(false);
    const read = deadlineExceeded({ provider: 'Test Cloud', operation: 'ListTickets', deadlineMs: 1000, write: false, sent: true });
    assert.deepEqual(
      [sent, unsent, read].map((e) => ({
        ticket: isTicketError(e, 'network'),
        ambiguous: e.ambiguous,
        maybe: /may or may not have been applied/.test(sentence(e)),
        notSent: /not sent/.test(sentence(e)),
        op: sentence(e).includes(`(${e.operation})`),
      })),
      [
        { ticket: true, ambiguous: true, maybe: true, notSent: false, op: true },
        { ticket: true, ambiguous: false, maybe: false, notSent: true, op: true },
        { ticket: true, ambiguous: false, maybe: false, notSent: false, op: true },
      ],
    );
  });
});

describe('retries under a deadline', () => {
  it('does not start a retry the deadline leaves no time for, so the real failure is reported', async () => {
    const throttled = new TicketError({ kind: 'throttled', message: 'Slow down.', retryAfterMs: 500 });
    let calls = 0;
    const waits: number[] = [];
    const { error } = await outcomeOf(
      withRetry(
        'read',
        async () => {
          calls++;
          throw throttled;
        },
        {
          policy: { maxAttempts: 4, baseDelayMs: 10, maxDelayMs: 1000 },
          remainingMs: () => 400,
          delay: async (ms) => {
            waits.push(ms);
          },
        },
      ),
    );
    assert.deepEqual({ same: error === throttled, calls, waits }, { same: true, calls: 1, waits: [] });
  });
});
