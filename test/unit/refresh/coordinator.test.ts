import assert from 'node:assert/strict';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FileSnapshotStore, MemorySnapshotStore, type SnapshotStore } from '../../../src/core/cache';
import { RefreshCoordinator, type SnapshotChange } from '../../../src/core/refresh';
import { FakeProvider, ticketError } from './fake-provider';
import { accessTo, delay, until } from './helpers';

function coordinatorFor(providers: Record<string, FakeProvider>, store: SnapshotStore = new MemorySnapshotStore()): RefreshCoordinator {
  const coordinator = new RefreshCoordinator({ access: accessTo(providers), store, pageSize: 20 });
  coordinator.setAccounts(Object.keys(providers));
  return coordinator;
}

describe('RefreshCoordinator', () => {
  it('a failing account does not keep the others from refreshing', async () => {
    const good = new FakeProvider({ ticketCount: 8 });
    const bad = new FakeProvider({ ticketCount: 8 });
    bad.failNext('listTickets', ticketError('network'));
    const snapshots = await coordinatorFor({ good, bad }).refreshAll();
    assert.deepEqual(
      snapshots.map((s) => [s.accountId, s.state, s.tickets.length]),
      [
        ['good', 'fresh', 8],
        ['bad', 'offline', 0],
      ],
    );
  });

  it('publishes an account as soon as it is done, while a slow account is still running', async () => {
    const fast = new FakeProvider({ ticketCount: 5 });
    const slow = new FakeProvider({ ticketCount: 5, delayMs: 400 });
    const coordinator = coordinatorFor({ slow, fast });
    const published: SnapshotChange[] = [];
    coordinator.onDidChange((change) => published.push(change));
    const all = coordinator.refreshAll();
    await until(() => published.length > 0);
    const firstPublished = published[0].accountId;
    const slowStillRunning = coordinator.isRefreshing('slow');
    await all;
    assert.deepEqual({ firstPublished, slowStillRunning }, { firstPublished: 'fast', slowStillRunning: true });
  });

  it('accounts have separate concurrency bounds', async () => {
    const a = new FakeProvider({ ticketCount: 40, delayMs: 3 });
    const b = new FakeProvider({ ticketCount: 40, delayMs: 3 });
    const coordinator = new RefreshCoordinator({ access: accessTo({ a, b }), concurrency: 2, pageSize: 20 });
    coordinator.setAccounts(['a', 'b']);
    await coordinator.refreshAll();
    assert.deepEqual([a.peakInFlight, b.peakInFlight], [2, 2]);
  });

  it('saves fresh snapshots and paints them from the cache in a new session, marked stale', async () => {
    const store = new MemorySnapshotStore();
    const provider = new FakeProvider({ ticketCount: 12 });
    const first = coordinatorFor({ acc: provider }, store);
    const fresh = await first.refresh('acc');
    await first.flush();
    const second = coordinatorFor({ acc: provider }, store);
    await second.restoreFromCache();
    const cached = second.snapshot('acc');
    assert.deepEqual(
      { state: cached?.state, ids: cached?.tickets.map((t) => t.id), token: cached?.changeToken },
      {
        state: 'stale',
        ids: fresh.tickets.map((t) => t.id),
        token: fresh.changeToken,
      },
    );
  });

  it("paints each account's first screen from the preview, then the whole cached snapshot replaces it", async () => {
    const directory = await mkdtemp(join(tmpdir(), 'ct-preview-'));
    try {
      const store = new FileSnapshotStore(directory);
      const provider = new FakeProvider({ ticketCount: 300 });
      const first = coordinatorFor({ acc: provider }, store);
      await first.refresh('acc');
      await first.flush();
      const second = coordinatorFor({ acc: provider }, store);
      const painted: { tickets: number; preview: boolean; needsAction: number }[] = [];
      second.onDidChange(({ current }) => painted.push({ tickets: current?.tickets.length ?? 0, preview: current?.preview === true, needsAction: current?.counts['needs-action'] ?? 0 }));
      await second.restoreFromCache();
      assert.deepEqual(painted, [
        { tickets: 150, preview: true, needsAction: 60 },
        { tickets: 300, preview: false, needsAction: 60 },
      ]);
    } finally {
      await rm(directory, { recursive: true, force: true });
    }
  });

  it('a refresh asked for while the cache is read starts from the whole snapshot, not the preview', async () => {
    const directory = await mkdtemp(join(tmpdir(), 'ct-preview-'));
    try {
      const files = new FileSnapshotStore(directory);
      const provider = new FakeProvider({ ticketCount: 300 });
      const first = coordinatorFor({ acc: provider }, files);
      await first.refresh('acc');
      await first.flush();
      // The whole snapshot is read only when the test says so; the preview at once.
      let releaseWhole: () => void = () => undefined;
      const wholeRead = new Promise<void>((resolve) => (releaseWhole = resolve));
      const slowWhole: SnapshotStore = {
        load: async (id) => {
          await wholeRead;
          return files.load(id);
        },
        loadPreview: (id) => files.loadPreview(id),
        save: (id, snapshot) => files.save(id, snapshot),
        remove: (id) => files.remove(id),
      };
      const second = coordinatorFor({ acc: provider }, slowWhole);
      const restoring = second.restoreFromCache();
      await until(() => second.snapshot('acc')?.preview === true);
      const before = provider.count('getTicket');
      const refreshed = second.refresh('acc');
      await delay(20);
      releaseWhole();
      await Promise.all([restoring, refreshed]);
      await second.flush();
      assert.equal(provider.count('getTicket') - before, 0);
    } finally {
      await rm(directory, { recursive: true, force: true });
    }
  });

  it('after a cache restore the first refresh loads details only for what changed', async () => {
    const store = new MemorySnapshotStore();
    const provider = new FakeProvider({ ticketCount: 12 });
    const first = coordinatorFor({ acc: provider }, store);
    await first.refresh('acc');
    await first.flush();
    const second = coordinatorFor({ acc: provider }, store);
    await second.restoreFromCache();
    const before = provider.count('getTicket');
    await second.refresh('acc');
    assert.equal(provider.count('getTicket') - before, 0);
  });

  it('does not save failed refreshes over the last good cache', async () => {
    const store = new MemorySnapshotStore();
    const provider = new FakeProvider({ ticketCount: 4 });
    const coordinator = coordinatorFor({ acc: provider }, store);
    await coordinator.refresh('acc');
    await coordinator.flush();
    const saved = store.files.get('acc');
    provider.failNext('listTickets', ticketError('server'));
    await coordinator.refresh('acc');
    await coordinator.flush();
    assert.equal(store.files.get('acc'), saved);
  });

  it("writes a refresh's last snapshot, never its batches of details, and only the newest of those queued behind a write", async () => {
    const store = new MemorySnapshotStore();
    const written: string[] = [];
    const slowStore = {
      load: (id: string) => store.load(id),
      remove: (id: string) => store.remove(id),
      save: async (id: string, snapshot: Parameters<MemorySnapshotStore['save']>[1]) => {
        written.push(`${snapshot.tickets.length - snapshot.incompleteIds.length}/${snapshot.tickets.length}`);
        await new Promise((resolve) => setTimeout(resolve, 30));
        await store.save(id, snapshot);
      },
    };
    const provider = new FakeProvider({ ticketCount: 40, delayMs: 2 });
    const coordinator = new RefreshCoordinator({ access: accessTo({ acc: provider }), store: slowStore, pageSize: 20, concurrency: 2, detailBatchMs: 5 });
    coordinator.setAccounts(['acc']);
    const causes: string[] = [];
    coordinator.onDidChange((change) => causes.push(change.cause));
    await coordinator.refresh('acc');
    await coordinator.flush();
    const afterRefresh = [...written];
    written.length = 0;
    // Three more snapshots while the first of their writes runs: two writes, the second with the newest.
    provider.ticketFailures.set(provider.tickets[0].id, ticketError('permission'));
    await coordinator.loadDetails('acc', [provider.tickets[1].id]);
    await coordinator.loadDetails('acc', [provider.tickets[2].id]);
    await coordinator.loadDetails('acc', [provider.tickets[0].id]);
    await coordinator.flush();
    // The tree (no details yet) and the last snapshot (all 40) are written; the batches in between are not.
    assert.deepEqual({ filling: causes.filter((cause) => cause === 'filling').length > 1, afterRefresh, written }, { filling: true, afterRefresh: ['0/40', '40/40'], written: ['40/40', '39/40'] });
  });

  it('removing an account cancels its refresh and announces it', async () => {
    const provider = new FakeProvider({ ticketCount: 4, delayMs: 50 });
    const coordinator = coordinatorFor({ acc: provider });
    const changes: SnapshotChange[] = [];
    coordinator.onDidChange((change) => changes.push(change));
    const pending = coordinator.refresh('acc');
    coordinator.setAccounts([]);
    await pending;
    assert.deepEqual(
      changes.map((c) => [c.cause, c.current === undefined]),
      [['removed', true]],
    );
  });

  describe('change checks (poll target)', () => {
    it('marks the account offline once when a check fails, then fresh again when the token is unchanged', async () => {
      const provider = new FakeProvider({ ticketCount: 3 });
      const coordinator = coordinatorFor({ acc: provider });
      await coordinator.refresh('acc');
      const states: string[] = [];
      coordinator.onDidChange((change) => states.push(change.current?.state ?? 'removed'));
      provider.failNext('getChangeSignal', ticketError('network'), 2);
      await assert.rejects(coordinator.checkChangeSignal('acc'));
      await assert.rejects(coordinator.checkChangeSignal('acc'));
      await coordinator.checkChangeSignal('acc');
      assert.deepEqual(states, ['offline', 'fresh']);
    });
  });
});
