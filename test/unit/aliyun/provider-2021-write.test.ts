import assert from 'node:assert/strict';
import type { AliyunProvider2021 } from '../../../src/providers/aliyun/provider-2021';
import { ownerTicketsWithStatus } from './emulator-fixtures';
import { AliyunHarness, storedTicket } from './harness';

const OPEN = ownerTicketsWithStatus(2)[0].TicketId;
const WAITING_FOR_FEEDBACK = ownerTicketsWithStatus(3)[0].TicketId;
const CLOSED = ownerTicketsWithStatus(6)[0].TicketId;

function bytes(text: string): Uint8Array {
  return new TextEncoder().encode(text);
}

describe('aliyun 2021-06-10 provider: writes against the emulator', () => {
  let harness: AliyunHarness;
  let provider: AliyunProvider2021;

  before(async () => {
    harness = await AliyunHarness.start();
    provider = harness.provider('2021-06-10');
  });
  beforeEach(() => harness.reset());
  after(() => harness.close());

  it('replies and the reply appears in the conversation (ReplyTicket)', async () => {
    const { messageId } = await provider.reply(OPEN, { body: 'Snapshot id s-1, 你好 * ( ) ! ~' });
    const messages = await provider.listMessages(OPEN, {});
    const mine = messages.items.find((message) => message.id === messageId);
    assert.deepEqual([mine?.author.role, mine?.body], ['customer', 'Snapshot id s-1, 你好 * ( ) ! ~']);
  });

  it('sends a secret reply as Encrypt=true', async () => {
    const { messageId } = await provider.reply(OPEN, { body: 'password: hunter2', secret: true });
    const note = storedTicket(harness, OPEN).Notes.find((entry) => String(entry.DialogId) === messageId);
    assert.equal(note?.Encrypt, true);
  });

  it('sends an ordinary reply as Encrypt=false', async () => {
    const { messageId } = await provider.reply(OPEN, { body: 'plain' });
    const note = storedTicket(harness, OPEN).Notes.find((entry) => String(entry.DialogId) === messageId);
    assert.equal(note?.Encrypt, false);
  });

  it('moves a waiting-for-feedback ticket on when the customer replies', async () => {
    await provider.reply(WAITING_FOR_FEEDBACK, { body: 'here is the info' });
    const detail = await provider.getTicket(WAITING_FOR_FEEDBACK);
    assert.equal(detail.status.code, '4');
  });

  it('refuses an empty reply before sending anything', async () => {
    await assert.rejects(provider.reply(OPEN, { body: '   ' }), { kind: 'invalid-input' });
    assert.equal(harness.calls('ReplyTicket'), 0);
  });

  it('uploads through the presigned PUT URL and stores the exact bytes (GetAttachmentUploadUrl)', async () => {
    const content = bytes('line 1\nline 2 ✓\n');
    const uploaded = await provider.uploadAttachment({ fileName: 'diag.log', data: content });
    assert.deepEqual(harness.emulator.control.attachment('aliyun', uploaded.id), Buffer.from(content));
  });

  it('keeps the file extension in the object key and reports the size', async () => {
    const uploaded = await provider.uploadAttachment({ fileName: 'shot.PNG', data: bytes('png') });
    assert.deepEqual([uploaded.id.endsWith('.png'), uploaded.sizeBytes], [true, 3]);
  });

  it('reports upload progress up to the full size', async () => {
    const seen: number[] = [];
    await provider.uploadAttachment({ fileName: 'a.txt', data: bytes('x'.repeat(4096)), onProgress: (sent) => seen.push(sent) });
    assert.equal(seen.at(-1), 4096);
  });

  it('refuses a file over the size limit before any request', async () => {
    const tooBig = new Uint8Array(provider.capabilities.maxAttachmentBytes + 1);
    await assert.rejects(provider.uploadAttachment({ fileName: 'big.bin', data: tooBig }), { kind: 'invalid-input' });
    assert.equal(harness.calls('GetAttachmentUploadUrl'), 0);
  });

  it('attaches uploaded files to a reply (FileNameList in the query)', async () => {
    const first = await provider.uploadAttachment({ fileName: 'one.txt', data: bytes('1') });
    const second = await provider.uploadAttachment({ fileName: 'two.txt', data: bytes('2') });
    await provider.reply(OPEN, { body: 'see files', attachmentIds: [first.id, second.id] });
    const last = (await provider.listMessages(OPEN, {})).items.at(-1);
    assert.deepEqual(
      last?.attachments.map((attachment) => attachment.name),
      ['one.txt', 'two.txt'],
    );
  });

  it('closes a ticket (CloseTicket)', async () => {
    await provider.close(OPEN);
    assert.equal((await provider.getTicket(OPEN)).status.group, 'closed');
  });

  it('reopens a closed ticket with a message (ReopenTicket)', async () => {
    await provider.reopen(CLOSED, 'It failed again');
    const [detail, messages] = await Promise.all([provider.getTicket(CLOSED), provider.listMessages(CLOSED, {})]);
    assert.deepEqual([detail.status.group, messages.items.at(-1)?.body], ['in-progress', 'It failed again']);
  });

  it('reports reopening an open ticket as invalid input', async () => {
    await assert.rejects(provider.reopen(OPEN, 'why not'), { kind: 'invalid-input' });
  });

  it('rates a closed ticket (EvaluateTicket)', async () => {
    await provider.rate(CLOSED, { score: 4, solved: true, comment: 'quick help' });
    const evaluation = storedTicket(harness, CLOSED).Evaluation;
    assert.deepEqual([evaluation?.score, evaluation?.solved, evaluation?.content], ['4', true, 'quick help']);
  });

  it('checks the score range before sending', async () => {
    await assert.rejects(provider.rate(CLOSED, { score: 6, solved: true }), { kind: 'invalid-input' });
    assert.equal(harness.calls('EvaluateTicket'), 0);
  });

  it('files a ticket from form values, with confidential info and attachments (CreateTicket)', async () => {
    const attachment = await provider.uploadAttachment({ fileName: 'trace.txt', data: bytes('trace') });
    const secretFile = await provider.uploadAttachment({ fileName: 'key.pem', data: bytes('-----BEGIN-----') });
    const { ticketId } = await provider.createTicket({
      directory: '1',
      product: '18550',
      category: '7161',
      severity: '2',
      title: 'Cannot SSH',
      description: 'Port 22 times out',
      email: 'ops@example.com',
      secretInfo: 'root password is x',
      attachments: [attachment.id],
      secretAttachments: [secretFile.id],
    });
    const stored = storedTicket(harness, ticketId);
    assert.deepEqual(
      [stored.Title, stored.Email, stored.SecretInfo?.content, stored.SecretInfo?.fileNameList, stored.Notes[0]?.Attachments],
      ['Cannot SSH', 'ops@example.com', 'root password is x', [secretFile.id], [attachment.id]],
    );
  });

  it('shows a new ticket in the list as in progress', async () => {
    const { ticketId } = await provider.createTicket({ directory: '2', product: '7200', category: '793', severity: '1', description: 'Bucket 403' });
    const page = await provider.listTickets({ ids: [ticketId] }, {});
    assert.deepEqual(
      page.items.map((ticket) => [ticket.id, ticket.status.group]),
      [[ticketId, 'in-progress']],
    );
  });

  it('validates the form before filing', async () => {
    await assert.rejects(provider.createTicket({ product: '7200', category: '793', severity: '1' }), { kind: 'invalid-input' });
    assert.equal(harness.calls('CreateTicket'), 0);
  });

  it('reports a category the server does not know as invalid input', async () => {
    await assert.rejects(provider.createTicket({ directory: '1', product: '18550', category: '999999', severity: '1', description: 'x' }), { kind: 'invalid-input', code: 'param.illegal' });
  });
});
