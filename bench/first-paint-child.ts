/**
 * First paint from the cache in a fresh process, as activation does it: the refresh coordinator reads
 * every account's cache (its first-screen preview, then the whole snapshot), and the tree asks for what
 * its first screen shows — every account's group counts and the first 50 rows of the groups that open
 * expanded. Prints one JSON line: wall and CPU ms until that first screen could be drawn, and until the
 * whole cached snapshots were in (module loading before it is the cold `require` row's business).
 * Usage: node --import tsx bench/first-paint-child.ts '{"cacheDir":…,"accounts":["bench-account-0",…]}'
 */
import { FileSnapshotStore } from '../src/core/cache';
import { RefreshCoordinator, type AccountSnapshot } from '../src/core/refresh';

/** Rows a group shows before "Load more…" (views/explorerView.ts). */
const FIRST_ROWS = 50;

/** What the first screen of the tree reads of one account. */
function firstScreen(snapshot: AccountSnapshot): number {
  const total = snapshot.counts['needs-action'] + snapshot.counts['in-progress'] + snapshot.counts.closed;
  return (total > 0 ? 1 : 0) + snapshot.groups['needs-action'].slice(0, FIRST_ROWS).length + snapshot.groups['in-progress'].slice(0, FIRST_ROWS).length;
}

async function main(): Promise<void> {
  const args = JSON.parse(process.argv[2] ?? '{}') as { cacheDir: string; accounts: string[] };
  const start = performance.now();
  const cpu = process.cpuUsage();
  const coordinator = new RefreshCoordinator({ access: () => Promise.reject(new Error('no network during first paint')), store: new FileSnapshotStore(args.cacheDir) });
  coordinator.setAccounts(args.accounts);
  const painted = new Set<string>();
  let firstScreenAt: { wallMs: number; cpuMs: number; rows: number } | undefined;
  let rows = 0;
  coordinator.onDidChange(({ accountId, current }) => {
    if (!current || painted.has(accountId)) return;
    painted.add(accountId);
    rows += firstScreen(current);
    if (painted.size === args.accounts.length) {
      const used = process.cpuUsage(cpu);
      firstScreenAt = { wallMs: performance.now() - start, cpuMs: (used.user + used.system) / 1000, rows };
    }
  });
  await coordinator.restoreFromCache();
  const used = process.cpuUsage(cpu);
  const wholeMs = performance.now() - start;
  const tickets = coordinator.snapshots().reduce((sum, snapshot) => sum + snapshot.tickets.length, 0);
  process.stdout.write(`${JSON.stringify({ ...firstScreenAt, wholeMs, wholeCpuMs: (used.user + used.system) / 1000, tickets })}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exitCode = 1;
});
