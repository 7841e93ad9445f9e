/**
 * The newest message of a ticket as a hover card shows it: who wrote it, when, and its first characters,
 * redacted. The ticket cache keeps no message text by design, so these excerpts live in memory only, a few
 * minutes, in a small LRU; hovering twice asks the cloud once, and conversations read elsewhere (the reply
 * watch, a panel) fill it too. vscode-free: the host passes how a conversation is read and the project's
 * redaction (the one exports use).
 */
import type { Message, MessageAuthorRole } from '../core/ticket';
import { shorten } from '../shared/outsideText';

/** Characters of the newest message a card shows. */
export const EXCERPT_CHARACTERS = 200;
/** Redaction reads this much of a body, so a secret that starts inside the excerpt is recognised whole. */
const REDACTION_WINDOW = 20_000;

/** The newest message, reduced to what a card shows. */
export interface LastReply {
  readonly id: string;
  readonly role: MessageAuthorRole;
  readonly authorName?: string;
  readonly createdAt: number;
  /** Redacted, whitespace folded, at most EXCERPT_CHARACTERS; empty when confidential or without text. */
  readonly excerpt: string;
  readonly confidential: boolean;
  readonly attachments: number;
}

/** What a card can say about the newest message: it, that there is none, or that it could not be read (in time). */
export type LastReplyAnswer = { readonly kind: 'found'; readonly reply: LastReply } | { readonly kind: 'none' } | { readonly kind: 'unavailable' };

/** Replaces the secrets in a text by markers (the host passes `redactSecrets` with the clouds' profile). */
export type Redact = (text: string) => string;

/** The newest message of a conversation that was not withdrawn, reduced to a redacted excerpt. */
export function lastReplyOf(messages: readonly Message[], redact: Redact): LastReply | undefined {
  let newest: Message | undefined;
  // Conversations come oldest first; on equal times the later one in the list is the newer.
  for (const message of messages) if (!message.withdrawn && (!newest || message.createdAt >= newest.createdAt)) newest = message;
  if (!newest) return undefined;
  return {
    id: newest.id,
    role: newest.author.role,
    ...(newest.author.name ? { authorName: newest.author.name } : {}),
    createdAt: newest.createdAt,
    excerpt: newest.secret ? '' : excerptOf(newest.body, redact),
    confidential: newest.secret,
    attachments: newest.attachments.length,
  };
}

/** Redacts first, then cuts: a secret cut in half by the excerpt's end would no longer look like one. */
export function excerptOf(body: string, redact: Redact): string {
  const redacted = redact(body.length > REDACTION_WINDOW ? body.slice(0, REDACTION_WINDOW) : body);
  return shorten(redacted.replace(/\s+/g, ' ').trim(), EXCERPT_CHARACTERS);
}

export interface LastReplyCacheOptions {
  readonly redact: Redact;
  readonly maxEntries?: number;
  /** How long an excerpt is shown without asking again. */
  readonly ttlMs?: number;
  /** How long a failed read keeps the card from asking again. */
  readonly failureTtlMs?: number;
  readonly now?: () => number;
}

type CachedAnswer = { readonly answer: LastReplyAnswer; readonly readAt: number; readonly expiresAt: number };

/** Excerpts per account and ticket, least recently used dropped first, each for a few minutes. */
export class LastReplyCache {
  /** Insertion order is use order: a hit is moved to the end. */
  private readonly entries = new Map<string, CachedAnswer>();
  private readonly maxEntries: number;
  private readonly ttlMs: number;
  private readonly failureTtlMs: number;
  private readonly now: () => number;
  private readonly redact: Redact;

  constructor(options: LastReplyCacheOptions) {
    this.redact = options.redact;
    this.maxEntries = options.maxEntries ?? 200;
    this.ttlMs = options.ttlMs ?? 5 * 60_000;
    this.failureTtlMs = options.failureTtlMs ?? 30_000;
    this.now = options.now ?? Date.now;
  }

  /**
   * The remembered answer, if it is still fresh: younger than its time to live, and not older than the
   * ticket's last known activity (`activityAt`, e.g. a reply the list reported since it was read).
   */
  get(accountId: string, ticketId: string, activityAt?: number): LastReplyAnswer | undefined {
    const key = keyOf(accountId, ticketId);
    const entry = this.entries.get(key);
    if (!entry) return undefined;
    this.entries.delete(key);
    if (entry.expiresAt <= this.now()) return undefined;
    // Message times are the server's: the newest one may lie a little ahead of our clock.
    const knownUntil = Math.max(entry.readAt, entry.answer.kind === 'found' ? entry.answer.reply.createdAt : 0);
    if (activityAt !== undefined && activityAt > knownUntil) return undefined;
    this.entries.set(key, entry);
    return entry.answer;
  }

