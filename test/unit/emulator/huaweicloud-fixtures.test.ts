/** A hand-written `huaweicloud` fixtures section, read back through the real OSM client over loopback. */
import assert from 'node:assert/strict';
import { startEmulator, type RunningEmulator } from '../../../src/emulator';
import { isTicketError } from '../../../src/core/errors';
import { osmClient } from './fixtures-readers';

const DOMAIN = '11112222333344445555666677778888';
const KEY = { accessKeyId: 'HOSTILEAK0000000001', accessKeySecret: 'hostile-secret' };
const LONG = `Disk \u202efull${'x'.repeat(100 * 1024)}`;
const HTML = '<p>Agree</p><script>alert(1)</script><style>p{}</style>';
const PNG = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==';

/** Short on purpose: every field not given takes its documented default. */
const SECTION = {
  account: { domainId: DOMAIN, subUserName: 'ops\u200buser' },
  accessKeys: [KEY],
  supportEngineer: { name: '[Click](command:evil)' },
  catalogue: {
    subTypes: [{ id: 's1', name: { zh: '计算', en: 'Compute $(alert)' }, products: [{ id: 'p1', name: 'ECS\u202e' }] }],
    problemTypes: [{ id: 'b1', productId: 'p1', name: 'Login', caseType: 5, templates: [{ id: 't1', name: 'T', content: 'Instance:' }], extendsParams: [{ key: 'k1', name: 'Param', type: 0 }] }],
    agreements: { 0: { id: 7, name: 'New ticket', content: HTML, version: 2 } },
  },
  labels: [{ id: 4, name: 'prod\u2066x', color: '#123456' }],
  attachments: [
    { id: 'a1', name: 'evil\u202etxt.exe', text: 'hello\n' },
    { id: 'a2', name: 'shot.png', base64: PNG, from: 'incident' },
    { id: 'a3', name: 'big.zip', size: 300_000 },
    { id: 'a4', name: 'unused.log', text: 'x', uploadedAt: '2026-01-01T00:00:00Z' },
  ],
  cases: [
    {
      id: 'TS1',
      status: 'awaiting-feedback',
      businessTypeId: 'b1',
      description: LONG,
      createTime: '2026-05-01T08:00:00Z',
      labelIds: [4],
      messages: [
        { type: 0, content: LONG, createTime: '2026-05-01T08:00:00Z', accessoryIds: ['a2'] },
        { type: 1, content: '<b>auth?</b>', createTime: '2026-05-01T09:00:00Z', displayType: 'AUTH', extension: '{"authorization_id":"1"}', readByCustomer: false },
        { type: 0, content: 'files', createTime: '2026-05-01T10:00:00Z', accessoryIds: ['a1', 'a3'] },
      ],
    },
    { id: 'TS2', status: 3, businessTypeId: 'retired', productCategoryId: 'gone', description: 'old', createTime: '2026-04-01T00:00:00Z' },
  ],
};

