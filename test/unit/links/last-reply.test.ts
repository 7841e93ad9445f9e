import * as assert from 'node:assert/strict';
import { ReplyWatch } from '../../../src/core/notify';
import type { TicketProvider } from '../../../src/core/provider';
import type { Message } from '../../../src/core/ticket';
import { EXCERPT_CHARACTERS, LastReplies, LastReplyCache, lastReplyOf, type ConversationReader, type Redact } from '../../../src/links/lastReply';

/** Stands in for the project's redaction (the extension-host test uses the real one): SECRET-… runs become a marker. */
const redact: Redact = (text) => text.replace(/SECRET-[A-Z]+/g, '[REDACTED:secret]');

function message(id: string, createdAt: number, body: string, extra: Partial<Message> = {}): Message {
  return { id, author: { role: 'support', name: 'Agent Li' }, displayType: 'normal', body, createdAt, attachments: [], secret: false, ...extra };
}

/** A reader that answers after `delayMs` with the messages of each ticket; records calls and their signals. */
function fakeReader(conversations: Record<string, readonly Message[] | Error>, delayMs = 1): { read: ConversationReader; calls: { ticketId: string; signal: AbortSignal }[] } {
  const calls: { ticketId: string; signal: AbortSignal }[] = [];
  const read: ConversationReader = (_accountId, ticketId, signal) => {
    calls.push({ ticketId, signal });
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        const answer = conversations[ticketId];
        if (answer instanceof Error) reject(answer);
        else resolve(answer ?? []);
      }, delayMs);
      signal.addEventListener('abort', () => {
        clearTimeout(timer);
        reject(new Error('aborted'));
      });
    });
  };
  return { read, calls };
}

