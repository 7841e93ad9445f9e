/** Checks the suite makes about outcomes: the error contract of src/core/errors.ts, and small helpers. */
import assert from 'node:assert/strict';
import { isTicketError, type ErrorKind, type TicketError } from '../../src/core/errors';
import type { Page, PageRequest } from '../../src/core/paging';
import { errorText, inEnglish } from '../../src/shared/errorText';

/** The sentence a user reads for an error (English), worded from its facts by the one renderer. */
export function userSentence(error: unknown): string {
  return errorText(error, inEnglish);
}

/**
 * A user-facing sentence: words, ending like a sentence, without the leftovers of an unformatted
 * value, and without the given secrets.
 */
export function assertSentence(message: string, secrets: readonly string[] = []): void {
  assert.match(message, /^\S.*\S[.!?。]$/s, `not a sentence: ${JSON.stringify(message)}`);
  assert.ok(message.split(/\s+/).length >= 3, `too short for a sentence: ${JSON.stringify(message)}`);
  assert.doesNotMatch(message, /undefined|\[object |NaN|^Error:|\n\s+at /, `unformatted: ${JSON.stringify(message)}`);
  for (const secret of secrets) assert.ok(!message.includes(secret), 'the message contains a secret');
}

/** Awaits the rejection and checks it is a TicketError of `kind` that renders as a sentence, secrets in neither; returns it. */
export async function expectTicketError(work: Promise<unknown>, kind: ErrorKind, secrets: readonly string[] = []): Promise<TicketError> {
  let outcome: unknown;
  try {
    await work;
    outcome = undefined;
  } catch (error) {
    outcome = error;
  }
  assert.ok(outcome !== undefined, `expected a ${kind} error, but the call succeeded`);
  assert.ok(isTicketError(outcome), `expected a TicketError, got ${String(outcome)}`);
  assert.equal(outcome.kind, kind, `expected kind ${kind}: ${outcome.message}`);
  assertSentence(userSentence(outcome), secrets);
  for (const secret of secrets) assert.ok(!outcome.message.includes(secret), 'the error message contains a secret');
  return outcome;
}

/** Every item of a paged list, following `nextCursor` (bounded, so a cursor that never ends fails). */
export async function allPages<T>(list: (page: PageRequest) => Promise<Page<T>>, pageSize: number): Promise<{ items: T[]; pages: Page<T>[] }> {
  const pages: Page<T>[] = [];
  let cursor: string | undefined;
  do {
    const page = await list({ cursor, pageSize });
    pages.push(page);
    cursor = page.nextCursor;
    assert.ok(pages.length <= 200, 'the list never ends: nextCursor keeps coming');
  } while (cursor !== undefined);
  return { items: pages.flatMap((page) => page.items), pages };
}

/** Sorted copy, for comparing id sets. */
export function sorted(values: Iterable<string>): string[] {
  return [...values].sort();
}

/** A text unlikely to occur anywhere else, to find what a test wrote. */
export function marker(what: string): string {
  return `cf${what}${Math.random().toString(36).slice(2, 8)}`;
}
