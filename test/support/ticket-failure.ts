/** The TicketError a call fails with; fails the test when the call succeeds or throws something else. */
import assert from 'node:assert/strict';
import { isTicketError, type TicketError } from '../../src/core/errors';

export async function failureOf(promise: Promise<unknown>): Promise<TicketError> {
  try {
    await promise;
  } catch (error) {
    if (isTicketError(error)) return error;
    throw error;
  }
  assert.fail('the call was expected to fail');
}
