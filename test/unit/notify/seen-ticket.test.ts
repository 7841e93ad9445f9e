import assert from 'node:assert/strict';
import { observeConversation, observeListed, shownUnread, withSeen, type SeenTicket } from '../../../src/core/notify';
import type { Message, TicketSummary } from '../../../src/core/ticket';

const T0 = Date.UTC(2026, 0, 1);

function message(id: string, role: 'customer' | 'support' | 'system', at: number, extra: Partial<Message> = {}): Message {
  return { id, author: { role }, displayType: 'normal', body: id, createdAt: at, attachments: [], secret: false, ...extra };
}

function ticket(code = 'dealing', unreadCount?: number): TicketSummary {
  return {
    id: 'T1',
    title: 'Disk full',
    status: { group: code === 'wait' ? 'needs-action' : 'in-progress', code, label: code, known: true },
    createdAt: T0,
    ...(unreadCount !== undefined ? { unreadCount } : {}),
  };
}

const seenAfterFirstRead: SeenTicket = { lastNoteId: 'm1', lastNoteAt: T0, noteCount: 1, unread: 0, checkedAt: T0 };

describe('what was seen of a ticket', () => {
  it('counts support messages after the last one seen as new replies, and the dot follows them', () => {
    const observed = observeConversation(seenAfterFirstRead, [message('m1', 'customer', T0), message('m2', 'support', T0 + 10), message('m3', 'support', T0 + 20)], {
      now: T0 + 30,
      baseline: false,
      shown: false,
    });
    assert.deepEqual(
      { replies: observed.newReplies, newest: observed.newestReplyId, unread: observed.seen.unread, activity: observed.seen.lastActivityAt, last: observed.seen.lastNoteId },
      { replies: 2, newest: 'm3', unread: 2, activity: T0 + 20, last: 'm3' },
    );
  });

  it("does not count the customer's own messages or withdrawn ones", () => {
    const observed = observeConversation(seenAfterFirstRead, [message('m1', 'customer', T0), message('m2', 'customer', T0 + 10), message('m3', 'support', T0 + 20, { withdrawn: true })], {
      now: T0 + 30,
      baseline: false,
      shown: false,
    });
    assert.deepEqual({ replies: observed.newReplies, awaiting: observed.seen.awaitingSupport }, { replies: 0, awaiting: true });
  });

  it('is not news on the first read of a ticket known from before the watch began (baseline)', () => {
    const observed = observeConversation(undefined, [message('m1', 'customer', T0), message('m2', 'support', T0 + 10)], { now: T0 + 30, baseline: true, shown: false });
    assert.deepEqual({ replies: observed.newReplies, unread: observed.seen.unread }, { replies: 0, unread: 0 });
  });

  it('on the first read of a ticket listed before, counts what was written after it was first listed', () => {
    const minutes = (n: number) => T0 + n * 60_000;
    const listed = observeListed(undefined, ticket(), { at: minutes(5), unreadFromList: false, baseline: true }).seen;
    const observed = observeConversation(listed, [message('m1', 'customer', T0), message('m2', 'support', minutes(3)), message('m3', 'support', minutes(10))], {
      now: minutes(30),
      baseline: false,
      shown: false,
    });
    assert.deepEqual({ replies: observed.newReplies, newest: observed.newestReplyId }, { replies: 1, newest: 'm3' });
  });

  it('counts a reply whose server time is a little before the first look (the server clock runs behind ours)', () => {
    const listed = observeListed(undefined, ticket(), { at: T0 + 60_000, unreadFromList: false, baseline: true }).seen;
    const observed = observeConversation(listed, [message('m1', 'customer', T0 - 600_000), message('m2', 'support', T0 + 40_000)], { now: T0 + 120_000, baseline: false, shown: false });
    assert.equal(observed.newReplies, 1);
  });

  it("takes the cloud's own unread flags on a first read that is not news", () => {
    const observed = observeConversation(undefined, [message('m1', 'customer', T0), message('m2', 'support', T0 + 10, { unread: true })], { now: T0 + 30, baseline: true, shown: false });
    assert.deepEqual({ replies: observed.newReplies, unread: observed.seen.unread }, { replies: 0, unread: 1 });
  });

  it('treats the whole conversation of a ticket that appeared since as news', () => {
    const listed = observeListed({ statusCode: 'dealing', unread: 0, lastNoteId: 'x' }, ticket(), { at: T0, unreadFromList: false, baseline: false }).seen;
    const fresh = observeListed(undefined, ticket(), { at: T0, unreadFromList: false, baseline: false }).seen;
    const observed = observeConversation(fresh, [message('m1', 'customer', T0), message('m2', 'support', T0 + 10)], { now: T0 + 30, baseline: false, shown: false });
    assert.deepEqual(
      { replies: observed.newReplies, newTicketCleared: observed.seen.newTicket, knownTicketFlag: listed.newTicket },
      { replies: 1, newTicketCleared: undefined, knownTicketFlag: undefined },
    );
  });

  it('finds new messages by time when the last one seen is gone', () => {
    const observed = observeConversation({ ...seenAfterFirstRead, lastNoteId: 'gone', lastNoteAt: T0 + 5 }, [message('m1', 'customer', T0), message('m2', 'support', T0 + 10)], {
      now: T0 + 30,
      baseline: false,
      shown: false,
    });
    assert.equal(observed.newReplies, 1);
  });

  it('a conversation on screen is read: no unread left, "Mark as Unread" undone', () => {
    const observed = observeConversation({ ...seenAfterFirstRead, unread: 3, markedUnread: true }, [message('m1', 'customer', T0), message('m2', 'support', T0 + 10)], {
      now: T0 + 30,
      baseline: false,
      shown: true,
    });
    assert.deepEqual({ unread: shownUnread(observed.seen), replies: observed.newReplies }, { unread: 0, replies: 1 });
  });

  it("follows the list's unread count where the cloud reports it: a rise is a reply, a fall is a read elsewhere", () => {
    const first = observeListed(undefined, ticket('dealing', 0), { at: T0, unreadFromList: true, baseline: true });
    const rose = observeListed(first.seen, ticket('dealing', 2), { at: T0 + 60_000, unreadFromList: true, baseline: false });
    const fell = observeListed(rose.seen, ticket('dealing', 0), { at: T0 + 120_000, unreadFromList: true, baseline: false });
    assert.deepEqual([first.newReplies, rose.newReplies, rose.seen.unread, rose.seen.lastActivityAt, fell.seen.unread], [0, 2, 2, T0 + 60_000, 0]);
  });

  it('ignores list unread counts of a cloud that does not report them', () => {
    const observed = observeListed({ statusCode: 'dealing', unread: 0 }, ticket('dealing', 5), { at: T0, unreadFromList: false, baseline: false });
    assert.deepEqual({ replies: observed.newReplies, unread: observed.seen.unread }, { replies: 0, unread: 0 });
  });

  it('a status change is activity at the time it was listed', () => {
    const observed = observeListed({ statusCode: 'dealing', unread: 0, lastActivityAt: T0 }, ticket('wait'), { at: T0 + 90_000, unreadFromList: false, baseline: false });
    assert.equal(observed.seen.lastActivityAt, T0 + 90_000);
  });

  it('shows "updated" from the last activity and the unread count on the row', () => {
    const row = withSeen(ticket(), { unread: 1, lastActivityAt: T0 + 5_000 });
    const marked = withSeen(ticket(), { unread: 0, markedUnread: true });
    assert.deepEqual([row.updatedAt, row.unreadCount, marked.unreadCount], [T0 + 5_000, 1, 1]);
  });
});
