/**
 * Child process of bench/sections/70-attachment-memory.ts: runs one upload-path step of the shipped
 * code on one file and prints how far the process's resident memory rose above where it stood just
 * before. One step per process, so nothing measured earlier hides in the peak.
 *
 *   node --expose-gc --import tsx bench/attachment-memory-probe.ts <attach|add-file> <path> <limit bytes>
 *
 * attach:   the attach paths' check (stat metadata → policy) and, only when it passes, the bounded
 *           whole read that folder zips and virtual file systems still need (files on disk are
 *           streamed instead: bench/attachment-upload-probe.ts).
 * add-file: diagnostics "Add files": the tail read of a local file and the text decoding.
 * (The host stats through vscode.workspace.fs.stat; here node's fs.stat — both read metadata only.)
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { checkAttachments, type AttachmentPolicy } from '../src/attach/attachmentPolicy';
import { AttachmentReadError, readFileWithin } from '../src/attach/boundedRead';
import { decodeTextFile } from '../src/core/diagnostics/bundle';
import { MAX_ADDED_FILE_BYTES, readFileTail } from '../src/diagnostics/fileTail';

type Step = (path: string, limit: number) => Promise<string>;

const steps: Record<string, Step> = {
  async attach(path, limit) {
    const policy: AttachmentPolicy = { maxFiles: 5, maxBytesPerFile: limit, allowedExtensions: [] };
    const { size } = await stat(path);
    const problems = checkAttachments([{ name: basename(path), size }], policy);
    if (problems.length > 0) return problems.map((problem) => problem.kind).join(',');
    try {
      return `read ${(await readFileWithin(path, limit)).byteLength}`;
    } catch (error) {
      if (error instanceof AttachmentReadError) return error.problem.kind;
      throw error;
    }
  },
  async 'add-file'(path) {
    const tail = await readFileTail(path, MAX_ADDED_FILE_BYTES);
    return decodeTextFile(tail.bytes) === undefined ? 'binary' : `text ${tail.bytes.byteLength}`;
  },
};

async function measure(step: Step, path: string, limit: number): Promise<{ outcome: string; growthBytes: number }> {
  const gc = (globalThis as { gc?: () => void }).gc;
  gc?.();
  const before = process.memoryUsage().rss;
  const lifetimePeakBefore = process.resourceUsage().maxRSS * 1024;
  let peak = before;
  const sampler = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage().rss);
  }, 1);
  try {
    const outcome = await step(path, limit);
    // The kernel's lifetime peak counts only when this step raised it (else it is an earlier peak).
    const lifetimePeak = process.resourceUsage().maxRSS * 1024;
    peak = Math.max(peak, process.memoryUsage().rss, lifetimePeak > lifetimePeakBefore ? lifetimePeak : 0);
    return { outcome, growthBytes: Math.max(0, peak - before) };
  } finally {
    clearInterval(sampler);
  }
}

async function main(): Promise<void> {
  const [name, path, limitText] = process.argv.slice(2);
  const step = steps[name];
  if (!step || !path) throw new Error('usage: attachment-memory-probe.ts <attach|add-file> <path> <limit bytes>');
  const limit = Number(limitText);
  // Warm up on a small file first: code loading and first-call allocations are not what is measured.
  const scratch = mkdtempSync(join(tmpdir(), 'ct-probe-'));
  try {
    const small = join(scratch, 'warm-up.log');
    writeFileSync(small, 'warm up\n'.repeat(1000));
    await step(small, limit);
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
  process.stdout.write(JSON.stringify(await measure(step, path, limit)));
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.stack : error);
  process.exitCode = 1;
});
