/**
 * The one table that says what a failure means, shared by every provider: whose move it is to fix it,
 * whether another attempt of a read may succeed, and whether a failed write may nevertheless have
 * been applied. Providers only say how far a request got and what kind of answer came back; the
 * conclusions are drawn here, so two clouds never disagree about the same situation.
 */
import type { ErrorKind } from './errors';

/** Whose move it is: the user (input, local clock), the account's credentials, the cloud, or the network. */
export type FailureFault = 'user' | 'credentials' | 'cloud' | 'network';

/** What exactly was wrong when the cloud refused to authenticate a request, when that can be told. */
export type AuthFailure =
  /** The local clock is too far from the server's for the signature's time window. */
  | 'clock-skew'
  /** The temporary (STS) security token has expired. */
  | 'token-expired'
  /** The security token is malformed or belongs to another key. */
  | 'token-invalid'
  /** The access key id does not exist. */
  | 'unknown-key'
  /** The access key exists but is disabled or locked. */
  | 'key-disabled'
  /** The access key id exists but the secret does not match it. */
  | 'bad-secret';

/** How far a request got before it failed. */
export type FailureStage =
  /** Provably never reached the server (name lookup, refused connection, bad URL). */
  | 'not-sent'
  /** Sent, or possibly sent, but no complete answer came back (timeout, reset, closed socket). */
  | 'no-answer'
  /** An answer came back but its body cannot be read. */
  | 'unreadable'
  /** The server answered with an error it described. */
  | 'answered';

interface KindRow {
  readonly fault: FailureFault;
  /** Another attempt of the same read may succeed without anyone changing anything. */
  readonly transient: boolean;
}

const BY_KIND: Readonly<Record<ErrorKind, KindRow>> = {
  auth: { fault: 'credentials', transient: false },
  permission: { fault: 'credentials', transient: false },
  throttled: { fault: 'cloud', transient: true },
  network: { fault: 'network', transient: true },
  'invalid-input': { fault: 'user', transient: false },
  server: { fault: 'cloud', transient: true },
  'not-found': { fault: 'user', transient: false },
};

/** Connection errors that prove the request never left this machine or never reached a server. */
const NOT_SENT_CODES: ReadonlySet<string> = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'ERR_INVALID_URL', 'EHOSTUNREACH', 'ENETUNREACH']);

/**
 * Statuses a gateway answers when the service behind it failed or took too long: the service may have
 * committed the write before the gateway gave up, so the write's fate is unknown.
 */
const GATEWAY_STATUSES: ReadonlySet<number> = new Set([502, 503, 504]);

/** The signature time window both clouds apply (Alibaba spec §8.5, Huawei spec §1.5: ±15 minutes). */
export const SIGNATURE_WINDOW_MS = 15 * 60_000;

/**
 * A measured clock difference at least this large explains a rejected signature by itself. A little
 * below the window: the `Date` header has one-second resolution and the request spent time in flight.
 */
export const CLOCK_SKEW_EVIDENCE_MS = SIGNATURE_WINDOW_MS - 30_000;

/** Whose move it is for an error of this kind; a clock problem is the user's, whatever the kind. */
export function faultOf(kind: ErrorKind, authFailure?: AuthFailure): FailureFault {
  return authFailure === 'clock-skew' ? 'user' : BY_KIND[kind].fault;
}

/** True when another attempt of a read may succeed (throttling, network trouble, server errors). */
export function isTransientKind(kind: ErrorKind): boolean {
  return BY_KIND[kind].transient;
}

/** The stage of a connection-level failure, from its error code (`ECONNRESET`, `ETIMEDOUT` …). */
export function stageOfConnectionError(code: string | undefined): FailureStage {
  return code !== undefined && NOT_SENT_CODES.has(code) ? 'not-sent' : 'no-answer';
}

/** What a transport knows about one failed request. */
export interface FailureEvidence {
  readonly stage: FailureStage;
  readonly kind: ErrorKind;
  readonly httpStatus?: number;
  readonly intent: 'read' | 'write';
}

/**
 * True when a failed write may nevertheless have been applied: no complete answer, an unreadable
 * answer, or a gateway status (502/503/504) that is not a throttling refusal. Reads are never ambiguous.
 */
export function isAmbiguousFailure(evidence: FailureEvidence): boolean {
  if (evidence.intent !== 'write') return false;
  switch (evidence.stage) {
    case 'not-sent':
      return false;
    case 'no-answer':
    case 'unreadable':
      return true;
    case 'answered':
      // Throttling is decided before the request is processed, whatever status carries it.
      return evidence.kind !== 'throttled' && evidence.httpStatus !== undefined && GATEWAY_STATUSES.has(evidence.httpStatus);
  }
}
