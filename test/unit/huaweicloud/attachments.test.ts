/** Attachment operations through the real client against the emulator (spec §3.6), limits enforced. */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import assert from 'node:assert/strict';
import { isTicketError } from '../../../src/core/errors';
import { codeOf, startHarness, useEmulatorSuite, type Harness } from './harness';

const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==', 'base64');

describe('huaweicloud attachment operations', () => {
  const osm = useEmulatorSuite();

  it('reads the limits from the SDK path, numbers from strings', async () => {
    const limits = await osm.client.attachments.limits();
    assert.deepEqual([limits.maxFiles, limits.maxBytesPerFile, limits.fileTypes.includes('log')], [5, 4 * 1024 * 1024, true]);
  });

  it('uploads multipart and downloads the same bytes with the file name', async () => {
    const id = await osm.client.attachments.upload({ fileName: '日志 1.log', data: Buffer.from('line 1\nline 2') }, 'message');
    const file = await osm.client.attachments.download([id]);
    assert.deepEqual([file.data.toString(), file.fileName, file.contentType], ['line 1\nline 2', '日志 1.log', 'text/plain']);
  });

  it('reports upload progress', async () => {
    const seen: number[] = [];
    await osm.client.attachments.upload({ fileName: 'a.txt', data: Buffer.alloc(64 * 1024, 1), onProgress: (sent) => seen.push(sent) }, 'message');
    assert.ok(seen.length > 0 && seen.at(-1) === Math.max(...seen));
  });

  it('uploads base64 JSON and downloads the same bytes', async () => {
    const id = await osm.client.attachments.uploadJson({ fileName: 'pic.png', data: PNG }, 'incident');
    assert.deepEqual((await osm.client.attachments.download([id])).data, PNG);
  });

  it('downloads several ids as one zip', async () => {
    const a = await osm.client.attachments.upload({ fileName: 'a.txt', data: Buffer.from('A') }, 'message');
    const b = await osm.client.attachments.upload({ fileName: 'b.txt', data: Buffer.from('B') }, 'message');
    const zip = await osm.client.attachments.download([a, b]);
    assert.deepEqual([zip.contentType, zip.data.subarray(0, 4).toString('hex'), zip.fileName], ['application/zip', '504b0304', 'accessories.zip']);
  });

  it('zips repeated and path-like names as flat, distinct entries the system unzip reads back', async () => {
    const ids = [];
    for (const [fileName, text] of [
      ['log.txt', 'first'],
      ['log.txt', 'second'],
      ['../etc/passwd.txt', 'third'],
    ]) {
      ids.push(await osm.client.attachments.upload({ fileName, data: Buffer.from(text) }, 'message'));
    }
    const file = join(mkdtempSync(join(tmpdir(), 'osm-zip-')), 'accessories.zip');
    writeFileSync(file, (await osm.client.attachments.download(ids)).data);
    const entry = (path: string) => execFileSync('unzip', ['-p', file, path]).toString();
    assert.deepEqual([entry('log.txt'), entry('(2) log.txt'), entry('.._etc_passwd.txt')], ['first', 'second', 'third']);
  });

  it('serves an image for inline display', async () => {
    const id = await osm.client.attachments.upload({ fileName: 'shot.png', data: PNG, contentType: 'image/png' }, 'message');
    const image = await osm.client.attachments.image(id);
    assert.deepEqual([image.contentType, image.data.length], ['image/png', PNG.length]);
  });

  it('refuses the image view of a text file with OSM.01010045 (a JSON error on a file route)', async () => {
    const id = await osm.client.attachments.upload({ fileName: 'a.txt', data: Buffer.from('x') }, 'message');
    await assert.rejects(osm.client.attachments.image(id), (e) => codeOf('OSM.01010045')(e) && isTicketError(e) && e.httpStatus === 200);
  });

  it('answers the download of an unknown id with the business error, not a file', async () => {
    await assert.rejects(osm.client.attachments.download(['0123456789abcdef0123456789abcdef']), codeOf('OSM.01010045'));
  });

  it('deletes an unused attachment', async () => {
    const id = await osm.client.attachments.upload({ fileName: 'a.txt', data: Buffer.from('x') }, 'message');
    await osm.client.attachments.delete(id);
    assert.equal(osm.harness.plugin.state.attachments.has(id), false);
  });

  it('refuses to delete an attachment already used by a message with OSM.01010019', async () => {
    const id = await osm.client.attachments.upload({ fileName: 'a.txt', data: Buffer.from('x') }, 'message');
    await osm.client.messages.submit('TS202603275SQAIEFGS0404', 'with file', [id]);
    await assert.rejects(osm.client.attachments.delete(id), codeOf('OSM.01010019'));
  });

  it('returns temporary URLs that work without credentials', async () => {
    const id = await osm.client.attachments.upload({ fileName: 'a.txt', data: Buffer.from('public') }, 'message');
    const [link] = await osm.client.attachments.accessUrls([id]);
    const response = await fetch(link?.url ?? '');
    assert.deepEqual([response.status, await response.text()], [200, 'public']);
  });

  it('refuses a temporary URL whose signature was altered', async () => {
    const id = await osm.client.attachments.upload({ fileName: 'a.txt', data: Buffer.from('public') }, 'message');
    const [link] = await osm.client.attachments.accessUrls([id]);
    const response = await fetch((link?.url ?? '').replace(/sig=[0-9a-f]/, 'sig=z'));
    assert.equal(response.status, 403);
  });

  describe('limits enforced by the emulator', () => {
    it('rejects a file type outside limit_file_type', async () => {
      await assert.rejects(osm.client.attachments.upload({ fileName: 'run.exe', data: Buffer.from('MZ') }, 'message'), codeOf('OSM.01010045'));
    });

    it('rejects a file larger than limit_size', async () => {
      await assert.rejects(osm.client.attachments.upload({ fileName: 'big.log', data: Buffer.alloc(4 * 1024 * 1024 + 1) }, 'message'), codeOf('OSM.01010045'));
    });

    it('rejects more attachments per message than limit_count', async () => {
      const ids = await Promise.all(Array.from({ length: 6 }, (_, i) => osm.client.attachments.upload({ fileName: `${i}.txt`, data: Buffer.from(String(i)) }, 'message')));
      await assert.rejects(osm.client.messages.submit('TS202603275SQAIEFGS0404', 'six files', ids), codeOf('OSM.01010045'));
    });

    it('rejects an unknown accessoryFrom with OSM.01010001', async () => {
      await assert.rejects(osm.client.attachments.uploadJson({ fileName: 'a.txt', data: Buffer.from('x') }, 'feedback' as 'message'), codeOf('OSM.01010001'));
    });
  });

  describe('daily volume', () => {
    let small: Harness;
    before(async () => {
      small = await startHarness({ dailyUploadBytes: 10 });
    });
    after(() => small.close());

    it('rejects uploads past the daily volume with OSM.01010005', async () => {
      const c = small.client();
      await c.attachments.upload({ fileName: 'a.txt', data: Buffer.from('12345678') }, 'message');
      await assert.rejects(c.attachments.upload({ fileName: 'b.txt', data: Buffer.from('12345') }, 'message'), codeOf('OSM.01010005'));
    });
  });
});
