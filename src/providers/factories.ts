/**
 * The provider implementations (and axios under them). The extension loads this module only when an
 * account is first used; the build makes it a bundle of its own (dist/providers.js), so activation
 * never pays for it. Tests and tools import it from source as usual.
 */
export { createAliyunProvider } from './aliyun/provider';
export { createHuaweiCloudProvider } from './huaweicloud/provider';
