import assert from 'node:assert/strict';
import { TicketError, type ErrorKind } from '../../../src/core/errors';
import { backoffDelay, withRetry, DEFAULT_READ_RETRY, type RetryPolicy } from '../../../src/core/retry';

const policy: RetryPolicy = { maxAttempts: 4, baseDelayMs: 100, maxDelayMs: 1000 };

function failure(kind: ErrorKind, retryAfterMs?: number): TicketError {
  return new TicketError({ kind, message: `${kind} failure`, retryAfterMs });
}

/** Runs withRetry with recorded (not real) waits. */
async function run(intent: 'read' | 'write', errors: TicketError[], random = () => 0.5): Promise<{ calls: number; waits: number[]; result?: string; error?: unknown }> {
  let calls = 0;
  const waits: number[] = [];
  try {
    const result = await withRetry(
      intent,
      async () => {
        const error = errors[calls++];
        if (error) {
          throw error;
        }
        return 'ok';
      },
      {
        policy,
        random,
        delay: async (ms) => {
          waits.push(ms);
        },
      },
    );
    return { calls, waits, result };
  } catch (error) {
    return { calls, waits, error };
  }
}

describe('withRetry', () => {
  it('retries a throttled read until it succeeds', async () => {
    const outcome = await run('read', [failure('throttled'), failure('throttled')]);
    assert.deepEqual([outcome.calls, outcome.result], [3, 'ok']);
  });

  it('never retries a write, even when throttled', async () => {
    const outcome = await run('write', [failure('throttled')]);
    assert.equal(outcome.calls, 1);
  });

  it('does not retry a read that failed for a non-transient reason', async () => {
    const outcome = await run('read', [failure('auth')]);
    assert.equal(outcome.calls, 1);
  });

  it('gives up after maxAttempts and rethrows the last error', async () => {
    const errors = [failure('server'), failure('server'), failure('network'), failure('throttled'), failure('server')];
    const outcome = await run('read', errors);
    assert.deepEqual([outcome.calls, (outcome.error as TicketError).kind], [4, 'throttled']);
  });

  it('doubles the jitter ceiling per retry (random close to 1)', async () => {
    const outcome = await run('read', [failure('server'), failure('server'), failure('server')], () => 0.999);
    assert.deepEqual(outcome.waits, [99, 199, 399]);
  });

  it('draws full jitter: random 0 waits nothing', async () => {
    const outcome = await run('read', [failure('network'), failure('network')], () => 0);
    assert.deepEqual(outcome.waits, [0, 0]);
  });

  it('waits at least the server-requested retry-after', async () => {
    const outcome = await run('read', [failure('throttled', 700)], () => 0);
    assert.deepEqual(outcome.waits, [700]);
  });

  it('stops retrying when the server asks for a wait beyond the cap', async () => {
    const outcome = await run('read', [failure('throttled', 5000)]);
    assert.equal(outcome.calls, 1);
  });

  it('stops when aborted during the backoff wait', async () => {
    const controller = new AbortController();
    let calls = 0;
    const promise = withRetry(
      'read',
      async () => {
        calls++;
        throw failure('server');
      },
      { policy: { ...policy, baseDelayMs: 10_000, maxDelayMs: 10_000 }, random: () => 0.9, signal: controller.signal },
    );
    setTimeout(() => controller.abort(), 10);
    await assert.rejects(promise, { name: 'AbortError' });
    assert.equal(calls, 1);
  });

  it('does not start when the signal is already aborted', async () => {
    const controller = new AbortController();
    controller.abort();
    let calls = 0;
    await assert.rejects(
      withRetry(
        'read',
        async () => {
          calls++;
        },
        { signal: controller.signal },
      ),
    );
    assert.equal(calls, 0);
  });
});

describe('backoffDelay', () => {
  it('is capped at maxDelayMs', () => {
    assert.equal(
      backoffDelay(30, DEFAULT_READ_RETRY, () => 0.999999),
      19_999,
    );
  });
});
