/**
 * Loading fixtures into a running emulator: in process (`control.loadFixtures`) and over HTTP
 * (`POST /__control/fixtures`), replacing only the providers present, all-or-nothing.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { startEmulator, type RunningEmulator } from '../../../src/emulator';
import { sampleAliyunFixtures } from '../../../src/emulator/aliyun/sample-data';
import { aliyunProvider, osmClient } from './fixtures-readers';

const ALIYUN_KEY = { accessKeyId: 'loadedid', accessKeySecret: 'loadedsecret' };
const ALIYUN_SECTION = {
  accounts: [{ ...ALIYUN_KEY, uid: '5550001112223334' }],
  tickets: [
    {
      TicketId: 'LOADED01',
      Title: '[x](command:evil)',
      Description: 'd',
      CategoryId: '53812',
      Severity: 1,
      Status: 'dealing',
      CreatorId: '5550001112223334',
      CreateTime: 1_780_000_000_000,
      Notes: [{ DialogId: 1, CreateTime: 1_780_000_000_000, Role: 3, Name: 'me', Content: 'd' }],
    },
  ],
};
const HUAWEI_SECTION = {
  labels: [],
  cases: [{ id: 'TSLOADED', status: 0, businessTypeId: '9b1a349c3a2849a391d58c10f9dc55a1', description: 'loaded \u202ecase', createTime: '2026-06-01T00:00:00Z' }],
};

const huaweiCases = (e: RunningEmulator) =>
  osmClient(e.url)
    .cases.list({ limit: 100 })
    .then((l) => l.items.map((c) => c.incident_id));
const aliyunTitles = (e: RunningEmulator, key = ALIYUN_KEY) =>
  aliyunProvider(e.url, key)
    .listTickets({}, { pageSize: 50 })
    .then((p) => p.items.map((t) => t.title));

async function post(e: RunningEmulator, path: string, body: unknown): Promise<{ status: number; body: Record<string, unknown> }> {
  const response = await fetch(`${e.url}/__control/${path}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

describe('emulator fixtures: loading into a running emulator', () => {
  let emulator: RunningEmulator;
  before(async () => {
    emulator = await startEmulator();
  });
  after(() => emulator.close());
  afterEach(() => emulator.control.loadFixtures({ aliyun: null, huaweicloud: null }));

  it('replaces the Huawei cases in process and leaves Alibaba alone', async () => {
    const before = (await aliyunTitles(emulator, { accessKeyId: 'testid', accessKeySecret: 'testsecret' })).length;
    const loaded = emulator.control.loadFixtures({ huaweicloud: HUAWEI_SECTION });
    const after = (await aliyunTitles(emulator, { accessKeyId: 'testid', accessKeySecret: 'testsecret' })).length;
    assert.deepEqual([loaded, await huaweiCases(emulator), after], [['huaweicloud'], ['TSLOADED'], before]);
  });

  it('makes the loaded data what reset() returns to', async () => {
    emulator.control.loadFixtures({ huaweicloud: HUAWEI_SECTION });
    emulator.control.agentReply('huaweicloud', 'TSLOADED', 'reply');
    emulator.control.reset();
    const messages = await osmClient(emulator.url).messages.list('TSLOADED', 0, 10);
    assert.deepEqual([await huaweiCases(emulator), messages.total], [['TSLOADED'], 1]);
  });

  it("swaps the Alibaba keys: the section's key works and the sample key no longer does", async () => {
    emulator.control.loadFixtures({ aliyun: ALIYUN_SECTION });
    const sampleKey = await aliyunTitles(emulator, { accessKeyId: 'testid', accessKeySecret: 'testsecret' }).then(
      () => 'accepted',
      () => 'refused',
    );
    assert.deepEqual([await aliyunTitles(emulator), sampleKey, emulator.credentials.aliyun.map((c) => c.accessKeyId)], [['[x](command:evil)'], 'refused', ['loadedid']]);
  });

  it('keeps the sample Alibaba accounts when the section gives none', async () => {
    const { accounts: _accounts, ...withoutAccounts } = ALIYUN_SECTION;
    const tickets = withoutAccounts.tickets.map((t) => ({ ...t, CreatorId: sampleAliyunFixtures().accounts[0].uid }));
    emulator.control.loadFixtures({ aliyun: { ...withoutAccounts, tickets } });
    assert.deepEqual(await aliyunTitles(emulator, { accessKeyId: 'testid', accessKeySecret: 'testsecret' }), ['[x](command:evil)']);
  });

  it('a null section brings back the built-in sample', async () => {
    emulator.control.loadFixtures({ huaweicloud: HUAWEI_SECTION });
    emulator.control.loadFixtures({ huaweicloud: null });
    assert.equal((await huaweiCases(emulator)).length, 9);
  });

  it('changes nothing when one section is bad', async () => {
    const sampleKey = { accessKeyId: 'testid', accessKeySecret: 'testsecret' };
    const before = await aliyunTitles(emulator, sampleKey);
    const bad = { aliyun: ALIYUN_SECTION, huaweicloud: { ...HUAWEI_SECTION, cases: [{ ...HUAWEI_SECTION.cases[0], status: -1 }] } };
    assert.throws(() => emulator.control.loadFixtures(bad), /^FixtureError: huaweicloud\.cases\[0\]\.status must be a status code 0-20/);
    assert.deepEqual([(await huaweiCases(emulator)).length, await aliyunTitles(emulator, sampleKey)], [9, before]);
  });

  it('forgets the denials of the provider it reloads, and only those', async () => {
    emulator.control.deny('huaweicloud', 'testak', 'ListCases');
    emulator.control.deny('aliyun', 'testid', 'ListTickets');
    emulator.control.loadFixtures({ huaweicloud: HUAWEI_SECTION });
    const aliyunDenied = await aliyunTitles(emulator, { accessKeyId: 'testid', accessKeySecret: 'testsecret' }).then(
      () => false,
      () => true,
    );
    emulator.control.allow('aliyun', 'testid', 'ListTickets');
    assert.deepEqual([await huaweiCases(emulator), aliyunDenied], [['TSLOADED'], true]);
  });

  it('refuses a section for no provider', () => {
    assert.throws(() => emulator.control.loadFixtures({ huawei: HUAWEI_SECTION }), /"huawei" is not a provider; .*\(aliyun, huaweicloud\)/);
  });

  it('ignores $-keys such as $comment', () => {
    assert.deepEqual(emulator.control.loadFixtures({ $comment: 'hostile corpus v1', huaweicloud: HUAWEI_SECTION }), ['huaweicloud']);
  });

  it('loads over HTTP with POST /__control/fixtures', async () => {
    const answer = await post(emulator, 'fixtures', { aliyun: ALIYUN_SECTION, huaweicloud: HUAWEI_SECTION });
    assert.deepEqual([answer, await huaweiCases(emulator), await aliyunTitles(emulator)], [{ status: 200, body: { loaded: ['aliyun', 'huaweicloud'] } }, ['TSLOADED'], ['[x](command:evil)']]);
  });

  it('answers 400 with the path of the bad field over HTTP', async () => {
    const answer = await post(emulator, 'fixtures', { aliyun: { tickets: [{ ...ALIYUN_SECTION.tickets[0], Severity: 3 }] } });
    assert.deepEqual(answer, { status: 400, body: { error: 'aliyun.tickets[0].Severity must be one of 1, 2' } });
  });

  it('serves the document in use with GET /__control/fixtures', async () => {
    emulator.control.loadFixtures({ huaweicloud: HUAWEI_SECTION });
    const document = (await (await fetch(`${emulator.url}/__control/fixtures`)).json()) as { huaweicloud: { cases: { id: string }[] } };
    assert.deepEqual([document.huaweicloud.cases.map((c) => c.id), document], [['TSLOADED'], JSON.parse(JSON.stringify(emulator.control.fixturesDocument()))]);
  });
});

describe('emulator fixtures: loading into an emulator hosting one provider', () => {
  it('skips sections of providers it does not host', async () => {
    const emulator = await startEmulator({ providers: ['huaweicloud'] });
    const loaded = emulator.control.loadFixtures({ aliyun: ALIYUN_SECTION, huaweicloud: HUAWEI_SECTION });
    await emulator.close();
    assert.deepEqual(loaded, ['huaweicloud']);
  });
});

describe("emulator fixtures: the documentation's examples", () => {
  const markdown = readFileSync(join(__dirname, '../../../docs/emulator-fixtures.md'), 'utf8');
  const examples = [...markdown.matchAll(/```json fixtures\n([\s\S]*?)```/g)].map((m) => JSON.parse(m[1]) as Record<string, unknown>);

  it('has one example per provider', () => {
    assert.deepEqual(
      examples.map((e) => Object.keys(e)),
      [['aliyun'], ['huaweicloud']],
    );
  });

  it('load, and the sample keys read their tickets', async () => {
    const emulator = await startEmulator({ fixtures: Object.assign({}, ...examples) as Record<string, unknown> });
    try {
      assert.deepEqual(
        [await aliyunTitles(emulator, { accessKeyId: 'testid', accessKeySecret: 'testsecret' }), await huaweiCases(emulator)],
        [['[Open](command:evil) ECS backup failed'], ['TS20260501HOSTILE0001']],
      );
    } finally {
      await emulator.close();
    }
  });
});
