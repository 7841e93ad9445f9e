/** Version 2020-03-26 (legacy) routes on the shared store, signed with RPC v1 and all params in the query. */
import { strict as assert } from 'node:assert';
import { startEmulator, type RunningEmulator } from '../../../src/emulator';
import { callV1, callV3, dataOf, jsonOf, V2020, type SignedCall } from './helpers';

interface ListData {
  PageSize: number;
  CurrentPage: number;
  Total: number;
  List: { Id: string; TicketStatus: string; AddTime: number }[];
}
interface NotesData {
  List: { NoteId: string; FromOfficial: boolean; Content: string; GmtCreated: number }[];
}

describe('emulator: Alibaba 2020-03-26 actions', () => {
  let emulator: RunningEmulator;
  before(async () => {
    emulator = await startEmulator({ providers: ['aliyun'] });
  });
  afterEach(() => emulator.control.reset());
  after(() => emulator.close());

  const call = (c: Omit<SignedCall, 'version'>) => callV1(emulator.url, { ...c, version: V2020 });
  const errorOf = async (c: Omit<SignedCall, 'version'>) => {
    const result = await call(c);
    return `${result.status} ${String(jsonOf(result).Code)}`;
  };
  const CREATE = { Category: '7161', Content: 'ECS 无法连接', Email: 'dev@example.com', ProductCode: 'ecs' };

  it('creates a ticket with Code 200 that 2021 GetTicket can read', async () => {
    const body = jsonOf(await call({ action: 'CreateTicket', query: CREATE }));
    const ticket = dataOf<{ Description: string }>(await callV3(emulator.url, { action: 'GetTicket', body: { TicketId: String(body.Data) } }));
    assert.deepEqual([body.Code, ticket.Description], [200, 'ECS 无法连接']);
  });

  it("rejects a Category that is not one of the product's categories", async () => {
    assert.equal(await errorOf({ action: 'CreateTicket', query: { ...CREATE, Category: '793' } }), '400 param.illegal');
  });

  it('uses the 2020 message text for param.illegal', async () => {
    const body = jsonOf(await call({ action: 'CreateTicket', query: { ...CREATE, ProductCode: 'nope' } }));
    assert.equal(body.Message, 'The specified parameter is invalid. Please check the parameter.');
  });

  it('rejects an unregistered contact e-mail with illegalParam.emailOrPhone', async () => {
    assert.equal(await errorOf({ action: 'CreateTicket', query: { ...CREATE, Email: 'stranger@example.com' } }), '400 illegalParam.emailOrPhone');
  });

  it('rejects an unknown NotifyTimeRange', async () => {
    assert.equal(await errorOf({ action: 'CreateTicket', query: { ...CREATE, NotifyTimeRange: 'weekends' } }), '400 param.illegal');
  });

  it('lists tickets with paging inside Data and AddTime in seconds', async () => {
    const data = dataOf<ListData>(await call({ action: 'ListTickets', query: { PageSize: '3', PageStart: '2' } }));
    const v2021 = dataOf<{ TicketId: string }[]>(await callV3(emulator.url, { action: 'ListTickets', query: { PageNumber: '2', PageSize: '3' } }));
    assert.deepEqual([data.CurrentPage, data.List.map((t) => t.Id), data.List.every((t) => t.AddTime < 1e12)], [2, v2021.map((t) => t.TicketId), true]);
  });

  it('defaults to 20 per page', async () => {
    assert.equal(dataOf<ListData>(await call({ action: 'ListTickets' })).PageSize, 20);
  });

  it('maps the documented in_progress group onto assigned, dealing and feedback', async () => {
    const data = dataOf<ListData>(await call({ action: 'ListTickets', query: { TicketStatus: 'in_progress', PageSize: '100' } }));
    assert.deepEqual(new Set(data.List.map((t) => t.TicketStatus)), new Set(['assigned', 'dealing', 'feedback']));
  });

  it('accepts internal status names in TicketStatus', async () => {
    const data = dataOf<ListData>(await call({ action: 'ListTickets', query: { TicketStatus: 'wait_confirm,dealing', PageSize: '100' } }));
    assert.deepEqual(new Set(data.List.map((t) => t.TicketStatus)), new Set(['wait_confirm', 'dealing']));
  });

  it('filters creation time in epoch seconds', async () => {
    const all = dataOf<ListData>(await call({ action: 'ListTickets', query: { PageSize: '100' } })).List;
    const newest = all[0].AddTime;
    const data = dataOf<ListData>(await call({ action: 'ListTickets', query: { CreatedAfterTime: String(newest), PageSize: '100' } }));
    assert.deepEqual(
      data.List.map((t) => t.Id),
      [all[0].Id],
    );
  });

  it('lists notes with FromOfficial and GmtCreated in seconds', async () => {
    const id = dataOf<ListData>(await call({ action: 'ListTickets', query: { TicketStatus: 'dealing' } })).List[0].Id;
    const notes = dataOf<NotesData>(await call({ action: 'ListTicketNotes', query: { TicketId: id } })).List;
    assert.deepEqual([notes[0].FromOfficial, notes.some((n) => n.FromOfficial), notes.every((n) => n.GmtCreated < 1e12)], [false, true, true]);
  });

  it('replies with Content and SecretContent as two notes, the secret one encrypted', async () => {
    const id = String(jsonOf(await call({ action: 'CreateTicket', query: CREATE })).Data);
    await call({ action: 'ReplyTicket', query: { TicketId: id, Content: 'public', SecretContent: 'password' } });
    const state = emulator.control.state('aliyun') as { tickets: { TicketId: string; Notes: { Content: string; Encrypt: boolean }[] }[] };
    assert.deepEqual(
      state.tickets
        .find((t) => t.TicketId === id)
        ?.Notes.slice(1)
        .map((n) => [n.Content, n.Encrypt]),
      [
        ['public', false],
        ['password', true],
      ],
    );
  });

  it('refuses a reply without Content or SecretContent', async () => {
    const id = String(jsonOf(await call({ action: 'CreateTicket', query: CREATE })).Data);
    assert.equal(await errorOf({ action: 'ReplyTicket', query: { TicketId: id } }), '400 param.illegal');
  });

  it('closes a ticket', async () => {
    const id = String(jsonOf(await call({ action: 'CreateTicket', query: CREATE })).Data);
    await call({ action: 'CloseTicket', query: { TicketId: id } });
    const data = dataOf<ListData>(await call({ action: 'ListTickets', query: { Ids: id } }));
    assert.equal(data.List[0].TicketStatus, 'confirmed');
  });

  it('lists products in the four 2020 groups with Id and ProductCode', async () => {
    const data = dataOf<Record<string, { ProductCode?: string; Id?: number; GroupName?: string }[]>>(await call({ action: 'ListProducts', query: { Language: 'en' } }));
    assert.deepEqual(
      [Object.keys(data), data.HotTech.map((p) => p.ProductCode)],
      [
        ['HotTech', 'HotConsultation', 'ConsultationMore', 'TechMore'],
        ['ecs', 'oss', 'rds'],
      ],
    );
  });

  it('lists categories by ProductCode under Data.List', async () => {
    const data = dataOf<{ List: { Id: number; Name: string }[] }>(await call({ action: 'ListCategories', query: { ProductCode: 'oss', Language: 'zh' } }));
    assert.deepEqual(data.List[0], { Id: 793, Name: 'Bucket 访问被拒绝（403）' });
  });

  it('has no GetTicket in 2020-03-26', async () => {
    assert.equal(await errorOf({ action: 'GetTicket', query: { TicketId: 'x' } }), '404 InvalidAction.NotFound');
  });
});