describe('last reply excerpts for hover cards', () => {
  it('takes the newest message that was not withdrawn, redacts it, then cuts it to the excerpt length', () => {
    const body = `Please   rotate the key\nSECRET-ABC now. ${'x'.repeat(400)}`;
    const reply = lastReplyOf([message('1', 1000, 'old'), message('2', 3000, body), message('3', 4000, 'taken back', { withdrawn: true })], redact);
    assert.ok(reply);
    assert.equal(reply.id, '2');
    assert.match(reply.excerpt, /^Please rotate the key \[REDACTED:secret\] now\. x+…$/);
    assert.equal(Array.from(reply.excerpt).length, EXCERPT_CHARACTERS);
  });

  it('redacts a secret that starts inside the excerpt and ends beyond it', () => {
    const reply = lastReplyOf([message('1', 1, `${'y'.repeat(EXCERPT_CHARACTERS - 5)} SECRET-${'Q'.repeat(50)}`)], redact);
    assert.ok(reply);
    assert.ok(!reply.excerpt.includes('SECRET'), reply.excerpt);
    assert.match(reply.excerpt, / \[RE…$/);
  });

  it('shows no text of a confidential message, and says when there is no message', () => {
    const reply = lastReplyOf([message('1', 1, 'password is hunter2', { secret: true })], redact);
    assert.deepEqual({ excerpt: reply?.excerpt, confidential: reply?.confidential }, { excerpt: '', confidential: true });
    assert.equal(lastReplyOf([], redact), undefined);
  });

  it('asks the cloud once when the same card is hovered twice, and again when the excerpt is old', async () => {
    let now = 0;
    const { read, calls } = fakeReader({ T1: [message('1', 5, 'hello')] });
    const replies = new LastReplies({ read, cache: new LastReplyCache({ redact, ttlMs: 60_000, now: () => now }) });
    const first = await replies.lookup('a', 'T1');
    const second = await replies.lookup('a', 'T1');
    now = 60_001;
    const third = await replies.lookup('a', 'T1');
    assert.deepEqual(
      { calls: calls.length, answers: [first, second, third].map((answer) => (answer.kind === 'found' ? answer.reply.excerpt : answer.kind)) },
      { calls: 2, answers: ['hello', 'hello', 'hello'] },
    );
  });

  it('reads again when the ticket moved after the excerpt was read', async () => {
    let now = 1_000;
    const { read, calls } = fakeReader({ T1: [message('1', 900, 'first answer')] });
    const replies = new LastReplies({ read, cache: new LastReplyCache({ redact, now: () => now }) });
    await replies.lookup('a', 'T1', { activityAt: 900 });
    now = 2_000;
    await replies.lookup('a', 'T1', { activityAt: 1_000 });
    await replies.lookup('a', 'T1', { activityAt: 1_500 });
    assert.equal(calls.length, 2);
  });

  it('shares one read between cards that ask at the same time', async () => {
    const { read, calls } = fakeReader({ T1: [message('1', 5, 'hello')] }, 20);
    const replies = new LastReplies({ read, cache: new LastReplyCache({ redact }) });
    const answers = await Promise.all([replies.lookup('a', 'T1'), replies.lookup('a', 'T1'), replies.lookup('b', 'T1')]);
    assert.deepEqual({ calls: calls.length, kinds: answers.map((answer) => answer.kind) }, { calls: 2, kinds: ['found', 'found', 'found'] });
  });

  it('drops the least recently used excerpt when full', async () => {
    const cache = new LastReplyCache({ redact, maxEntries: 2 });
    cache.remember('a', 'T1', [message('1', 1, 'one')]);
    cache.remember('a', 'T2', [message('2', 1, 'two')]);
    cache.get('a', 'T1');
    cache.remember('a', 'T3', [message('3', 1, 'three')]);
    assert.deepEqual(
      ['T1', 'T2', 'T3'].map((id) => cache.get('a', id)?.kind ?? 'gone'),
      ['found', 'gone', 'found'],
    );
  });

  it('answers from a conversation read elsewhere without asking', async () => {
    const { read, calls } = fakeReader({});
    const cache = new LastReplyCache({ redact });
    cache.remember('a', 'T1', [message('1', 1, 'read by the panel')]);
    const answer = await new LastReplies({ read, cache }).lookup('a', 'T1');
    assert.deepEqual({ calls: calls.length, excerpt: answer.kind === 'found' ? answer.reply.excerpt : answer.kind }, { calls: 0, excerpt: 'read by the panel' });
  });

  it('says "unavailable" when the cloud is slow, and the read that goes on (even once the card is gone) fills the cache', async () => {
    const { read, calls } = fakeReader({ T1: [message('1', 5, 'late')] }, 150);
    const replies = new LastReplies({ read, cache: new LastReplyCache({ redact }), waitMs: 30 });
    const hover = new AbortController();
    const started = Date.now();
    const slow = await replies.lookup('a', 'T1', { signal: hover.signal });
    const waited = Date.now() - started;
    // The card is hidden after it showed "unavailable": the read still goes on.
    hover.abort();
    await new Promise((resolve) => setTimeout(resolve, 200));
    const later = await replies.lookup('a', 'T1');
    assert.deepEqual({ slow: slow.kind, quick: waited < 120, later: later.kind, calls: calls.length }, { slow: 'unavailable', quick: true, later: 'found', calls: 1 });
  });

  it('says "unavailable" when the read fails, and does not ask again at once', async () => {
    const { read, calls } = fakeReader({ T1: new Error('offline') });
    const replies = new LastReplies({ read, cache: new LastReplyCache({ redact }) });
    const answers = [await replies.lookup('a', 'T1'), await replies.lookup('a', 'T1')];
    assert.deepEqual({ kinds: answers.map((answer) => answer.kind), calls: calls.length }, { kinds: ['unavailable', 'unavailable'], calls: 1 });
  });

  it('aborts the read when every card that asked was cancelled, and does not count it as a failure', async () => {
    const { read, calls } = fakeReader({ T1: [message('1', 5, 'hello')] }, 100);
    const replies = new LastReplies({ read, cache: new LastReplyCache({ redact }) });
    const one = new AbortController();
    const two = new AbortController();
    const answers = [replies.lookup('a', 'T1', { signal: one.signal }), replies.lookup('a', 'T1', { signal: two.signal })];
    one.abort();
    await new Promise((resolve) => setTimeout(resolve, 5));
    const abortedAfterOne = calls[0].signal.aborted;
    two.abort();
    const kinds = (await Promise.all(answers)).map((answer) => answer.kind);
    const next = await replies.lookup('a', 'T1');
    assert.deepEqual(
      { abortedAfterOne, abortedAfterBoth: calls[0].signal.aborted, kinds, next: next.kind, calls: calls.length },
      { abortedAfterOne: false, abortedAfterBoth: true, kinds: ['unavailable', 'unavailable'], next: 'found', calls: 2 },
    );
  });

  it('is filled by every conversation the reply watch reads: its note checks and panel loads', async () => {
    const provider = { listMessages: async () => ({ items: [message('1', 5, 'read by a note check')] }) } as unknown as TicketProvider;
    const watch = new ReplyWatch({ access: (_accountId, work) => work(provider) });
    const cache = new LastReplyCache({ redact });
    watch.onDidReadConversation((read) => cache.remember(read.accountId, read.ticketId, read.messages));
    watch.setAccounts(['a']);
    await watch.checkTicket('a', 'T1');
    watch.observeConversation('a', 'T2', [message('2', 6, 'shown in a panel')], { shown: true });
    const excerpt = (ticketId: string) => {
      const answer = cache.get('a', ticketId);
      return answer?.kind === 'found' ? answer.reply.excerpt : answer?.kind;
    };
    assert.deepEqual([excerpt('T1'), excerpt('T2')], ['read by a note check', 'shown in a panel']);
    watch.dispose();
  });

  it('forgets the excerpts of removed accounts', () => {
    const cache = new LastReplyCache({ redact });
    cache.remember('a', 'T1', [message('1', 1, 'one')]);
    cache.remember('b', 'T1', [message('1', 1, 'one')]);
    cache.keepAccounts(['b']);
    assert.deepEqual([cache.get('a', 'T1')?.kind, cache.get('b', 'T1')?.kind], [undefined, 'found']);
  });
});
