/**
 * Emulator plugin contract. The emulator is one Node `http` server that hosts several cloud providers.
 * Each provider is a `ProviderPlugin`: the server parses every request into an `EmulatorRequest`
 * (method, raw path and query, decoded query with repeated keys, lower-cased headers, raw body bytes, and
 * the form/JSON body when the content type says so), asks each plugin in turn whether it `matches`, asks
 * the matching plugin for the request's `actionOf` name (the unit that latency, faults, throttling and
 * RAM-style denials target), and then calls `handle(request, ctx)`. Authentication, validation and state
 * are the plugin's business; the framework supplies the shared services in `ProviderContext`: a clock
 * tests can control, the credential table, a nonce cache, the simulated support agent, request ids and
 * the server's base URL (for loopback presigned URLs). A plugin renders its own native error envelope
 * (`renderError`) so that injected faults and throttling look like the real service. Agent-side driving
 * (agent reply, status change), state snapshots and stored attachment bytes are exposed through the
 * plugin's `control` object, which the control API serves in-process and over HTTP under `/__control/`.
 * To add a provider: implement `ProviderPlugin` in `src/emulator/<provider>/` and list its factory in
 * `src/emulator/registry.ts`.
 */
import type { IncomingHttpHeaders } from 'node:http';

/** Decoded multi-valued parameters in arrival order (`a=1&a=2` → `a: ['1','2']`). */
export type MultiMap = ReadonlyMap<string, readonly string[]>;

export interface EmulatorRequest {
  /** Upper-case HTTP method. */
  readonly method: string;
  /** Request target exactly as received (path + `?` + query). */
  readonly url: string;
  /** Raw (still percent-encoded) path, without the query. */
  readonly path: string;
  /** Raw query string without the leading `?` ('' when none). */
  readonly rawQuery: string;
  /** Query decoded form-style (`+` is a space), repeated keys preserved. */
  readonly query: MultiMap;
  /** Headers with lower-cased names, as Node parsed them. */
  readonly headers: IncomingHttpHeaders;
  /** Raw header list [name, value, name, value…] with the received casing. */
  readonly rawHeaders: readonly string[];
  /** Exact body bytes. */
  readonly body: Buffer;
  /** Parsed body when content-type is application/x-www-form-urlencoded. */
  readonly form: MultiMap | undefined;
  /** Parsed body when content-type is JSON and it parsed; see `jsonError` otherwise. */
  readonly json: unknown;
  /** Set when the content-type said JSON but the body did not parse. */
  readonly jsonError: string | undefined;
  /** The `Host` header ('' when missing). */
  readonly host: string;
}

export interface EmulatorResponse {
  readonly status: number;
  readonly headers?: Readonly<Record<string, string>>;
  readonly body?: string | Buffer;
}

/** Millisecond clock that tests can freeze, set and advance. */
export interface Clock {
  now(): number;
}

/** One test key pair. `provider` is a plugin name; `accountId` is the owner (Alibaba UID, Huawei domain id). */
export interface EmulatorCredential {
  readonly provider: string;
  readonly accessKeyId: string;
  readonly accessKeySecret: string;
  /** STS / temporary-credential token; requests with this key must present it. */
  readonly securityToken?: string;
  /** Epoch ms after which the security token is expired. */
  readonly securityTokenExpiresAt?: number;
  readonly accountId: string;
  /** Display name of the principal (used in denial details). */
  readonly principalName?: string;
  /** Disabled keys are rejected with the provider's "inactive key" error. */
  readonly disabled?: boolean;
}

export interface CredentialLookup {
  find(provider: string, accessKeyId: string): EmulatorCredential | undefined;
  list(provider: string): readonly EmulatorCredential[];
  /** True when a test has denied `action` for this key (RAM-style permission error). */
  isDenied(provider: string, accessKeyId: string, action: string): boolean;
}

/** Remembers nonces for a replay window. */
export interface NonceCache {
  /** Returns false when the nonce was already used within the window (and records it otherwise). */
  remember(scope: string, nonce: string): boolean;
}

/** Runs agent-side work after the configured delay; a no-op when no agent delay is configured. */
export interface AgentScheduler {
  readonly enabled: boolean;
  schedule(work: () => void): void;
}

/** Framework services handed to a plugin on every call. */
export interface ProviderContext {
  readonly clock: Clock;
  readonly credentials: CredentialLookup;
  readonly nonces: NonceCache;
  readonly agent: AgentScheduler;
  /** `http://127.0.0.1:<port>` — for URLs that must point back at this server. */
  readonly baseUrl: string;
  /** Upper-case UUID-v4 style request id. */
  newRequestId(): string;
}

/** An error the plugin renders in its native envelope (for faults and throttling). */
export interface NativeErrorSpec {
  readonly status: number;
  readonly code: string;
  readonly message: string;
  readonly headers?: Readonly<Record<string, string>>;
}

