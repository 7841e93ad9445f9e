/**
 * Duplicate-safe replies: an interrupted reply (the server committed it, then the connection dropped
 * or the answer came too late) is never posted twice, and a reply that really failed is offered for
 * resend. Against the emulator over loopback, for Alibaba (2021 and 2020) and Huawei.
 */
import assert from 'node:assert/strict';
import { TicketError } from '../../../src/core/errors';
import type { ReplyInput, TicketProvider } from '../../../src/core/provider';
import {
  baselineOf,
  matchPostedReply,
  mayHaveBeenPosted,
  readBaseline,
  reopenOnce,
  sendReplyOnce,
  type ProviderRun,
  type SentReply,
  type ThreadBaseline,
} from '../../../src/core/reply-duplicate-guard';
import type { Message } from '../../../src/core/ticket';
import { KEY, OWNER_TICKETS, THREAD_TICKET } from '../aliyun/emulator-fixtures';
import { AliyunHarness, storedTicket } from '../aliyun/harness';
import { useEmulatorSuite } from '../huaweicloud/harness';

const QUICK = { pauseMs: 0 };
const runOn =
  (provider: TicketProvider): ProviderRun =>
  (call) =>
    call(provider);

function message(id: string, body: string, extra: Partial<Message> = {}): Message {
  return { id, author: { role: 'customer' }, displayType: 'normal', body, createdAt: 1000, attachments: [], secret: false, ...extra };
}

describe('reply duplicate guard: deciding from one read of the thread', () => {
  const before = baselineOf([message('1', 'first'), message('2', 'Same text again')]);

  it('finds a new message of ours with the same text, whitespace aside', () => {
    const result = matchPostedReply([message('1', 'first'), message('3', '  Disk  is\nfull ')], { body: 'Disk is full' }, before);
    assert.equal(result.outcome === 'found' && result.message?.id, '3');
  });

  it('does not take an older message with the same text for the new reply', () => {
    assert.equal(matchPostedReply([message('1', 'first'), message('2', 'Same text again')], { body: 'Same text again' }, before).outcome, 'none');
  });

  it("does not take support's message or a withdrawn one for ours", () => {
    const thread = [message('3', 'ok', { author: { role: 'support' } }), message('4', 'ok', { withdrawn: true })];
    assert.equal(matchPostedReply(thread, { body: 'ok' }, before).outcome, 'none');
  });

  it('matches attachments by id where the API lists ids, by name where it lists names only', () => {
    const sent: SentReply = {
      body: 'logs',
      attachments: [
        { id: 'a1', name: 'x.log' },
        { id: 'a2', name: 'y.log' },
      ],
    };
    const byId = message('3', 'logs', {
      attachments: [
        { id: 'a1', name: 'other' },
        { id: 'a2', name: 'y.log' },
      ],
    });
    const byName = message('4', 'logs', { attachments: [{ name: 'x.log' }, { name: 'y.log' }] });
    assert.deepEqual([matchPostedReply([byId], sent, before).outcome, matchPostedReply([byName], sent, before).outcome], ['found', 'found']);
  });

  it('cannot settle it when the text matches but the attachments do not', () => {
    const sent: SentReply = { body: 'logs', attachments: [{ id: 'a1', name: 'x.log' }] };
    assert.equal(matchPostedReply([message('3', 'logs')], sent, before).outcome, 'unknown');
  });

  it('without a baseline, same text is not proof (it may be an older message) but fresh upload ids are', () => {
    const sent: SentReply = { body: 'logs', attachments: [{ id: 'fresh-id', name: 'x.log' }] };
    const withIds = matchPostedReply([message('9', 'logs', { attachments: [{ id: 'fresh-id', name: 'x.log' }] })], sent, undefined).outcome;
    const textOnly = matchPostedReply([message('9', 'thanks')], { body: 'thanks' }, undefined).outcome;
    assert.deepEqual([withIds, textOnly], ['found', 'unknown']);
  });

  it('treats a new message of ours as possibly a confidential reply whose text the list hides', () => {
    assert.equal(matchPostedReply([message('3', '******')], { body: 'my password is x', secret: true }, before).outcome, 'unknown');
  });

  it('uses server times for messages listed without ids', () => {
    const baseline: ThreadBaseline = { messageIds: new Set(), newestAt: 5000 };
    const old = message('', 'hi', { createdAt: 5000 });
    const fresh = message('', 'hi', { createdAt: 5001 });
    assert.deepEqual([matchPostedReply([old], { body: 'hi' }, baseline).outcome, matchPostedReply([old, fresh], { body: 'hi' }, baseline).outcome], ['none', 'found']);
  });

  it('looks after cancellations and network failures, not after a refused input', () => {
    const verdicts = [
      new DOMException('The operation was aborted.', 'AbortError'),
      new TicketError({ kind: 'network', message: 'No answer.' }),
      new TicketError({ kind: 'server', message: 'Dropped.', ambiguous: true }),
      new TicketError({ kind: 'invalid-input', message: 'Too long.' }),
    ].map(mayHaveBeenPosted);
    assert.deepEqual(verdicts, [true, true, true, false]);
  });
});

