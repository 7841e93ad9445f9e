import assert from 'node:assert/strict';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FileSnapshotStore, parseSnapshot, PREVIEW_ROWS, serializeSnapshot, SNAPSHOT_VERSION } from '../../../src/core/cache';
import { STATUS_GROUPS } from '../../../src/core/status';
import { createSnapshot, type AccountSnapshot } from '../../../src/core/refresh';
import { fakeTicket } from './fake-provider';

function sampleSnapshot(accountId = 'acc-1'): AccountSnapshot {
  return createSnapshot({
    accountId,
    state: 'fresh',
    fetchedAt: Date.UTC(2026, 2, 1),
    changeToken: 'tok-1',
    filter: { keyword: 'disk', statusGroups: ['needs-action'] },
    incompleteIds: ['T00001'],
    tickets: [
      fakeTicket(0, { unreadCount: 2, labels: ['prod'] }),
      fakeTicket(1, { updatedAt: 5 }),
      fakeTicket(3, { status: { group: 'closed', code: '99', label: 'Unknown (99)', known: false, nativeLabel: '未知' } }),
    ],
  });
}

describe('snapshot cache', () => {
  it('round-trips tickets, token, filter and incomplete ids; the result is stale', () => {
    const snapshot = sampleSnapshot();
    const parsed = parseSnapshot(serializeSnapshot(snapshot), snapshot.accountId);
    assert.deepEqual(parsed, createSnapshot({ ...snapshot, state: 'stale' }));
  });

  it('writes no detail text (descriptions) into the file', () => {
    const text = serializeSnapshot(sampleSnapshot());
    assert.ok(!text.includes('description') && !text.includes('secret-looking'));
  });

  it('reads a file of another version as no cache', () => {
    const file = JSON.parse(serializeSnapshot(sampleSnapshot()));
    file.version = SNAPSHOT_VERSION + 1;
    assert.equal(parseSnapshot(JSON.stringify(file), 'acc-1'), undefined);
  });

  it("reads another account's file as no cache", () => {
    assert.equal(parseSnapshot(serializeSnapshot(sampleSnapshot('acc-1')), 'acc-2'), undefined);
  });

  it('reads a truncated file as no cache', () => {
    const text = serializeSnapshot(sampleSnapshot());
    assert.equal(parseSnapshot(text.slice(0, text.length / 2), 'acc-1'), undefined);
  });

  it('skips malformed tickets and keeps the rest', () => {
    const file = JSON.parse(serializeSnapshot(sampleSnapshot()));
    file.statuses.push({ group: 'sideways', code: 1 });
    file.tickets.status[1] = file.statuses.length - 1;
    file.tickets.id[2] = 42;
    const parsed = parseSnapshot(JSON.stringify(file), 'acc-1');
    assert.deepEqual(
      parsed?.tickets.map((t) => t.id),
      [file.tickets.id[0]],
    );
  });

  it('reads a file whose columns disagree in length as no cache', () => {
    const file = JSON.parse(serializeSnapshot(sampleSnapshot()));
    file.tickets.title.pop();
    assert.equal(parseSnapshot(JSON.stringify(file), 'acc-1'), undefined);
  });

  it('writes tickets as columns, each distinct status and severity once, without columns no ticket fills', () => {
    const tickets = Array.from({ length: 50 }, (_, i) => fakeTicket(i));
    const file = JSON.parse(serializeSnapshot(createSnapshot({ accountId: 'a', state: 'fresh', tickets })));
    assert.deepEqual(
      { statuses: file.statuses.length, severities: file.severities.length, columns: Object.keys(file.tickets).sort(), ids: file.tickets.id.length },
      { statuses: 3, severities: 1, columns: ['createdAt', 'id', 'severity', 'status', 'title'], ids: 50 },
    );
  });

  it('still reads a version 1 file (one object per ticket)', () => {
    const snapshot = sampleSnapshot();
    const v1 = {
      format: 'cloud-tickets/account-snapshot',
      version: 1,
      accountId: snapshot.accountId,
      fetchedAt: snapshot.fetchedAt,
      changeToken: snapshot.changeToken,
      filter: snapshot.filter,
      incompleteIds: snapshot.incompleteIds,
      tickets: snapshot.tickets,
    };
    assert.deepEqual(parseSnapshot(JSON.stringify(v1), snapshot.accountId), createSnapshot({ ...snapshot, state: 'stale' }));
  });

  describe('FileSnapshotStore', () => {
    let directory = '';
    beforeEach(async () => {
      directory = join(await mkdtemp(join(tmpdir(), 'ct-cache-')), 'nested');
    });
    afterEach(async () => {
      await rm(join(directory, '..'), { recursive: true, force: true });
    });

    it('saves into a directory it creates and loads the same snapshot back', async () => {
      const store = new FileSnapshotStore(directory);
      const snapshot = sampleSnapshot('acc/../weird id');
      await store.save(snapshot.accountId, snapshot);
      assert.deepEqual(await store.load(snapshot.accountId), createSnapshot({ ...snapshot, state: 'stale' }));
    });

    it('leaves exactly one snapshot and one preview per account and no temporary files', async () => {
      const store = new FileSnapshotStore(directory);
      await Promise.all([store.save('a', sampleSnapshot('a')), store.save('a', sampleSnapshot('a')), store.save('b', sampleSnapshot('b'))]);
      const expected = ['a', 'b'].flatMap((id) => [store.fileOf(id), store.previewFileOf(id)]);
      assert.deepEqual((await readdir(directory)).sort(), expected.map((f) => f.slice(directory.length + 1)).sort());
    });

    it("keeps a first-screen preview: the first rows of each group, the whole account's counts", async () => {
      const store = new FileSnapshotStore(directory);
      const tickets = Array.from({ length: 400 }, (_, i) => fakeTicket(i));
      const snapshot = createSnapshot({ accountId: 'a', state: 'fresh', fetchedAt: 1, tickets, incompleteIds: [tickets[0].id, tickets[399].id] });
      await store.save('a', snapshot);
      const preview = await store.loadPreview('a');
      assert.deepEqual(
        { preview: preview?.preview, counts: preview?.counts, rows: STATUS_GROUPS.map((group) => preview?.groups[group].map((t) => t.id)), incomplete: preview?.incompleteIds },
        { preview: true, counts: snapshot.counts, rows: STATUS_GROUPS.map((group) => snapshot.groups[group].slice(0, PREVIEW_ROWS).map((t) => t.id)), incomplete: [tickets[0].id] },
      );
    });

    it('loads nothing for an unknown account, and nothing after remove', async () => {
      const store = new FileSnapshotStore(directory);
      await store.save('a', sampleSnapshot('a'));
      await store.remove('a');
      assert.deepEqual([await store.load('a'), await store.load('never')], [undefined, undefined]);
    });

    it('treats a corrupted file as no cache', async () => {
      const store = new FileSnapshotStore(directory);
      await store.save('a', sampleSnapshot('a'));
      await writeFile(store.fileOf('a'), '{"format":', 'utf8');
      assert.equal(await store.load('a'), undefined);
    });

    it('keeps distinct files for ids that sanitise alike', async () => {
      const store = new FileSnapshotStore(directory);
      await store.save('a/b', sampleSnapshot('a/b'));
      await store.save('a_b', sampleSnapshot('a_b'));
      const text = await readFile(store.fileOf('a/b'), 'utf8');
      assert.equal(JSON.parse(text).accountId, 'a/b');
    });
  });
});
