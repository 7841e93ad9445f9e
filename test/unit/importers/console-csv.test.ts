import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import { importConsoleCsv } from '../../../src/accounts/importers';
import { fakeEnvironment, fakeHome } from './fake-home';

const csv = (name: string) => importConsoleCsv(fakeEnvironment('full'), path.join(fakeHome('full'), 'Downloads', name));

describe('console credentials.csv importer', () => {
  it('reads an Alibaba Cloud AccessKey.csv with a BOM and CRLF line ends', async () => {
    const { candidates } = await csv('AccessKey.csv');
    assert.deepEqual(candidates.map((c) => [c.provider, c.accessKeyId, c.accessKeySecret, c.suggestedLabel]), [
      ['aliyun', 'LTAI5tmLUWJsmpAVwpB9HQR0', 'oI8QiHtLtDcpounamCLVJcFOSai4IE', 'Alibaba Cloud (AccessKey)'],
    ]);
  });

  it('reads a RAM user download with a Chinese header and a quoted user name', async () => {
    const { candidates } = await csv('ram-user-zh.csv');
    assert.deepEqual(candidates.map((c) => [c.provider, c.profile, c.accessKeyId]), [['aliyun', 'ops@1234567890123456.onaliyun.com', 'LTAI5tPSLMlQu75zzQl3NLWD']]);
  });

  it('reads a Huawei Cloud credentials.csv with quoted commas and doubled quotes', async () => {
    const { candidates } = await csv('credentials.csv');
    assert.deepEqual(candidates.map((c) => [c.provider, c.profile, c.accessKeyId, c.source]), [
      ['huaweicloud', 'Zhang, Wei', 'NULP77TSTEBERVTNQF6W', '~/Downloads/credentials.csv › line 2'],
      ['huaweicloud', 'ops "east"', '34NYL7GREPKVU3GV5Y04', '~/Downloads/credentials.csv › line 3'],
    ]);
  });

  it('reads a headerless id,secret line, deciding the provider from the key id', async () => {
    const { candidates } = await csv('headerless.csv');
    assert.deepEqual(candidates.map((c) => [c.provider, c.accessKeyId]), [['aliyun', 'LTAI5thQzGIgrLpQWLSl1Bin']]);
  });

  it('reads semicolon-separated files', async () => {
    const { candidates } = await csv('semicolon.csv');
    assert.deepEqual(candidates.map((c) => [c.provider, c.profile]), [['huaweicloud', 'alice']]);
  });

  it('decodes a UTF-16 file saved by a spreadsheet program', async () => {
    const { candidates } = await csv('utf16.csv');
    assert.deepEqual(candidates.map((c) => [c.profile, c.accessKeyId, c.accessKeySecret]), [['王伟', '8JPY4VPWTMQO5NI90J58', '8E6tuM9ZNV3TEIgBu9kvv9xTDHHBOUzvtASmkeeo']]);
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
        ['~/Downloads/partial-rows.csv ends inside a quoted field; the last row may be incomplete.', 'Line 4 of ~/Downloads/partial-rows.csv has no AccessKey id and was skipped.', 'Line 5 of ~/Downloads/partial-rows.csv has no AccessKey id and was skipped.'],
      ],
    );
  });

  it('warns instead of throwing when the chosen file does not exist', async () => {
    const report = await csv('nope.csv');
    assert.deepEqual([report.candidates.length, report.warnings[0]?.message], [0, '~/Downloads/nope.csv does not exist.']);
  });
});