describe('reply duplicate guard against the Alibaba emulator', () => {
  let harness: AliyunHarness;
  const ticketId = THREAD_TICKET.TicketId;
  const notesWith = (text: string, id = ticketId) => storedTicket(harness, id).Notes.filter((note) => note.Content === text).length;
  const dropNext = (action: string, kind: 'commit-then-drop' | 'close' = 'commit-then-drop') => harness.emulator.control.injectFault({ provider: 'aliyun', action, fault: { kind } });

  before(async () => {
    harness = await AliyunHarness.start();
  });
  beforeEach(() => harness.reset());
  after(() => harness.close());

  async function replyTwiceThroughDrop(version: '2021-06-10' | '2020-03-26', text: string): Promise<string[]> {
    const provider = harness.provider(version);
    const baseline = await readBaseline(provider, ticketId);
    dropNext('ReplyTicket');
    const first = await sendReplyOnce(runOn(provider), ticketId, { body: text }, { baseline, search: QUICK });
    // What a user does after being told: send again (only offered when the reply was not found).
    const second = first.status === 'recovered' ? first : await sendReplyOnce(runOn(provider), ticketId, { body: text }, { baseline, search: QUICK });
    return [first.status, second.status];
  }

  it('2021: a reply committed before the connection dropped is found and not posted twice', async () => {
    const outcome = await replyTwiceThroughDrop('2021-06-10', 'Restarted the instance, the error persists.');
    assert.deepEqual({ outcome, notes: notesWith('Restarted the instance, the error persists.') }, { outcome: ['recovered', 'recovered'], notes: 1 });
  });

  it('2020: the same on the legacy API', async () => {
    const outcome = await replyTwiceThroughDrop('2020-03-26', 'Legacy reply through a dropped connection.');
    assert.deepEqual({ outcome, notes: notesWith('Legacy reply through a dropped connection.') }, { outcome: ['recovered', 'recovered'], notes: 1 });
  });

  it('a reply whose connection closed before the server acted is offered for resend, then posted once', async () => {
    const provider = harness.provider('2021-06-10');
    const input: ReplyInput = { body: 'Closed before it was processed.' };
    const baseline = await readBaseline(provider, ticketId);
    dropNext('ReplyTicket', 'close');
    const first = await sendReplyOnce(runOn(provider), ticketId, input, { baseline, search: QUICK });
    const second = await sendReplyOnce(runOn(provider), ticketId, input, { baseline, checkFirst: true, search: QUICK });
    assert.deepEqual({ first: first.status === 'not-sent' && first.checked, second: second.status, notes: notesWith(input.body) }, { first: true, second: 'sent', notes: 1 });
  });

  it('a reply with attachments is recognised by its file names (the list carries no object keys)', async () => {
    const provider = harness.provider('2021-06-10');
    const uploaded = await provider.uploadAttachment({ fileName: 'trace.log', data: Buffer.from('trace\n') });
    const baseline = await readBaseline(provider, ticketId);
    dropNext('ReplyTicket');
    const input: ReplyInput = { body: 'Trace attached.', attachmentIds: [uploaded.id] };
    const outcome = await sendReplyOnce(runOn(provider), ticketId, input, { baseline, attachmentNames: ['trace.log'], search: QUICK });
    assert.deepEqual({ status: outcome.status, notes: notesWith('Trace attached.') }, { status: 'recovered', notes: 1 });
  });

  it('a late commit (answer after the timeout) is caught by the look-up before a resend', async () => {
    const provider = harness.provider('2021-06-10', { timeoutMs: 300 });
    const input: ReplyInput = { body: 'Slow server, one reply.' };
    const baseline = await readBaseline(provider, ticketId);
    harness.emulator.control.injectFault({ provider: 'aliyun', action: 'ReplyTicket', fault: { kind: 'delay', ms: 700 } });
    const first = await sendReplyOnce(runOn(provider), ticketId, input, { baseline, search: { attempts: 1, pauseMs: 0 } });
    await new Promise((resolve) => setTimeout(resolve, 800));
    const second = await sendReplyOnce(runOn(provider), ticketId, input, { baseline, checkFirst: true, search: QUICK });
    assert.deepEqual({ first: first.status, second: second.status, notes: notesWith(input.body) }, { first: 'not-sent', second: 'recovered', notes: 1 });
  });

  it('says "uncertain" when the thread cannot be read after an ambiguous failure', async () => {
    const provider = harness.provider('2021-06-10');
    const baseline = await readBaseline(provider, ticketId);
    harness.emulator.control.deny('aliyun', KEY.accessKeyId, 'ListTicketNotes');
    dropNext('ReplyTicket', 'close');
    const outcome = await sendReplyOnce(runOn(provider), ticketId, { body: 'Cannot check.' }, { baseline, search: QUICK });
    assert.deepEqual([outcome.status, outcome.status === 'uncertain' && outcome.searchError !== undefined], ['uncertain', true]);
  });

  it('a resend whose look cannot read the thread posts nothing and says so', async () => {
    const provider = harness.provider('2021-06-10');
    const input: ReplyInput = { body: 'Committed, then the thread became unreadable.' };
    const baseline = await readBaseline(provider, ticketId);
    dropNext('ReplyTicket');
    harness.emulator.control.deny('aliyun', KEY.accessKeyId, 'ListTicketNotes');
    const first = await sendReplyOnce(runOn(provider), ticketId, input, { baseline, search: QUICK });
    const second = await sendReplyOnce(runOn(provider), ticketId, input, { baseline, checkFirst: true, search: QUICK });
    assert.deepEqual(
      { first: first.status, second: second.status, heldBack: second.status === 'uncertain' && second.heldBack === true, notes: notesWith(input.body) },
      { first: 'uncertain', second: 'uncertain', heldBack: true, notes: 1 },
    );
  });

  it('a resend without a baseline does not post a text the thread already holds (it may be the first attempt)', async () => {
    const provider = harness.provider('2021-06-10');
    const input: ReplyInput = { body: 'Sent while the thread could not be read first.' };
    dropNext('ReplyTicket');
    const first = await sendReplyOnce(runOn(provider), ticketId, input, { search: QUICK });
    const second = await sendReplyOnce(runOn(provider), ticketId, input, { checkFirst: true, search: QUICK });
    assert.deepEqual({ first: first.status, second: second.status, notes: notesWith(input.body) }, { first: 'uncertain', second: 'uncertain', notes: 1 });
  });

  it('a refused reply is reported without a look-up', async () => {
    const provider = harness.provider('2021-06-10');
    harness.emulator.control.clearRequests();
    const closed = OWNER_TICKETS.find((ticket) => ticket.Status === 6)!.TicketId;
    const outcome = await sendReplyOnce(runOn(provider), closed, { body: 'On a closed ticket.' }, { search: QUICK });
    const looked = harness.emulator.control.requests().some((entry) => entry.action === 'ListTicketNotes');
    assert.deepEqual([outcome.status === 'not-sent' && outcome.checked, looked], [false, false]);
  });

  it("a reopen committed before the connection dropped is recognised by the ticket's status", async () => {
    const provider = harness.provider('2021-06-10');
    const closed = OWNER_TICKETS.find((ticket) => ticket.Status === 6)!.TicketId;
    dropNext('ReopenTicket');
    const outcome = await reopenOnce(runOn(provider), closed, 'It broke again.', { search: QUICK });
    assert.deepEqual({ status: outcome.status, notes: notesWith('It broke again.', closed) }, { status: 'recovered', notes: 1 });
  });

  it('a reopen that never reached the server is offered again', async () => {
    const provider = harness.provider('2021-06-10');
    const closed = OWNER_TICKETS.find((ticket) => ticket.Status === 6)!.TicketId;
    dropNext('ReopenTicket', 'close');
    const outcome = await reopenOnce(runOn(provider), closed, 'Not reopened yet.', { search: QUICK });
    assert.deepEqual([outcome.status === 'not-sent' && outcome.checked, notesWith('Not reopened yet.', closed)], [true, 0]);
  });
});

