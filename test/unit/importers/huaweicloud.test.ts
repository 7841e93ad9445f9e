import * as assert from 'node:assert/strict';
import { scanHuaweiCloudEnvironment } from '../../../src/providers/huaweicloud/importers/environment';
import { scanHuaweiCloudIni } from '../../../src/providers/huaweicloud/importers/ini';
import { scanKooCliConfig } from '../../../src/providers/huaweicloud/importers/koocli-config';
import { byProfile, fakeEnvironment } from './fake-home';

describe('Huawei Cloud ~/.huaweicloud/credentials importer', () => {
  it('merges [basic] into [global] when both hold the same AK/SK', async () => {
    const report = await scanHuaweiCloudIni(fakeEnvironment('full'));
    assert.deepEqual(
      report.candidates.map((c) => [c.source, c.domainId, c.projectId, c.isDefault]),
      [['~/.huaweicloud/credentials › [global] + [basic]', '65382450e8f64ac0870cd180d14e684b', 'a4a5d4098fb4474fa22cd05f897d6b99', true]],
    );
  });

  it('keeps different keys of [global] and [basic] apart, global first', async () => {
    const report = await scanHuaweiCloudIni(fakeEnvironment('split'));
    assert.deepEqual(
      report.candidates.map((c) => [c.profile, c.accessKeyId, c.importable]),
      [
        ['global', 'NULP77TSTEBERVTNQF6W', true],
        ['basic', '8JPY4VPWTMQO5NI90J58', true],
        ['federated', '', false],
      ],
    );
  });

  it('carries the security token of temporary keys', async () => {
    const candidate = byProfile((await scanHuaweiCloudIni(fakeEnvironment('split'))).candidates, 'global');
    assert.equal(candidate.securityToken?.slice(0, 16), 'gQpjbi1ub3J0aC00');
  });

  it('notes that a [basic]-only key has no domain id', async () => {
    const candidate = byProfile((await scanHuaweiCloudIni(fakeEnvironment('split'))).candidates, 'basic');
    assert.match(candidate.note ?? '', /domain\) id/);
  });

  it('reads the valid section of a file with garbage lines, with line-numbered warnings', async () => {
    const report = await scanHuaweiCloudIni(fakeEnvironment('malformed'));
    assert.deepEqual([report.candidates.map((c) => c.accessKeyId), report.warnings.length], [['SFXCZDF3QKYMAHHXW1K5'], 2]);
  });
});

describe('Huawei Cloud environment variables importer', () => {
  it('imports HUAWEICLOUD_SDK_AK/SK with domain and project ids', () => {
    const [candidate] = scanHuaweiCloudEnvironment(
      fakeEnvironment('empty', {
        HUAWEICLOUD_SDK_AK: 'NULP77TSTEBERVTNQF6W',
        HUAWEICLOUD_SDK_SK: 'tY6H49Jyi8PA6zfkyY1ox7KnOgqDs1st0RAp1c6s',
        HUAWEICLOUD_SDK_DOMAIN_ID: '65382450e8f64ac0870cd180d14e684b',
        HUAWEICLOUD_SDK_PROJECT_ID: 'a4a5d4098fb4474fa22cd05f897d6b99',
      }),
    ).candidates;
    assert.deepEqual(
      [candidate.accessKeyId, candidate.domainId, candidate.projectId, candidate.importable, candidate.note],
      ['NULP77TSTEBERVTNQF6W', '65382450e8f64ac0870cd180d14e684b', 'a4a5d4098fb4474fa22cd05f897d6b99', true, undefined],
    );
  });

  it('asks for the SK when only the AK is set', () => {
    const [candidate] = scanHuaweiCloudEnvironment(fakeEnvironment('empty', { HUAWEICLOUD_SDK_AK: 'NULP77TSTEBERVTNQF6W' })).candidates;
    assert.equal(candidate.needsSecret, true);
  });

  it('lists a federated identity as not importable', () => {
    const [candidate] = scanHuaweiCloudEnvironment(fakeEnvironment('empty', { HUAWEICLOUD_SDK_IDP_ID: 'idp', HUAWEICLOUD_SDK_ID_TOKEN_FILE: '/tmp/t' })).candidates;
    assert.deepEqual([candidate.mode, candidate.importable], ['federated', false]);
  });
});

describe('KooCLI ~/.hcloud/config.json importer', () => {
  const scan = () => scanKooCliConfig(fakeEnvironment('full'));

  it('imports a plaintext AKSK profile', async () => {
    const candidate = byProfile((await scan()).candidates, 'plain');
    assert.deepEqual(
      [candidate.accessKeyId, candidate.accessKeySecret, candidate.region, candidate.needsSecret, candidate.isDefault],
      ['JJ9UC7X9YLU5MHRP59O0', 'hT0zbpvFCP56B9reyc76OmLc8pmaaae0EEoTGH9D', 'cn-south-1', false, true],
    );
  });

  it('lists an encrypted profile without its keys and asks for them', async () => {
    const candidate = byProfile((await scan()).candidates, 'default');
    assert.deepEqual([candidate.accessKeyId, candidate.accessKeySecret, candidate.needsSecret, candidate.projectId], ['', undefined, true, '060576000000000000000000134588f135']);
  });

  it('keeps a plaintext AK but asks for an encrypted SK', async () => {
    const candidate = byProfile((await scan()).candidates, 'half-encrypted');
    assert.deepEqual([candidate.accessKeyId, candidate.accessKeySecret, candidate.needsSecret], ['8JPY4VPWTMQO5NI90J58', undefined, true]);
  });

  it('imports temporary keys with their security token', async () => {
    const candidate = byProfile((await scan()).candidates, 'temporary');
    assert.deepEqual([candidate.importable, candidate.securityToken?.slice(0, 7)], [true, 'gQpjbi1']);
  });

  it('lists ecsAgency and SSO profiles as not importable', async () => {
    const candidates = (await scan()).candidates;
    assert.deepEqual(
      ['agency', 'sso'].map((name) => byProfile(candidates, name).importable),
      [false, false],
    );
  });

  it('warns about a truncated file and lists it as unreadable', async () => {
    const report = await scanKooCliConfig(fakeEnvironment('malformed'));
    assert.deepEqual([report.candidates.length, /not a valid KooCLI configuration: not valid JSON/.test(report.warnings[0]?.message ?? ''), report.scanned[0]?.status], [0, true, 'unreadable']);
  });

  it('warns when "profiles" is not a list', async () => {
    const report = await scanKooCliConfig(fakeEnvironment('bad-shapes'));
    assert.match(report.warnings[0]?.message ?? '', /"profiles" is missing or not a list/);
  });
});
