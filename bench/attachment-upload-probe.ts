/**
 * Child process of bench/sections/70-attachment-memory.ts: uploads one file with the shipped code and
 * prints how far the process's memory rose above where it stood just before. The emulator runs in the
 * parent, so its copy of the received bytes is not counted here (a cloud keeps them too, elsewhere).
 *
 *   node --expose-gc --import tsx bench/attachment-upload-probe.ts <aliyun|huaweicloud|put> <stream|bytes> <peak|live> <path> <url> <credential json>
 *
 * stream: what the host does for a file on disk (fileSourceWithin → uploadAttachment({ source })).
 * bytes:  the file read whole first (readFileWithin → uploadAttachment({ data })), for comparison:
 *         what uploads cost before they were streamed.
 * put:    only the storage PUT of Alibaba's upload (ops/attachments.ts, the same transport and file
 *         source) to `url`, for files past any cloud's limit: where the garbage of sent chunks stops.
 * peak:   memory as the process sees it, sent chunks awaiting collection included;
 * live:   memory still in use, sampled after a forced collection each millisecond.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { fileSourceWithin, readFileWithin } from '../src/attach/boundedRead';
import type { TicketProvider } from '../src/core/provider';
import type { EmulatorCredential } from '../src/emulator';
import { AliyunClient } from '../src/providers/aliyun/client';
import { createAliyunProvider } from '../src/providers/aliyun/provider';
import { createHuaweiCloudProvider } from '../src/providers/huaweicloud/provider';

/** The probe measures memory, not limits: the providers apply theirs. */
const READ_LIMIT = 2 ** 40;

function providerFor(cloud: string, url: string, key: EmulatorCredential): TicketProvider {
  const credentials = async () => ({ accessKeyId: key.accessKeyId, accessKeySecret: key.accessKeySecret });
  if (cloud === 'huaweicloud') {
    return createHuaweiCloudProvider({ account: { id: 'bench', providerId: 'huaweicloud', label: 'bench', endpoint: url, domainId: key.accountId }, credentials, locale: 'en' });
  }
  return createAliyunProvider({ account: { id: 'bench', providerId: 'aliyun', label: 'bench', endpoint: url }, credentials, locale: 'en' });
}

async function upload(provider: TicketProvider, mode: string, path: string): Promise<number> {
  const fileName = basename(path);
  const upload = provider.uploadAttachment?.bind(provider);
  if (!upload) throw new Error('this provider cannot upload');
  const result =
    mode === 'bytes'
      ? await upload({ fileName, data: await readFileWithin(path, READ_LIMIT), purpose: 'reply' })
      : await upload({ fileName, source: await fileSourceWithin(path, READ_LIMIT), purpose: 'reply' });
  return result.sizeBytes;
}

interface Growth {
  readonly uploadedBytes: number;
  /** Peak resident set size above the level before the upload. */
  readonly rssBytes: number;
  /** Peak of V8 heap + memory outside it (Buffers) above the level before the upload. */
  readonly heapAndBuffersBytes: number;
}

/** The storage PUT alone, as ops/attachments.ts sends it, to any URL. */
async function putOnly(url: string, path: string): Promise<number> {
  const client = new AliyunClient({ credentials: async () => ({ accessKeyId: 'unused', accessKeySecret: 'unused' }), endpoint: new URL(url).origin, language: 'en', timeoutMs: 120_000 });
  const source = await fileSourceWithin(path, READ_LIMIT);
  await client.attachments.put(url, source);
  return source.size;
}

async function measure(work: () => Promise<number>, live: boolean): Promise<Growth> {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (!gc) throw new Error('run with --expose-gc');
  gc();
  const heapAndBuffers = () => {
    const usage = process.memoryUsage();
    return usage.heapUsed + usage.external;
  };
  const rssBefore = process.memoryUsage().rss;
  const heapBefore = heapAndBuffers();
  const lifetimePeakBefore = process.resourceUsage().maxRSS * 1024;
  let rssPeak = rssBefore;
  let heapPeak = heapBefore;
  const sample = () => {
    rssPeak = Math.max(rssPeak, process.memoryUsage().rss);
    heapPeak = Math.max(heapPeak, heapAndBuffers());
  };
  const sampler = setInterval(() => {
    if (live) gc();
    sample();
  }, 1);
  try {
    const uploadedBytes = await work();
    sample();
    // The kernel's lifetime peak counts only when this upload raised it.
    const lifetimePeak = process.resourceUsage().maxRSS * 1024;
    if (lifetimePeak > lifetimePeakBefore) rssPeak = Math.max(rssPeak, lifetimePeak);
    return { uploadedBytes, rssBytes: Math.max(0, rssPeak - rssBefore), heapAndBuffersBytes: Math.max(0, heapPeak - heapBefore) };
  } finally {
    clearInterval(sampler);
  }
}

async function main(): Promise<void> {
  const [cloud, mode, kind, path, url, keyJson] = process.argv.slice(2);
  if (!cloud || !mode || !kind || !path || !url || !keyJson) throw new Error('usage: attachment-upload-probe.ts <cloud|put> <stream|bytes> <peak|live> <path> <url> <credential json>');
  const send =
    cloud === 'put'
      ? (file: string) => putOnly(url, file)
      : (
          (provider: TicketProvider) => (file: string) =>
            upload(provider, mode, file)
        )(providerFor(cloud, url, JSON.parse(keyJson) as EmulatorCredential));
  // Warm up on a small file: code loading, the first connection and first-call allocations are not measured.
  const scratch = mkdtempSync(join(tmpdir(), 'ct-upload-probe-'));
  try {
    const small = join(scratch, 'warm-up.log');
    writeFileSync(small, 'warm up\n'.repeat(4096));
    await send(small);
    await send(small);
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
  process.stdout.write(JSON.stringify(await measure(() => send(path), kind === 'live')));
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.stack : error);
  process.exitCode = 1;
});
