/** Small pieces both API versions' providers share: paging cursors, change tokens, form checks, caching. */
import { createHash } from 'node:crypto';
import { invalidFormReason, type ErrorReason } from '../../core/error-reasons';
import { isTicketError, TicketError } from '../../core/errors';
import type { CreateFormSchema, FormValues } from '../../core/form-schema';
import { validateForm } from '../../core/form-validation';
import type { ChangeSignal } from '../../core/provider';
import type { TicketSummary } from '../../core/ticket';
import { PROVIDER_NAME } from './errors';

export const DEFAULT_PAGE_SIZE = 20;

/** 1-based page number from an opaque cursor (the cursor is the page number as text). */
export function pageNumberFrom(cursor: string | undefined): number {
  const page = cursor === undefined ? 1 : Number.parseInt(cursor, 10);
  if (!Number.isInteger(page) || page < 1) {
    throw invalidInput('InvalidCursor', { id: 'invalid-cursor' });
  }
  return page;
}

/** Cursor of the 0-based page `pageIndex`: page-number cursors do not depend on the page size. */
export function cursorOfPage(pageIndex: number): string {
  return String(pageIndex + 1);
}

/** Clamps a wanted page size to 1…max. */
export function clampPageSize(wanted: number | undefined, max: number): number {
  return Math.min(max, Math.max(1, Math.floor(wanted ?? DEFAULT_PAGE_SIZE)));
}

/** Cursor of the next page, if any: by total when known, else by a full page. */
export function nextCursor(page: number, pageSize: number, received: number, total: number | undefined): string | undefined {
  const more = total !== undefined ? page * pageSize < total : received >= pageSize;
  return more && received > 0 ? String(page + 1) : undefined;
}

/** Fingerprint of the open tickets: changes when one is added, closed or changes status. */
export function changeSignalOf(total: number | undefined, tickets: readonly TicketSummary[]): ChangeSignal {
  const lines = tickets.map((ticket) => `${ticket.id}:${ticket.status.code}`).sort();
  const token = createHash('sha256')
    .update(`${total ?? ''}|${lines.join(',')}`)
    .digest('hex')
    .slice(0, 32);
  const exact = total === undefined || total <= tickets.length;
  const needsActionCount = tickets.filter((ticket) => ticket.status.group === 'needs-action').length;
  return exact ? { token, needsActionCount } : { token };
}

/** Throws `invalid-input` naming every invalid field before any request is made. */
export function assertValidForm(schema: CreateFormSchema, values: FormValues): void {
  const problems = validateForm(schema, values);
  if (problems.length > 0) {
    throw invalidInput('InvalidForm', invalidFormReason(schema, problems));
  }
}

/** A client-side `invalid-input` error (no request was sent). */
export function invalidInput(code: string, reason: ErrorReason): TicketError {
  return new TicketError({ kind: 'invalid-input', code, provider: PROVIDER_NAME, reason });
}

/** Rewrites a "bad parameter" answer about a ticket id into `not-found`. */
export function asNotFound(error: unknown, ticketId: string): unknown {
  if (isTicketError(error, 'invalid-input')) {
    return new TicketError({
      kind: 'not-found',
      code: error.code,
      httpStatus: error.httpStatus,
      requestId: error.requestId,
      operation: error.operation,
      cause: error,
      provider: PROVIDER_NAME,
      reason: { id: 'unknown-ticket', ticketId },
    });
  }
  return error;
}

/**
 * Runs a write on a ticket. The API answers an unknown ticket id with the same "bad parameter" code as a bad
 * value, so when the cloud refuses a write that way the ticket is looked up once: the user then hears "no such
 * ticket" instead of "check the values". A refused write changed nothing, so the look-up is safe.
 */
export async function writeOnTicket<T>(write: () => Promise<T>, lookUp: () => Promise<unknown>): Promise<T> {
  try {
    return await write();
  } catch (error) {
    // Only the cloud's refusal (it has an HTTP status); our own checks never sent anything.
    if (!isTicketError(error, 'invalid-input') || error.httpStatus === undefined) throw error;
    const missing = await lookUp().then(
      () => undefined,
      (lookUpError: unknown) => (isTicketError(lookUpError, 'not-found') ? lookUpError : undefined),
    );
    throw missing ?? error;
  }
}

/** Memoises an async load; a failed load is forgotten so the next call tries again. */
export function cachedLoad<T>(load: (signal?: AbortSignal) => Promise<T>): (signal?: AbortSignal) => Promise<T> {
  let pending: Promise<T> | undefined;
  return (signal) => {
    if (!pending) {
      pending = load(signal).catch((error: unknown) => {
        pending = undefined;
        throw error;
      });
    }
    return pending;
  };
}

/** Validates a rating score against the provider's range. */
export function assertScore(score: number, min: number, max: number): void {
  if (!Number.isInteger(score) || score < min || score > max) {
    throw invalidInput('InvalidScore', { id: 'score-out-of-range', min, max });
  }
}
