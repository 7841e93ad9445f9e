// The Huawei account settings the add/edit flows offer (site, account id, IAM endpoint, IAM group): how
// they are stored in the account metadata, which values they take, where the importers find them, and
// that the International site reaches the cloud as X-Site: 1.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { accountSettingValue, isValidAccountSetting, withAccountSetting, type AccountSetting } from '../../../src/core/account-settings';
import { readFileSync } from 'node:fs';
import { PROVIDERS } from '../../../src/providers';
import { huaweiCloudDescriptor } from '../../../src/providers/huaweicloud/descriptor';
import { scanHuaweiCloudEnvironment } from '../../../src/providers/huaweicloud/importers/environment';
import { scanHuaweiCloudIni } from '../../../src/providers/huaweicloud/importers/ini';
import { fakeEnvironment } from '../importers/fake-home';
import { codeOf, useEmulatorSuite } from './harness';

function setting(key: string): AccountSetting {
  const found = huaweiCloudDescriptor.accountSettings.find((candidate) => candidate.key === key);
  assert.ok(found, key);
  return found;
}

describe('huaweicloud account settings', () => {
  it('offers site, account id, IAM endpoint and IAM group', () => {
    assert.deepEqual(
      huaweiCloudDescriptor.accountSettings.map((s) => s.key),
      ['site', 'domainId', 'extra.iamEndpoint', 'extra.groupId'],
    );
  });

  it("has a Chinese translation of every text of every cloud's settings (they are l10n keys)", () => {
    const bundle = JSON.parse(readFileSync(join(__dirname, '..', '..', '..', 'l10n', 'bundle.l10n.zh-cn.json'), 'utf8')) as Record<string, string>;
    const texts = PROVIDERS.flatMap((p) => p.accountSettings.flatMap((s) => [s.label, s.prompt, ...(s.invalid ? [s.invalid] : []), ...(s.choices ?? []).map((c) => c.label)]));
    assert.deepEqual(
      texts.filter((text) => !(text in bundle)),
      [],
    );
  });

  it('stores the site and account id as metadata fields and the others in extra, and removes an emptied one', () => {
    let account = {};
    account = { ...account, ...withAccountSetting(account, setting('site'), 'international') };
    account = { ...account, ...withAccountSetting(account, setting('domainId'), ' 0a1b2c3d4e5f60718293a4b5c6d7e8f9 ') };
    account = { ...account, ...withAccountSetting(account, setting('extra.groupId'), 'g-001') };
    account = { ...account, ...withAccountSetting(account, setting('extra.iamEndpoint'), 'https://iam.myhuaweicloud.com') };
    const filled = account;
    account = { ...account, ...withAccountSetting(account, setting('extra.groupId'), '') };
    assert.deepEqual(
      [filled, account, accountSettingValue(account, setting('extra.iamEndpoint'))],
      [
        { site: 'international', domainId: '0a1b2c3d4e5f60718293a4b5c6d7e8f9', extra: { groupId: 'g-001', iamEndpoint: 'https://iam.myhuaweicloud.com' } },
        { site: 'international', domainId: '0a1b2c3d4e5f60718293a4b5c6d7e8f9', extra: { iamEndpoint: 'https://iam.myhuaweicloud.com' } },
        'https://iam.myhuaweicloud.com',
      ],
    );
  });

  for (const [key, good, bad] of [
    ['site', 'international', 'mars'],
    ['domainId', '0a1b2c3d4e5f60718293a4b5c6d7e8f9', 'demo-account'],
    ['extra.iamEndpoint', 'https://iam.myhuaweicloud.com', 'http://iam.myhuaweicloud.com'],
    ['extra.groupId', 'g-001', 'a group'],
  ] as const) {
    it(`takes ${good} as ${key} and refuses ${bad}; empty is the default`, () => {
      const s = setting(key);
      assert.deepEqual([isValidAccountSetting(s, good), isValidAccountSetting(s, bad), isValidAccountSetting(s, '')], [true, false, true]);
    });
  }

  it('imports the IAM endpoint from HUAWEICLOUD_SDK_IAM_ENDPOINT', () => {
    const report = scanHuaweiCloudEnvironment(
      fakeEnvironment('empty', { HUAWEICLOUD_SDK_AK: 'SFXCZDF3QKYMAHHXW1K5', HUAWEICLOUD_SDK_SK: 'x'.repeat(40), HUAWEICLOUD_SDK_IAM_ENDPOINT: 'https://iam.ap-southeast-3.myhuaweicloud.com' }),
    );
    assert.deepEqual(report.candidates[0]?.extra, { iamEndpoint: 'https://iam.ap-southeast-3.myhuaweicloud.com' });
  });

  it('imports iam_endpoint and domain_id from a profile file section', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'hw-ini-'));
    try {
      const file = join(folder, 'credentials');
      writeFileSync(
        file,
        '[global]\nak = SFXCZDF3QKYMAHHXW1K5\nsk = LfyTNYznRGPk0ZVUxufU7pKEk2kjDsQQq2tqXgnA\ndomain_id = 65382450e8f64ac0870cd180d14e684b\niam_endpoint = https://iam.myhuaweicloud.com\n',
      );
      const candidate = (await scanHuaweiCloudIni(fakeEnvironment('empty', { HUAWEICLOUD_SDK_CREDENTIALS_FILE: file }))).candidates[0];
      assert.deepEqual([candidate?.domainId, candidate?.extra], ['65382450e8f64ac0870cd180d14e684b', { iamEndpoint: 'https://iam.myhuaweicloud.com' }]);
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });

  describe('site on the wire (emulator)', () => {
    const osm = useEmulatorSuite();
    const setSite = (site: number) => osm.harness.emulator.control.provider('huaweicloud').control.command?.('set-site', { site });

    it('reaches an account of the International site with X-Site: 1', async () => {
      setSite(1);
      const provider = osm.harness.client({ site: 'international' });
      assert.ok((await provider.cases.counts()).size > 0);
    });

    it('cannot find an International account on the China site (OSM.01010011)', async () => {
      setSite(1);
      await assert.rejects(osm.client.cases.counts(), codeOf('OSM.01010011'));
    });
  });
});
