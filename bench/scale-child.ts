/**
 * One scale run in a fresh process (started by bench/sections/25-scale.ts with --expose-gc): the first
 * refresh of `accounts` Alibaba accounts against the emulator at `url`, by the shipped engine, cache and
 * provider. Prints one JSON line: wall times, client CPU, heap (sampled peak; retained after a full
 * collection while the snapshots are held), the cache files' bytes.
 * Usage: node --expose-gc --import tsx bench/scale-child.ts '{"url":…,"accounts":1,"perAccount":1000,"cacheDir":…}'
 */
import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { FileSnapshotStore } from '../src/core/cache';
import { benchAccounts, measureRefresh } from './refresh-measure';

interface ScaleArguments {
  readonly url: string;
  readonly accounts: number;
  readonly perAccount: number;
  readonly cacheDir: string;
}

export interface ScaleResult {
  readonly treeMs: number;
  readonly detailsMs: number;
  readonly cpuMs: number;
  readonly peakHeapBytes: number;
  readonly retainedHeapBytes: number;
  readonly cacheBytes: number;
  readonly peakLimit: number;
}

function collect(): void {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (!gc) throw new Error('run with --expose-gc');
  gc();
  gc();
}

async function main(): Promise<void> {
  const args = JSON.parse(process.argv[2] ?? '{}') as ScaleArguments;
  const store = new FileSnapshotStore(args.cacheDir);
  const accounts = benchAccounts(args.url, args.accounts);
  collect();
  const baseline = process.memoryUsage().heapUsed;
  let peak = baseline;
  const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().heapUsed)), 5);
  const result = await measureRefresh(accounts, args.perAccount, { store });
  await result.coordinator.flush();
  clearInterval(sampler);
  peak = Math.max(peak, process.memoryUsage().heapUsed);
  collect();
  // What an open tree keeps: the coordinator and its snapshots are used below, so they are alive here.
  const retained = process.memoryUsage().heapUsed - baseline;
  const held = result.coordinator.snapshots().reduce((sum, snapshot) => sum + snapshot.tickets.length, 0);
  if (held !== args.accounts * args.perAccount) throw new Error(`the coordinator holds ${held} tickets`);
  const files = await readdir(args.cacheDir);
  const sizes = await Promise.all(files.map(async (file) => (await stat(join(args.cacheDir, file))).size));
  const output: ScaleResult = {
    treeMs: result.treeMs,
    detailsMs: result.detailsMs,
    cpuMs: result.cpuMs,
    peakHeapBytes: peak,
    retainedHeapBytes: retained,
    cacheBytes: sizes.reduce((sum, size) => sum + size, 0),
    peakLimit: result.peakLimit,
  };
  process.stdout.write(`${JSON.stringify(output)}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exitCode = 1;
});
