// The real machine as an ImportEnvironment: process environment, the user's home folder and a
// read-only file reader. Console CSVs saved by spreadsheet programs may be UTF-16, so the BOM decides.
import { readFile } from 'node:fs/promises';
import * as os from 'node:os';
import type { ImportEnvironment } from '../../core/credential-import';

/** Decodes file bytes as UTF-8, or UTF-16 when a UTF-16 byte-order mark says so. */
export function decodeText(bytes: Uint8Array): string {
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  return new TextDecoder('utf-8').decode(bytes);
}

/** Reads a file without ever opening it for writing. */
export async function readTextFileReadOnly(filePath: string): Promise<string> {
  return decodeText(await readFile(filePath, { flag: 'r' }));
}

/** The current process's environment and home folder (override either for tests). */
export function createNodeImportEnvironment(overrides: Partial<ImportEnvironment> = {}): ImportEnvironment {
  return {
    env: overrides.env ?? process.env,
    homeDir: overrides.homeDir ?? os.homedir(),
    readFile: overrides.readFile ?? readTextFileReadOnly,
    ...(overrides.now ? { now: overrides.now } : {}),
  };
}
