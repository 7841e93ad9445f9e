// The Alibaba Cloud Workorder provider plugin: serves API versions 2021-06-10 and 2020-03-26 on `POST /`
// (RPC style; Action/Version from the query for signature v1 or from x-acs-* headers for V3) and the
// loopback "OSS" presigned attachment URLs under /__oss/.
import { firstValue } from '../request';
import type {
  EmulatorCredential,
  EmulatorRequest,
  EmulatorResponse,
  NativeErrorSpec,
  PluginFactoryOptions,
  ProviderContext,
  ProviderControl,
  ProviderPlugin,
  ProviderPluginFactory,
} from '../types';
import { gatewayErrors, renderAliyunError } from './errors';

export const ALIYUN_PROVIDER = 'aliyun';
/** Path prefix of the loopback presigned attachment URLs. */
export const OSS_PATH_PREFIX = '/__oss/';

function headerValue(request: EmulatorRequest, name: string): string | undefined {
  const value = request.headers[name];
  return Array.isArray(value) ? value[0] : value;
}

/** Action name from the V3 header or the v1 query/body parameter. */
export function aliyunActionOf(request: EmulatorRequest): string {
  if (request.path.startsWith(OSS_PATH_PREFIX)) return request.method === 'PUT' ? 'PutObject' : 'GetObject';
  return headerValue(request, 'x-acs-action') ?? firstValue(request.query, 'Action') ?? firstValue(request.form, 'Action') ?? '';
}

export class AliyunWorkorderPlugin implements ProviderPlugin {
  readonly name = ALIYUN_PROVIDER;
  readonly throttlingError: NativeErrorSpec = gatewayErrors.throttlingUser;
  readonly control: ProviderControl;

  constructor(private readonly options: PluginFactoryOptions) {
    this.control = {
      agentReply: () => {
        throw new Error('not implemented yet');
      },
      setStatus: () => {
        throw new Error('not implemented yet');
      },
      snapshot: () => ({}),
      attachment: () => undefined,
    };
  }

  matches(request: EmulatorRequest): boolean {
    return request.path === '/' || request.path.startsWith(OSS_PATH_PREFIX);
  }

  actionOf(request: EmulatorRequest): string {
    return aliyunActionOf(request);
  }

  handle(_request: EmulatorRequest, ctx: ProviderContext): EmulatorResponse {
    void this.options;
    return renderAliyunError(gatewayErrors.actionNotFound, ctx.newRequestId());
  }

  renderError(error: NativeErrorSpec, _request: EmulatorRequest, ctx: ProviderContext): EmulatorResponse {
    return renderAliyunError(error, ctx.newRequestId());
  }

  credentials(): readonly EmulatorCredential[] {
    return [{ provider: ALIYUN_PROVIDER, accessKeyId: 'testid', accessKeySecret: 'testsecret', accountId: '1234567890123456' }];
  }

  reset(): void {}
}

export const aliyunWorkorderPluginFactory: ProviderPluginFactory = {
  name: ALIYUN_PROVIDER,
  create: (options) => new AliyunWorkorderPlugin(options),
};