  /** A conversation was read (here or elsewhere): remember its newest message. */
  remember(accountId: string, ticketId: string, messages: readonly Message[]): LastReplyAnswer {
    const reply = lastReplyOf(messages, this.redact);
    const answer: LastReplyAnswer = reply ? { kind: 'found', reply } : { kind: 'none' };
    this.put(accountId, ticketId, answer, this.ttlMs);
    return answer;
  }

  /** A read failed: say "unavailable" for a short while instead of asking on every hover. */
  rememberFailure(accountId: string, ticketId: string): void {
    this.put(accountId, ticketId, { kind: 'unavailable' }, this.failureTtlMs);
  }

  /** Drops every excerpt of accounts that are gone. */
  keepAccounts(accountIds: readonly string[]): void {
    const kept = new Set(accountIds);
    for (const key of [...this.entries.keys()]) if (!kept.has(key.slice(0, key.indexOf('\u0000')))) this.entries.delete(key);
  }

  get size(): number {
    return this.entries.size;
  }

  private put(accountId: string, ticketId: string, answer: LastReplyAnswer, ttlMs: number): void {
    const key = keyOf(accountId, ticketId);
    this.entries.delete(key);
    const now = this.now();
    this.entries.set(key, { answer, readAt: now, expiresAt: now + ttlMs });
    while (this.entries.size > this.maxEntries) this.entries.delete(this.entries.keys().next().value!);
  }
}

/** Reads a ticket's whole conversation from its account (through the provider registry in the host). */
export type ConversationReader = (accountId: string, ticketId: string, signal: AbortSignal) => Promise<readonly Message[]>;

export interface LastRepliesOptions {
  readonly read: ConversationReader;
  readonly cache: LastReplyCache;
  /** How long a card waits for the cloud before it shows "unavailable"; the read goes on and fills the cache. */
  readonly waitMs?: number;
}

interface PendingRead {
  readonly answer: Promise<LastReplyAnswer>;
  readonly controller: AbortController;
  /**
   * Cards that asked and were not cancelled; the read is aborted when this falls to 0. A card that gave up
   * waiting (it shows "unavailable") stays counted, so the read goes on to fill the cache.
   */
  cancellable: number;
}

/** The newest message of a ticket: from the cache, or read once however many cards ask at the same time. */
export class LastReplies {
  private readonly pending = new Map<string, PendingRead>();

  constructor(private readonly options: LastRepliesOptions) {}

  /**
   * Never rejects: a failure, a cancellation or a slow cloud answer "unavailable". `activityAt`: the ticket's
   * last known activity; a remembered excerpt older than it is read again.
   */
  async lookup(accountId: string, ticketId: string, options: { readonly signal?: AbortSignal; readonly activityAt?: number } = {}): Promise<LastReplyAnswer> {
    const { signal, activityAt } = options;
    const cached = this.options.cache.get(accountId, ticketId, activityAt);
    if (cached) return cached;
    if (signal?.aborted) return { kind: 'unavailable' };
    const pending = this.pendingRead(accountId, ticketId);
    pending.cancellable++;
    return new Promise<LastReplyAnswer>((resolve) => {
      const finish = (answer: LastReplyAnswer) => {
        clearTimeout(timer);
        signal?.removeEventListener('abort', cancelled);
        resolve(answer);
      };
      const cancelled = () => {
        if (--pending.cancellable === 0) pending.controller.abort();
        finish({ kind: 'unavailable' });
      };
      const timer = setTimeout(() => finish({ kind: 'unavailable' }), this.options.waitMs ?? 2_500);
      signal?.addEventListener('abort', cancelled, { once: true });
      void pending.answer.then(finish);
    });
  }

  private pendingRead(accountId: string, ticketId: string): PendingRead {
    const key = keyOf(accountId, ticketId);
    const existing = this.pending.get(key);
    if (existing) return existing;
    const controller = new AbortController();
    const { cache, read } = this.options;
    const answer = read(accountId, ticketId, controller.signal).then(
      (messages) => cache.remember(accountId, ticketId, messages),
      (): LastReplyAnswer => {
        // Cancelled by every card that asked: not a failure of the account.
        if (!controller.signal.aborted) cache.rememberFailure(accountId, ticketId);
        return { kind: 'unavailable' };
      },
    );
    const pending: PendingRead = { answer, controller, cancellable: 0 };
    this.pending.set(key, pending);
    void answer.finally(() => this.pending.delete(key));
    return pending;
  }
}

function keyOf(accountId: string, ticketId: string): string {
  return `${accountId}\u0000${ticketId}`;
}
