// The one zip writer of the project (PKWARE APPNOTE 6.3): deflate or store per entry, UTF-8 names, no
// zip64 and no encryption. Enough for diagnostics bundles, zipped folders and the emulator's multi-file
// downloads, which any unzip tool opens.
import { promisify } from 'node:util';
import { deflateRaw } from 'node:zlib';
import { crc32 } from './crc32';
import type { ErrorReason } from './error-reasons';
import { TicketError } from './errors';

const deflate = promisify(deflateRaw);

const LOCAL_HEADER = 0x04034b50;
const CENTRAL_HEADER = 0x02014b50;
const END_OF_CENTRAL_DIRECTORY = 0x06054b50;
/** Version 2.0: deflate. */
const VERSION_NEEDED = 20;
/** Made by: Unix (3) so the external attributes carry permission bits; spec version 2.0. */
const VERSION_MADE_BY = (3 << 8) | 20;
/** General purpose flag bit 11: names are UTF-8. */
const FLAG_UTF8 = 1 << 11;
const METHOD_STORE = 0;
const METHOD_DEFLATE = 8;
/** Regular file, rw-r--r--, in the high 16 bits of the external attributes. */
const UNIX_FILE_MODE = 0o100644 << 16;
const MAX_UINT32 = 0xffffffff;
const MAX_ENTRIES = 0xffff;

export interface ZipInput {
  /** Path inside the archive with `/` separators, e.g. `logs/extension.log`. */
  readonly path: string;
  readonly data: Uint8Array;
  /** Modification time written to the entry (default: now). */
  readonly modifiedAt?: Date;
  /** False stores the bytes as they are (already-compressed files gain nothing from deflate). */
  readonly compress?: boolean;
}

interface WrittenEntry {
  readonly name: Buffer;
  readonly method: number;
  readonly crc: number;
  readonly compressedSize: number;
  readonly size: number;
  readonly dosTime: number;
  readonly dosDate: number;
  readonly offset: number;
}

type ArchiveRule = Extract<ErrorReason, { id: 'archive-limit' }>['rule'];

/** Thrown when the input does not fit a zip without zip64 or has an unusable path; the user reads it from its reason. */
export class ZipLimitError extends TicketError {
  override readonly name = 'ZipLimitError';

  constructor(rule: ArchiveRule, details: { readonly path?: string; readonly maxFiles?: number } = {}) {
    super({ kind: 'invalid-input', code: 'ArchiveLimit', reason: { id: 'archive-limit', rule, ...details } });
  }
}

/**
 * Builds a zip archive incrementally: `add` compresses one entry at a time (keeping only compressed
 * bytes), `finish` appends the central directory and returns the archive.
 */
export class ZipWriter {
  private readonly chunks: Uint8Array[] = [];
  private readonly entries: WrittenEntry[] = [];
  private readonly names = new Set<string>();
  private offset = 0;
  private finished = false;

  /** Bytes written so far (local headers and data, before the central directory). */
  get size(): number {
    return this.offset;
  }

  get entryCount(): number {
    return this.entries.length;
  }

  /** Compresses and appends one file; stores it instead when deflate would not make it smaller. */
  async add(input: ZipInput): Promise<void> {
    this.checkRoomFor(input);
    const deflated = input.compress === false ? undefined : await deflate(input.data, { level: 6 });
    this.append(input, deflated !== undefined && deflated.byteLength < input.data.byteLength ? deflated : undefined);
  }

  /** Appends one file as it is, synchronously (for callers that cannot wait, like the emulator's routes). */
  addStored(input: ZipInput): void {
    this.checkRoomFor(input);
    this.append(input, undefined);
  }

  private checkRoomFor(input: ZipInput): void {
    if (this.finished) throw new ZipLimitError('finished');
    if (this.names.has(checkedPath(input.path))) throw new ZipLimitError('duplicate-path', { path: input.path });
    if (this.entries.length >= MAX_ENTRIES) throw new ZipLimitError('too-many-files', { maxFiles: MAX_ENTRIES });
    if (input.data.byteLength > MAX_UINT32) throw new ZipLimitError('file-too-large', { path: input.path });
  }

  private append(input: ZipInput, deflated: Uint8Array | undefined): void {
    const name = Buffer.from(checkedPath(input.path), 'utf8');
    const body = deflated ?? input.data;
    const { dosTime, dosDate } = dosDateTime(input.modifiedAt ?? new Date());
    const entry: WrittenEntry = {
      name,
      method: deflated ? METHOD_DEFLATE : METHOD_STORE,
      crc: crc32(input.data),
      compressedSize: body.byteLength,
      size: input.data.byteLength,
      dosTime,
      dosDate,
      offset: this.offset,
    };
    const header = localHeader(entry);
    if (this.offset + header.byteLength + body.byteLength > MAX_UINT32) throw new ZipLimitError('archive-too-large');
    this.push(header);
    this.push(body);
    this.entries.push(entry);
    this.names.add(name.toString());
  }

