/**
 * Files go up streamed from disk (issue #15 item 5), on both clouds, against the emulator over real
 * sockets: the host's file source (src/attach/boundedRead.ts) into `uploadAttachment({ source })`.
 * Alibaba PUTs the bytes to the presigned storage URL, Huawei posts them as the file part of a
 * multipart form; either way the server receives the announced length once (not chunked) and stores
 * exactly the file's bytes, a file over the limit is refused before it is opened, and a file that
 * shrinks while it is sent stores nothing.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AttachmentReadError, fileSourceWithin } from '../../../src/attach/boundedRead';
import { isTicketError } from '../../../src/core/errors';
import type { ByteSource, TicketProvider } from '../../../src/core/provider';
import { AliyunHarness } from '../aliyun/harness';
import { demoProvider, startHarness, type Harness } from '../huaweicloud/harness';

const MB = 1024 * 1024;

/** A file of `size` bytes with a pattern that shows a shifted or repeated chunk. */
function writePatterned(path: string, size: number): Buffer {
  const bytes = Buffer.alloc(size);
  for (let i = 0; i < size; i++) bytes[i] = (i * 31 + (i >> 10)) & 0xff;
  writeFileSync(path, bytes);
  return bytes;
}

/** Counts how often the source is opened. */
function counted(source: ByteSource): ByteSource & { readonly opened: () => number } {
  let opened = 0;
  return {
    size: source.size,
    open: () => {
      opened++;
      return source.open();
    },
    opened: () => opened,
  };
}

interface Cloud {
  readonly name: string;
  provider(): TicketProvider;
  /** Stored bytes, and what the server says it received, of an uploaded attachment id. */
  stored(id: string): { bytes?: Buffer; received?: number; framing?: string };
  /** Attachments the server holds bytes of. */
  storedCount(): number;
  /** The request body carries more than the file on this cloud (multipart framing). */
  readonly bodyOverhead: boolean;
  reset(): void;
}

describe('attachments are streamed from disk on both clouds', () => {
  let scratch: string;
  let aliyun: AliyunHarness;
  let huawei: Harness;
  before(async () => {
    scratch = mkdtempSync(join(tmpdir(), 'ct-stream-'));
    [aliyun, huawei] = await Promise.all([AliyunHarness.start(), startHarness()]);
  });
  after(async () => {
    await Promise.all([aliyun.close(), huawei.close()]);
    rmSync(scratch, { recursive: true, force: true });
  });

  const clouds: Cloud[] = [
    {
      name: 'aliyun 2021-06-10',
      provider: () => aliyun.provider('2021-06-10'),
      stored: (id) => {
        const state = aliyun.emulator.control.state('aliyun') as { attachments: { ObjectKey: string; ReceivedBytes?: number; Framing?: string }[] };
        const entry = state.attachments.find((a) => a.ObjectKey === id);
        return { bytes: aliyun.emulator.control.attachment('aliyun', id), received: entry?.ReceivedBytes, framing: entry?.Framing };
      },
      storedCount: () => (aliyun.emulator.control.state('aliyun') as { attachments: { Uploaded: boolean }[] }).attachments.filter((a) => a.Uploaded).length,
      bodyOverhead: false,
      reset: () => aliyun.reset(),
    },
    {
      name: 'huaweicloud',
      provider: () => demoProvider(huawei),
      stored: (id) => {
        const state = huawei.emulator.control.state('huaweicloud') as { attachments: { id: string; receivedBodyBytes?: number; framing?: string }[] };
        const entry = state.attachments.find((a) => a.id === id);
        return { bytes: huawei.emulator.control.attachment('huaweicloud', id), received: entry?.receivedBodyBytes, framing: entry?.framing };
      },
      storedCount: () => (huawei.emulator.control.state('huaweicloud') as { attachments: unknown[] }).attachments.length,
      bodyOverhead: true,
      reset: () => huawei.emulator.control.reset(),
    },
  ];

  for (const cloud of clouds) {
    describe(cloud.name, () => {
      beforeEach(() => cloud.reset());

      it('uploads a file from disk: the server receives its length once (not chunked) and stores exactly its bytes', async () => {
        const path = join(scratch, 'trace.log');
        const bytes = writePatterned(path, 3 * MB + 123);
        const source = counted(await fileSourceWithin(path, 4 * MB));
        const progress: number[] = [];
        const uploaded = await cloud.provider().uploadAttachment?.({ fileName: 'trace.log', source, purpose: 'reply', onProgress: (sent) => progress.push(sent) });
        assert.ok(uploaded);
        const stored = cloud.stored(uploaded.id);
        assert.equal(uploaded.sizeBytes, bytes.length);
        assert.ok(stored.bytes?.equals(bytes), "the stored bytes are the file's");
        assert.equal(stored.framing, 'length');
        if (cloud.bodyOverhead) assert.ok(stored.received !== undefined && stored.received > bytes.length && stored.received < bytes.length + 2048, `received ${stored.received}`);
        else assert.equal(stored.received, bytes.length);
        assert.equal(source.opened(), 1);
        assert.ok(progress.length > 1 && (progress.at(-1) ?? 0) >= bytes.length, 'progress is reported while the file is sent');
      });

      it("refuses a source over the cloud's limit before opening it", async () => {
        const provider = cloud.provider();
        const source = counted({
          size: provider.capabilities.maxAttachmentBytes + 1,
          open: () => {
            throw new Error('opened');
          },
        });
        await assert.rejects(provider.uploadAttachment?.({ fileName: 'big.log', source }) ?? Promise.reject(new Error('no upload')), (error) => isTicketError(error, 'invalid-input'));
        assert.equal(source.opened(), 0);
      });

      it('a file that shrinks after it was measured fails as changed, and nothing is stored', async () => {
        const path = join(scratch, 'shrinking.log');
        writePatterned(path, 256 * 1024);
        const source = await fileSourceWithin(path, 4 * MB);
        truncateSync(path, 1000);
        const before = cloud.storedCount();
        const error = await (cloud.provider().uploadAttachment?.({ fileName: 'shrinking.log', source }) ?? Promise.resolve()).then(
          () => undefined,
          (caught: unknown) => caught,
        );
        assert.ok(isTicketError(error, 'invalid-input'), String(error));
        assert.deepEqual([error.code, error.ambiguous, cloud.storedCount()], ['ContentChanged', false, before]);
      });
    });
  }

  describe("the host's file source", () => {
    it('takes its size from a fresh stat and refuses a file over the limit or a folder before reading', async () => {
      const path = join(scratch, 'grown.log');
      writePatterned(path, 2048);
      await assert.rejects(fileSourceWithin(path, 1024), (error) => error instanceof AttachmentReadError && error.problem.kind === 'too-large');
      await assert.rejects(fileSourceWithin(scratch, 1024), (error) => error instanceof AttachmentReadError && error.problem.kind === 'folder');
    });

    it('a log that grows after it was measured goes up as it was at the measurement', async () => {
      const path = join(scratch, 'growing.log');
      const bytes = writePatterned(path, 5000);
      const source = await fileSourceWithin(path, 4 * MB);
      writeFileSync(path, Buffer.concat([bytes, Buffer.from('more lines\n')]));
      const chunks: Buffer[] = [];
      for await (const chunk of source.open()) chunks.push(Buffer.from(chunk));
      assert.deepEqual([source.size, Buffer.concat(chunks).equals(bytes)], [5000, true]);
    });
  });
});
