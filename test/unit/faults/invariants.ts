/**
 * The properties a fault schedule must keep, as plain checks that return violations: every call
 * settles within its deadline; every error is a `TicketError` with a kind, a sentence and the request
 * id the server sent; no error object holds a secret anywhere; nothing was filed or posted twice;
 * once faults stop, a refresh shows exactly the server's tickets.
 */
import { secretLeaks } from '../../support/secret-leaks';
import { isTicketError, type ErrorKind } from '../../../src/core/errors';
import type { AccountSnapshot } from '../../../src/core/refresh';
import type { Step } from './schedule';
import type { Flavour, ServerTicket } from './world';
import { errorText, inEnglish } from '../../../src/shared/errorText';

/** One provider method call as the measuring wrapper saw it. */
export interface CallRecord {
  readonly step: Step;
  readonly method: string;
  readonly elapsedMs: number;
  /** How long the call may take: its chain of sequential requests × the call deadline, plus slack. */
  readonly boundMs: number;
  readonly failed: boolean;
  readonly error?: unknown;
  /** Still pending when the watchdog gave up on it. */
  readonly hung?: boolean;
}

export interface Violation {
  readonly invariant: 'settles' | 'error-shape' | 'request-id' | 'secret' | 'duplicate' | 'reads-match';
  readonly step?: Step;
  readonly detail: string;
}

const KINDS: readonly ErrorKind[] = ['auth', 'permission', 'throttled', 'network', 'invalid-input', 'server', 'not-found'];

/**
 * Longest chain of requests one after another inside a provider method (parallel requests count
 * once). Huawei adds one for the account-id discovery of a fresh account.
 */
const CHAINS: Readonly<Record<'aliyun' | 'huaweicloud', Readonly<Record<string, number>>>> = {
  aliyun: { createTicket: 1, reply: 1, close: 1, getTicket: 1, listMessages: 1, listTickets: 1, getChangeSignal: 1, getCreateForm: 1 },
  // createTicket: form (2) → problem types ∥ extends params → agreement → sign → create → look-up.
  huaweicloud: { createTicket: 7, reply: 1, close: 1, getTicket: 1, listMessages: 3, listTickets: 2, getChangeSignal: 2, getCreateForm: 2 },
};

/** Requests in a row a method may make, at most. */
export function chainLength(flavour: Flavour, method: string): number {
  const huawei = flavour === 'huaweicloud';
  return (CHAINS[huawei ? 'huaweicloud' : 'aliyun'][method] ?? 1) + (huawei ? 1 : 0);
}

export function checkSettled(call: CallRecord): Violation[] {
  if (call.hung) return [{ invariant: 'settles', step: call.step, detail: `${call.method} did not settle within ${call.boundMs} ms` }];
  if (call.elapsedMs > call.boundMs) return [{ invariant: 'settles', step: call.step, detail: `${call.method} took ${call.elapsedMs} ms, more than ${call.boundMs} ms` }];
  return [];
}

/** Kind, sentence, and the request id whenever the server answered with one. */
export function checkErrorShape(call: CallRecord): Violation[] {
  if (!call.failed || call.hung) return [];
  const error = call.error;
  const where = `${call.method}: ${describeError(error)}`;
  if (!isTicketError(error)) return [{ invariant: 'error-shape', step: call.step, detail: `not a TicketError: ${where}` }];
  const violations: Violation[] = [];
  // The sentence the user reads, worded from the error's facts.
  const message = errorText(error, inEnglish).trim();
  if (!KINDS.includes(error.kind)) violations.push({ invariant: 'error-shape', step: call.step, detail: `unknown kind: ${where}` });
  if (message.length < 20 || !/^[A-Z]/.test(message) || !/[.!?。]$/.test(message)) {
    violations.push({ invariant: 'error-shape', step: call.step, detail: `not a sentence: ${where}` });
  }
  // The one answer the emulator sends without any readable request id is its truncated JSON body.
  const unreadableWithoutId = call.step.disturbance.type === 'fault' && call.step.disturbance.fault.kind === 'malformed-json' && error.httpStatus === 200;
  if (error.httpStatus !== undefined && !unreadableWithoutId && !error.requestId) {
    violations.push({ invariant: 'request-id', step: call.step, detail: `HTTP ${error.httpStatus} answer without its request id: ${where}` });
  }
  return violations;
}

export function checkSecrets(call: CallRecord, canaries: readonly string[]): Violation[] {
  if (!call.failed) return [];
  return secretLeaks(call.error, canaries).map((path) => ({ invariant: 'secret', step: call.step, detail: `${call.method} (${describeError(call.error)}): ${path}` }));
}

/** Each marker of a create must name at most one ticket, each marker of a reply at most one message. */
export function checkDuplicates(tickets: readonly ServerTicket[], createMarkers: ReadonlyMap<string, Step>, replyMarkers: ReadonlyMap<string, Step>): Violation[] {
  const violations: Violation[] = [];
  for (const [marker, step] of createMarkers) {
    const filed = tickets.filter((ticket) => ticket.text.includes(marker)).length;
    if (filed > 1) violations.push({ invariant: 'duplicate', step, detail: `${filed} tickets filed for one create (${marker})` });
  }
  for (const [marker, step] of replyMarkers) {
    const posted = tickets.reduce((sum, ticket) => sum + ticket.messages.filter((text) => text.includes(marker)).length, 0);
    if (posted > 1) violations.push({ invariant: 'duplicate', step, detail: `${posted} messages posted for one reply (${marker})` });
  }
  return violations;
}

/** A fresh refresh shows the server's tickets: the same ids, each in the same status group. */
export function checkReadsMatch(flavour: Flavour, snapshot: AccountSnapshot, server: readonly ServerTicket[]): Violation[] {
  const seen = [...snapshot.tickets].map((t) => `${t.id}:${t.status.group}`).sort();
  const expected = server.map((t) => `${t.id}:${t.group}`).sort();
  const missing = expected.filter((entry) => !seen.includes(entry));
  const extra = seen.filter((entry) => !expected.includes(entry));
  if (snapshot.state === 'fresh' && missing.length === 0 && extra.length === 0) return [];
  return [
    {
      invariant: 'reads-match',
      detail: `${flavour}: refresh ${snapshot.state}${snapshot.error ? ` (${snapshot.error.message})` : ''}; missing ${missing.join(', ') || 'none'}; unexpected ${extra.join(', ') || 'none'}`,
    },
  ];
}

function describeError(error: unknown): string {
  if (isTicketError(error)) return `${error.kind}/${error.code ?? '-'}${error.httpStatus ? ` HTTP ${error.httpStatus}` : ''}${error.ambiguous ? ' ambiguous' : ''}: ${error.message}`;
  return error instanceof Error ? `${error.name}: ${error.message}` : String(error);
}
