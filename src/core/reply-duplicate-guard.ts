/**
 * Never post the same reply twice (DESIGN.md §7). When a reply (or a reopen, which also writes the
 * user's text) fails in a way that leaves open whether the server committed it — the connection
 * dropped, the answer timed out, the user cancelled while it was on the wire — the thread is read
 * back before the user is offered to send again. Reads only, apart from the one reply itself.
 *
 * No clocks are compared: "new" means "not among the messages seen before sending", which needs no
 * agreement between the local clock and the server's.
 */
import { abortableDelay, isAbortError } from './abort';
import { isTicketError } from './errors';
import type { ReplyInput, TicketProvider } from './provider';
import { requireOperation } from './provider-operations';
import type { Message } from './ticket';

/** The conversation as it was right before sending. */
export interface ThreadBaseline {
  readonly messageIds: ReadonlySet<string>;
  /** Server time of the newest message seen, for messages that come without an id (0 when none). */
  readonly newestAt: number;
}

/** What was sent, reduced to what a conversation can be matched on. */
export interface SentReply {
  readonly body: string;
  readonly secret?: boolean;
  /** The attachments it carried: upload id and file name (some APIs list only names). */
  readonly attachments?: readonly { readonly id: string; readonly name: string }[];
}

export type ReplySearchResult =
  /** `message` is the reply as listed, when the evidence is a message rather than the ticket's state. */
  | { readonly outcome: 'found'; readonly message?: Message }
  | { readonly outcome: 'none' }
  /** The thread could not be read, or what it shows does not settle the question. */
  | { readonly outcome: 'unknown'; readonly error?: unknown };

export interface ReplySearchOptions {
  /** Reads of the thread when the first finds nothing (lists can lag behind a fresh commit). */
  readonly attempts?: number;
  /** Pause between reads. */
  readonly pauseMs?: number;
}

/** Runs a call on the account's provider (the host passes the registry's `run`, which tracks account health). */
export type ProviderRun = <T>(call: (provider: TicketProvider) => Promise<T>) => Promise<T>;

export type ReplyOutcome =
  | { readonly status: 'sent' }
  /** The write failed ambiguously, but the thread shows it was committed; it must not be sent again. */
  | { readonly status: 'recovered' }
  /** Not committed: `checked` says a look at the thread confirmed it after an ambiguous failure. */
  | { readonly status: 'not-sent'; readonly error: unknown; readonly checked: boolean }
  /**
   * It may have been committed and the look-up could not tell; the user must look before resending.
   * `heldBack`: this was a resend, and nothing was posted because the look before it could not tell either.
   */
  | { readonly status: 'uncertain'; readonly error: unknown; readonly searchError?: unknown; readonly heldBack?: true };

const DEFAULTS: Required<ReplySearchOptions> = { attempts: 2, pauseMs: 1500 };

/** The baseline of a conversation that is already loaded (the ticket panel). */
export function baselineOf(messages: readonly Message[]): ThreadBaseline {
  return {
    messageIds: new Set(messages.map((message) => message.id).filter((id) => id !== '')),
    newestAt: messages.reduce((newest, message) => Math.max(newest, message.createdAt), 0),
  };
}

/** Reads the conversation's baseline; undefined when it cannot be read (the send still goes ahead). */
export async function readBaseline(provider: Pick<TicketProvider, 'listMessages'>, ticketId: string, signal?: AbortSignal): Promise<ThreadBaseline | undefined> {
  try {
    return baselineOf((await provider.listMessages(ticketId, {}, signal)).items);
  } catch (error) {
    if (signal?.aborted) throw error;
    return undefined;
  }
}

/**
 * True when a failed write of the user's text may nevertheless have been committed. Unlike a create,
 * a cancelled reply counts: the request may already have reached the server.
 */
export function mayHaveBeenPosted(error: unknown): boolean {
  if (isAbortError(error)) return true;
  if (isTicketError(error)) return error.ambiguous || error.kind === 'network';
  // Anything unclassified is treated as ambiguous: looking costs one read, a duplicate costs the user's credibility.
  return true;
}

/** Decides from one read of the thread whether the reply is in it (pure; exported for tests). */
export function matchPostedReply(messages: readonly Message[], sent: SentReply, baseline: ThreadBaseline | undefined): ReplySearchResult {
  const body = normalise(sent.body);
  const mine = messages.filter((message) => message.author.role === 'customer' && !message.withdrawn);
  const fresh = baseline ? mine.filter((message) => isNew(message, baseline)) : mine;
  const sameText = fresh.filter((message) => normalise(message.body) === body);
  const complete = sameText.find((message) => carriesAttachments(message, sent));
  // Upload ids are unique to this send, so a message carrying them is this reply even without a baseline.
  if (complete && (baseline || hasIdMatch(complete, sent))) return { outcome: 'found', message: complete };
  if (sameText.length > 0) return { outcome: 'unknown' };
  // A confidential reply may be listed with its text hidden: a new message of ours could still be it.
  if (sent.secret && baseline && fresh.length > 0) return { outcome: 'unknown' };
  return { outcome: 'none' };
}

/** Reads the thread (again after a pause when the reply is not there yet) and looks for the reply. */
async function findPostedReply(
  provider: Pick<TicketProvider, 'listMessages'>,
  ticketId: string,
  sent: SentReply,
  baseline: ThreadBaseline | undefined,
  options: ReplySearchOptions = {},
  signal?: AbortSignal,
): Promise<ReplySearchResult> {
  return lookRepeatedly(
    options,
    async () => {
      try {
        return matchPostedReply((await provider.listMessages(ticketId, {}, signal)).items, sent, baseline);
      } catch (error) {
        if (signal?.aborted) throw error;
        return { outcome: 'unknown', error };
      }
    },
    signal,
  );
}

