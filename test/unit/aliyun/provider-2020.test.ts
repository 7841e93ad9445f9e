import assert from 'node:assert/strict';
import { isTicketError } from '../../../src/core/errors';
import type { TicketProvider } from '../../../src/core/provider';
import { requireOperation } from '../../../src/core/provider-operations';
import type { TicketSummary } from '../../../src/core/ticket';
import { FOREIGN_TICKET, OWNER_TICKETS, ownerTicketsWithStatus, REGISTERED_EMAIL, THREAD_TICKET } from './emulator-fixtures';
import { AliyunHarness, storedTicket } from './harness';

const OPEN = ownerTicketsWithStatus(2)[0].TicketId;

describe('aliyun 2020-03-26 (legacy) provider against the emulator', () => {
  let harness: AliyunHarness;
  let provider: TicketProvider;

  before(async () => {
    harness = await AliyunHarness.start();
    provider = harness.provider('2020-03-26');
  });
  beforeEach(() => harness.reset());
  after(() => harness.close());

  it('has no reopen, rating or attachments', () => {
    const { canReopen, canRate, attachments } = provider.capabilities;
    assert.deepEqual([canReopen, canRate, attachments], [false, false, false]);
  });

  it('verifies working credentials, counting every ticket of the account on the way', async () => {
    const check = await provider.verifyCredentials();
    const { totalCount } = await provider.listTickets({}, { pageSize: 50 });
    assert.ok(totalCount !== undefined && totalCount > 1);
    assert.deepEqual(check, { ticketCount: totalCount });
  });

  it('pages through every ticket exactly once (ListTickets PageStart/PageSize)', async () => {
    const seen: TicketSummary[] = [];
    let cursor: string | undefined;
    do {
      const page = await provider.listTickets({}, { cursor, pageSize: 7 });
      seen.push(...page.items);
      cursor = page.nextCursor;
    } while (cursor);
    assert.deepEqual(seen.map((ticket) => ticket.id).sort(), OWNER_TICKETS.map((ticket) => ticket.TicketId).sort());
  });

  it('reads AddTime seconds as milliseconds', async () => {
    const seed = OWNER_TICKETS[3];
    const page = await provider.listTickets({ ids: [seed.TicketId] }, {});
    assert.equal(page.items[0].createdAt, Math.floor(seed.CreateTime / 1000) * 1000);
  });

  it('filters by status group (TicketStatus names)', async () => {
    const page = await provider.listTickets({ statusGroups: ['closed'] }, { pageSize: 100 });
    assert.deepEqual(
      page.items.map((ticket) => ticket.id).sort(),
      ownerTicketsWithStatus(6)
        .map((ticket) => ticket.TicketId)
        .sort(),
    );
  });

  it('filters by creation range in seconds', async () => {
    const page = await provider.listTickets({ createdAfter: OWNER_TICKETS[20].CreateTime, createdBefore: OWNER_TICKETS[21].CreateTime }, { pageSize: 100 });
    assert.deepEqual(page.items.map((ticket) => ticket.id).sort(), [OWNER_TICKETS[20].TicketId, OWNER_TICKETS[21].TicketId]);
  });

  it('builds ticket details from ListTickets and the first note', async () => {
    const detail = await provider.getTicket(THREAD_TICKET.TicketId);
    assert.deepEqual([detail.title, detail.description, detail.status.code], [THREAD_TICKET.Title, THREAD_TICKET.Description, 'dealing']);
  });

  it("reports another account's ticket as not-found", async () => {
    await assert.rejects(provider.getTicket(FOREIGN_TICKET.TicketId), { kind: 'not-found' });
  });

  it('returns notes in time order with FromOfficial as support (ListTicketNotes)', async () => {
    const page = await provider.listMessages(THREAD_TICKET.TicketId, {});
    assert.deepEqual(
      page.items.map((message) => message.author.role),
      ['customer', 'support'],
    );
  });

  it('replies (hand-rolled ReplyTicket)', async () => {
    await provider.reply(OPEN, { body: 'legacy reply 你好' });
    const last = (await provider.listMessages(OPEN, {})).items.at(-1);
    assert.equal(last?.body, 'legacy reply 你好');
  });

  it('sends a secret reply as SecretContent', async () => {
    await provider.reply(OPEN, { body: 'secret text', secret: true });
    const note = storedTicket(harness, OPEN).Notes.at(-1);
    assert.deepEqual([note?.Content, note?.Encrypt], ['secret text', true]);
  });

  it('refuses attachments on a reply before sending', async () => {
    await assert.rejects(provider.reply(OPEN, { body: 'x', attachmentIds: ['a.txt'] }), { kind: 'invalid-input' });
    assert.equal(harness.calls('ReplyTicket'), 0);
  });

  it('closes a ticket (CloseTicket)', async () => {
    await provider.close(OPEN);
    assert.equal((await provider.getTicket(OPEN)).status.group, 'closed');
  });

  it('reports reopen, rate and upload as unsupported without a request', () => {
    const codes = (['reopen', 'rate', 'uploadAttachment'] as const).map((operation) => {
      try {
        requireOperation(provider, operation);
        return 'offered';
      } catch (error) {
        return isTicketError(error, 'invalid-input') ? error.code : String(error);
      }
    });
    assert.deepEqual({ codes, requests: harness.emulator.control.requests().length }, { codes: ['Unsupported', 'Unsupported', 'Unsupported'], requests: 0 });
  });

  it('loads product groups from ListProducts and categories by ProductCode (ListCategories)', async () => {
    const directories = await provider.loadFieldOptions('directory', {});
    const computing = directories.find((directory) => directory.label === 'Elastic Computing');
    const products = await provider.loadFieldOptions('product', { directory: computing?.value });
    const categories = await provider.loadFieldOptions('category', { product: 'ecs' });
    assert.deepEqual(
      [products.map((product) => product.value), categories.map((category) => category.value)],
      [
        ['ecs', 'swas'],
        ['7161', '53812'],
      ],
    );
  });

  it('files a ticket with Category + ProductCode (CreateTicket)', async () => {
    const { ticketId } = await provider.createTicket({
      directory: 'hot-tech',
      product: 'ecs',
      category: '7161',
      title: 'Legacy ticket',
      description: 'cannot connect',
      email: REGISTERED_EMAIL,
      phone: '13800000000',
      notifyTimeRange: 'normal',
      secretInfo: 'instance i-123',
    });
    const stored = storedTicket(harness, ticketId);
    assert.deepEqual([stored.Title, stored.Email, stored.SecretInfo?.content], ['Legacy ticket', REGISTERED_EMAIL, 'instance i-123']);
  });

  it('explains an unregistered contact e-mail (illegalParam.emailOrPhone)', async () => {
    const error = await provider.createTicket({ directory: 'hot-tech', product: 'ecs', category: '7161', description: 'x', email: 'stranger@example.com' }).catch((e: unknown) => e);
    assert.deepEqual([(error as { kind?: string }).kind, /registered/.test((error as Error).message)], ['invalid-input', true]);
  });

  it('changes the change signal when a ticket is closed', async () => {
    const before = await provider.getChangeSignal();
    await provider.close(OPEN);
    const after = await provider.getChangeSignal();
    assert.notEqual(after.token, before.token);
  });
});
