/**
 * Issue #15: peak memory while attaching or adding a file over a limit must not grow with the file's
 * size. Each step of the shipped code runs in a fresh child process (bench/attachment-memory-probe.ts)
 * on a 10 MB file and on a sparse 2 GiB one (no disk cost); the rows are the rise of resident memory
 * above where the child stood before the step, and the difference between the two sizes.
 */
import { execFileSync } from 'node:child_process';
import { appendFileSync, mkdtempSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BenchContext, BenchRow } from '../types';

export const title = 'Attachment memory (issue #15)';

const ROOT = join(__dirname, '..', '..');
const MB = 1024 * 1024;
/** Huawei's published per-file limit: both files below are over it. */
const LIMIT = 4 * MB;
/** Allocator noise between two fresh processes doing the same work; anything that scales with 2 GiB is far above. */
const FLAT_BUDGET_MB = 8;

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
          metric: `${label}: 2 GiB rise − 10 MB rise`, value: mb(large.growthBytes - small.growthBytes), unit: 'MB',
          budget: { max: FLAT_BUDGET_MB, label: `≤ ${FLAT_BUDGET_MB} MB (flat in file size)` },
        },
      );
    }
    context.progress('attach: a file just under the limit (read, bounded by the limit)');
    const read = probe('attach', fitting, LIMIT);
    rows.push({ metric: 'attach (accepted, just under 4 MB): peak RSS rise', value: mb(read.growthBytes), unit: 'MB', budget: { max: mb(2 * LIMIT), label: '≤ 2× the per-file limit' }, note: `outcome: ${read.outcome}` });
    return rows;
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}