  /** Appends the central directory and returns the whole archive. */
  finish(): Uint8Array {
    if (this.finished) throw new ZipLimitError('finished');
    this.finished = true;
    const directoryStart = this.offset;
    for (const entry of this.entries) this.push(centralHeader(entry));
    this.push(endOfCentralDirectory(this.entries.length, this.offset - directoryStart, directoryStart));
    return Buffer.concat(this.chunks);
  }

  private push(chunk: Uint8Array): void {
    this.chunks.push(chunk);
    this.offset += chunk.byteLength;
  }
}

/** Zips the given files in order. */
export async function createZip(inputs: readonly ZipInput[]): Promise<Uint8Array> {
  const writer = new ZipWriter();
  for (const input of inputs) await writer.add(input);
  return writer.finish();
}

/** Stores the given files in order without compressing them, synchronously. */
export function createStoredZip(inputs: readonly ZipInput[]): Uint8Array {
  const writer = new ZipWriter();
  for (const input of inputs) writer.addStored(input);
  return writer.finish();
}

/** Rejects paths that unzip would refuse or that could escape the extraction folder. */
function checkedPath(path: string): string {
  const normalised = path.replace(/\\/g, '/');
  const parts = normalised.split('/');
  if (normalised === '' || normalised.startsWith('/') || parts.some((part) => part === '' || part === '.' || part === '..')) {
    throw new ZipLimitError('unusable-path', { path });
  }
  if (Buffer.byteLength(normalised, 'utf8') > 0xffff) throw new ZipLimitError('path-too-long');
  return normalised;
}

/** MS-DOS time and date fields (local time, 2-second resolution, years 1980–2107). */
function dosDateTime(date: Date): { dosTime: number; dosDate: number } {
  const year = Math.min(2107, Math.max(1980, date.getFullYear()));
  const clamped = year !== date.getFullYear();
  const dosTime = clamped ? 0 : (date.getHours() << 11) | (date.getMinutes() << 5) | Math.floor(date.getSeconds() / 2);
  const dosDate = ((year - 1980) << 9) | ((clamped ? 1 : date.getMonth() + 1) << 5) | (clamped ? 1 : date.getDate());
  return { dosTime, dosDate };
}

function localHeader(entry: WrittenEntry): Buffer {
  const header = Buffer.alloc(30);
  header.writeUInt32LE(LOCAL_HEADER, 0);
  header.writeUInt16LE(VERSION_NEEDED, 4);
  header.writeUInt16LE(FLAG_UTF8, 6);
  header.writeUInt16LE(entry.method, 8);
  header.writeUInt16LE(entry.dosTime, 10);
  header.writeUInt16LE(entry.dosDate, 12);
  header.writeUInt32LE(entry.crc, 14);
  header.writeUInt32LE(entry.compressedSize, 18);
  header.writeUInt32LE(entry.size, 22);
  header.writeUInt16LE(entry.name.byteLength, 26);
  header.writeUInt16LE(0, 28);
  return Buffer.concat([header, entry.name]);
}

function centralHeader(entry: WrittenEntry): Buffer {
  const header = Buffer.alloc(46);
  header.writeUInt32LE(CENTRAL_HEADER, 0);
  header.writeUInt16LE(VERSION_MADE_BY, 4);
  header.writeUInt16LE(VERSION_NEEDED, 6);
  header.writeUInt16LE(FLAG_UTF8, 8);
  header.writeUInt16LE(entry.method, 10);
  header.writeUInt16LE(entry.dosTime, 12);
  header.writeUInt16LE(entry.dosDate, 14);
  header.writeUInt32LE(entry.crc, 16);
  header.writeUInt32LE(entry.compressedSize, 20);
  header.writeUInt32LE(entry.size, 24);
  header.writeUInt16LE(entry.name.byteLength, 28);
  // Extra field length, comment length, disk number start, internal attributes: all zero.
  header.writeUInt32LE(UNIX_FILE_MODE >>> 0, 38);
  header.writeUInt32LE(entry.offset, 42);
  return Buffer.concat([header, entry.name]);
}

function endOfCentralDirectory(count: number, directorySize: number, directoryOffset: number): Buffer {
  const record = Buffer.alloc(22);
  record.writeUInt32LE(END_OF_CENTRAL_DIRECTORY, 0);
  record.writeUInt16LE(count, 8);
  record.writeUInt16LE(count, 10);
  record.writeUInt32LE(directorySize, 12);
  record.writeUInt32LE(directoryOffset, 16);
  return record;
}
