import assert from 'node:assert/strict';
import type { TicketProvider } from '../../../src/core/provider';
import type { TicketSummary } from '../../../src/core/ticket';
import { FOREIGN_TICKET, OWNER_TICKETS, ownerTicketsWithStatus, THREAD_ATTACHMENT, THREAD_TICKET } from './emulator-fixtures';
import { AliyunHarness } from './harness';

describe('aliyun 2021-06-10 provider: reads against the emulator', () => {
  let harness: AliyunHarness;
  let provider: TicketProvider;

  before(async () => {
    harness = await AliyunHarness.start();
    provider = harness.provider('2021-06-10');
  });
  after(() => harness.close());

  it('verifies working credentials, counting every ticket of the account on the way', async () => {
    const check = await provider.verifyCredentials();
    const { totalCount } = await provider.listTickets({}, { pageSize: 50 });
    assert.ok(totalCount !== undefined && totalCount > 1);
    assert.deepEqual(check, { ticketCount: totalCount });
  });

  it('pages through every ticket of the account exactly once (ListTickets)', async () => {
    const seen: TicketSummary[] = [];
    let cursor: string | undefined;
    do {
      const page = await provider.listTickets({}, { cursor, pageSize: 10 });
      seen.push(...page.items);
      cursor = page.nextCursor;
    } while (cursor);
    assert.deepEqual(seen.map((ticket) => ticket.id).sort(), OWNER_TICKETS.map((ticket) => ticket.TicketId).sort());
  });

  it('reports the total count on the first page', async () => {
    const page = await provider.listTickets({}, { pageSize: 5 });
    assert.deepEqual([page.items.length, page.totalCount, page.nextCursor], [5, OWNER_TICKETS.length, '2']);
  });

  it('filters by status group (StatusList repeat-list)', async () => {
    const page = await provider.listTickets({ statusGroups: ['needs-action'] }, { pageSize: 50 });
    const expected = ownerTicketsWithStatus(3, 5)
      .map((ticket) => ticket.TicketId)
      .sort();
    assert.deepEqual(page.items.map((ticket) => ticket.id).sort(), expected);
  });

  it('filters by keyword', async () => {
    const page = await provider.listTickets({ keyword: 'backup' }, { pageSize: 50 });
    const expected = OWNER_TICKETS.filter((ticket) => /backup/i.test(ticket.Title + ticket.Description))
      .map((ticket) => ticket.TicketId)
      .sort();
    assert.deepEqual(page.items.map((ticket) => ticket.id).sort(), expected);
  });

  it('filters by an id list (TicketIdList comma-joined)', async () => {
    const ids = [OWNER_TICKETS[3].TicketId, OWNER_TICKETS[7].TicketId];
    const page = await provider.listTickets({ ids }, { pageSize: 50 });
    assert.deepEqual(page.items.map((ticket) => ticket.id).sort(), [...ids].sort());
  });

  it('filters by creation range in milliseconds', async () => {
    const from = OWNER_TICKETS[10].CreateTime;
    const to = OWNER_TICKETS[12].CreateTime;
    const page = await provider.listTickets({ createdAfter: from, createdBefore: to }, { pageSize: 50 });
    assert.deepEqual(
      page.items.map((ticket) => ticket.id).sort(),
      OWNER_TICKETS.slice(10, 13)
        .map((ticket) => ticket.TicketId)
        .sort(),
    );
  });

  it('maps list statuses into groups', async () => {
    const page = await provider.listTickets({ ids: [OWNER_TICKETS[5].TicketId] }, {});
    assert.deepEqual([page.items[0].status.code, page.items[0].status.group], ['6', 'closed']);
  });

  it('returns ticket details with the creation time in ms (GetTicket)', async () => {
    const seed = OWNER_TICKETS[4];
    const detail = await provider.getTicket(seed.TicketId);
    assert.deepEqual([detail.id, detail.title, detail.description, detail.createdAt, detail.categoryId], [seed.TicketId, seed.Title, seed.Description, seed.CreateTime, seed.CategoryId]);
  });

  it("reports another account's ticket as not-found", async () => {
    await assert.rejects(provider.getTicket(FOREIGN_TICKET.TicketId), { kind: 'not-found' });
  });

  it('returns the conversation in time order with roles and attachments (ListTicketNotes)', async () => {
    const page = await provider.listMessages(THREAD_TICKET.TicketId, {});
    const summary = page.items.map((message) => [message.author.role, message.attachments.map((a) => a.name).join()]);
    assert.deepEqual(summary, [
      ['customer', ''],
      ['support', THREAD_ATTACHMENT.Name],
    ]);
  });

  it('serves attachment links that download the stored bytes', async () => {
    const page = await provider.listMessages(THREAD_TICKET.TicketId, {});
    const url = page.items[1].attachments[0].url ?? '';
    const response = await fetch(url);
    assert.equal(await response.text(), THREAD_ATTACHMENT.Text);
  });

  it('loads the product directory → product → category cascade (ListProducts, ListCategories)', async () => {
    const directories = await provider.loadFieldOptions('directory', {});
    const products = await provider.loadFieldOptions('product', { directory: directories[0].value });
    const categories = await provider.loadFieldOptions('category', { directory: directories[0].value, product: products[0].value });
    assert.deepEqual([directories.length, products[0].value, categories.map((c) => c.value)], [2, '18550', ['7161', '53812']]);
  });

  it('asks for localised names with the Language from the locale', async () => {
    const zh = harness.provider('2021-06-10', { locale: 'zh-cn' });
    const directories = await zh.loadFieldOptions('directory', {});
    assert.equal(directories[0].label, '弹性计算');
  });

  it('gives an unchanged change signal while nothing changes', async () => {
    const first = await provider.getChangeSignal();
    const second = await provider.getChangeSignal();
    assert.equal(first.token, second.token);
  });

  it('counts tickets needing action in the change signal', async () => {
    const signal = await provider.getChangeSignal();
    assert.equal(signal.needsActionCount, ownerTicketsWithStatus(3, 5).length);
  });

  it('changes the change signal when support moves a ticket', async () => {
    const before = await provider.getChangeSignal();
    harness.emulator.control.setStatus('aliyun', OWNER_TICKETS[0].TicketId, 'wait_feedback');
    const after = await provider.getChangeSignal();
    harness.reset();
    assert.notEqual(after.token, before.token);
  });
});
