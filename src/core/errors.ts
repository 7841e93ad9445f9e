/**
 * Errors are values with a kind and the facts of the failure (reason, the cloud's code and own message,
 * request id, retry-after, denied permission…). Core never writes a sentence for users: the host renders
 * one from these facts in the user's language (src/shared/errorText.ts). No property holds a secret
 * (`cause` keeps only safe facts, see error-cause.ts).
 */
import { isSafeCause, safeCause } from './error-cause';
import type { ErrorReason } from './error-reasons';
import { faultOf, isTransientKind, type AuthFailure, type FailureFault } from './failure-classification';

export type ErrorKind = 'auth' | 'permission' | 'throttled' | 'network' | 'invalid-input' | 'server' | 'not-found';

export interface TicketErrorInit {
  readonly kind: ErrorKind;
  /** What our code found out beyond the kind; the host words it. */
  readonly reason?: ErrorReason;
  /**
   * A sentence already in the user's language (written by the host with vscode.l10n.t, or from a
   * provider's bilingual table), shown as it is. Errors from facts leave it out.
   */
  readonly message?: string;
  /** The cloud's own error text, secrets scrubbed and shortened: shown as the cloud's words, never translated. */
  readonly cloudMessage?: string;
  /** Provider display name ("Alibaba Cloud"), an l10n key of the host. */
  readonly provider?: string;
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
  /** Measured server-minus-local clock difference, for a clock-skew failure. */
  readonly clockSkewMs?: number;
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
  readonly reason?: ErrorReason;
  /** The sentence the error was built with, when it came written in the user's language. */
  readonly presetMessage?: string;
  readonly cloudMessage?: string;
  readonly provider?: string;
  readonly clockSkewMs?: number;
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
    super(init.message ?? factLine(init), init.cause === undefined ? undefined : { cause: keptCause(init.cause) });
    this.name = 'TicketError';
    this.kind = init.kind;
    if (init.reason !== undefined) this.reason = init.reason;
    if (init.message !== undefined) this.presetMessage = init.message;
    if (init.cloudMessage !== undefined) this.cloudMessage = init.cloudMessage;
    if (init.provider !== undefined) this.provider = init.provider;
    if (init.clockSkewMs !== undefined) this.clockSkewMs = init.clockSkewMs;
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

/**
 * The `message` of an error built from facts: a technical line for logs and developers, not a sentence for
 * users (the host renders those from the facts, in the user's language).
 */
function factLine(init: TicketErrorInit): string {
  const parts = [`${init.kind}${init.reason ? ` (${init.reason.id})` : ''}`];
  if (init.operation || init.provider) parts.push(`in ${[init.provider, init.operation].filter(Boolean).join(' ')}`);
  if (init.code) parts.push(`code ${init.code}`);
  if (init.httpStatus !== undefined) parts.push(`HTTP ${init.httpStatus}`);
  if (init.cloudMessage) parts.push(`cloud said "${init.cloudMessage}"`);
  if (init.requestId) parts.push(`request id ${init.requestId}`);
  return parts.join('; ');
}

/** Error for an operation the provider (or its API version) does not offer. */
export function unsupportedOperation(provider: string, operation: string): TicketError {
  return new TicketError({ kind: 'invalid-input', code: 'Unsupported', provider, operation, reason: { id: 'unsupported-operation', operation } });
}
