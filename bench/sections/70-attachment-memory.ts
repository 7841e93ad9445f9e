/**
 * Issue #15: peak memory while attaching or adding a file over a limit must not grow with the file's
 * size, and a file that fits is streamed to the cloud, not held whole. Each step of the shipped code
 * runs in a fresh child process (bench/attachment-memory-probe.ts, bench/attachment-upload-probe.ts);
 * the rows are the rise of memory above where the child stood before the step.
 * - Refusals: a 10 MB file and a sparse 2 GiB one (no disk cost), resident memory.
 * - Uploads, against the emulator in this process (its copy of the bytes is not the child's): a small
 *   file and one just under the cloud's limit, streamed as the host sends them and, for comparison,
 *   read whole first. "In use" is sampled after a forced collection; "peak" is resident memory as the
 *   process sees it, which includes sent chunks not yet collected.
 */
import { execFile, execFileSync } from 'node:child_process';
import { appendFileSync, mkdtempSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { startEmulator, type RunningEmulator } from '../../src/emulator';
import type { BenchContext, BenchRow } from '../types';

export const title = 'Attachment memory (issue #15)';

const ROOT = join(__dirname, '..', '..');
const MB = 1024 * 1024;
/** Huawei's published per-file limit: both files below are over it. */
const LIMIT = 4 * MB;
/** Allocator noise between two fresh processes doing the same work; anything that scales with 2 GiB is far above. */
const FLAT_BUDGET_MB = 8;
/** V8 starts collecting once about 64 MB of memory outside its heap has been released since the last collection. */
const PLATEAU_BUDGET_MB = 64;

interface Probe {
  readonly outcome: string;
  readonly growthBytes: number;
}

function probe(step: 'attach' | 'add-file', path: string, limit: number): Probe {
  const output = execFileSync(process.execPath, ['--expose-gc', '--import', 'tsx', join(ROOT, 'bench', 'attachment-memory-probe.ts'), step, path, String(limit)], { cwd: ROOT, encoding: 'utf8' });
  return JSON.parse(output) as Probe;
}

/** Lines of log text up to `bytes` (text, so the add-file step decodes rather than skips it). */
function logText(bytes: number): string {
  const line = '2026-03-01T10:00:00Z INFO request finished in 12 ms, status 200, path /v2/servicerequest/cases\n';
  return line.repeat(Math.ceil(bytes / line.length)).slice(0, bytes);
}

const mb = (bytes: number) => Number((bytes / MB).toFixed(1));
const mb2 = (bytes: number) => Number((bytes / MB).toFixed(2));
const execFileAsync = promisify(execFile);

interface UploadGrowth {
  readonly uploadedBytes: number;
  readonly rssBytes: number;
  readonly heapAndBuffersBytes: number;
}

/** One upload in a fresh child; asynchronous, so the emulator in this process can answer it. */
async function uploadProbe(cloud: string, mode: 'stream' | 'bytes', kind: 'peak' | 'live', path: string, url: string, key: unknown): Promise<UploadGrowth> {
  const { stdout } = await execFileAsync(
    process.execPath,
    ['--expose-gc', '--import', 'tsx', join(ROOT, 'bench', 'attachment-upload-probe.ts'), cloud, mode, kind, path, url, JSON.stringify(key ?? {})],
    { cwd: ROOT, encoding: 'utf8' },
  );
  return JSON.parse(stdout) as UploadGrowth;
}

/** Each cloud's small file and its file just under the limit (Alibaba 20 MB, Huawei 4 MB published). */
const UPLOADS = [
  { cloud: 'aliyun', label: 'Alibaba upload (presigned PUT)', small: 1 * MB, large: 20 * MB - 1024 },
  { cloud: 'huaweicloud', label: 'Huawei upload (multipart)', small: 256 * 1024, large: 4 * MB - 1024 },
] as const;

async function uploadRows(context: BenchContext, scratch: string, emulator: RunningEmulator): Promise<BenchRow[]> {
  const rows: BenchRow[] = [];
  for (const { cloud, label, small, large } of UPLOADS) {
    const key = emulator.credentials[cloud]?.[0];
    const files = { small: join(scratch, `${cloud}-small.log`), large: join(scratch, `${cloud}-large.log`) };
    writeFileSync(files.small, logText(small));
    writeFileSync(files.large, logText(large));
    const sizes = `${mb2(small)} MB / ${mb2(large)} MB`;
    const growth = async (mode: 'stream' | 'bytes', kind: 'peak' | 'live', file: string) => {
      emulator.control.reset();
      return uploadProbe(cloud, mode, kind, file, emulator.url, key);
    };
    context.progress(`${label}: ${sizes}, streamed and held whole`);
    const streamed = { small: await growth('stream', 'live', files.small), large: await growth('stream', 'live', files.large) };
    const whole = { small: await growth('bytes', 'live', files.small), large: await growth('bytes', 'live', files.large) };
    const peak = { small: await growth('stream', 'peak', files.small), large: await growth('stream', 'peak', files.large) };
    rows.push(
      {
        metric: `${label}, streamed: memory in use rise, ${sizes} file`,
        value: mb(streamed.large.heapAndBuffersBytes),
        unit: 'MB',
        note: `small file: ${mb(streamed.small.heapAndBuffersBytes)} MB (heap + buffers, after collection)`,
      },
      {
        metric: `${label}, streamed: in-use rise ${mb2(large)} MB − ${mb2(small)} MB file`,
        value: mb(streamed.large.heapAndBuffersBytes - streamed.small.heapAndBuffersBytes),
        unit: 'MB',
        budget: { max: 1, label: '≤ 1 MB (flat in file size)' },
      },
      {
        metric: `${label}, held whole (before): in-use rise ${mb2(large)} MB − ${mb2(small)} MB file`,
        value: mb(whole.large.heapAndBuffersBytes - whole.small.heapAndBuffersBytes),
        unit: 'MB',
        note: 'reference: the same upload with the file read into memory first',
      },
      {
        metric: `${label}, streamed: peak RSS rise, ${sizes} file`,
        value: mb(peak.large.rssBytes),
        unit: 'MB',
        note: `small file: ${mb(peak.small.rssBytes)} MB; sent chunks wait for the next collection (see the 400 MB row)`,
      },
    );
  }
  return rows;
}

/** A server that takes any PUT and drops the bytes (the storage side of the plateau rows). */
async function sinkServer(): Promise<{ server: Server; url: string }> {
  const server = createServer((request, response) => {
    request.resume();
    request.on('end', () => response.end(''));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/bucket/object` };
}

/** Sent chunks are garbage until V8 collects them; past a few dozen MB it does, whatever the file's size. */
async function plateauRows(context: BenchContext, scratch: string): Promise<BenchRow[]> {
  const { server, url } = await sinkServer();
  try {
    const rises: number[] = [];
    for (const size of [100 * MB, 400 * MB]) {
      context.progress(`storage PUT streamed: sparse ${size / MB} MB file`);
      const path = join(scratch, `sparse-${size / MB}.bin`);
      writeFileSync(path, '');
      truncateSync(path, size);
      rises.push((await uploadProbe('put', 'stream', 'peak', path, url, undefined)).rssBytes);
    }
    return [
      {
        metric: 'storage PUT streamed (past any limit): peak RSS rise, 100 MB / 400 MB sparse file',
        value: mb(rises[1]),
        unit: 'MB',
        budget: { max: PLATEAU_BUDGET_MB, label: `≤ ${PLATEAU_BUDGET_MB} MB (collected garbage, not the file)` },
        note: `100 MB file: ${mb(rises[0])} MB`,
      },
    ];
  } finally {
    server.close();
  }
}

export async function run(context: BenchContext): Promise<readonly BenchRow[]> {
  const scratch = mkdtempSync(join(tmpdir(), 'ct-bench-attach-'));
  try {
    const medium = join(scratch, 'medium.log');
    const huge = join(scratch, 'huge.log');
    const fitting = join(scratch, 'fitting.log');
    writeFileSync(medium, logText(10 * MB));
    writeFileSync(fitting, logText(LIMIT - 1024));
    writeFileSync(huge, '');
    truncateSync(huge, 2048 * MB); // sparse: a hole the size of 2 GiB, no disk used
    appendFileSync(huge, logText(2 * MB));
    const rows: BenchRow[] = [];
    for (const step of ['attach', 'add-file'] as const) {
      context.progress(`${step}: 10 MB and sparse 2 GiB files`);
      const small = probe(step, medium, LIMIT);
      const large = probe(step, huge, LIMIT);
      const label = step === 'attach' ? 'attach (refused over 4 MB)' : 'diagnostics Add files (last 1 MiB kept)';
      rows.push(
        { metric: `${label}: peak RSS rise, 10 MB file`, value: mb(small.growthBytes), unit: 'MB', note: `outcome: ${small.outcome}` },
        { metric: `${label}: peak RSS rise, sparse 2 GiB file`, value: mb(large.growthBytes), unit: 'MB', note: `outcome: ${large.outcome}` },
        {
          metric: `${label}: 2 GiB rise − 10 MB rise`,
          value: mb(large.growthBytes - small.growthBytes),
          unit: 'MB',
          budget: { max: FLAT_BUDGET_MB, label: `≤ ${FLAT_BUDGET_MB} MB (flat in file size)` },
        },
      );
    }
    context.progress('bounded whole read: a file just under the limit (folder zips, virtual file systems)');
    const read = probe('attach', fitting, LIMIT);
    rows.push({
      metric: 'bounded whole read (folder zip input, virtual file systems), just under 4 MB: peak RSS rise',
      value: mb(read.growthBytes),
      unit: 'MB',
      budget: { max: mb(2 * LIMIT), label: '≤ 2× the per-file limit' },
      note: `outcome: ${read.outcome}`,
    });
    const emulator = await startEmulator({});
    try {
      rows.push(...(await uploadRows(context, scratch, emulator)));
    } finally {
      await emulator.close();
    }
    rows.push(...(await plateauRows(context, scratch)));
    return rows;
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}
