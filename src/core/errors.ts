/**
 * Errors are values with a kind. The message of a `TicketError` is a user-facing sentence that says
 * what to do next; it names the request id when there is one and never contains a secret, nor does
 * any other property (`cause` keeps only safe facts, see error-cause.ts).
 */
import { isSafeCause, safeCause } from './error-cause';
import { faultOf, isTransientKind, type AuthFailure, type FailureFault } from './failure-classification';

export type ErrorKind = 'auth' | 'permission' | 'throttled' | 'network' | 'invalid-input' | 'server' | 'not-found';

export interface TicketErrorInit {
  readonly kind: ErrorKind;
  /** Full user-facing sentence(s). Build it with `describeError` unless a provider has a better one. */
  readonly message: string;
  /** Provider request id, for support conversations. */
  readonly requestId?: string;
  /** Provider error code (`Forbidden.RAM`, `OSM.0001`), never a message echoing request content. */
  readonly code?: string;
  readonly httpStatus?: number;
  /** Provider operation that failed (`ListTickets`). */
  readonly operation?: string;
  /** Server-requested wait before retrying, in ms (throttling). */
  readonly retryAfterMs?: number;
  /** The denied permission, for `permission` errors (`ram:ListTickets`). */
  readonly deniedAction?: string;
  /** True when the request may have been processed although it failed (e.g. the connection dropped after sending). */
  readonly ambiguous?: boolean;
  /** What exactly was wrong with a refused authentication, when the provider could tell. */
  readonly authFailure?: AuthFailure;
  /** Reduced to its safe facts (name, code, host, scrubbed message) before it is kept. */
  readonly cause?: unknown;
}

/**
 * Marks TicketErrors by a registered symbol rather than by class identity: the extension loads the
 * providers from a bundle of their own, which has its own copy of this class.
 */
const TICKET_ERROR_BRAND = Symbol.for('cloud-tickets.TicketError');

/** The one error type providers throw. */
export class TicketError extends Error {
  readonly [TICKET_ERROR_BRAND] = true;
  readonly kind: ErrorKind;
  readonly requestId?: string;
  readonly code?: string;
  readonly httpStatus?: number;
  readonly operation?: string;
  readonly retryAfterMs?: number;
  readonly deniedAction?: string;
  readonly ambiguous: boolean;
  readonly authFailure?: AuthFailure;
  /** Whose move it is to fix this (failure-classification.ts). */
  readonly fault: FailureFault;
  /** Another attempt may succeed unchanged; only reads are ever retried on it. */
  readonly transient: boolean;

  constructor(init: TicketErrorInit) {
    super(init.message, init.cause === undefined ? undefined : { cause: keptCause(init.cause) });
    this.name = 'TicketError';
    this.kind = init.kind;
    this.requestId = init.requestId;
    this.code = init.code;
    this.httpStatus = init.httpStatus;
    this.operation = init.operation;
    this.retryAfterMs = init.retryAfterMs;
    this.deniedAction = init.deniedAction;
    this.ambiguous = init.ambiguous ?? false;
    if (init.authFailure !== undefined) this.authFailure = init.authFailure;
    this.fault = faultOf(init.kind, init.authFailure);
    this.transient = isTransientKind(init.kind) && init.authFailure === undefined;
  }
}

/** Ticket errors and safe causes are safe by construction; anything else is reduced to its safe facts. */
function keptCause(cause: unknown): unknown {
  return isTicketError(cause) || isSafeCause(cause) ? cause : safeCause(cause);
}

/** True for a `TicketError`, optionally of one of the given kinds. */
export function isTicketError(value: unknown, ...kinds: ErrorKind[]): value is TicketError {
  const branded = typeof value === 'object' && value !== null && (value as Record<symbol, unknown>)[TICKET_ERROR_BRAND] === true;
  return branded && (kinds.length === 0 || kinds.includes((value as TicketError).kind));
}

/** Facts a default sentence can mention. None of them may be a secret. */
export interface ErrorFacts {
  /** Provider display name ("Alibaba Cloud"). */
  readonly provider: string;
  readonly operation?: string;
  readonly requestId?: string;
  readonly code?: string;
  readonly deniedAction?: string;
  /** Short, safe detail such as a validation message or a network reason. */
  readonly detail?: string;
  /** Narrows an authentication failure; it decides the headline and the next step. */
  readonly authFailure?: AuthFailure;
  /** Measured server-minus-local clock difference, for a clock-skew sentence. */
  readonly clockSkewMs?: number;
}

