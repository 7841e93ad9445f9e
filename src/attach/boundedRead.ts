// Reading a local file for upload without ever holding more than the limit allows. The size was
// checked from metadata already; this guards the gap between that check and the read (a log that
// keeps growing, a path that became a folder). A file for upload is streamed (fileSourceWithin);
// whole reads are for what must be in memory anyway (files going into a zip). vscode-free, so it is
// unit-tested and benchmarked.
import { createReadStream } from 'node:fs';
import { open, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import type { ByteSource } from '../core/provider';
import type { AttachmentProblem } from './attachmentPolicy';

/** A file refused while it was read; `problem` is what the policy check would have said. */
export class AttachmentReadError extends Error {
  constructor(readonly problem: AttachmentProblem) {
    super(`${'file' in problem ? problem.file : 'file'}: ${problem.kind}`);
    this.name = 'AttachmentReadError';
  }
}

/**
 * A local file as an upload source, never read whole: its size comes from a fresh `stat` (refused past
 * `limit`, or when the path is now a folder), and its bytes are streamed in chunks, at most that many.
 * A log that keeps growing goes up as it was at the stat; one that shrank fails the upload (the
 * transport checks the count), and nothing is stored.
 */
export async function fileSourceWithin(path: string, limit: number, name = basename(path)): Promise<ByteSource> {
  const info = await stat(path);
  if (info.isDirectory()) throw new AttachmentReadError({ kind: 'folder', file: name });
  if (info.size > limit) throw new AttachmentReadError({ kind: 'too-large', file: name, size: info.size, limit });
  const size = info.size;
  return {
    size,
    open: () => (size === 0 ? emptySource() : createReadStream(path, { start: 0, end: size - 1 })),
  };
}

/** A file of no bytes yields nothing (the policy refuses such files before they get here). */
async function* emptySource(): AsyncGenerator<Uint8Array> {
  yield* [];
}

/** Reads a whole file of at most `limit` bytes; refuses a larger one after reading at most `limit + 1` bytes. */
export async function readFileWithin(path: string, limit: number, name = basename(path)): Promise<Uint8Array> {
  const handle = await open(path, 'r');
  try {
    const stat = await handle.stat();
    if (stat.isDirectory()) throw new AttachmentReadError({ kind: 'folder', file: name });
    if (stat.size > limit) throw new AttachmentReadError({ kind: 'too-large', file: name, size: stat.size, limit });
    // One buffer of the expected size plus one byte: the extra byte shows whether the file grew.
    let buffer = Buffer.allocUnsafe(stat.size + 1);
    let filled = 0;
    for (;;) {
      const { bytesRead } = await handle.read(buffer, filled, buffer.byteLength - filled, null);
      if (bytesRead === 0) break;
      filled += bytesRead;
      if (filled > limit) throw new AttachmentReadError({ kind: 'too-large', file: name, size: Math.max(filled, (await handle.stat()).size), limit });
      if (filled === buffer.byteLength) {
        // It grew since the stat: make room, but never for more than one byte past the limit.
        const larger = Buffer.allocUnsafe(Math.min(limit + 1, buffer.byteLength * 2));
        buffer.copy(larger, 0, 0, filled);
        buffer = larger;
      }
    }
    return buffer.subarray(0, filled);
  } finally {
    await handle.close();
  }
}
