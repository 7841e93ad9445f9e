/** How a failed refresh reads on the account (`SnapshotError`), and the reason a superseded refresh is cancelled with. */
import { isTicketError } from '../errors';
import type { SnapshotError } from './snapshot';

/** The failure as the tree shows it; `retryAt` is the later of the cloud's wait and the account's throttling gate. */
export function describeFailure(error: unknown, throttledUntil: number, now: number): SnapshotError {
  if (!isTicketError(error)) {
    return { kind: 'server', reason: { id: 'unexpected-failure' }, message: 'Refreshing this account failed unexpectedly (see the log).' };
  }
  const retryAfter = error.retryAfterMs !== undefined ? now + error.retryAfterMs : undefined;
  const retryAt = Math.max(throttledUntil, retryAfter ?? 0);
  return {
    kind: error.kind,
    message: error.message,
    ...(error.reason !== undefined ? { reason: error.reason } : {}),
    ...(error.cloudMessage !== undefined ? { cloudMessage: error.cloudMessage } : {}),
    ...(error.code !== undefined ? { code: error.code } : {}),
    ...(error.requestId !== undefined ? { requestId: error.requestId } : {}),
    ...(retryAt > 0 ? { retryAt } : {}),
  };
}

/** The abort reason of a refresh a newer one replaced (an AbortError, so nobody reports it as a failure). */
export function superseded(): Error {
  const error = new Error('A newer refresh replaced this one.');
  error.name = 'AbortError';
  return error;
}
