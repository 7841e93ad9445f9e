import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import { importConsoleCsv, type ImportEnvironment } from '../../../src/accounts/importers';
import type { ProviderDescriptor } from '../../../src/core/provider-descriptor';
import { PROVIDERS } from '../../../src/providers';
import { fakeEnvironment, fakeHome } from './fake-home';

const csv = (name: string) => importConsoleCsv(fakeEnvironment('full'), path.join(fakeHome('full'), 'Downloads', name));

describe('console credentials.csv importer', () => {
  it('reads an Alibaba Cloud AccessKey.csv with a BOM and CRLF line ends', async () => {
    const { candidates } = await csv('AccessKey.csv');
    assert.deepEqual(
      candidates.map((c) => [c.provider, c.accessKeyId, c.accessKeySecret, c.suggestedLabel]),
      [['aliyun', 'LTAI5tmLUWJsmpAVwpB9HQR0', 'oI8QiHtLtDcpounamCLVJcFOSai4IE', 'Alibaba Cloud (AccessKey)']],
    );
  });

  it('reads a RAM user download with a Chinese header and a quoted user name', async () => {
    const { candidates } = await csv('ram-user-zh.csv');
    assert.deepEqual(
      candidates.map((c) => [c.provider, c.profile, c.accessKeyId]),
      [['aliyun', 'ops@1234567890123456.onaliyun.com', 'LTAI5tPSLMlQu75zzQl3NLWD']],
    );
  });

  it('reads a Huawei Cloud credentials.csv with quoted commas and doubled quotes', async () => {
    const { candidates } = await csv('credentials.csv');
    assert.deepEqual(
      candidates.map((c) => [c.provider, c.profile, c.accessKeyId, c.source]),
      [
        ['huaweicloud', 'Zhang, Wei', 'NULP77TSTEBERVTNQF6W', '~/Downloads/credentials.csv › line 2'],
        ['huaweicloud', 'ops "east"', '34NYL7GREPKVU3GV5Y04', '~/Downloads/credentials.csv › line 3'],
      ],
    );
  });

  it('reads a headerless id,secret line, deciding the provider from the key id', async () => {
    const { candidates } = await csv('headerless.csv');
    assert.deepEqual(
      candidates.map((c) => [c.provider, c.accessKeyId]),
      [['aliyun', 'LTAI5thQzGIgrLpQWLSl1Bin']],
    );
  });

  it('reads semicolon-separated files', async () => {
    const { candidates } = await csv('semicolon.csv');
    assert.deepEqual(
      candidates.map((c) => [c.provider, c.profile]),
      [['huaweicloud', 'alice']],
    );
  });

  it('decodes a UTF-16 file saved by a spreadsheet program', async () => {
    const { candidates } = await csv('utf16.csv');
    assert.deepEqual(
      candidates.map((c) => [c.profile, c.accessKeyId, c.accessKeySecret]),
      [['王伟', '8JPY4VPWTMQO5NI90J58', '8E6tuM9ZNV3TEIgBu9kvv9xTDHHBOUzvtASmkeeo']],
    );
  });

  it('warns when the file has no key columns', async () => {
    const report = await csv('no-key-columns.csv');
    assert.deepEqual([report.candidates.length, report.warnings.map((w) => w.message)], [0, ['~/Downloads/no-key-columns.csv has no AccessKey id and secret columns.']]);
  });

  it('keeps good rows, asks for a missing secret, and warns about rows without an id and a broken quote', async () => {
    const report = await csv('partial-rows.csv');
    assert.deepEqual(
      [report.candidates.map((c) => [c.profile, c.needsSecret]), report.warnings.map((w) => w.message)],
      [
        [['alice', true]],
        [
          '~/Downloads/partial-rows.csv ends inside a quoted field; the last row may be incomplete.',
          'Line 4 of ~/Downloads/partial-rows.csv has no AccessKey id and was skipped.',
          'Line 5 of ~/Downloads/partial-rows.csv has no AccessKey id and was skipped.',
        ],
      ],
    );
  });

  it('warns instead of throwing when the chosen file does not exist', async () => {
    const report = await csv('nope.csv');
    assert.deepEqual([report.candidates.length, report.warnings[0]?.message], [0, '~/Downloads/nope.csv does not exist.']);
  });
});

describe('console credentials.csv importer: which cloud a file is from', () => {
  /** An environment whose only file is /home/u/Downloads/keys.csv with this text. */
  const fromText = (text: string, clouds?: readonly ProviderDescriptor[]) => {
    const environment: ImportEnvironment = {
      env: {},
      homeDir: '/home/u',
      readFile: async (filePath) => (filePath === '/home/u/Downloads/keys.csv' ? text : Promise.reject(Object.assign(new Error('missing'), { code: 'ENOENT' }))),
    };
    return importConsoleCsv(environment, '/home/u/Downloads/keys.csv', clouds);
  };

  it('lets a secret header only one cloud writes decide, even for a key id of no known shape', async () => {
    const { candidates } = await fromText('Access Key Id,Secret Access Key\nABCDEFGHJKLMNPQR,abcdefghijABCDEFGHIJabcdefghijABCDEFGHIJ\n');
    assert.deepEqual(
      candidates.map((c) => [c.provider, c.suggestedLabel]),
      [['huaweicloud', 'Huawei Cloud (keys)']],
    );
  });

  it('reads a headerless row for the cloud whose key ids have exactly its shape', async () => {
    const { candidates } = await fromText('NULP77TSTEBERVTNQF6W,tY6H49Jyi8PA6zfkyY1ox7KnOgqDs1st0RAp1c6s\n');
    assert.deepEqual(
      candidates.map((c) => c.provider),
      ['huaweicloud'],
    );
  });

  it('skips, with a warning, a row whose key id no cloud could have', async () => {
    const report = await fromText('AccessKey ID,Secret\nab-cd,xyz\n');
    assert.deepEqual([report.candidates.length, report.warnings.map((w) => w.message)], [0, ['Line 2 of ~/Downloads/keys.csv has a key id of no supported cloud and was skipped.']]);
  });

  it("reads a cloud it was never written for, from that cloud's descriptor alone", async () => {
    const example: ProviderDescriptor = {
      ...PROVIDERS[0],
      id: 'example',
      displayName: 'Example Cloud',
      credentialFields: { keyId: { shape: /^EX\d{8}$/, example: 'EX…' }, secret: { shape: /^[a-z]{12}$/ } },
      consoleCsv: { secretHeaders: ['examplesecret'] },
    };
    const { candidates } = await fromText('Access Key,Example Secret\nLTAI5thQzGIgrLpQWLSl1Bin,abcdefghijkl\n', [...PROVIDERS, example]);
    assert.deepEqual(
      candidates.map((c) => [c.provider, c.suggestedLabel]),
      [['example', 'Example Cloud (keys)']],
    );
  });
});
