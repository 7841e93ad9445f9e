/**
 * What a provider hands the shared transport (transport.ts) for one call, and what it gets back. A
 * provider plugs in two things per call: a signer (credentials → the request as it goes on the wire)
 * and a reader that classifies the answer (its result, or the provider's `TicketError`). Everything
 * between the two — slots, deadline, retries, clock, network failures, secrets — is the transport's.
 */
import type { Credentials } from '../../core/account';
import type { RequestIntent } from '../../core/retry';

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'DELETE';

/**
 * A body read from a source while it is sent, never held whole: `open()` yields exactly `size` bytes
 * (sent as the Content-Length). A source that yields more or fewer fails the call as invalid input.
 */
export interface StreamedBody {
  readonly size: number;
  open(): AsyncIterable<Uint8Array>;
}

/** One request as it goes on the wire, after signing. */
export interface OutgoingRequest {
  readonly method: HttpMethod;
  /** Absolute URL, query included. */
  readonly url: string;
  readonly headers: Readonly<Record<string, string>>;
  /** Sent exactly as given (a signer may have hashed these bytes). */
  readonly body?: string | Uint8Array | StreamedBody;
  /** Values that must never appear in an error besides the account's secrets (e.g. a signature in the URL). */
  readonly secrets?: readonly string[];
}

/** An answer with its body read whole: API answers are small, and files are fetched through links. */
export interface HttpAnswer {
  readonly status: number;
  readonly body: Buffer;
  /** A header's value, by lower-case name; undefined when absent or empty. */
  header(name: string): string | undefined;
  /** The body as UTF-8 text. */
  text(): string;
}

/** What the reader of an answer knows about the request it belongs to. */
export interface AnswerContext {
  readonly operation: string;
  readonly intent: RequestIntent;
  /** The request id from the answer's headers, when it carries one. */
  readonly requestId?: string;
  /** Values that must never appear in an error (secret key, security token, signatures). */
  readonly secrets: readonly string[];
  /** The request carried a temporary (STS) security token. */
  readonly usesSecurityToken: boolean;
  /** Server-minus-local clock difference as the account's answers show it (undefined until known). */
  readonly clockSkewMs?: number;
}

/** The provider's signer for one call: builds the signed request for one attempt. */
export type RequestSigner = (credentials: Credentials) => OutgoingRequest;

/** The provider's error classifier for one call: the call's result, or throws the provider's `TicketError`. */
export type AnswerReader<T> = (answer: HttpAnswer, context: AnswerContext) => T;

/** How the request of a call is made: signed per attempt with the account's credentials, or presigned. */
export type CallRequest = { readonly sign: RequestSigner } | { readonly presigned: OutgoingRequest };

/** One call: every call says whether it reads (may be retried) or writes (sent once). */
export interface HttpCall<T> {
  /** The API operation, for errors and logs. */
  readonly operation: string;
  readonly intent: RequestIntent;
  readonly request: CallRequest;
  readonly read: AnswerReader<T>;
  readonly signal?: AbortSignal;
  /**
   * Work the call needs before it may take a request slot (e.g. discovering the account id, which
   * takes a slot of its own: waiting for it inside one could deadlock once every slot waits).
   */
  readonly prerequisite?: (signal: AbortSignal) => Promise<void>;
  /** One of a short batch the user waits for: see `ReadOptions.burst` (core/provider.ts). */
  readonly burst?: boolean;
  /** Bytes the call uploads: the deadline allows time for them. */
  readonly uploadBytes?: number;
  readonly onUploadProgress?: (sentBytes: number, totalBytes: number) => void;
}
