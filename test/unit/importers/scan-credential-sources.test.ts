import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import { importConsoleCsv, scanCredentialSources } from '../../../src/accounts/importers';
import { runIsolatedScans } from '../../../src/accounts/importers/scan-credential-sources';
import { readTextFileReadOnly } from '../../../src/accounts/importers/node-import-environment';
import { fakeEnvironment, fakeHome, snapshotTree } from './fake-home';

describe('scanCredentialSources', () => {
  it('finds candidates of both clouds in a full fake HOME plus the environment', async () => {
    const report = await scanCredentialSources(fakeEnvironment('full', { HUAWEICLOUD_SDK_AK: 'SFXCZDF3QKYMAHHXW1K5', HUAWEICLOUD_SDK_SK: 'LfyTNYznRGPk0ZVUxufU7pKEk2kjDsQQq2tqXgnA' }));
    const perSource = report.scanned.map((entry) => [entry.source, entry.status, entry.candidates]);
    assert.deepEqual(perSource, [
      ['Environment variables (Alibaba Cloud)', 'missing', 0],
      ['~/.aliyun/config.json', 'found', 19],
      ['~/.alibabacloud/credentials', 'found', 5],
      ['Environment variables (Huawei Cloud)', 'found', 1],
      ['~/.huaweicloud/credentials', 'found', 1],
      ['~/.hcloud/config.json', 'found', 6],
    ]);
  });

  it('never modifies any file of the fake HOME', async () => {
    const before = snapshotTree(fakeHome('full'));
    await scanCredentialSources(fakeEnvironment('full'));
    for (const name of ['AccessKey.csv', 'credentials.csv', 'utf16.csv', 'partial-rows.csv']) {
      await importConsoleCsv(fakeEnvironment('full'), path.join(fakeHome('full'), 'Downloads', name));
    }
    assert.deepEqual(snapshotTree(fakeHome('full')), before);
  });

  it('never modifies malformed files either', async () => {
    const before = snapshotTree(fakeHome('malformed'));
    await scanCredentialSources(fakeEnvironment('malformed'));
    assert.deepEqual(snapshotTree(fakeHome('malformed')), before);
  });

  it('keeps scanning the other sources when every file of a HOME is malformed', async () => {
    const report = await scanCredentialSources(fakeEnvironment('malformed'));
    const importable = report.candidates.filter((candidate) => candidate.importable).map((candidate) => candidate.accessKeyId);
    assert.deepEqual(importable, ['LTAI5t1e213Af9l2tfLUhfKr', 'SFXCZDF3QKYMAHHXW1K5']);
  });

  it('reports an unreadable file as a warning and still lists the others', async () => {
    const environment = fakeEnvironment('full');
    environment.readFile = async (filePath) => {
      if (filePath.endsWith(path.join('.aliyun', 'config.json'))) throw Object.assign(new Error('denied'), { code: 'EACCES' });
      return readTextFileReadOnly(filePath);
    };
    const report = await scanCredentialSources(environment);
    assert.deepEqual([report.warnings.filter((w) => /EACCES/.test(w.message)).length, report.candidates.length], [1, 12]);
  });

  it('turns a source that throws into a warning without the error text', async () => {
    const report = await runIsolatedScans(
      [
        {
          name: 'broken',
          scan: () => {
            throw new TypeError('LTAI5thQzGIgrLpQWLSl1Bin leaked');
          },
        },
        { name: 'fine', scan: () => ({ candidates: [], warnings: [], scanned: [{ source: 'fine', status: 'missing', candidates: 0 }] }) },
      ],
      fakeEnvironment('empty'),
    );
    assert.deepEqual(
      [report.warnings.map((w) => w.message), report.scanned.map((s) => s.status)],
      [['Scanning broken failed unexpectedly (TypeError); other sources were still scanned.'], ['unreadable', 'missing']],
    );
  });

  it('makes suggested labels unique across sources', async () => {
    const report = await scanCredentialSources(fakeEnvironment('full'));
    const labels = report.candidates.map((candidate) => candidate.suggestedLabel);
    assert.equal(new Set(labels).size, labels.length);
  });

  it('marks a key found in two files as the same keys as the first', async () => {
    const report = await scanCredentialSources(fakeEnvironment('full'));
    const role = report.candidates.find((candidate) => candidate.source === '~/.alibabacloud/credentials › [role]');
    assert.equal(role?.sameKeysAs, '~/.aliyun/config.json › profile "support-role"');
  });

  it('can be limited to one provider', async () => {
    const report = await scanCredentialSources(fakeEnvironment('full'), { providers: ['huaweicloud'] });
    assert.deepEqual([...new Set(report.candidates.map((candidate) => candidate.provider))], ['huaweicloud']);
  });

  it('finds nothing and warns about nothing in an empty HOME', async () => {
    const report = await scanCredentialSources(fakeEnvironment('empty'));
    assert.deepEqual([report.candidates.length, report.warnings.length], [0, 0]);
  });
});