describe('emulator fixtures: a hand-written huaweicloud section', () => {
  let emulator: RunningEmulator;
  before(async () => {
    emulator = await startEmulator({ providers: ['huaweicloud'], fixtures: { huaweicloud: SECTION } });
  });
  after(() => emulator.close());
  const client = () => osmClient(emulator.url, KEY, DOMAIN);

  it("serves the account with the section's key only", async () => {
    const sample = osmClient(emulator.url);
    const refused = await sample.cases.list({}).then(
      () => 'accepted',
      (e: unknown) => (isTicketError(e) ? e.kind : String(e)),
    );
    assert.deepEqual([emulator.credentials.huaweicloud.map((c) => [c.accessKeyId, c.accountId]), refused], [[[KEY.accessKeyId, DOMAIN]], 'auth']);
  });

  it('lists the cases newest first, status names turned into codes', async () => {
    const list = await client().cases.list({});
    assert.deepEqual(
      list.items.map((c) => [c.incident_id, c.status]),
      [
        ['TS1', 17],
        ['TS2', 3],
      ],
    );
  });

  it('keeps a 100 KB description with a bidi override exactly', async () => {
    const detail = await client().cases.detail('TS1');
    assert.equal(detail.simple_description, LONG);
  });

  it("names a case's catalogue entries, and leaves names of retired ones empty", async () => {
    const [current, retired] = await Promise.all([client().cases.detail('TS1'), client().cases.detail('TS2')]);
    assert.deepEqual(
      [current.product_category_name, current.incident_sub_type_name, current.business_type_name, retired.product_category_name, retired.business_type_name],
      ['ECS\u202e', 'Compute $(alert)', 'Login', '', ''],
    );
  });

  it("serves the labels and a case's labels", async () => {
    const [all, ofCase] = await Promise.all([client().labels.list(), client().labels.ofCase('TS1')]);
    assert.deepEqual([all.items.map((l) => [l.label_id, l.name, l.color]), ofCase.map((l) => l.name)], [[[4, 'prod\u2066x', '#123456']], ['prod\u2066x']]);
  });

  it("serves the messages with the account's and the engineer's names, display types and unread state", async () => {
    const messages = (await client().messages.list('TS1', 0, 10)).items.reverse();
    assert.deepEqual(
      messages.map((m) => [m.type, m.replier_name, m.display_type, m.is_first_message]),
      [
        [0, 'ops\u200buser', 'NORMAL', 1],
        [1, '[Click](command:evil)', 'AUTH', 0],
        [0, 'ops\u200buser', 'NORMAL', 0],
      ],
    );
    const unread = await client().messages.unreadCounts(['TS1']);
    assert.equal(unread.get('TS1'), 1);
  });

  it('a case without messages gets its description as the first message and a creation log entry', async () => {
    const [messages, logs] = await Promise.all([client().messages.list('TS2', 0, 10), client().cases.operateLogs('TS2')]);
    assert.deepEqual([messages.items.map((m) => [m.content, m.is_first_message]), logs.items.map((l) => l.operate_type)], [[['old', 1]], [0]]);
  });

  it('downloads text, base64 and size-only attachments byte for byte', async () => {
    const urls = await client().attachments.accessUrls(['a1', 'a2', 'a3']);
    const bodies = await Promise.all(urls.map(async (u) => [u.name, Buffer.from(await (await fetch(u.url)).arrayBuffer())] as const));
    assert.deepEqual(
      bodies.map(([name, bytes]) => [name, bytes.toString('base64').slice(0, 12), bytes.length]),
      [
        ['evil\u202etxt.exe', Buffer.from('hello\n').toString('base64').slice(0, 12), 6],
        ['shot.png', PNG.slice(0, 12), Buffer.from(PNG, 'base64').length],
        ['big.zip', 'AAAAAAAAAAAA', 300_000],
      ],
    );
  });

  it('binds listed attachments to their case; an unlisted one stays deletable', async () => {
    const bound = await client()
      .attachments.delete('a1')
      .then(
        () => 'deleted',
        (e: unknown) => (isTicketError(e) ? e.code : String(e)),
      );
    await client().attachments.delete('a4');
    assert.deepEqual([bound, emulator.control.attachment('huaweicloud', 'a4')], ['OSM.01010019', undefined]);
    emulator.control.reset();
  });

  it('serves the agreement HTML exactly as given', async () => {
    const agreement = await client().catalogue.latestAgreement('0');
    assert.deepEqual([agreement?.id, agreement?.content, agreement?.version], ['7', HTML, 2]);
  });

  it("serves the catalogue given and keeps the sample's parts left out", async () => {
    const c = client().catalogue;
    const [categories, problems, templates, params, regions] = await Promise.all([c.categories(), c.problemTypes('p1'), c.templates('b1'), c.extendsParams('b1'), c.regions()]);
    assert.deepEqual(
      [categories.map((s) => s.name), problems.map((p) => [p.id, p.isFault]), templates.map((t) => t.content), params.params.map((p) => p.param_type), regions.length],
      [['Compute $(alert)'], [['b1', true]], ['Instance:'], [0], 5],
    );
  });

  it("attributes agent replies from the control API to the section's support engineer", async () => {
    const id = emulator.control.agentReply('huaweicloud', 'TS2', 'hi');
    const messages = (await client().messages.list('TS2', 0, 10)).items;
    assert.equal(messages.find((m) => m.message_id === id)?.replier_name, '[Click](command:evil)');
    emulator.control.reset();
  });
});

describe('emulator fixtures: huaweicloud defaults', () => {
  async function withSection<T>(section: unknown, read: (emulator: RunningEmulator) => Promise<T>): Promise<T> {
    const emulator = await startEmulator({ providers: ['huaweicloud'], fixtures: { huaweicloud: section } });
    try {
      return await read(emulator);
    } finally {
      await emulator.close();
    }
  }
  const caseIds = (e: RunningEmulator) =>
    osmClient(e.url)
      .cases.list({ limit: 100 })
      .then((l) => l.items.map((c) => c.incident_id));

  it('an empty section is the sample', async () => {
    assert.equal((await withSection({}, caseIds)).length, 9);
  });

  it('seedCases: false empties cases, labels and attachments', async () => {
    const labels = await withSection({ seedCases: false }, async (e) => [await caseIds(e), (await osmClient(e.url).labels.list()).total]);
    assert.deepEqual(labels, [[], 0]);
  });

  it('giving only labels drops the sample cases', async () => {
    assert.deepEqual(await withSection({ labels: [{ id: 1, name: 'x' }] }, caseIds), []);
  });

  it('a new account domain moves the sample keys with it', async () => {
    const listed = await withSection({ account: { domainId: DOMAIN } }, (e) =>
      osmClient(e.url, undefined, DOMAIN)
        .cases.list({})
        .then((l) => l.total),
    );
    assert.equal(listed, 9);
  });
});
