/** Version 2021-06-10 routes: validation errors and the ticket lifecycle, over loopback with V3 signing. */
import { strict as assert } from 'node:assert';
import { startEmulator, type RunningEmulator } from '../../../src/emulator';
import { callV1, callV3, dataOf, jsonOf, type SignedCall } from './helpers';

interface Note {
  DialogId: number;
  CreateTime: number;
  User: { Role: number; Name: string };
  Dialog: { Content: string };
}
interface Listed {
  TicketId: string;
  Status: { Value: string; Label: string };
}

describe('emulator: Alibaba 2021-06-10 actions', () => {
  let emulator: RunningEmulator;
  before(async () => {
    emulator = await startEmulator({ providers: ['aliyun'] });
  });
  afterEach(() => emulator.control.reset());
  after(() => emulator.close());

  const call = (c: SignedCall) => callV3(emulator.url, c);
  const errorOf = async (c: SignedCall) => {
    const result = await call(c);
    return `${result.status} ${String(jsonOf(result).Code)}`;
  };
  const create = async (body: Record<string, string> = {}) => dataOf<string>(await call({ action: 'CreateTicket', body: { CategoryId: '7161', Description: 'cannot ssh', Severity: '1', ...body } }));
  const status = async (ticketId: string) => dataOf<{ Status: { Value: string } }>(await call({ action: 'GetTicket', body: { TicketId: ticketId } })).Status.Value;
  const notes = async (ticketId: string) => dataOf<Note[]>(await call({ action: 'ListTicketNotes', query: { TicketId: ticketId } }));

  describe('validation and error envelopes', () => {
    it('reports a missing required parameter as Missing<Name>', async () => {
      assert.equal(await errorOf({ action: 'CreateTicket', body: { CategoryId: '7161', Severity: '1' } }), '400 MissingDescription');
    });

    it('uses the documented message for Missing<Name>', async () => {
      const body = jsonOf(await call({ action: 'GetTicket' }));
      assert.equal(body.Message, 'TicketId is mandatory for this action.');
    });

    it('rejects an unknown CategoryId with param.illegal', async () => {
      assert.equal(await errorOf({ action: 'CreateTicket', body: { CategoryId: '1', Description: 'x', Severity: '1' } }), '400 param.illegal');
    });

    it('rejects Severity 3 with param.illegal', async () => {
      assert.equal(await errorOf({ action: 'CreateTicket', body: { CategoryId: '7161', Description: 'x', Severity: '3' } }), '400 param.illegal');
    });

    it('answers GetTicket for a foreign ticket with illegal.param (the GetTicket page spelling)', async () => {
      const state = emulator.control.state('aliyun') as { tickets: { TicketId: string; CreatorId: string }[] };
      const foreign = state.tickets.find((t) => t.CreatorId !== '1234567890123456');
      assert.equal(await errorOf({ action: 'GetTicket', body: { TicketId: foreign?.TicketId ?? 'missing' } }), '400 illegal.param');
    });

    it('refuses a Uid naming another account with 401 illegal.auth', async () => {
      assert.equal(await errorOf({ action: 'ListTickets', query: { PageNumber: '1', PageSize: '5' }, body: { Uid: '9876543210987654' } }), '401 illegal.auth');
    });

    it('answers an unknown version with InvalidVersion', async () => {
      assert.equal(await errorOf({ action: 'ListTickets', version: '2019-01-01' }), '400 InvalidVersion');
    });

    it('answers an action the version lacks with 404 InvalidAction.NotFound', async () => {
      assert.equal(await errorOf({ action: 'GetMqConsumerTag' }), '404 InvalidAction.NotFound');
    });

    it('builds the error envelope of spec §7.2', async () => {
      const body = jsonOf(await call({ action: 'GetTicket' }));
      assert.equal(body.Recommend, `https://api.aliyun.com/troubleshoot?q=MissingTicketId&product=Workorder&requestId=${String(body.RequestId)}`);
    });

    it('repeats the RequestId in the x-acs-request-id header', async () => {
      const result = await call({ action: 'ListProducts' });
      assert.equal(result.headers['x-acs-request-id'], jsonOf(result).RequestId);
    });
  });

  describe('listing', () => {
    it('pages newest first with TotalCount over all matches', async () => {
      const page = jsonOf(await call({ action: 'ListTickets', query: { PageNumber: '2', PageSize: '5' } }));
      const all = dataOf<Listed[]>(await call({ action: 'ListTickets', query: { PageNumber: '1', PageSize: '100' } }));
      assert.deepEqual([(page.Data as Listed[]).map((t) => t.TicketId), page.TotalCount], [all.slice(5, 10).map((t) => t.TicketId), all.length]);
    });

    it('returns an empty page beyond the last one', async () => {
      assert.deepEqual(dataOf(await call({ action: 'ListTickets', query: { PageNumber: '99', PageSize: '50' } })), []);
    });

    it('caps PageSize at 100', async () => {
      assert.equal(jsonOf(await call({ action: 'ListTickets', query: { PageNumber: '1', PageSize: '500' } })).PageSize, 100);
    });

    it('filters StatusList by names and digits alike', async () => {
      const byName = dataOf<Listed[]>(await call({ action: 'ListTickets', query: { PageNumber: '1', PageSize: '100' }, body: { 'StatusList.1': 'wait_feedback', 'StatusList.2': 'confirmed' } }));
      const byDigit = dataOf<Listed[]>(await call({ action: 'ListTickets', query: { PageNumber: '1', PageSize: '100' }, body: { 'StatusList.1': '3', 'StatusList.2': '6' } }));
      assert.deepEqual([byName.length > 0, new Set(byName.map((t) => t.Status.Value)), byName], [true, new Set(['3', '6']), byDigit]);
    });

    it('matches Keyword in Chinese descriptions', async () => {
      const found = dataOf<Listed[]>(await call({ action: 'ListTickets', query: { PageNumber: '1', PageSize: '100' }, body: { Keyword: '端口' } }));
      assert.ok(found.length >= 1);
    });

    it('filters by TicketIdList (comma-joined)', async () => {
      const all = dataOf<Listed[]>(await call({ action: 'ListTickets', query: { PageNumber: '1', PageSize: '3' } }));
      const ids = all.map((t) => t.TicketId);
      const found = dataOf<Listed[]>(await call({ action: 'ListTickets', query: { PageNumber: '1', PageSize: '100' }, body: { TicketIdList: ids.join(',') } }));
      assert.deepEqual(
        found.map((t) => t.TicketId),
        ids,
      );
    });

    it('filters by creation time in epoch milliseconds, inclusive', async () => {
      const id = await create();
      const { CreateTime } = dataOf<{ CreateTime: number }>(await call({ action: 'GetTicket', body: { TicketId: id } }));
      const found = dataOf<Listed[]>(await call({ action: 'ListTickets', query: { PageNumber: '1', PageSize: '100' }, body: { StartDate: String(CreateTime), EndDate: String(CreateTime) } }));
      assert.deepEqual(
        found.map((t) => t.TicketId),
        [id],
      );
    });

    it("never lists another account's tickets", async () => {
      const state = emulator.control.state('aliyun') as { tickets: { TicketId: string; CreatorId: string }[] };
      const foreign = new Set(state.tickets.filter((t) => t.CreatorId !== '1234567890123456').map((t) => t.TicketId));
      const mine = dataOf<Listed[]>(await call({ action: 'ListTickets', query: { PageNumber: '1', PageSize: '100' } }));
      assert.deepEqual([foreign.size > 0, mine.filter((t) => foreign.has(t.TicketId))], [true, []]);
    });
  });

  describe('lifecycle', () => {
    it('creates a ticket in status 1 whose first note is the description', async () => {
      const id = await create({ Description: '无法 SSH 登录 😀' });
      const thread = await notes(id);
      assert.deepEqual([await status(id), thread.map((n) => [n.User.Role, n.Dialog.Content])], ['1', [[3, '无法 SSH 登录 😀']]]);
    });

    it('stores SecretInfo sent as JSON in the query', async () => {
      const id = dataOf<string>(await call({ action: 'CreateTicket', query: { SecretInfo: '{"Content":"root password: hunter2"}' }, body: { CategoryId: '7161', Description: 'x', Severity: '2' } }));
      const state = emulator.control.state('aliyun') as { tickets: { TicketId: string; SecretInfo?: { content?: string } }[] };
      assert.equal(state.tickets.find((t) => t.TicketId === id)?.SecretInfo?.content, 'root password: hunter2');
    });

    it('rejects SecretInfo that is not a JSON object', async () => {
      assert.equal(await errorOf({ action: 'CreateTicket', query: { SecretInfo: 'not json' }, body: { CategoryId: '7161', Description: 'x', Severity: '1' } }), '400 param.illegal');
    });

    it('ReplyTicket returns the new DialogId, visible in ListTicketNotes', async () => {
      const id = await create();
      const dialogId = dataOf<string>(await call({ action: 'ReplyTicket', body: { TicketId: id, Content: 'more info', Encrypt: 'false' } }));
      assert.equal(String((await notes(id)).at(-1)?.DialogId), dialogId);
    });

    it('a reply moves wait_feedback (3) to feedback (4)', async () => {
      const id = await create();
      emulator.control.setStatus('aliyun', id, 'wait_feedback');
      await call({ action: 'ReplyTicket', body: { TicketId: id, Content: 'here you go', Encrypt: 'true' } });
      assert.equal(await status(id), '4');
    });

    it('rejects Encrypt values other than true/false', async () => {
      const id = await create();
      assert.equal(await errorOf({ action: 'ReplyTicket', body: { TicketId: id, Content: 'x', Encrypt: 'yes' } }), '400 param.illegal');
    });

    it('CloseTicket answers Code 200 and is idempotent', async () => {
      const id = await create();
      const first = jsonOf(await call({ action: 'CloseTicket', body: { TicketId: id } }));
      const second = jsonOf(await call({ action: 'CloseTicket', body: { TicketId: id } }));
      assert.deepEqual([first.Code, second.Success, await status(id)], [200, true, '6']);
    });

    it('refuses a reply to a closed ticket', async () => {
      const id = await create();
      await call({ action: 'CloseTicket', body: { TicketId: id } });
      assert.equal(await errorOf({ action: 'ReplyTicket', body: { TicketId: id, Content: 'x', Encrypt: 'false' } }), '400 param.illegal');
    });

    it('reopens a closed ticket to status 1 with the message as a note', async () => {
      const id = await create();
      await call({ action: 'CloseTicket', body: { TicketId: id } });
      const data = dataOf<string>(await call({ action: 'ReopenTicket', body: { TicketId: id, Content: 'it broke again' } }));
      assert.deepEqual([data, await status(id), (await notes(id)).at(-1)?.Dialog.Content], [id, '1', 'it broke again']);
    });

    it('refuses to reopen a ticket that is not closed', async () => {
      const id = await create();
      assert.equal(await errorOf({ action: 'ReopenTicket', body: { TicketId: id, Content: 'x' } }), '400 param.illegal');
    });

    it('evaluates a closed ticket once', async () => {
      const id = await create();
      await call({ action: 'CloseTicket', body: { TicketId: id } });
      const first = jsonOf(await call({ action: 'EvaluateTicket', body: { TicketId: id, Score: '5', Solved: 'true', Content: 'great' } }));
      assert.deepEqual([first.Message, await errorOf({ action: 'EvaluateTicket', body: { TicketId: id, Score: '4', Solved: 'true' } })], ['successful', '400 param.illegal']);
    });

    it('refuses a score outside 1..5', async () => {
      const id = await create();
      await call({ action: 'CloseTicket', body: { TicketId: id } });
      assert.equal(await errorOf({ action: 'EvaluateTicket', body: { TicketId: id, Score: '6', Solved: 'true' } }), '400 param.illegal');
    });

    it('refuses to evaluate an open ticket', async () => {
      const id = await create();
      assert.equal(await errorOf({ action: 'EvaluateTicket', body: { TicketId: id, Score: '5', Solved: 'true' } }), '400 param.illegal');
    });

    it('shows agent replies driven through the control API with Role 2', async () => {
      const id = await create();
      emulator.control.agentReply('aliyun', id, '请提供实例 ID', { status: 'wait_feedback' });
      const last = (await notes(id)).at(-1);
      assert.deepEqual([last?.User.Role, last?.Dialog.Content, await status(id)], [2, '请提供实例 ID', '3']);
    });

    it('returns notes in ascending CreateTime order', async () => {
      const state = emulator.control.state('aliyun') as { tickets: { TicketId: string; Notes: unknown[] }[] };
      const longest = [...state.tickets].sort((a, b) => b.Notes.length - a.Notes.length)[0];
      const times = (await notes(longest.TicketId)).map((n) => n.CreateTime);
      assert.deepEqual(
        times,
        [...times].sort((a, b) => a - b),
      );
    });
  });

  describe('catalogue', () => {
    interface Directory {
      DirectoryName: string;
      ProductList: { ProductId: number; ProductName: string }[];
    }

    it('lists product directories in the requested language', async () => {
      const zh = dataOf<Directory[]>(await call({ action: 'ListProducts', query: { Language: 'zh' } }));
      const en = dataOf<Directory[]>(await call({ action: 'ListProducts', query: { Language: 'en' } }));
      assert.deepEqual([zh[0].DirectoryName, en[0].DirectoryName], ['弹性计算', 'Elastic Computing']);
    });

    it('filters products by Name', async () => {
      const found = dataOf<Directory[]>(await call({ action: 'ListProducts', query: { Name: 'object storage' } }));
      assert.deepEqual(
        found.flatMap((d) => d.ProductList.map((p) => p.ProductId)),
        [7200],
      );
    });

    it('lists the categories of a product with Code 200', async () => {
      const body = jsonOf(await call({ action: 'ListCategories', body: { ProductId: '18550' } }));
      assert.deepEqual([body.Code, (body.Data as { CategoryId: number }[]).map((c) => c.CategoryId).slice(0, 2)], [200, [7161, 53812]]);
    });

    it('rejects an unknown ProductId', async () => {
      assert.equal(await errorOf({ action: 'ListCategories', body: { ProductId: '1' } }), '400 param.illegal');
    });
  });

  describe('simulated agent', () => {
    it('answers a new ticket after the configured delay', async () => {
      emulator.control.setAgentDelay(20);
      const id = await create();
      await new Promise((resolve) => setTimeout(resolve, 80));
      emulator.control.setAgentDelay(undefined);
      assert.deepEqual([await status(id), (await notes(id)).at(-1)?.User.Role], ['2', 2]);
    });

    it('stays silent when no delay is configured', async () => {
      const id = await create();
      await new Promise((resolve) => setTimeout(resolve, 50));
      assert.equal((await notes(id)).length, 1);
    });
  });

  it('serves the same routes to RPC v1 callers', async () => {
    const id = dataOf<string>(await callV1(emulator.url, { action: 'CreateTicket', body: { CategoryId: '7161', Description: 'via v1', Severity: '1' } }));
    assert.equal(dataOf<{ Description: string }>(await callV1(emulator.url, { action: 'GetTicket', body: { TicketId: id } })).Description, 'via v1');
  });
});
