/**
 * `--print-fixtures` prints both providers' data as one document that `--fixtures` loads back to the same
 * state: printing again gives the same text, and the real clients read the same account over loopback.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startEmulator, type RunningEmulator } from '../../../src/emulator';
import { seedDemoCases } from '../../../src/emulator/huaweicloud/fixtures/cases';
import { exportOsmFixtures } from '../../../src/emulator/huaweicloud/fixtures/export';
import { OsmCaseLifecycle } from '../../../src/emulator/huaweicloud/lifecycle';
import type { HuaweiCloudOsmPlugin } from '../../../src/emulator/huaweicloud/plugin';
import { OsmEmulatorState } from '../../../src/emulator/huaweicloud/state';
import { readAliyunProvider, readHuaweiAccount, readHuaweiProvider } from './fixtures-readers';

const ROOT = join(__dirname, '../../..');
const CLI = ['--import', 'tsx', join(ROOT, 'src/emulator/cli.ts')];

const printed = (emulator: RunningEmulator) => JSON.stringify(emulator.control.fixturesDocument(), null, 2);

describe('emulator fixtures: print and load back', () => {
  let builtIn: RunningEmulator;
  let loaded: RunningEmulator;
  before(async () => {
    builtIn = await startEmulator();
    loaded = await startEmulator({ fixtures: JSON.parse(printed(builtIn)) });
  });
  after(() => Promise.all([builtIn.close(), loaded.close()]));

  it('prints one section per provider', () => {
    assert.deepEqual(Object.keys(builtIn.control.fixturesDocument()), ['aliyun', 'huaweicloud']);
  });

  it('prints the same document after loading it', () => {
    assert.equal(printed(loaded), printed(builtIn));
  });

  it('prints the built-in sample the same way on every start', async () => {
    const again = await startEmulator();
    const same = printed(again) === printed(builtIn);
    await again.close();
    assert.ok(same);
  });

  it('holds the same Huawei state', () => {
    assert.deepEqual(loaded.control.state('huaweicloud'), builtIn.control.state('huaweicloud'));
  });

  it('shows the Huawei client the same catalogue, labels, cases, threads, logs and files', async () => {
    const [expected, actual] = [await readHuaweiAccount(builtIn.url), await readHuaweiAccount(loaded.url)];
    assert.deepEqual(actual, expected);
  });

  it('shows the Huawei provider the same tickets, conversations and create form', async () => {
    const [expected, actual] = [await readHuaweiProvider(builtIn.url), await readHuaweiProvider(loaded.url)];
    assert.deepEqual(actual, expected);
  });

  it('shows the Alibaba provider the same tickets, conversations and create form', async () => {
    const [expected, actual] = [await readAliyunProvider(builtIn.url), await readAliyunProvider(loaded.url)];
    assert.deepEqual(actual, expected);
  });
});

describe('emulator fixtures: the printed Huawei sample against the hand-built one', () => {
  // The reference holds the sample as seedDemoCases builds it, without passing through any fixtures code,
  // so a field that printing or loading loses shows up as a difference.
  let reference: RunningEmulator;
  let loaded: RunningEmulator;
  before(async () => {
    reference = await startEmulator({ providers: ['huaweicloud'] });
    const plugin = reference.control.provider('huaweicloud') as HuaweiCloudOsmPlugin;
    plugin.state = new OsmEmulatorState({ now: () => new Date(reference.control.clock.now()) });
    seedDemoCases(plugin.state);
    plugin.lifecycle = new OsmCaseLifecycle(plugin.state);
    const printed = JSON.stringify({ huaweicloud: exportOsmFixtures(plugin.state) });
    loaded = await startEmulator({ providers: ['huaweicloud'], fixtures: JSON.parse(printed) });
  });
  after(() => Promise.all([reference.close(), loaded.close()]));

  it('holds the same state', () => {
    assert.deepEqual(loaded.control.state('huaweicloud'), reference.control.state('huaweicloud'));
  });

  it('shows the client the same account', async () => {
    assert.deepEqual(await readHuaweiAccount(loaded.url), await readHuaweiAccount(reference.url));
  });
});

describe('emulator CLI: --print-fixtures', () => {
  const print = (...extra: string[]) => spawnSync(process.execPath, [...CLI, '--print-fixtures', ...extra], { cwd: ROOT, encoding: 'utf8' });

  it('prints both providers, and printing the printed file again gives the same text', () => {
    const first = print();
    const file = join(mkdtempSync(join(tmpdir(), 'emu-print-')), 'all.json');
    writeFileSync(file, first.stdout);
    const second = print('--fixtures', file);
    assert.deepEqual([Object.keys(JSON.parse(first.stdout) as object), second.status, second.stdout === first.stdout], [['aliyun', 'huaweicloud'], 0, true]);
  });

  it('refuses a bad file with the path of the bad field and exit status 1', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'emu-print-')), 'bad.json');
    writeFileSync(file, JSON.stringify({ huaweicloud: { labels: [{ id: 'one', name: 'x' }] } }));
    const result = print('--fixtures', file);
    assert.deepEqual([result.status, result.stderr.trim()], [1, 'huaweicloud.labels[0].id must be an integer of at least 1']);
  });
});
