/** The built-in sample data and replacing it with a fixtures file. */
import { strict as assert } from 'node:assert';
import { writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startEmulator, type RunningEmulator } from '../../../src/emulator';
import { sampleAliyunFixtures } from '../../../src/emulator/aliyun/sample-data';
import { callV3, dataOf, jsonOf } from './helpers';

const MINIMAL = join(__dirname, '../../fixtures/emulator/aliyun-minimal.json');

describe('emulator: Alibaba sample data', () => {
  const sample = sampleAliyunFixtures();
  const mainTickets = sample.tickets.filter((t) => t.CreatorId === sample.accounts[0].uid);

  it('has about twenty tickets of the main account', () => {
    assert.ok(mainTickets.length >= 18 && mainTickets.length <= 30, String(mainTickets.length));
  });

  it('covers every status', () => {
    assert.deepEqual(new Set(mainTickets.map((t) => t.Status)), new Set([1, 2, 3, 4, 5, 6]));
  });

  it('has threads of 50 notes or more', () => {
    assert.ok(mainTickets.filter((t) => t.Notes.length >= 50).length >= 2);
  });

  it('mixes Chinese and English text', () => {
    const texts = mainTickets.flatMap((t) => t.Notes.map((n) => n.Content));
    assert.deepEqual([texts.some((x) => /[\u4e00-\u9fff]/.test(x)), texts.some((x) => /^[\x20-\x7e]+$/.test(x))], [true, true]);
  });

  it('carries attachments', () => {
    assert.ok(mainTickets.flatMap((t) => t.Notes.flatMap((n) => n.Attachments ?? [])).length >= 3);
  });

  it('has several product directories, each product with categories', () => {
    const products = sample.directories.flatMap((d) => d.ProductList);
    assert.deepEqual([sample.directories.length >= 4, products.every((p) => (sample.categories[String(p.ProductId)] ?? []).length > 0)], [true, true]);
  });

  it('references only existing categories', () => {
    const categories = new Set(
      Object.values(sample.categories)
        .flat()
        .map((c) => String(c.CategoryId)),
    );
    assert.deepEqual(
      sample.tickets.filter((t) => !categories.has(t.CategoryId)),
      [],
    );
  });

  it('uses unique ticket ids of 7-10 upper-case alphanumerics', () => {
    const ids = sample.tickets.map((t) => t.TicketId);
    assert.deepEqual([new Set(ids).size, ids.every((id) => /^[0-9A-Z]{7,10}$/.test(id))], [ids.length, true]);
  });
});

describe('emulator: fixtures file', () => {
  let emulator: RunningEmulator;
  before(async () => {
    emulator = await startEmulator({ providers: ['aliyun'], fixturesFile: MINIMAL });
  });
  after(() => emulator.close());
  const custom = { accessKeyId: 'custid', accessKeySecret: 'custsecret' };

  it('replaces the credentials', () => {
    assert.deepEqual(
      emulator.credentials.aliyun.map((c) => c.accessKeyId),
      ['custid'],
    );
  });

  it("serves the file's tickets, status names included", async () => {
    const list = dataOf<{ TicketId: string; Status: { Value: string } }[]>(await callV3(emulator.url, { action: 'ListTickets', query: { PageNumber: '1', PageSize: '10' }, credentials: custom }));
    assert.deepEqual(
      list.map((t) => [t.TicketId, t.Status.Value]),
      [['0005PYGCW', '2']],
    );
  });

  it("serves the file's attachment text", async () => {
    const notes = dataOf<{ Attachments: { Url: string }[] }[]>(await callV3(emulator.url, { action: 'ListTicketNotes', query: { TicketId: '0005PYGCW' }, credentials: custom }));
    const response = await fetch(notes[1].Attachments[0].Url);
    assert.equal(await response.text(), 'check the snapshot quota');
  });

  it('no longer knows the sample keys', async () => {
    assert.equal(jsonOf(await callV3(emulator.url, { action: 'ListProducts' })).Code, 'InvalidAccessKeyId.NotFound');
  });

  it('names the offending field of an invalid file', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'emu-fixtures-'));
    const file = join(dir, 'bad.json');
    writeFileSync(file, JSON.stringify({ aliyun: { accounts: [], directories: [], categories: {}, tickets: [{ TicketId: 'X1234567' }] } }));
    await assert.rejects(startEmulator({ providers: ['aliyun'], fixturesFile: file }), /aliyun\.tickets\[0\]\.Title/);
  });

  it('round-trips the built-in sample through fixturesDocument()', async () => {
    const sample = await startEmulator({ providers: ['aliyun'] });
    const copy = await startEmulator({ providers: ['aliyun'], fixtures: JSON.parse(JSON.stringify(sample.control.fixturesDocument())) });
    const state = (e: RunningEmulator) => JSON.stringify((e.control.state('aliyun') as { tickets: unknown[] }).tickets);
    const same = state(sample) === state(copy);
    await Promise.all([sample.close(), copy.close()]);
    assert.ok(same);
  });
});
