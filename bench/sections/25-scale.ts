/**
 * Scale: the first refresh of 1,000, 5,000 and 20,000 Alibaba tickets (50,000 with `--50k`: minutes on a
 * small machine) and of 20 accounts × 1,000, each in a fresh process against the emulator in its own
 * process with the injected RTT — wall time to the complete tree and to all details, client CPU, heap
 * (sampled peak; retained while the tree is held, after a full collection), the cache files — and then the
 * first paint from that cache in fresh processes (median of 3): the first screen (the cache's preview)
 * restored, and the whole cached snapshot after it. Budgets (DESIGN §6): client CPU and heap
 * per ticket flat from 1,000 to the largest size (≤ 1.5× the 1,000-ticket figure), first paint ≤ 50 ms at
 * 20,000 tickets.
 */
import { execFile } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { aliyunAccountsFixtures } from '../fixtures/aliyun-tickets';
import { median } from '../refresh-measure';
import { RemoteEmulator } from '../remote-emulator';
import type { ScaleResult } from '../scale-child';
import type { BenchContext, BenchRow } from '../types';

export const title = 'Scale (first refresh, emulator, injected RTT)';

const ROOT = join(__dirname, '..', '..');
const FIRST_PAINT_RUNS = 3;
const FLAT = { max: 1.5, label: '≤ 1.5× the 1,000 figure (flat, §6)' };
const run$ = promisify(execFile);

interface Case {
  readonly label: string;
  readonly accounts: number;
  readonly perAccount: number;
}

interface Measured extends ScaleResult {
  readonly firstPaintMs: number;
  readonly firstPaintCpuMs: number;
  /** Until the whole cached snapshots replaced the first-screen previews. */
  readonly wholeCacheMs: number;
  readonly wholeCacheCpuMs: number;
  readonly tickets: number;
}

/** What bench/first-paint-child.ts prints. */
interface FirstPaint {
  readonly wallMs: number;
  readonly cpuMs: number;
  readonly wholeMs: number;
  readonly wholeCpuMs: number;
  readonly tickets: number;
}

async function child(script: string, args: object, gc = false): Promise<string> {
  const { stdout } = await run$(process.execPath, [...(gc ? ['--expose-gc'] : []), '--import', 'tsx', join(ROOT, 'bench', script), JSON.stringify(args)], {
    cwd: ROOT,
    maxBuffer: 1 << 20,
    timeout: 30 * 60_000,
  });
  return stdout.trim().split('\n').pop() ?? '';
}

async function measure(context: BenchContext, scale: Case): Promise<Measured> {
  const { rttMs } = context.options;
  const emulator = await RemoteEmulator.start(aliyunAccountsFixtures(scale.accounts, scale.perAccount));
  const cacheDir = await mkdtemp(join(tmpdir(), 'ct-bench-scale-'));
  try {
    await emulator.addLatency({ provider: 'aliyun', ms: rttMs });
    context.progress(`${scale.label}: first refresh in a fresh process`);
    const refreshed = JSON.parse(await child('scale-child.ts', { url: emulator.url, accounts: scale.accounts, perAccount: scale.perAccount, cacheDir }, true)) as ScaleResult;
    const accounts = Array.from({ length: scale.accounts }, (_, k) => `bench-account-${k}`);
    const paints: FirstPaint[] = [];
    for (let run = 1; run <= FIRST_PAINT_RUNS; run++) {
      context.progress(`${scale.label}: first paint from the cache, fresh process ${run}/${FIRST_PAINT_RUNS}`);
      paints.push(JSON.parse(await child('first-paint-child.ts', { cacheDir, accounts })) as FirstPaint);
    }
    const tickets = scale.accounts * scale.perAccount;
    if (paints.some((paint) => paint.tickets !== tickets)) throw new Error(`${scale.label}: the cache did not restore every ticket`);
    const middle = (pick: (paint: FirstPaint) => number): number => median(paints.map(pick));
    return {
      ...refreshed,
      tickets,
      firstPaintMs: middle((paint) => paint.wallMs),
      firstPaintCpuMs: middle((paint) => paint.cpuMs),
      wholeCacheMs: middle((paint) => paint.wholeMs),
      wholeCacheCpuMs: middle((paint) => paint.wholeCpuMs),
    };
  } finally {
    await emulator.close();
    await rm(cacheDir, { recursive: true, force: true });
  }
}

function rowsOf(scale: Case, m: Measured): BenchRow[] {
  const firstPaintBudget = m.tickets === 20_000 && scale.accounts === 1 ? { max: 50, label: '≤ 50 ms at 20,000 (§6)' } : undefined;
  return [
    { metric: `${scale.label}: complete tree`, value: m.treeMs, unit: 'ms' },
    { metric: `${scale.label}: all details`, value: m.detailsMs, unit: 'ms', note: `request slots reached ${m.peakLimit}` },
    {
      metric: `${scale.label}: client CPU per ticket`,
      value: (m.cpuMs * 1000) / m.tickets,
      unit: 'µs',
      note: `${Math.round(m.cpuMs)} ms for the whole refresh (list, details, snapshots, cache writes)`,
    },
    { metric: `${scale.label}: heap per ticket, tree held`, value: m.retainedHeapBytes / m.tickets, unit: 'B', note: `peak heap used ${(m.peakHeapBytes / 1048576).toFixed(1)} MB` },
    { metric: `${scale.label}: cache files`, value: m.cacheBytes / 1024, unit: 'KB' },
    {
      metric: `${scale.label}: first paint from the cache`,
      value: m.firstPaintMs,
      unit: 'ms',
      ...(firstPaintBudget ? { budget: firstPaintBudget } : {}),
      note: `every account's first screen (the cache's preview) restored, CPU ${m.firstPaintCpuMs.toFixed(1)} ms; median of ${FIRST_PAINT_RUNS} fresh processes`,
    },
    { metric: `${scale.label}: whole cached snapshot in`, value: m.wholeCacheMs, unit: 'ms', note: `after the first paint; CPU ${m.wholeCacheCpuMs.toFixed(1)} ms` },
  ];
}

export async function run(context: BenchContext): Promise<readonly BenchRow[]> {
  const sizes = [1_000, 5_000, 20_000, ...(context.options.scale50k ? [50_000] : [])];
  const cases: Case[] = [...sizes.map((n) => ({ label: `${n.toLocaleString('en-US')} tickets`, accounts: 1, perAccount: n })), { label: '20 accounts × 1,000', accounts: 20, perAccount: 1_000 }];
  const rows: BenchRow[] = [];
  const measured = new Map<Case, Measured>();
  for (const scale of cases) {
    const m = await measure(context, scale);
    measured.set(scale, m);
    rows.push(...rowsOf(scale, m));
  }
  const small = measured.get(cases[0]) as Measured;
  const largest = cases[sizes.length - 1];
  const large = measured.get(largest) as Measured;
  const perTicket = (m: Measured, value: number): number => value / m.tickets;
  const notRun = context.options.scale50k ? '' : '; 50,000 not run: pass --50k (several minutes on a 2-core machine)';
  rows.push(
    {
      metric: `client CPU per ticket, ${largest.label} ÷ 1,000`,
      value: perTicket(large, large.cpuMs) / perTicket(small, small.cpuMs),
      unit: '×',
      budget: FLAT,
      note: `largest size run: ${largest.label}${notRun}`,
    },
    { metric: `heap per ticket, ${largest.label} ÷ 1,000`, value: perTicket(large, large.retainedHeapBytes) / perTicket(small, small.retainedHeapBytes), unit: '×', budget: FLAT },
  );
  return rows;
}
