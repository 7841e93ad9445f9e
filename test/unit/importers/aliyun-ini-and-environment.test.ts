import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import { scanAliyunEnvironment } from '../../../src/providers/aliyun/importers/environment';
import { scanAliyunIni } from '../../../src/providers/aliyun/importers/ini';
import { byProfile, fakeEnvironment, fakeHome } from './fake-home';

describe('Alibaba Cloud ~/.alibabacloud/credentials importer', () => {
  it('imports an access_key section', async () => {
    const candidate = byProfile((await scanAliyunIni(fakeEnvironment('full'))).candidates, 'default');
    assert.deepEqual([candidate.accessKeyId, candidate.accessKeySecret, candidate.importable, candidate.isDefault], ['LTAI5t1e213Af9l2tfLUhfKr', 'wrOLrz4RFmiAwfTcIEi3MpzhnhC1DJ', true, true]);
  });

  it('imports a ram_role_arn section with its role', async () => {
    const candidate = byProfile((await scanAliyunIni(fakeEnvironment('full'))).candidates, 'role');
    assert.deepEqual(candidate.assumeRole, { roleArn: 'acs:ram::1234567890123456:role/support-tickets', roleSessionName: 'vscode-tickets' });
  });

  it('lists an ecs_ram_role section as not importable', async () => {
    const candidate = byProfile((await scanAliyunIni(fakeEnvironment('full'))).candidates, 'ecs');
    assert.deepEqual([candidate.importable, /ECS instance/.test(candidate.note ?? '')], [false, true]);
  });

  it('unquotes values and treats a section with keys but no type as access_key', async () => {
    const candidate = byProfile((await scanAliyunIni(fakeEnvironment('full'))).candidates, 'untyped');
    assert.deepEqual([candidate.accessKeyId, candidate.importable], ['LTAI5tPSLMlQu75zzQl3NLWD', true]);
  });

  it('lists an unsupported type with a note', async () => {
    const candidate = byProfile((await scanAliyunIni(fakeEnvironment('full'))).candidates, 'legacy-rsa');
    assert.deepEqual([candidate.importable, candidate.note], [false, 'Credential type rsa_key_pair cannot be imported.']);
  });

  it('reads the file named by ALIBABA_CLOUD_CREDENTIALS_FILE, expanding ~', async () => {
    const report = await scanAliyunIni(fakeEnvironment('empty', { ALIBABA_CLOUD_CREDENTIALS_FILE: path.join(fakeHome('full'), '.alibabacloud', 'credentials') }));
    assert.equal(report.candidates.length, 5);
  });

  it('keeps the good section of a file with bad lines and warns once per bad line', async () => {
    const report = await scanAliyunIni(fakeEnvironment('malformed'));
    assert.deepEqual(
      [report.candidates.map((c) => [c.profile, c.importable, c.region]), report.warnings.map((w) => w.message)],
      [
        [['default', true, 'cn-beijing']],
        ['Line 1 is outside any [section] and was ignored.', 'Line 5 is not a key = value line and was ignored.', 'Line 7 repeats an earlier section; its values were merged into it.'],
      ],
    );
  });
});

describe('Alibaba Cloud environment variables importer', () => {
  const scan = (env: Record<string, string>) => scanAliyunEnvironment(fakeEnvironment('empty', env));

  it('finds nothing in an empty environment', () => {
    assert.deepEqual(scan({}).candidates, []);
  });

  it('imports ALIBABA_CLOUD_ACCESS_KEY_ID/SECRET with the optional STS token', () => {
    const [candidate] = scan({
      ALIBABA_CLOUD_ACCESS_KEY_ID: 'STS.53oHi9MP8GThS1nJimBpL9l7',
      ALIBABA_CLOUD_ACCESS_KEY_SECRET: 'tErwpuY7NIAqrXuWRLtFaDsuGcDQrt',
      ALIBABA_CLOUD_SECURITY_TOKEN: 'CAISMYvpSv2UrkdP2s4fXAxCw',
    }).candidates;
    assert.deepEqual([candidate.accessKeyId, candidate.securityToken, candidate.mode, candidate.importable], ['STS.53oHi9MP8GThS1nJimBpL9l7', 'CAISMYvpSv2UrkdP2s4fXAxCw', 'StsToken', true]);
  });

  it('reads the CLI aliases as separate candidates', () => {
    const candidates = scan({
      ALICLOUD_ACCESS_KEY_ID: 'LTAI5tJXE5BPKBKN8dWzre7I',
      ALICLOUD_ACCESS_KEY_SECRET: 'AVomXwYrIgGJe4IL1NN6d5N328H7Sp',
      ALICLOUD_REGION_ID: 'cn-qingdao',
      ACCESS_KEY_ID: 'LTAI5tboA2sUQhygvGZX18h3',
      ACCESS_KEY_SECRET: 'J2eAaM5MGOgaDLzZtKOZbMdcoRVEYp',
    }).candidates;
    assert.deepEqual(
      candidates.map((c) => [c.source, c.region]),
      [
        ['Environment: ALICLOUD_ACCESS_KEY_ID', 'cn-qingdao'],
        ['Environment: ACCESS_KEY_ID', undefined],
      ],
    );
  });

  it('asks for the secret when only the key id is set', () => {
    const [candidate] = scan({ ALIBABA_CLOUD_ACCESS_KEY_ID: 'LTAI5tJXE5BPKBKN8dWzre7I' }).candidates;
    assert.deepEqual([candidate.importable, candidate.needsSecret], [true, true]);
  });

  it('does not import a secret without its key id', () => {
    const [candidate] = scan({ ALIBABA_CLOUD_ACCESS_KEY_SECRET: 'AVomXwYrIgGJe4IL1NN6d5N328H7Sp' }).candidates;
    assert.deepEqual([candidate.importable, candidate.note], [false, 'ALIBABA_CLOUD_ACCESS_KEY_SECRET is set but ALIBABA_CLOUD_ACCESS_KEY_ID is not.']);
  });

  it('lists OIDC, ECS metadata and credentials-URI settings as not importable', () => {
    const candidates = scan({
      ALIBABA_CLOUD_ROLE_ARN: 'acs:ram::1:role/r',
      ALIBABA_CLOUD_OIDC_PROVIDER_ARN: 'acs:ram::1:oidc-provider/p',
      ALIBABA_CLOUD_OIDC_TOKEN_FILE: '/tmp/token',
      ALIBABA_CLOUD_ECS_METADATA: 'EcsRole',
      ALIBABA_CLOUD_CREDENTIALS_URI: 'http://127.0.0.1:1/creds',
    }).candidates;
    assert.deepEqual(
      candidates.map((c) => [c.mode, c.importable]),
      [
        ['OIDC', false],
        ['EcsRamRole', false],
        ['CredentialsURI', false],
      ],
    );
  });
});
