import * as assert from 'node:assert/strict';
import { scanAliyunCliConfig } from '../../../src/providers/aliyun/importers/cli-config';
import { byProfile, fakeEnvironment } from './fake-home';

describe('aliyun CLI ~/.aliyun/config.json importer', () => {
  const scan = (env: Record<string, string> = {}) => scanAliyunCliConfig(fakeEnvironment('full', env));

  it('lists every profile of the file, including the ones that cannot be imported', async () => {
    const report = await scan();
    assert.equal(report.candidates.length, 19);
  });

  it('imports an AK profile with its keys and region', async () => {
    const candidate = byProfile((await scan()).candidates, 'default');
    assert.deepEqual(
      { id: candidate.accessKeyId, secret: candidate.accessKeySecret, region: candidate.region, importable: candidate.importable, needsSecret: candidate.needsSecret },
      { id: 'LTAI5thQzGIgrLpQWLSl1Bin', secret: 'Y0y40ZG4lXlfeMkVpizrisHe87FLK5', region: 'cn-hangzhou', importable: true, needsSecret: false },
    );
  });

  it('names the file and the profile in the source', async () => {
    assert.equal(byProfile((await scan()).candidates, 'default').source, '~/.aliyun/config.json › profile "default"');
  });

  it('imports a StsToken profile with its token and expiry', async () => {
    const candidate = byProfile((await scan()).candidates, 'temp');
    assert.deepEqual([candidate.importable, candidate.securityToken?.slice(0, 8), candidate.expiresAt], [true, 'CAISMYvp', '2100-01-01T00:00:00.000Z']);
  });

  it('refuses a StsToken profile whose token has expired, saying when', async () => {
    const candidate = byProfile((await scan()).candidates, 'expired-sts');
    assert.deepEqual([candidate.importable, /expired at 2020-09-13/.test(candidate.note ?? '')], [false, true]);
  });

  it('imports a RamRoleArn profile with the role to assume', async () => {
    const candidate = byProfile((await scan()).candidates, 'support-role');
    assert.deepEqual(candidate.assumeRole, {
      roleArn: 'acs:ram::1234567890123456:role/support-tickets',
      roleSessionName: 'vscode-tickets',
      durationSeconds: 3600,
      stsRegion: 'cn-shanghai',
    });
  });

  it('resolves ChainableRamRoleArn through its source profile', async () => {
    const candidate = byProfile((await scan()).candidates, 'chained');
    assert.deepEqual([candidate.accessKeyId, candidate.assumeRole?.roleArn], ['LTAI5thQzGIgrLpQWLSl1Bin', 'acs:ram::1234567890123456:role/auditor']);
  });

  it('refuses chains that loop, miss their source, or need two role hops', async () => {
    const candidates = (await scan()).candidates;
    const verdicts = ['chain-loop', 'chain-missing', 'chain-of-roles'].map((name) => byProfile(candidates, name).importable);
    assert.deepEqual(verdicts, [false, false, false]);
  });

  it('lists run-time-only modes as not importable, each with a reason', async () => {
    const candidates = (await scan()).candidates;
    const listed = ['ecs', 'external', 'uri', 'oidc', 'sso-stale', 'keypair', 'quantum'].map((name) => byProfile(candidates, name));
    assert.ok(
      listed.every((candidate) => !candidate.importable && candidate.note && candidate.noteText),
      JSON.stringify(listed.map((c) => [c.profile, c.note])),
    );
  });

  it('imports the cached STS credentials of a CloudSSO profile while they are valid', async () => {
    const candidate = byProfile((await scan()).candidates, 'sso');
    assert.deepEqual([candidate.importable, candidate.accessKeyId, candidate.expiresAt], [true, 'STS.Ss0CachedKey9Hq2Wm4Xr7Tb', '2100-01-01T00:00:00.000Z']);
  });

  it('accepts the mode in any letter case, like the CLI', async () => {
    const candidate = byProfile((await scan()).candidates, 'lowercase');
    assert.deepEqual([candidate.mode, candidate.importable], ['AK', true]);
  });

  it('infers the mode of a profile that has none', async () => {
    const candidate = byProfile((await scan()).candidates, 'inferred');
    assert.deepEqual([candidate.mode, candidate.importable], ['AK', true]);
  });

  it('asks for the secret when a profile has a key id only', async () => {
    const candidate = byProfile((await scan()).candidates, 'no-secret');
    assert.deepEqual([candidate.importable, candidate.needsSecret], [true, true]);
  });

  it("marks the file's current profile as the default", async () => {
    const defaults = (await scan()).candidates.filter((candidate) => candidate.isDefault).map((candidate) => candidate.profile);
    assert.deepEqual(defaults, ['support-role']);
  });

  it('lets ALIBABA_CLOUD_PROFILE choose the default instead', async () => {
    const defaults = (await scan({ ALIBABA_CLOUD_PROFILE: 'temp' })).candidates.filter((candidate) => candidate.isDefault).map((candidate) => candidate.profile);
    assert.deepEqual(defaults, ['temp']);
  });

  it('warns about a profile entry that is not an object', async () => {
    const report = await scan();
    assert.deepEqual(
      report.warnings.map((warning) => warning.message),
      ['Profile #20 is not an object and was skipped.'],
    );
  });

  it('turns invalid JSON into one warning that names the line but quotes nothing', async () => {
    const report = await scanAliyunCliConfig(fakeEnvironment('malformed'));
    assert.deepEqual([report.candidates.length, report.warnings.length, /line 9\b/.test(report.warnings[0].message), /Y0y40|LTAI/.test(report.warnings[0].message)], [0, 1, true, false]);
  });

  it('warns when the top level is a list instead of an object', async () => {
    const report = await scanAliyunCliConfig(fakeEnvironment('bad-shapes'));
    assert.match(report.warnings[0].message, /top level is not an object/);
  });

  it('is silent when the file does not exist', async () => {
    const report = await scanAliyunCliConfig(fakeEnvironment('empty'));
    assert.deepEqual([report.candidates.length, report.warnings.length, report.scanned[0].status], [0, 0, 'missing']);
  });
});
