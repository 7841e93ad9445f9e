import * as assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { crc32 } from '../../../src/core/crc32';
import { createZip, ZipLimitError, ZipWriter } from '../../../src/core/zip';

/** Writes the archive to a temporary folder and returns its path (removed in afterEach). */
let scratch: string;
function archive(bytes: Uint8Array): string {
  const file = join(scratch, 'test.zip');
  writeFileSync(file, bytes);
  return file;
}

/** `unzip -p`: the bytes of one entry, as the system's unzip reads them. */
function unzipEntry(file: string, path: string): Buffer {
  return execFileSync('unzip', ['-p', file, path], { maxBuffer: 64 * 1024 * 1024 });
}

describe('core zip writer (checked with the system unzip)', () => {
  beforeEach(() => {
    scratch = mkdtempSync(join(tmpdir(), 'ct-zip-'));
  });
  afterEach(() => rmSync(scratch, { recursive: true, force: true }));

  it('computes the standard CRC-32 check value', () => {
    assert.equal(crc32(Buffer.from('123456789')).toString(16), 'cbf43926');
  });

  it('continues a CRC over chunks', () => {
    const whole = crc32(Buffer.from('hello, world'));
    assert.equal(crc32(Buffer.from(', world'), crc32(Buffer.from('hello'))), whole);
  });

  it('passes unzip -t (CRC and structure of every entry)', async () => {
    const file = archive(
      await createZip([
        { path: 'a.txt', data: Buffer.from('alpha\n'.repeat(100)) },
        { path: 'dir/b.bin', data: randomBytes(5000) },
        { path: 'empty.txt', data: new Uint8Array(0) },
      ]),
    );
    const output = execFileSync('unzip', ['-t', file]).toString();
    assert.match(output, /No errors detected/);
  });

  it('returns every entry byte for byte (compressible, random and empty data)', async () => {
    const entries = [
      { path: 'logs/extension.log', data: Buffer.from('line of a log file\n'.repeat(2000)) },
      { path: 'random.bin', data: randomBytes(70_000) },
      { path: 'empty', data: new Uint8Array(0) },
    ];
    const file = archive(await createZip(entries));
    assert.deepEqual(
      entries.map((entry) => unzipEntry(file, entry.path).equals(Buffer.from(entry.data))),
      [true, true, true],
    );
  });

  it('keeps UTF-8 names when extracted', async () => {
    const file = archive(await createZip([{ path: '诊断/日志 1.txt', data: Buffer.from('内容') }]));
    execFileSync('unzip', ['-q', file, '-d', join(scratch, 'out')]);
    assert.deepEqual(readdirSync(join(scratch, 'out', '诊断')), ['日志 1.txt']);
  });

  it('deflates compressible data and stores random data', async () => {
    const text = Buffer.from('x'.repeat(100_000));
    const noise = randomBytes(100_000);
    const [compressed, stored] = [await createZip([{ path: 't', data: text }]), await createZip([{ path: 'n', data: noise }])];
    assert.deepEqual([compressed.byteLength < 2_000, stored.byteLength > 100_000 && stored.byteLength < 100_200], [true, true]);
  });

  it('stores an entry unchanged when asked not to compress it, and unzip still reads it', async () => {
    const text = Buffer.from('y'.repeat(50_000));
    const file = archive(await createZip([{ path: 'photo.png', data: text, compress: false }]));
    const listing = execFileSync('unzip', ['-v', file]).toString();
    assert.deepEqual({ stored: /\bStored\b/.test(listing), same: unzipEntry(file, 'photo.png').equals(text) }, { stored: true, same: true });
  });

  it('writes the modification time unzip reports', async () => {
    const file = archive(await createZip([{ path: 'dated.txt', data: Buffer.from('x'), modifiedAt: new Date(2024, 4, 17, 13, 45, 30) }]));
    assert.match(execFileSync('unzip', ['-l', file]).toString(), /2024-05-17 13:45|05-17-2024 13:45/);
  });

  it('refuses paths that could escape the extraction folder', async () => {
    const writer = new ZipWriter();
    const refused = [];
    for (const path of ['../evil.txt', '/abs.txt', 'a/../../b', 'a//b', '']) {
      refused.push(
        await writer.add({ path, data: Buffer.from('x') }).then(
          () => false,
          (error: unknown) => error instanceof ZipLimitError,
        ),
      );
    }
    assert.deepEqual(refused, [true, true, true, true, true]);
  });

  it('refuses the same path twice', async () => {
    const writer = new ZipWriter();
    await writer.add({ path: 'a.txt', data: Buffer.from('1') });
    await assert.rejects(writer.add({ path: 'a.txt', data: Buffer.from('2') }), ZipLimitError);
  });

  it('matches what the zip tool itself would extract for a folder', async () => {
    const files = { 'x/one.txt': 'one', 'x/sub/two.txt': 'two\n'.repeat(50) };
    const file = archive(await createZip(Object.entries(files).map(([path, text]) => ({ path, data: Buffer.from(text) }))));
    execFileSync('unzip', ['-q', file, '-d', join(scratch, 'out')]);
    assert.deepEqual(
      Object.keys(files).map((path) => readFileSync(join(scratch, 'out', path), 'utf8')),
      Object.values(files),
    );
  });
});
