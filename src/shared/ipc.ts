/**
 * One request/reply helper for both sides of a webview (host and page). It knows nothing about VS Code
 * or the DOM: it is given a `post` function and fed every received value.
 *
 * A protocol is two unions of messages (each an interface with a literal `type`) plus, for each side, a
 * map from message type to the value the receiver answers with. Every message travels in an envelope
 * with an id; a message sent with `request` waits for the envelope whose `replyTo` names that id and
 * resolves with its value, or rejects with `IpcError` when the handler failed, when no answer came in
 * time, or when the endpoint was disposed. Messages sent with `notify` expect nothing back.
 *
 * Usage (page side, the host mirrors it with the two halves swapped):
 *   const ipc = new IpcEndpoint<ToHost, HostReplies, ToPage, PageReplies>({ side: 'page', post: (p) => api.postMessage(p) });
 *   window.addEventListener('message', (event) => ipc.receive(event.data));
 *   ipc.handle('state', (message) => render(message.state));
 *   const first = await ipc.request({ type: 'ready' });
 */

/** Every message is an interface with a literal `type`. */
export interface IpcMessage {
  readonly type: string;
}

/** What a receiver answers for each message type (`undefined` for notifications). */
export type ReplyMap<Message extends IpcMessage> = { readonly [Type in Message['type']]: unknown };

/** A failure that travels back to the requester: a user-facing sentence and, when known, an error kind. */
export interface IpcFailure {
  readonly message: string;
  /** The `TicketError` kind (`auth`, `network` …) or `ipc` for transport failures. */
  readonly kind?: string;
  readonly code?: string;
}

/** Rejection value of `request`. */
export class IpcError extends Error {
  readonly kind: string;
  readonly code?: string;
  /** The message type that was asked, for logs (a user reads `message`). */
  readonly request?: string;

  constructor(failure: IpcFailure, request?: string) {
    super(failure.message);
    this.name = 'IpcError';
    this.kind = failure.kind ?? 'unknown';
    this.code = failure.code;
    this.request = request;
  }
}

/**
 * How an endpoint words the failures it raises itself. A page shows them to the user, so it takes them
 * from the host in the display language (src/shared/pageShell.ts); the English default is for logs.
 */
export interface IpcWording {
  /** No answer came within `seconds`. */
  noAnswer(seconds: number): string;
  /** The endpoint was disposed (the panel closed) while a request waited. */
  readonly closed: string;
  /** The message could not be posted to the other side. */
  readonly unreachable: string;
}

export const ENGLISH_IPC_WORDING: IpcWording = {
  noAnswer: (seconds) => `No answer within ${seconds} s.`,
  closed: 'The panel was closed.',
  unreachable: 'The panel could not be reached.',
};

/** The envelope on the wire. `channel` tells our packets apart from anything else posted to the window. */
export type IpcPacket =
  | { readonly channel: typeof CHANNEL; readonly id: string; readonly message: IpcMessage; readonly wantsReply: boolean }
  | { readonly channel: typeof CHANNEL; readonly replyTo: string; readonly value?: unknown; readonly error?: IpcFailure };

const CHANNEL = 'cloud-tickets-ipc';

/** Default wait for an answer. Requests that wait for the user (dialogs, uploads) pass `timeoutMs: 0`. */
export const DEFAULT_IPC_TIMEOUT_MS = 30_000;

export interface IpcEndpointOptions {
  /** Prefix of this side's ids (`host`, `page`), for readable traces. */
  readonly side: string;
  readonly post: (packet: IpcPacket) => unknown;
  /** Called for a received message of a type without handler, and for handler failures of notifications. */
  readonly onUnhandled?: (problem: string) => void;
  readonly defaultTimeoutMs?: number;
  /** The sentence a handler's failure travels back with (the host words errors in the display language); default: its message. */
  readonly failureText?: (error: unknown) => string;
}

export interface RequestOptions {
  /** Milliseconds to wait for the answer; 0 waits forever. */
  readonly timeoutMs?: number;
}

type Handler<Message, Reply> = (message: Message) => Reply | Promise<Reply>;

interface Pending {
  readonly request: string;
  resolve(value: unknown): void;
  reject(error: IpcError): void;
  timer?: ReturnType<typeof setTimeout>;
}

/**
 * One side of a conversation. `Out`/`OutReplies`: what this side sends and what the other side answers;
 * `In`/`InReplies`: what this side receives and must answer.
 */
export class IpcEndpoint<Out extends IpcMessage, OutReplies extends ReplyMap<Out>, In extends IpcMessage, InReplies extends ReplyMap<In>> {
  private nextId = 1;
  private readonly pending = new Map<string, Pending>();
  private readonly handlers = new Map<string, Handler<In, unknown>>();
  private disposed = false;
  private wording: IpcWording = ENGLISH_IPC_WORDING;

  constructor(private readonly options: IpcEndpointOptions) {}

  /** Words this side's own failures from now on (a page calls it once it has the host's strings). */
  useWording(wording: IpcWording): void {
    this.wording = wording;
  }

  /** Registers the handler of one incoming message type; its return value is the reply. */
  handle<Type extends In['type']>(type: Type, handler: Handler<Extract<In, { type: Type }>, InReplies[Type]>): void {
    this.handlers.set(type, handler as Handler<In, unknown>);
  }