describe('reply duplicate guard against the Huawei emulator', () => {
  const osm = useEmulatorSuite();
  const IN_PROGRESS = 'TS202603275SQAIEFGS0404';
  const messagesWith = (text: string) => osm.harness.plugin.state.cases.get(IN_PROGRESS)?.messages.filter((m) => m.content === text).length;
  const dropNext = (kind: 'commit-then-drop' | 'close') => osm.harness.emulator.control.injectFault({ provider: 'huaweicloud', action: 'CreateMessages', fault: { kind } });

  it('a message committed before the connection dropped is found and not posted twice', async () => {
    const baseline = await readBaseline(osm.provider, IN_PROGRESS);
    dropNext('commit-then-drop');
    const input: ReplyInput = { body: '重启后依旧失败 — still failing after a restart.' };
    const outcome = await sendReplyOnce(runOn(osm.provider), IN_PROGRESS, input, { baseline, search: QUICK });
    assert.deepEqual({ status: outcome.status, messages: messagesWith(input.body) }, { status: 'recovered', messages: 1 });
  });

  it('a message with attachments is recognised by the attachment ids', async () => {
    const uploaded = await osm.provider.uploadAttachment({ fileName: 'dmesg.txt', data: Buffer.from('dmesg\n'), purpose: 'reply' });
    dropNext('commit-then-drop');
    const input: ReplyInput = { body: 'dmesg attached', attachmentIds: [uploaded.id] };
    // No baseline: the fresh upload id alone identifies the message.
    const outcome = await sendReplyOnce(runOn(osm.provider), IN_PROGRESS, input, { attachmentNames: ['dmesg.txt'], search: QUICK });
    assert.deepEqual({ status: outcome.status, messages: messagesWith('dmesg attached') }, { status: 'recovered', messages: 1 });
  });

  it('a message whose connection closed before the server acted is offered for resend, then posted once', async () => {
    const baseline = await readBaseline(osm.provider, IN_PROGRESS);
    dropNext('close');
    const input: ReplyInput = { body: 'Never arrived the first time.' };
    const first = await sendReplyOnce(runOn(osm.provider), IN_PROGRESS, input, { baseline, search: QUICK });
    const second = await sendReplyOnce(runOn(osm.provider), IN_PROGRESS, input, { baseline, checkFirst: true, search: QUICK });
    assert.deepEqual({ first: first.status === 'not-sent' && first.checked, second: second.status, messages: messagesWith(input.body) }, { first: true, second: 'sent', messages: 1 });
  });
});
