/**
 * Conformance, reading: credentials check, the change signal, the ticket list (paging, random-access
 * cursors, every filter), one ticket, its conversation, labels and unread state, judged against the
 * emulator's state. The same tests run on every flavour.
 */
import assert from 'node:assert/strict';
import type { TicketSummary } from '../../src/core/ticket';
import { STATUS_GROUPS } from '../../src/core/status';
import { PROVIDERS } from '../../src/providers';
import { allPages, marker, sorted } from './expect';
import { FLAVOURS } from './flavours';
import { fillCreateForm } from './form-filling';
import { useWorld } from './world';

const PAGE_SIZE = 4;

describe('conformance: the flavour table covers the registry', () => {
  it('has one entry per provider flavour the registry can build', () => {
    const built = PROVIDERS.flatMap((descriptor) => (descriptor.apiVersions.length > 0 ? descriptor.apiVersions.map((version) => `${descriptor.id} ${version}`) : [descriptor.id]));
    assert.deepEqual(sorted(FLAVOURS.map((flavour) => flavour.name)), sorted(built));
  });
});

for (const flavour of FLAVOURS) {
  describe(`conformance: reading (${flavour.name})`, () => {
    const world = useWorld(flavour);
    const listAll = (filter: Parameters<typeof world.provider.listTickets>[0] = {}) => allPages((page) => world.provider.listTickets(filter, page), PAGE_SIZE);

    it('verifies working credentials', async () => {
      await world.provider.verifyCredentials();
    });

    it('lists every ticket of the account exactly once across pages, with a total that matches', async () => {
      const { items, pages } = await listAll();
      const expected = world.server.tickets();
      assert.ok(expected.length > PAGE_SIZE * 2, 'the sample should need several pages');
      assert.deepEqual(sorted(items.map((ticket) => ticket.id)), sorted(expected.map((ticket) => ticket.id)));
      assert.ok(
        pages.slice(0, -1).every((page) => page.items.length === PAGE_SIZE),
        'every page but the last is full',
      );
      for (const page of pages) if (page.totalCount !== undefined) assert.equal(page.totalCount, expected.length);
    });

    it('puts each ticket in the status group of its native status', async () => {
      const { items } = await listAll();
      const groups = new Map(world.server.tickets().map((ticket) => [ticket.id, flavour.statuses.groups[ticket.status]]));
      const wrong = items.filter((ticket) => ticket.status.group !== groups.get(ticket.id)).map((ticket) => `${ticket.id}: ${ticket.status.group} ≠ ${groups.get(ticket.id)}`);
      assert.deepEqual(wrong, []);
      assert.ok(items.every((ticket) => ticket.status.label.trim() !== '' && ticket.title !== undefined));
    });

    it('loads any page from its computed cursor when paging is random-access, else offers no cursor', async () => {
      const { pages } = await listAll();
      if (!world.provider.capabilities.randomAccessPaging) {
        assert.equal(world.provider.cursorForPage, undefined);
        return;
      }
      const cursorForPage = world.provider.cursorForPage?.bind(world.provider);
      assert.ok(cursorForPage, 'randomAccessPaging is on but cursorForPage is missing');
      const direct = await Promise.all(pages.map((_, index) => world.provider.listTickets({}, { cursor: index === 0 ? undefined : cursorForPage(index, PAGE_SIZE), pageSize: PAGE_SIZE })));
      assert.deepEqual(
        direct.map((page) => page.items.map((t) => t.id)),
        pages.map((page) => page.items.map((t) => t.id)),
      );
      assert.deepEqual(
        await world.provider.listTickets({}, { cursor: cursorForPage(0, PAGE_SIZE), pageSize: PAGE_SIZE }).then((p) => p.items.map((t) => t.id)),
        pages[0].items.map((t) => t.id),
      );
    });

    it('filters by status group (each group exactly, none for an empty list)', async () => {
      assert.equal(world.provider.capabilities.listFilters.statusGroups, true, 'every flavour filters by group');
      for (const group of STATUS_GROUPS) {
        const { items } = await listAll({ statusGroups: [group] });
        const expected = world.server.tickets().filter((ticket) => flavour.statuses.groups[ticket.status] === group);
        assert.deepEqual(sorted(items.map((t) => t.id)), sorted(expected.map((t) => t.id)), group);
      }
      assert.deepEqual((await world.provider.listTickets({ statusGroups: [] }, {})).items, []);
    });

    it('filters by ticket ids', async () => {
      const wanted = world.server
        .tickets()
        .slice(1, 3)
        .map((ticket) => ticket.id);
      const { items } = await listAll({ ids: wanted });
      if (world.provider.capabilities.listFilters.ids) assert.deepEqual(sorted(items.map((t) => t.id)), sorted(wanted));
      else assert.equal(items.length, world.server.tickets().length, 'an unsupported filter is ignored');
    });

    it('filters by creation time (both bounds inclusive of what lies between)', async () => {
      const times = [...new Set(world.server.tickets().map((ticket) => ticket.createdAt))].sort((a, b) => a - b);
      const third = Math.floor(times.length / 3);
      // Bounds halfway between two tickets: no rounding of the API's time format can move a ticket across.
      const after = Math.round((times[third - 1] + times[third]) / 2);
      const before = Math.round((times[2 * third - 1] + times[2 * third]) / 2);
      const { items } = await listAll({ createdAfter: after, createdBefore: before });
      const expected = world.server.tickets().filter((ticket) => ticket.createdAt >= after && ticket.createdAt <= before);
      assert.ok(expected.length > 0 && expected.length < times.length);
      if (world.provider.capabilities.listFilters.createdRange) assert.deepEqual(sorted(items.map((t) => t.id)), sorted(expected.map((t) => t.id)));
      else assert.equal(items.length, world.server.tickets().length, 'an unsupported filter is ignored');
    });

    it('filters by keyword where it can, and ignores the keyword where it cannot', async () => {
      const word = marker('kw');
      const { ticketId } = await world.provider.createTicket((await fillCreateForm(world.provider, flavour, { marker: word })).values);
      const { items } = await listAll({ keyword: word });
      if (world.provider.capabilities.listFilters.keyword)
        assert.deepEqual(
          items.map((t) => t.id),
          [ticketId],
        );
      else assert.equal(items.length, world.server.tickets().length, 'an unsupported filter is ignored');
    });

    it("gets a ticket with the server's description and status group", async () => {
      for (const expected of world.server.tickets().slice(0, 3)) {
        const detail = await world.provider.getTicket(expected.id);
        assert.equal(detail.id, expected.id);
        assert.equal(detail.status.group, flavour.statuses.groups[expected.status]);
        assert.equal(detail.description.trim(), expected.description.trim());
      }
    });

    it("lists the conversation in ascending time with the server's texts and authors", async () => {
      const ticket = world.seededTicket(flavour.statuses.open);
      world.agentReply(ticket.id, marker('support'));
      const { items } = await world.provider.listMessages(ticket.id, {});
      const expected = world.server.ticket(ticket.id).messages;
      assert.deepEqual(items.map((m) => m.body.trim()).sort(), expected.map((m) => m.text.trim()).sort());
      assert.ok(
        items.every((m, i) => i === 0 || m.createdAt >= items[i - 1].createdAt),
        'ascending time',
      );
      const roleOf = new Map(expected.map((m) => [m.text.trim(), m.fromSupport ? 'support' : 'customer']));
      assert.deepEqual(
        items.map((m) => m.author.role),
        items.map((m) => roleOf.get(m.body.trim())),
      );
    });

    it('lists a long conversation whole, following cursors where it pages', async () => {
      const [longest] = world.server.tickets().sort((a, b) => b.messages.length - a.messages.length);
      assert.ok(longest.messages.length > 20, 'the sample should have a long conversation');
      const { items, pages } = await allPages((page) => world.provider.listMessages(longest.id, page), 20);
      assert.equal(new Set(items.map((m) => m.id)).size, longest.messages.length);
      for (const page of pages) if (page.totalCount !== undefined) assert.equal(page.totalCount, longest.messages.length);
    });

    it('changes the change signal when a ticket changes group, and counts what needs action', async () => {
      const ticket = world.seededTicket(flavour.statuses.open);
      const first = await world.provider.getChangeSignal();
      assert.equal((await world.provider.getChangeSignal()).token, first.token, 'stable while nothing changes');
      world.setStatus(ticket.id, flavour.statuses.needsAction);
      const second = await world.provider.getChangeSignal();
      assert.notEqual(second.token, first.token);
      const needsAction = world.server.tickets().filter((t) => flavour.statuses.groups[t.status] === 'needs-action').length;
      if (second.needsActionCount !== undefined) assert.equal(second.needsActionCount, needsAction);
    });

    it("shows the server's labels when it has labels, and none otherwise", async () => {
      const { items } = await listAll();
      const shown = new Map(items.map((t) => [t.id, sorted(t.labels ?? [])]));
      const expected = new Map(world.server.tickets().map((t) => [t.id, sorted(t.labels)]));
      if (world.provider.capabilities.labels) {
        assert.ok(
          [...expected.values()].some((labels) => labels.length > 0),
          'the sample should label a ticket',
        );
        assert.deepEqual(shown, expected);
        const labelled = [...expected].find(([, labels]) => labels.length > 0);
        if (labelled) assert.deepEqual(sorted((await world.provider.getTicket(labelled[0])).labels ?? []), labelled[1]);
      } else {
        assert.ok([...shown.values()].every((labels) => labels.length === 0));
      }
    });

    it('reports a support reply as unread until the conversation is read, where it tracks unread', async () => {
      const ticket = world.seededTicket(flavour.statuses.open);
      const text = marker('unread');
      world.agentReply(ticket.id, text);
      const summary = async (): Promise<TicketSummary | undefined> => (await listAll()).items.find((t) => t.id === ticket.id);
      const before = await summary();
      const messages = (await world.provider.listMessages(ticket.id, {})).items;
      const reply = messages.find((m) => m.body.trim() === text);
      assert.ok(reply, 'the support reply is listed');
      if (!world.provider.capabilities.unread) {
        assert.ok((before?.unreadCount ?? 0) === 0 && messages.every((m) => m.unread !== true), 'no unread state without the capability');
        return;
      }
      assert.ok((before?.unreadCount ?? 0) > 0 || reply.unread === true, 'the new support reply is reported unread (count on the ticket or flag on the message)');
      // Reading the conversation is what marks it read (there is no separate mark-read operation).
      const after = await summary();
      assert.equal(after?.unreadCount ?? 0, 0, 'read after the conversation was listed');
      const stored = world.server.ticket(ticket.id).messages.find((m) => m.text === text);
      if (stored?.unread !== undefined) assert.equal(stored.unread, false, 'the server holds it read');
    });
  });
}
