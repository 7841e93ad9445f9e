// The end of a local file, read without loading the rest: diagnostics "Add files" keeps the last part
// of a log, and a 2 GiB file must cost what the kept part costs, not 2 GiB (or a raw
// ERR_FS_FILE_TOO_LARGE). vscode-free, so it is unit-tested and benchmarked in plain Node.
import { open } from 'node:fs/promises';

/** What diagnostics "Add files" keeps of one file: its last MiB (logs end with what matters). */
export const MAX_ADDED_FILE_BYTES = 1024 * 1024;

export interface FileTail {
  readonly bytes: Uint8Array;
  /** The file's size when it was opened. */
  readonly size: number;
  /** True when the beginning of the file was left out. */
  readonly cut: boolean;
}

/** A path that names a folder rather than a file. */
class NotAFileError extends Error {
  constructor(path: string) {
    super(`${path} is a folder`);
    this.name = 'NotAFileError';
  }
}

/**
 * Reads at most `maxBytes` from the end of a file. When the beginning is left out, the cut never
 * falls inside a UTF-8 character (the partial character's continuation bytes are dropped).
 */
export async function readFileTail(path: string, maxBytes: number): Promise<FileTail> {
  const handle = await open(path, 'r');
  try {
    const stat = await handle.stat();
    if (stat.isDirectory()) throw new NotAFileError(path);
    const start = Math.max(0, stat.size - maxBytes);
    const buffer = Buffer.alloc(Math.min(maxBytes, stat.size));
    let filled = 0;
    while (filled < buffer.byteLength) {
      const { bytesRead } = await handle.read(buffer, filled, buffer.byteLength - filled, start + filled);
      if (bytesRead === 0) break;
      filled += bytesRead;
    }
    let bytes = buffer.subarray(0, filled);
    const cut = start > 0;
    if (cut) {
      let skip = 0;
      while (skip < 3 && skip < bytes.byteLength && (bytes[skip] & 0xc0) === 0x80) skip++;
      bytes = bytes.subarray(skip);
    }
    return { bytes, size: stat.size, cut };
  } finally {
    await handle.close();
  }
}
