/**
 * Where account snapshots persist between sessions. The host picks the place (VS Code's
 * globalStorage); `FileSnapshotStore` keeps two JSON files per account in a directory it is given: the
 * snapshot, and its first screen (a preview the tree paints from while the snapshot is read).
 */
import { createHash, randomBytes } from 'node:crypto';
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { AccountSnapshot } from '../refresh/snapshot';
import { parseSnapshot, serializePreview, serializeSnapshot } from './snapshot-json';

export interface SnapshotStore {
  /** The cached snapshot (state `stale`), or undefined when there is none or it is unusable. */
  load(accountId: string): Promise<AccountSnapshot | undefined>;
  /**
   * The first screen of the cached snapshot (a `preview` snapshot: the first rows of each group, the
   * whole account's counts), cheap to read at any size; stores without one leave it out.
   */
  loadPreview?(accountId: string): Promise<AccountSnapshot | undefined>;
  save(accountId: string, snapshot: AccountSnapshot): Promise<void>;
  /** Forgets an account's cache (the account was removed). */
  remove(accountId: string): Promise<void>;
}

/** One `tickets-<account>.json` per account under `directory` (created on first save). */
export class FileSnapshotStore implements SnapshotStore {
  constructor(readonly directory: string) {}

  /** The file of an account: a readable, filesystem-safe name plus a hash so distinct ids never collide. */
  fileOf(accountId: string): string {
    const readable = accountId.replace(/[^A-Za-z0-9_-]/g, '_').slice(0, 64);
    const hash = createHash('sha256').update(accountId).digest('hex').slice(0, 12);
    return join(this.directory, `tickets-${readable}-${hash}.json`);
  }

  /** The file of an account's first screen, next to its snapshot. */
  previewFileOf(accountId: string): string {
    return this.fileOf(accountId).replace(/\.json$/, '.preview.json');
  }

  async load(accountId: string): Promise<AccountSnapshot | undefined> {
    return this.read(this.fileOf(accountId), accountId);
  }

  async loadPreview(accountId: string): Promise<AccountSnapshot | undefined> {
    const preview = await this.read(this.previewFileOf(accountId), accountId);
    return preview?.preview ? preview : undefined;
  }

  /** Writes the snapshot, then its first screen, each atomically (a preview a little older than its snapshot only shows until the snapshot is read). */
  async save(accountId: string, snapshot: AccountSnapshot): Promise<void> {
    await mkdir(this.directory, { recursive: true });
    await writeAtomically(this.fileOf(accountId), serializeSnapshot(snapshot));
    await writeAtomically(this.previewFileOf(accountId), serializePreview(snapshot));
  }

  async remove(accountId: string): Promise<void> {
    await rm(this.previewFileOf(accountId), { force: true });
    await rm(this.fileOf(accountId), { force: true });
  }

  private async read(file: string, accountId: string): Promise<AccountSnapshot | undefined> {
    let text: string;
    try {
      // Version 3 files are ASCII (snapshot-json.ts escapes the rest), which UTF-8 decodes on its fast path.
      text = await readFile(file, 'utf8');
    } catch (error) {
      if (isMissingFile(error)) return undefined;
      throw error;
    }
    return parseSnapshot(text, accountId);
  }
}

/** Writes a temporary file and renames it, so a crash or a second window never leaves half a file. */
async function writeAtomically(file: string, text: string): Promise<void> {
  const temporary = `${file}.${randomBytes(6).toString('hex')}.tmp`;
  await writeFile(temporary, text, 'utf8');
  try {
    await rename(temporary, file);
  } catch (error) {
    await rm(temporary, { force: true });
    throw error;
  }
}

/** Keeps serialised snapshots in memory (tests, or a host without storage). */
export class MemorySnapshotStore implements SnapshotStore {
  readonly files = new Map<string, string>();

  async load(accountId: string): Promise<AccountSnapshot | undefined> {
    const text = this.files.get(accountId);
    return text === undefined ? undefined : parseSnapshot(text, accountId);
  }

  async save(accountId: string, snapshot: AccountSnapshot): Promise<void> {
    this.files.set(accountId, serializeSnapshot(snapshot));
  }

  async remove(accountId: string): Promise<void> {
    this.files.delete(accountId);
  }
}

function isMissingFile(error: unknown): boolean {
  return typeof error === 'object' && error !== null && (error as { code?: unknown }).code === 'ENOENT';
}
