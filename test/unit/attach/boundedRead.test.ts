/** Reading a file for upload never holds more than the limit, even when the file is huge or grows. */
import * as assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { appendFileSync, createWriteStream, mkdirSync, mkdtempSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AttachmentReadError, readFileWithin } from '../../../src/attach/boundedRead';
import { readFileTail } from '../../../src/diagnostics/fileTail';

const MB = 1024 * 1024;
const GIB = 1024 * MB;

/** The problem a rejected read reports, or 'read' when it resolved. */
async function verdict(read: Promise<unknown>): Promise<unknown> {
  return read.then(
    () => 'read',
    (error: unknown) => (error instanceof AttachmentReadError ? error.problem : error),
  );
}

describe('bounded reads of local files', () => {
  let scratch: string;
  before(() => {
    scratch = mkdtempSync(join(tmpdir(), 'ct-bounded-'));
  });
  after(() => rmSync(scratch, { recursive: true, force: true }));

  it('refuses a sparse 2 GiB file as too large, naming its size and the limit, without reading it', async () => {
    const path = join(scratch, 'huge.log');
    writeFileSync(path, '');
    truncateSync(path, 2 * GIB); // sparse: costs no disk
    const before = process.memoryUsage().rss;
    const problem = await verdict(readFileWithin(path, 20 * MB));
    const grownMb = (process.memoryUsage().rss - before) / MB;
    assert.deepEqual({ problem, cheap: grownMb < 64 }, { problem: { kind: 'too-large', file: 'huge.log', size: 2 * GIB, limit: 20 * MB }, cheap: true });
  });

  it('reads a file of exactly the limit whole, byte for byte', async () => {
    const path = join(scratch, 'exact.bin');
    const data = Buffer.alloc(200_000, 7);
    writeFileSync(path, data);
    assert.ok(Buffer.from(await readFileWithin(path, data.byteLength)).equals(data));
  });

  it('refuses a file one byte over the limit', async () => {
    const path = join(scratch, 'over.bin');
    writeFileSync(path, Buffer.alloc(1001));
    assert.deepEqual(await verdict(readFileWithin(path, 1000)), { kind: 'too-large', file: 'over.bin', size: 1001, limit: 1000 });
  });

  it('refuses a file that grows past the limit after its size was checked, having read one byte past it', async () => {
    // A named pipe reports size 0 and then delivers whatever is written: a file growing under the reader.
    const path = join(scratch, 'growing.log');
    execFileSync('mkfifo', [path]);
    const writer = new Promise<void>((resolve, reject) => {
      const stream = createWriteStream(path);
      stream.on('error', (error: NodeJS.ErrnoException) => (error.code === 'EPIPE' ? resolve() : reject(error)));
      stream.end(Buffer.alloc(3 * MB, 1), () => resolve());
    });
    const problem = await verdict(readFileWithin(path, 1000));
    await writer;
    assert.deepEqual(problem, { kind: 'too-large', file: 'growing.log', size: 1001, limit: 1000 });
  });

  it('reads a file that grew since its size was checked but still fits', async () => {
    const path = join(scratch, 'grew.log');
    execFileSync('mkfifo', [path]);
    const data = Buffer.alloc(5000, 2);
    const writer = new Promise<void>((resolve) => createWriteStream(path).end(data, () => resolve()));
    const read = await readFileWithin(path, 10_000);
    await writer;
    assert.ok(Buffer.from(read).equals(data));
  });

  it('calls a folder a folder instead of failing with EISDIR', async () => {
    const path = join(scratch, 'logs');
    mkdirSync(path);
    assert.deepEqual(await verdict(readFileWithin(path, MB)), { kind: 'folder', file: 'logs' });
  });

  it('keeps the name the caller gives (a path inside a zipped folder)', async () => {
    const path = join(scratch, 'named.bin');
    writeFileSync(path, Buffer.alloc(10));
    assert.deepEqual(await verdict(readFileWithin(path, 5, 'project/src/named.bin')), { kind: 'too-large', file: 'project/src/named.bin', size: 10, limit: 5 });
  });
});

describe('the end of a local file (diagnostics "Add files")', () => {
  let scratch: string;
  before(() => {
    scratch = mkdtempSync(join(tmpdir(), 'ct-tail-'));
  });
  after(() => rmSync(scratch, { recursive: true, force: true }));

  it('reads only the last part of a sparse 2 GiB file', async () => {
    const path = join(scratch, 'huge.log');
    writeFileSync(path, '');
    truncateSync(path, 2 * GIB);
    appendFileSync(path, 'last line\n');
    const tail = await readFileTail(path, MB);
    assert.deepEqual(
      { bytes: tail.bytes.byteLength, cut: tail.cut, size: tail.size, end: Buffer.from(tail.bytes.subarray(-10)).toString() },
      { bytes: MB, cut: true, size: 2 * GIB + 10, end: 'last line\n' },
    );
  });

  it('returns a small file whole', async () => {
    const path = join(scratch, 'small.log');
    writeFileSync(path, 'one\ntwo\n');
    const tail = await readFileTail(path, MB);
    assert.deepEqual([Buffer.from(tail.bytes).toString(), tail.cut], ['one\ntwo\n', false]);
  });

  it('never starts inside a UTF-8 character', async () => {
    const path = join(scratch, 'utf8.log');
    writeFileSync(path, 'x工单');
    const tail = await readFileTail(path, 5); // the last 5 of 7 bytes start in the middle of 工
    assert.equal(new TextDecoder('utf-8', { fatal: true }).decode(tail.bytes), '单');
  });
});
