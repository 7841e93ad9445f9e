// The providers `startEmulator` hosts by default, in matching order. A new provider adds one line here.
import { aliyunWorkorderPluginFactory } from './aliyun/plugin';
import { huaweiCloudOsmPluginFactory } from './huaweicloud/plugin';
import type { ProviderPluginFactory } from './types';

export function defaultProviderFactories(): readonly ProviderPluginFactory[] {
  return [aliyunWorkorderPluginFactory, huaweiCloudOsmPluginFactory];
}