/** Agent-side and inspection operations of one provider, used by tests and the control API. */
export interface ProviderControl {
  /** Post a reply from the support agent; returns the new note/message id. */
  agentReply(ticketId: string, content: string, options?: AgentReplyOptions): string;
  /** Force a ticket into a native status (name or code, provider-specific). */
  setStatus(ticketId: string, status: string): void;
  /** JSON-serialisable view of the provider's state (tickets with their notes, attachments metadata). */
  snapshot(): unknown;
  /** Bytes of a stored attachment, by its key/id. */
  attachment(key: string): Buffer | undefined;
  /** Provider-specific extra commands for the HTTP control API (`/__control/providers/<name>/command/<cmd>`). */
  command?(name: string, args: unknown): unknown;
}

export interface AgentReplyOptions {
  /**
   * Leave the status as it is, whatever the provider's agent would do on its own (Alibaba's moves a
   * new or answered ticket to "dealing"): a reply only the conversation shows. Ignored with `status`.
   */
  readonly keepStatus?: boolean;
  /** Status to move the ticket to with this reply (provider-specific name or code). */
  readonly status?: string;
  readonly agentName?: string;
  readonly attachments?: readonly { name: string; bytes?: Buffer }[];
}

export interface ProviderPlugin {
  /** Stable name, e.g. `aliyun`, `huaweicloud`; used by the control API and fault targeting. */
  readonly name: string;
  /** Does this request belong to this provider (by host, path, headers…)? Checked in registration order. */
  matches(request: EmulatorRequest): boolean;
  /** Action name used to target latency/faults/throttling/denials, e.g. `CreateTicket`. */
  actionOf(request: EmulatorRequest): string;
  handle(request: EmulatorRequest, ctx: ProviderContext): Promise<EmulatorResponse> | EmulatorResponse;
  /** Native error envelope for injected faults and throttling. */
  renderError(error: NativeErrorSpec, request: EmulatorRequest, ctx: ProviderContext): EmulatorResponse;
  /** Default throttling error (e.g. Alibaba 400 `Throttling.User`). */
  readonly throttlingError: NativeErrorSpec;
  /** Test key pairs this provider seeds (merged into the credential table). */
  credentials(): readonly EmulatorCredential[];
  /** Restore the seeded state (called by control reset). */
  reset(): void;
  readonly control: ProviderControl;
  /** The fixtures section in use (for `--print-fixtures`); optional. */
  fixtureSection?(): unknown;
  /**
   * Validates a fixtures section (undefined = the built-in sample) without changing anything, and returns
   * the function that then replaces the provider's data with it. Throws a FixtureError naming the bad field.
   */
  stageFixtures?(section: unknown): () => void;
}

/** Options every plugin factory receives. */
export interface PluginFactoryOptions {
  /**
   * This provider's section of the fixtures document (`document[plugin name]`), or undefined to use the
   * plugin's built-in sample data.
   */
  readonly fixtures: unknown;
  readonly clock: Clock;
}

/** Registry entry: the provider's name (its fixtures section) and how to build its plugin. */
export interface ProviderPluginFactory {
  readonly name: string;
  create(options: PluginFactoryOptions): ProviderPlugin;
}

/** What an injected fault does to the next matching call(s). */
export type FaultKind =
  /** Native error envelope rendered by the provider; nothing is performed. */
  | { readonly kind: 'error'; readonly status: number; readonly code: string; readonly message: string; readonly headers?: Readonly<Record<string, string>> }
  /** Exact HTTP answer (status, raw body, headers); nothing is performed. */
  | { readonly kind: 'http'; readonly status: number; readonly body?: string; readonly headers?: Readonly<Record<string, string>> }
  /** HTTP 200 with a truncated JSON body; nothing is performed. */
  | { readonly kind: 'malformed-json' }
  /** The socket is destroyed before anything is performed or answered. */
  | { readonly kind: 'close' }
  /** Wait `ms` (longer than the client timeout), then perform and answer normally. */
  | { readonly kind: 'delay'; readonly ms: number }
  /** Perform the write, then destroy the socket without answering. */
  | { readonly kind: 'commit-then-drop' }
  /** HTTP 200 whose JSON body is `bytes` long (a runaway or hostile endpoint); nothing is performed. */
  | { readonly kind: 'oversize'; readonly bytes: number };

export interface FaultRule {
  /** Plugin name; omitted = any provider. */
  readonly provider?: string;
  /** Action name as reported by `actionOf`; omitted or '*' = any action. */
  readonly action?: string;
  /** How many matching calls it applies to (default 1). */
  readonly times?: number;
  readonly fault: FaultKind;
}

export interface LatencyRule {
  readonly ms: number;
  /** Uniform extra delay in [0, jitterMs). */
  readonly jitterMs?: number;
  readonly provider?: string;
  readonly action?: string;
}

export interface ThrottleRule {
  readonly provider?: string;
  readonly action?: string;
  /** Calls allowed per window before the throttling error (default window 1000 ms). */
  readonly limit: number;
  readonly windowMs?: number;
  /** Override of the provider's default throttling error. */
  readonly error?: NativeErrorSpec;
}

/** One line of the request log. */
export interface RequestLogEntry {
  readonly at: number;
  readonly provider: string | undefined;
  readonly action: string | undefined;
  readonly method: string;
  readonly url: string;
  /** HTTP status answered, or undefined when the connection was dropped. */
  readonly status: number | undefined;
  readonly fault?: FaultKind['kind'];
}
