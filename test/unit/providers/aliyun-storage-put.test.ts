/**
 * The emulator's stand-in for Alibaba's storage service keeps the upload honest (spec §4.11): the
 * presigned PUT must carry the Content-Type the URL was signed with, and a body length (Content-Length
 * or chunked, else OSS's 411 MissingContentLength); it records how many bytes each body carried.
 * Raw sockets, so requests a normal client never sends can be sent.
 */
import assert from 'node:assert/strict';
import { connect } from 'node:net';
import { AliyunHarness } from '../aliyun/harness';
import { AliyunClient } from '../../../src/providers/aliyun/client';
import { KEY } from '../aliyun/emulator-fixtures';

/** Sends `head` (request line and headers, without the blank line) and `body` as written; resolves with the status and body. */
function rawRequest(url: string, head: string[], body = ''): Promise<{ status: number; text: string }> {
  const target = new URL(url);
  return new Promise((resolve, reject) => {
    const socket = connect(Number(target.port), target.hostname, () => {
      socket.write(`${head.join('\r\n')}\r\nHost: ${target.host}\r\nConnection: close\r\n\r\n${body}`);
    });
    const chunks: Buffer[] = [];
    socket.on('data', (chunk: Buffer) => chunks.push(chunk));
    socket.on('error', reject);
    socket.on('end', () => {
      const text = Buffer.concat(chunks).toString('utf8');
      resolve({ status: Number(/^HTTP\/1\.1 (\d{3})/.exec(text)?.[1] ?? 0), text });
    });
  });
}

describe('emulated storage PUT (Alibaba attachments)', () => {
  let h: AliyunHarness;
  let client: AliyunClient;
  before(async () => {
    h = await AliyunHarness.start();
    client = new AliyunClient({ endpoint: h.emulator.url, credentials: async () => KEY, language: 'en' });
  });
  beforeEach(() => h.reset());
  after(() => h.close());

  const pathOf = (url: string) => url.slice(new URL(url).origin.length);
  const stored = (objectKey: string) =>
    (h.emulator.control.state('aliyun') as { attachments: { ObjectKey: string; Uploaded: boolean; ReceivedBytes?: number; Framing?: string }[] }).attachments.find((a) => a.ObjectKey === objectKey);

  it('stores a chunked body (OSS accepts either framing) and records it as such', async () => {
    const { objectKey, putUrl } = await client.attachments.uploadTarget('a.txt');
    const answer = await rawRequest(putUrl, [`PUT ${pathOf(putUrl)} HTTP/1.1`, 'Content-Type: application/octet-stream', 'Transfer-Encoding: chunked'], '5\r\nhello\r\n0\r\n\r\n');
    assert.equal(answer.status, 200);
    assert.deepEqual([stored(objectKey)?.ReceivedBytes, stored(objectKey)?.Framing, h.emulator.control.attachment('aliyun', objectKey)?.toString()], [5, 'chunked', 'hello']);
  });

  it('answers 411 MissingContentLength to a PUT that gives no body length, and stores nothing', async () => {
    const { objectKey, putUrl } = await client.attachments.uploadTarget('a.txt');
    const answer = await rawRequest(putUrl, [`PUT ${pathOf(putUrl)} HTTP/1.1`, 'Content-Type: application/octet-stream']);
    assert.equal(answer.status, 411);
    assert.match(answer.text, /<Code>MissingContentLength<\/Code>/);
    assert.equal(stored(objectKey)?.Uploaded, false);
  });

  it('refuses a Content-Type other than the signed one with 403 SignatureDoesNotMatch', async () => {
    const { objectKey, putUrl } = await client.attachments.uploadTarget('a.txt');
    const answer = await rawRequest(putUrl, [`PUT ${pathOf(putUrl)} HTTP/1.1`, 'Content-Type: text/plain', 'Content-Length: 2'], 'hi');
    assert.equal(answer.status, 403);
    assert.match(answer.text, /<Code>SignatureDoesNotMatch<\/Code>/);
    assert.equal(stored(objectKey)?.Uploaded, false);
  });

  it("an upload to an expired link fails with the storage error's code and request id", async () => {
    h.emulator.control.clock.set(Date.now());
    const target = await client.attachments.uploadTarget('late.txt');
    h.emulator.control.clock.set(Date.now() + 2 * 3600_000);
    await assert.rejects(
      client.attachments.put(target.putUrl, {
        size: 2,
        async *open() {
          yield Buffer.from('hi');
        },
      }),
      (error: unknown) => {
        const e = error as { kind?: string; code?: string; requestId?: string };
        return e.kind === 'invalid-input' && e.code === 'AccessDenied' && typeof e.requestId === 'string' && e.requestId !== '';
      },
    );
    h.emulator.control.clock.useRealTime();
  });
});
