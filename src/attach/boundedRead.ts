// Reading a local file for upload without ever holding more than the limit allows. The size was
// checked from metadata already; this guards the gap between that check and the read (a log that
// keeps growing, a path that became a folder). vscode-free, so it is unit-tested and benchmarked.
import { open } from 'node:fs/promises';
import { basename } from 'node:path';
import type { AttachmentProblem } from './attachmentPolicy';

const CHUNK_BYTES = 64 * 1024;

/** A file refused while it was read; `problem` is what the policy check would have said. */
export class AttachmentReadError extends Error {
  constructor(readonly problem: AttachmentProblem) {
    super(`${'file' in problem ? problem.file : 'file'}: ${problem.kind}`);
    this.name = 'AttachmentReadError';
  }
}

/** Reads a whole file of at most `limit` bytes; refuses a larger one after reading at most `limit + 1` bytes. */
export async function readFileWithin(path: string, limit: number, name = basename(path)): Promise<Uint8Array> {
  const handle = await open(path, 'r');
  try {
    const stat = await handle.stat();
    if (stat.isDirectory()) throw new AttachmentReadError({ kind: 'folder', file: name });
    if (stat.size > limit) throw new AttachmentReadError({ kind: 'too-large', file: name, size: stat.size, limit });
    const chunks: Buffer[] = [];
    let total = 0;
    for (;;) {
      // Never asks for more than one byte past the limit, however much the file has grown.
      const want = Math.min(CHUNK_BYTES, limit + 1 - total);
      const chunk = Buffer.allocUnsafe(want);
      const { bytesRead } = await handle.read(chunk, 0, want, total);
      if (bytesRead === 0) break;
      chunks.push(bytesRead === want ? chunk : chunk.subarray(0, bytesRead));
      total += bytesRead;
      if (total > limit) throw new AttachmentReadError({ kind: 'too-large', file: name, size: Math.max(total, (await handle.stat()).size), limit });
    }
    return chunks.length === 1 ? chunks[0] : Buffer.concat(chunks, total);
  } finally {
    await handle.close();
  }
}
