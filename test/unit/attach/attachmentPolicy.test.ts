import * as assert from 'node:assert/strict';
import {
  admitAttachments,
  checkAttachments,
  extensionOf,
  folderLimit,
  loadAttachmentPolicy,
  mergePolicy,
  policyForField,
  policyFromCapabilities,
  problemOf,
  type AttachmentPolicy,
} from '../../../src/attach/attachmentPolicy';
import type { TicketProvider } from '../../../src/core/provider';
import { createAliyunProvider } from '../../../src/providers/aliyun/provider';
import { createHuaweiCloudProvider } from '../../../src/providers/huaweicloud/provider';
import { startEmulator, type RunningEmulator } from '../../../src/emulator';

const MB = 1024 * 1024;
const policy: AttachmentPolicy = { maxFiles: 3, maxBytesPerFile: 4 * MB, allowedExtensions: ['txt', 'log', 'zip'], maxZipUnpackedBytes: 100 * MB };

describe('attachment policy (limits checked before any upload)', () => {
  it('accepts files that fit', () => {
    assert.deepEqual(
      checkAttachments(
        [
          { name: 'a.log', size: 10 },
          { name: 'b.txt', size: 4 * MB },
        ],
        policy,
      ),
      [],
    );
  });

  it('names the file and the limit of a file that is too large', () => {
    assert.deepEqual(checkAttachments([{ name: 'big.log', size: 4 * MB + 1 }], policy), [{ kind: 'too-large', file: 'big.log', size: 4 * MB + 1, limit: 4 * MB }]);
  });

  it('refuses a type the cloud does not accept, case-insensitively matching allowed ones', () => {
    assert.deepEqual(
      checkAttachments(
        [
          { name: 'tool.EXE', size: 5 },
          { name: 'NOTES.TXT', size: 5 },
        ],
        policy,
      ),
      [{ kind: 'type', file: 'tool.EXE', extension: 'exe', allowed: ['txt', 'log', 'zip'] }],
    );
  });

  it('refuses more files than one reply can carry', () => {
    const files = ['a', 'b', 'c', 'd'].map((name) => ({ name: `${name}.txt`, size: 1 }));
    assert.deepEqual(checkAttachments(files, policy), [{ kind: 'too-many', count: 4, limit: 3 }]);
  });

  it('refuses empty files and archives that unpack beyond the limit', () => {
    assert.deepEqual(
      checkAttachments(
        [
          { name: 'empty.txt', size: 0 },
          { name: 'x.zip', size: MB, unpackedSize: 101 * MB },
        ],
        policy,
      ).map((problem) => problem.kind),
      ['empty', 'unpacked-too-large'],
    );
  });

  it('accepts any type when the cloud lists none', () => {
    assert.deepEqual(
      checkAttachments(
        [
          { name: 'binary.exe', size: 1 },
          { name: 'Makefile', size: 1 },
        ],
        { ...policy, allowedExtensions: [] },
      ),
      [],
    );
  });

  it('reads extensions from the last dot of the base name only', () => {
    assert.deepEqual(['a.tar.GZ', '.env', 'dir.d/file', 'noext'].map(extensionOf), ['gz', '', '', '']);
  });

  it('tightens the capabilities with published limits, never loosens them', () => {
    const merged = mergePolicy({ maxFiles: 3, maxBytesPerFile: 20 * MB, allowedExtensions: [] }, { maxFiles: 5, maxBytesPerFile: 4 * MB, fileTypes: ['JPG', ' .png'], maxZipDecompressBytes: 0 });
    assert.deepEqual(merged, { maxFiles: 3, maxBytesPerFile: 4 * MB, allowedExtensions: ['jpg', 'png'] });
  });

  it('refuses folders and unreadable paths before looking at type or size', () => {
    const kinds = [
      { name: 'logs.txt', size: 4096, isFolder: true },
      { name: 'gone.log', size: 0, unreadable: true },
    ].map((file) => problemOf(file, policy)?.kind);
    assert.deepEqual(kinds, ['folder', 'unreadable']);
  });

  it('judges a file by its metadata alone: 2 GiB is "too large" whatever its content', () => {
    assert.deepEqual(problemOf({ name: 'huge.log', size: 2 * 1024 * MB }, policy), { kind: 'too-large', file: 'huge.log', size: 2 * 1024 * MB, limit: 4 * MB });
  });

  it('admits what fits the room left and names the files left out for the count', () => {
    const files = ['a.txt', 'b.exe', 'c.log', 'd.log'].map((name) => ({ name, size: 1 }));
    const { accepted, problems } = admitAttachments(files, policy, 1);
    assert.deepEqual(
      { accepted: accepted.map((file) => file.name), problems },
      {
        accepted: ['a.txt', 'c.log'],
        problems: [
          { kind: 'type', file: 'b.exe', extension: 'exe', allowed: ['txt', 'log', 'zip'] },
          { kind: 'too-many', count: 4, limit: 3, leftOut: ['d.log'] },
        ],
      },
    );
  });

  it('treats empty files and disallowed types the same in every path (all-or-nothing and admit-what-fits)', () => {
    const files = [
      { name: 'empty.log', size: 0 },
      { name: 'tool.exe', size: 10 },
    ];
    assert.deepEqual(admitAttachments(files, policy).problems, checkAttachments(files, policy));
  });

  it('tightens the account policy with a form field, reading only extension entries of its accept list', () => {
    const merged = policyForField({ maxFiles: 5, maxBytesPerFile: 4 * MB, allowedExtensions: ['png', 'log', 'zip'] }, { maxFiles: 3, maxBytesPerFile: 20 * MB, accept: ['.PNG', '.log', '.pdf'] });
    const mime = policyForField(policy, { maxFiles: 9, maxBytesPerFile: 9 * MB, accept: ['image/*', '.png'] });
    assert.deepEqual([merged, mime.allowedExtensions], [{ maxFiles: 3, maxBytesPerFile: 4 * MB, allowedExtensions: ['png', 'log'] }, policy.allowedExtensions]);
  });

  it("bounds a folder before zipping by the cloud's unpacked limit, else by ten times the file limit", () => {
    assert.deepEqual([folderLimit(policy), folderLimit({ maxFiles: 3, maxBytesPerFile: 20 * MB, allowedExtensions: [] })], [100 * MB, 200 * MB]);
  });

  describe('per provider, against the emulator', () => {
    let server: RunningEmulator;
    const create = (providerId: string, accessKeyId: string, accessKeySecret: string): TicketProvider => {
      const options = { account: { id: providerId, providerId, label: providerId, endpoint: server.url }, credentials: async () => ({ accessKeyId, accessKeySecret }) };
      return providerId === 'aliyun' ? createAliyunProvider(options) : createHuaweiCloudProvider(options);
    };
    before(async () => {
      server = await startEmulator({ port: 0 });
    });
    after(async () => server.close());

    it("uses Huawei's published limits (ShowAccessoryLimits): 5 files, 4 MB, listed types, 100 MB unpacked", async () => {
      const loaded = await loadAttachmentPolicy(create('huaweicloud', 'testak', 'testsk'));
      assert.deepEqual(
        { ...loaded, allowedExtensions: [...loaded.allowedExtensions].sort() },
        {
          maxFiles: 5,
          maxBytesPerFile: 4 * MB,
          maxZipUnpackedBytes: 100 * MB,
          allowedExtensions: ['bmp', 'docx', 'eml', 'gif', 'ini', 'jpeg', 'jpg', 'log', 'mov', 'mp4', 'msg', 'pdf', 'png', 'txt', 'xlsx', 'zip'],
        },
      );
    });

    it("uses Alibaba's documented caps (3 files of 20 MB, any type) without a request", async () => {
      const provider = create('aliyun', 'testid', 'testsecret');
      server.control.clearRequests();
      const loaded = await loadAttachmentPolicy(provider);
      assert.deepEqual({ loaded, requests: server.control.requests().length }, { loaded: policyFromCapabilities(provider.capabilities), requests: 0 });
      assert.deepEqual(loaded, { maxFiles: 3, maxBytesPerFile: 20 * MB, allowedExtensions: [] });
    });
  });
});