const NEXT_STEP: Record<ErrorKind, string> = {
  auth: 'Check the access key of this account and enter it again.',
  permission: 'Ask the account administrator to grant this permission; the account itself stays signed in.',
  throttled: 'Wait a moment and try again.',
  network: 'Check your network, proxy and endpoint settings, then try again.',
  'invalid-input': 'Check the entered values and try again.',
  server: 'Try again later; if it keeps failing, report the request id to support.',
  'not-found': 'Refresh the list; the item may have been removed or belong to another account.',
};

/** What to do next when the cause of a refused authentication is known. */
const AUTH_NEXT_STEP: Record<AuthFailure, string> = {
  'clock-skew': "Correct this computer's clock (turn on automatic time setting) and try again; the access key does not need to change.",
  'token-expired': 'Enter a current STS security token for this account (and the temporary key id and secret issued with it, if they changed).',
  'token-invalid': 'Enter the STS security token that was issued together with this temporary access key.',
  'unknown-key': 'Check the access key id of this account and enter it again.',
  'key-disabled': 'Enable the access key in the console, or enter another one.',
  'bad-secret': 'Check the access key secret of this account and enter it again.',
};

const AUTH_HEADLINE: Record<AuthFailure, string> = {
  'clock-skew': "{provider} refused the request because this computer's clock differs too much from the server's{what}.",
  'token-expired': 'The temporary security token of this account has expired{what}.',
  'token-invalid': '{provider} rejected the security token of this account{what}.',
  'unknown-key': '{provider} does not know the access key id of this account{what}.',
  'key-disabled': 'The access key of this account is disabled{what}.',
  'bad-secret': '{provider} rejected the access key secret of this account{what}.',
};

function headline(kind: ErrorKind, facts: ErrorFacts): string {
  const what = facts.operation ? ` (${facts.operation})` : '';
  if (facts.authFailure) return AUTH_HEADLINE[facts.authFailure].replace('{provider}', facts.provider).replace('{what}', what);
  switch (kind) {
    case 'auth':
      return `${facts.provider} rejected the credentials of this account${what}.`;
    case 'permission':
      return facts.deniedAction ? `This account lacks the permission ${facts.deniedAction}${what}.` : `This account is not allowed to perform this operation${what}.`;
    case 'throttled':
      return `${facts.provider} is limiting the request rate${what}.`;
    case 'network':
      return `Could not reach ${facts.provider}${what}.`;
    case 'invalid-input':
      return `${facts.provider} rejected the request as invalid${what}.`;
    case 'server':
      return `${facts.provider} had an internal error${what}.`;
    case 'not-found':
      return `${facts.provider} could not find the requested item${what}.`;
  }
}

/** Builds the default user sentence: what happened, the safe detail, what to do next, the request id. */
export function describeError(kind: ErrorKind, facts: ErrorFacts): string {
  const parts = [headline(kind, facts)];
  if (facts.authFailure === 'clock-skew' && facts.clockSkewMs !== undefined) parts.push(describeSkew(facts.clockSkewMs));
  if (facts.detail) {
    parts.push(facts.code ? `${facts.code}: ${facts.detail}` : facts.detail);
  } else if (facts.code) {
    parts.push(`Error code: ${facts.code}.`);
  }
  parts.push(facts.authFailure ? AUTH_NEXT_STEP[facts.authFailure] : NEXT_STEP[kind]);
  if (facts.requestId) {
    parts.push(`Request ID: ${facts.requestId}.`);
  }
  return parts.map(ensureSentence).join(' ');
}

/** "The server's clock is 20 minutes ahead of this computer's" from a server-minus-local difference. */
function describeSkew(skewMs: number): string {
  const minutes = Math.max(1, Math.round(Math.abs(skewMs) / 60_000));
  return `The server's clock is about ${minutes} minute${minutes === 1 ? '' : 's'} ${skewMs > 0 ? 'ahead of' : 'behind'} this computer's`;
}

function ensureSentence(text: string): string {
  const trimmed = text.trim();
  return /[.!?。]$/.test(trimmed) ? trimmed : `${trimmed}.`;
}

/** Error for an operation the provider (or its API version) does not offer. */
export function unsupportedOperation(provider: string, operation: string): TicketError {
  return new TicketError({
    kind: 'invalid-input',
    code: 'Unsupported',
    operation,
    message: `${provider} does not support ${operation} for this account. Use the provider's console for this action.`,
  });
}
