/** The Huawei `TicketProvider` over the emulator: lists, detail, conversation, replies and actions. */
import assert from 'node:assert/strict';
import { isTicketError } from '../../../src/core/errors';
import { requireOperation } from '../../../src/core/provider-operations';
import { demoProvider, useEmulatorSuite } from './harness';

const IN_PROGRESS = 'TS202603275SQAIEFGS0404';
const FEEDBACK = 'TS20260316FEEDBACK000004';
const CONFIRM = 'TS20260318CONFIRM0000003';
const COMPLETED = 'TS202603240ABCDEFGH0001';
const LONG = 'TS20260212LONGTHREAD0009';

describe('huaweicloud provider: tickets and conversation', () => {
  const osm = useEmulatorSuite();

  it('verifies the credentials, counting every case of the account on the way', async () => {
    const check = await osm.provider.verifyCredentials();
    assert.ok(osm.harness.emulator.control.requests().some((r) => r.action === 'ListCaseCounts' && r.status === 200));
    const { totalCount } = await osm.provider.listTickets({}, {});
    assert.ok(totalCount !== undefined && totalCount > 1);
    assert.deepEqual(check, { ticketCount: totalCount });
  });

  it('lists the tickets that need the user: pending confirmation (2) and awaiting feedback (17)', async () => {
    const page = await osm.provider.listTickets({ statusGroups: ['needs-action'] }, {});
    assert.deepEqual(
      page.items.map((t) => [t.id, t.status.code, t.status.label]),
      [
        [CONFIRM, '2', 'Pending your confirmation'],
        [FEEDBACK, '17', 'Awaiting your feedback'],
      ],
    );
  });

  it('keeps suspended tickets among those in progress', async () => {
    const page = await osm.provider.listTickets({ statusGroups: ['in-progress'] }, {});
    assert.deepEqual(page.items.map((t) => t.status.code).sort(), ['0', '1', '1', '5']);
  });

  it('lists closed tickets without the deleted one', async () => {
    const page = await osm.provider.listTickets({ statusGroups: ['closed'] }, {});
    assert.deepEqual(page.items.map((t) => t.status.code).sort(), ['12', '3', '4']);
  });

  it('adds unread counts and label names to open tickets', async () => {
    const page = await osm.provider.listTickets({ ids: [IN_PROGRESS] }, {});
    assert.deepEqual([page.items[0]?.unreadCount, page.items[0]?.labels], [2, ['urgent']]);
  });

  it('pages with an offset cursor until the total is reached', async () => {
    const first = await osm.provider.listTickets({}, { pageSize: 5 });
    const second = await osm.provider.listTickets({}, { pageSize: 5, cursor: first.nextCursor });
    assert.deepEqual([first.nextCursor, second.items.length, second.nextCursor], ['5', 4, undefined]);
  });

  it('searches by keyword in the description', async () => {
    const page = await osm.provider.listTickets({ keyword: 'packet loss' }, {});
    assert.deepEqual(
      page.items.map((t) => t.id),
      [LONG],
    );
  });

  it('filters by creation time', async () => {
    const page = await osm.provider.listTickets({ createdAfter: Date.parse('2026-03-20T00:00:00Z') }, {});
    assert.deepEqual(
      page.items.map((t) => t.id),
      [IN_PROGRESS, 'TS202603240ABCDEFGH0001', 'TS20260320PENDING0000002'],
    );
  });

  it('labels statuses in Chinese for a Chinese display language', async () => {
    const page = await demoProvider(osm.harness, { locale: 'zh-cn' }).listTickets({ ids: [FEEDBACK] }, {});
    assert.equal(page.items[0]?.status.label, '待反馈');
  });

  it('shows the detail with its OSM properties as fields', async () => {
    const detail = await osm.provider.getTicket(IN_PROGRESS);
    const fields = Object.fromEntries((detail.fields ?? []).map((f) => [f.label, f.value]));
    assert.deepEqual(
      [detail.title, detail.severity?.label, fields.Region, detail.productName, fields['Product category'], fields['Problem type']],
      ['ECS 无法远程登录', 'Major', 'CN North-Beijing4', 'Elastic Cloud Server', 'Compute', 'Remote login'],
    );
  });

  it('turns an unknown ticket into not-found', async () => {
    await assert.rejects(osm.provider.getTicket('TS-404'), (e) => isTicketError(e, 'not-found'));
  });

  it('loads a 160-message thread completely, in ascending order', async () => {
    const page = await osm.provider.listMessages(LONG, {});
    const times = page.items.map((m) => m.createdAt);
    assert.deepEqual([page.items.length, times], [160, [...times].sort((a, b) => a - b)]);
  });

  it('marks the conversation read when it is loaded', async () => {
    await osm.provider.listMessages(IN_PROGRESS, {});
    const page = await osm.provider.listTickets({ ids: [IN_PROGRESS] }, {});
    assert.equal(page.items[0]?.unreadCount, 0);
  });

  it('maps display types and authors of the messages', async () => {
    const page = await osm.provider.listMessages(IN_PROGRESS, {});
    assert.deepEqual(
      page.items.map((m) => [m.author.role, m.displayType]),
      [
        ['customer', 'normal'],
        ['support', 'qa-bot'],
        ['support', 'authorization-request'],
        ['customer', 'normal'],
        ['support', 'normal'],
        ['support', 'authorization-request'],
      ],
    );
  });

  it('keeps a withdrawn message visible as withdrawn', async () => {
    await osm.provider.reply(IN_PROGRESS, { body: 'wrong ticket' });
    const mine = (await osm.provider.listMessages(IN_PROGRESS, {})).items.at(-1);
    await osm.provider.withdrawMessage(IN_PROGRESS, mine?.id ?? '');
    const after = (await osm.provider.listMessages(IN_PROGRESS, {})).items.find((m) => m.id === mine?.id);
    assert.equal(after?.withdrawn, true);
  });

  it('refuses an empty reply before any request', async () => {
    await assert.rejects(osm.provider.reply(IN_PROGRESS, { body: '   ' }), (e) => isTicketError(e, 'invalid-input') && e.code === 'EmptyReply');
    assert.equal(osm.harness.emulator.control.requests().length, 0);
  });

  it('refuses a reply over the length limit before any request', async () => {
    await assert.rejects(osm.provider.reply(IN_PROGRESS, { body: 'x'.repeat(2001) }), (e) => isTicketError(e, 'invalid-input') && e.code === 'ReplyTooLong');
  });

  it('urges, then reports the second urge as throttled', async () => {
    await osm.provider.urge(IN_PROGRESS);
    await assert.rejects(osm.provider.urge(IN_PROGRESS), (e) => isTicketError(e, 'throttled'));
  });

  it('cancels and closes per the status rules', async () => {
    await osm.provider.cancel(FEEDBACK);
    await osm.provider.close(CONFIRM);
    const statuses = await Promise.all([FEEDBACK, CONFIRM].map((id) => osm.provider.getTicket(id)));
    assert.deepEqual(
      statuses.map((t) => t.status.group),
      ['closed', 'closed'],
    );
  });

  it('rates a completed ticket with the comment', async () => {
    await osm.provider.rate(COMPLETED, { score: 5, comment: 'Great' });
    const detail = await osm.provider.getTicket(COMPLETED);
    assert.ok(detail.fields?.some((f) => f.value === 'Great'));
  });

  it('refuses a rating outside 1–5 before any request', async () => {
    await assert.rejects(osm.provider.rate(COMPLETED, { score: 6 }), (e) => isTicketError(e, 'invalid-input') && e.code === 'InvalidRating');
  });

  it('does not offer reopening', () => {
    assert.throws(
      () => requireOperation(osm.provider, 'reopen'),
      (e) => isTicketError(e, 'invalid-input') && e.code === 'Unsupported',
    );
  });

  it('deletes a completed ticket', async () => {
    await osm.provider.deleteTicket(COMPLETED);
    assert.equal((await osm.provider.getTicket(COMPLETED)).status.code, '13');
  });
});