  /** Sends a message and waits for the other side's answer. */
  request<Message extends Out>(message: Message, options: RequestOptions = {}): Promise<OutReplies[Message['type']]> {
    if (this.disposed) return Promise.reject(new IpcError({ kind: 'ipc', code: 'disposed', message: this.wording.closed }, message.type));
    const id = this.newId();
    const timeoutMs = options.timeoutMs ?? this.options.defaultTimeoutMs ?? DEFAULT_IPC_TIMEOUT_MS;
    const answer = new Promise<OutReplies[Message['type']]>((resolve, reject) => {
      const entry: Pending = { resolve: resolve as (value: unknown) => void, reject, request: message.type };
      if (timeoutMs > 0) {
        entry.timer = setTimeout(() => {
          this.pending.delete(id);
          reject(new IpcError({ kind: 'ipc', code: 'timeout', message: this.wording.noAnswer(Math.round(timeoutMs / 1000)) }, message.type));
        }, timeoutMs);
      }
      this.pending.set(id, entry);
    });
    this.send({ channel: CHANNEL, id, message, wantsReply: true });
    return answer;
  }

  /** Sends a message that expects no answer. */
  notify(message: Out): void {
    if (this.disposed) return;
    this.send({ channel: CHANNEL, id: this.newId(), message, wantsReply: false });
  }

  /** Feeds one received value (anything; foreign values are ignored). Returns true when it was ours. */
  receive(data: unknown): boolean {
    if (this.disposed || !isIpcPacket(data)) return false;
    if ('replyTo' in data) {
      this.settle(data.replyTo, data.value, data.error);
    } else {
      void this.dispatch(data.id, data.message as In, data.wantsReply);
    }
    return true;
  }

  /** Rejects every pending request and ignores whatever arrives later. */
  dispose(): void {
    if (this.disposed) return;
    this.disposed = true;
    for (const [id, entry] of this.pending) {
      if (entry.timer !== undefined) clearTimeout(entry.timer);
      entry.reject(new IpcError({ kind: 'ipc', code: 'disposed', message: this.wording.closed }, entry.request));
      this.pending.delete(id);
    }
    this.handlers.clear();
  }

  /** Number of requests still waiting for an answer (tests and diagnostics). */
  get pendingCount(): number {
    return this.pending.size;
  }

  private newId(): string {
    return `${this.options.side}-${this.nextId++}`;
  }

  private send(packet: IpcPacket): void {
    try {
      const posted = this.options.post(packet);
      // Host-side webviews answer postMessage with a thenable; a rejected post is not worth a crash.
      if (posted && typeof (posted as PromiseLike<unknown>).then === 'function') {
        (posted as PromiseLike<unknown>).then(undefined, () => this.failPost(packet));
      }
    } catch {
      this.failPost(packet);
    }
  }

  private failPost(packet: IpcPacket): void {
    if ('id' in packet && packet.wantsReply) {
      this.settle(packet.id, undefined, { kind: 'ipc', code: 'post-failed', message: this.wording.unreachable });
    }
  }

  private settle(id: string, value: unknown, error: IpcFailure | undefined): void {
    const entry = this.pending.get(id);
    if (!entry) return; // Late answer after a timeout: nobody waits for it any more.
    this.pending.delete(id);
    if (entry.timer !== undefined) clearTimeout(entry.timer);
    if (error) entry.reject(new IpcError(error, entry.request));
    else entry.resolve(value);
  }

  private async dispatch(id: string, message: In, wantsReply: boolean): Promise<void> {
    const handler = this.handlers.get(message.type);
    if (!handler) {
      const problem = `No handler for "${message.type}".`;
      if (wantsReply) this.send({ channel: CHANNEL, replyTo: id, error: { kind: 'ipc', code: 'no-handler', message: problem } });
      else this.options.onUnhandled?.(problem);
      return;
    }
    try {
      const value = await handler(message);
      if (wantsReply) this.send({ channel: CHANNEL, replyTo: id, value });
    } catch (error) {
      const failure = toFailure(error, this.options.failureText);
      if (wantsReply) this.send({ channel: CHANNEL, replyTo: id, error: failure });
      else this.options.onUnhandled?.(`"${message.type}" failed: ${failure.message}`);
    }
  }
}

/** True for a value shaped like one of our envelopes. */
export function isIpcPacket(value: unknown): value is IpcPacket {
  if (typeof value !== 'object' || value === null) return false;
  const packet = value as Record<string, unknown>;
  if (packet.channel !== CHANNEL) return false;
  if (typeof packet.replyTo === 'string') return true;
  const message = packet.message as Record<string, unknown> | null | undefined;
  return typeof packet.id === 'string' && typeof message === 'object' && message !== null && typeof message.type === 'string';
}

/** Turns a thrown value into what travels back; only the sentence and kind, never a stack or cause. */
export function toFailure(error: unknown, failureText?: (error: unknown) => string): IpcFailure {
  if (error instanceof Error) {
    const withKind = error as Error & { kind?: unknown; code?: unknown };
    return {
      message: failureText ? failureText(error) : error.message,
      kind: typeof withKind.kind === 'string' ? withKind.kind : undefined,
      code: typeof withKind.code === 'string' ? withKind.code : undefined,
    };
  }
  return { message: String(error) };
}
