// Where Alibaba Cloud's CLI and SDKs keep credentials (spec aliyun-workorder §9), in scan order.
import type { CredentialSource } from '../../../core/provider-descriptor';
import { scanAliyunCliConfig } from './cli-config';
import { scanAliyunEnvironment } from './environment';
import { scanAliyunIni } from './ini';

export const ALIYUN_CREDENTIAL_SOURCES: readonly CredentialSource[] = [
  { name: 'Environment variables (Alibaba Cloud)', scan: scanAliyunEnvironment },
  { name: '~/.aliyun/config.json', scan: scanAliyunCliConfig },
  { name: '~/.alibabacloud/credentials', scan: scanAliyunIni },
];