/** What `sendReplyOnce` needs besides the reply itself. */
export interface ReplyContext {
  /** The thread before the first attempt of this reply; keep it for a resend. */
  readonly baseline?: ThreadBaseline;
  /** File names of `input.attachmentIds`, in the same order (some APIs list only names). */
  readonly attachmentNames?: readonly string[];
  /**
   * Set on a resend after an ambiguous failure: the thread is read once more before sending, since a
   * slow server may have committed the first attempt after the look-up said it had not.
   */
  readonly checkFirst?: boolean;
  readonly search?: ReplySearchOptions;
  /** Cancels the reply only; the look-up after a cancelled reply still runs. */
  readonly signal?: AbortSignal;
  /** Called when the thread is about to be read back (progress text). */
  readonly onCheck?: () => void;
}

/**
 * Posts one reply exactly once: never retried, and after an ambiguous failure the thread is read
 * back so the caller knows whether offering "Send again" is safe.
 */
export async function sendReplyOnce(run: ProviderRun, ticketId: string, input: ReplyInput, context: ReplyContext = {}): Promise<ReplyOutcome> {
  const sent = sentReplyOf(input, context.attachmentNames);
  if (context.checkFirst) {
    context.onCheck?.();
    const earlier = await run((provider) => findPostedReply(provider, ticketId, sent, context.baseline, { attempts: 1 })).catch((error: unknown): ReplySearchResult => ({ outcome: 'unknown', error }));
    if (earlier.outcome === 'found') return { status: 'recovered' };
    // Not being able to tell is no licence to post: the first attempt may be in the thread.
    if (earlier.outcome === 'unknown') return { status: 'uncertain', error: earlier.error, heldBack: true, ...(earlier.error === undefined ? {} : { searchError: earlier.error }) };
  }
  try {
    await run((provider) => provider.reply(ticketId, input, context.signal));
    return { status: 'sent' };
  } catch (error) {
    if (!mayHaveBeenPosted(error)) return { status: 'not-sent', error, checked: false };
    context.onCheck?.();
    const search = await run((provider) => findPostedReply(provider, ticketId, sent, context.baseline, context.search)).catch((searchError: unknown) => ({
      outcome: 'unknown' as const,
      error: searchError,
    }));
    return outcomeOf(error, search);
  }
}

/**
 * Reopens a ticket with the user's reason exactly once. After an ambiguous failure the ticket's
 * status settles it: a ticket that is no longer closed was reopened.
 */
export async function reopenOnce(run: ProviderRun, ticketId: string, message: string, options: Pick<ReplyContext, 'search' | 'signal' | 'onCheck'> = {}): Promise<ReplyOutcome> {
  try {
    await run((provider) => requireOperation(provider, 'reopen')(ticketId, message, options.signal));
    return { status: 'sent' };
  } catch (error) {
    if (!mayHaveBeenPosted(error)) return { status: 'not-sent', error, checked: false };
    options.onCheck?.();
    const search = await lookRepeatedly(options.search, () =>
      run(async (provider): Promise<ReplySearchResult> => ((await provider.getTicket(ticketId)).status.group === 'closed' ? { outcome: 'none' } : { outcome: 'found' })).catch(
        (searchError: unknown) => ({ outcome: 'unknown' as const, error: searchError }),
      ),
    );
    return outcomeOf(error, search);
  }
}

/** Looks again after a pause until the write is found or the attempts are used up; the last answer counts. */
async function lookRepeatedly(options: ReplySearchOptions | undefined, look: () => Promise<ReplySearchResult>, signal?: AbortSignal): Promise<ReplySearchResult> {
  const settings = { ...DEFAULTS, ...options };
  let last: ReplySearchResult = { outcome: 'none' };
  for (let attempt = 0; attempt < settings.attempts; attempt++) {
    if (attempt > 0) await abortableDelay(settings.pauseMs, signal);
    last = await look();
    if (last.outcome === 'found') return last;
  }
  return last;
}

function outcomeOf(error: unknown, search: ReplySearchResult): ReplyOutcome {
  if (search.outcome === 'found') return { status: 'recovered' };
  if (search.outcome === 'none') return { status: 'not-sent', error, checked: true };
  return search.error === undefined ? { status: 'uncertain', error } : { status: 'uncertain', error, searchError: search.error };
}

function sentReplyOf(input: ReplyInput, names: readonly string[] = []): SentReply {
  const attachments = (input.attachmentIds ?? []).map((id, index) => ({ id, name: names[index] ?? '' }));
  return { body: input.body, ...(input.secret ? { secret: true } : {}), ...(attachments.length > 0 ? { attachments } : {}) };
}

function isNew(message: Message, baseline: ThreadBaseline): boolean {
  return message.id !== '' ? !baseline.messageIds.has(message.id) : message.createdAt > baseline.newestAt;
}

/** Every sent attachment is on the message: by id where the API lists ids, else by file name. */
function carriesAttachments(message: Message, sent: SentReply): boolean {
  const wanted = sent.attachments ?? [];
  if (message.attachments.length !== wanted.length) return false;
  return wanted.every((file) => message.attachments.some((listed) => (listed.id ? listed.id === file.id : listed.name === file.name)));
}

function hasIdMatch(message: Message, sent: SentReply): boolean {
  const wanted = sent.attachments ?? [];
  return wanted.length > 0 && wanted.every((file) => message.attachments.some((listed) => listed.id === file.id));
}

/** Whitespace-insensitive form used for matching (servers trim and re-wrap text). */
function normalise(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
