// Public entry point of the emulator: start it, control it, and the plugin contract for providers.
export { startEmulator, jsonResponse } from './server';
export type { StartEmulatorOptions, RunningEmulator } from './server';
export { EmulatorControl } from './control';
export { ControllableClock } from './clock';
export { parseFormEncoded, firstValue } from './request';
export type * from './types';
export { AliyunWorkorderPlugin, ALIYUN_PROVIDER } from './aliyun/plugin';
export type { AliyunFixtures } from './aliyun/fixtures';
export type { OsmFixtures as HuaweiCloudFixtures } from './huaweicloud/fixtures/format';
export { FixtureError } from './fixture-checks';
