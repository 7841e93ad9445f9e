// Where Huawei Cloud's SDKs and KooCLI keep credentials (spec huaweicloud-osm §6), in scan order.
import type { CredentialSource } from '../../../core/provider-descriptor';
import { scanHuaweiCloudEnvironment } from './environment';
import { scanHuaweiCloudIni } from './ini';
import { scanKooCliConfig } from './koocli-config';

export const HUAWEICLOUD_CREDENTIAL_SOURCES: readonly CredentialSource[] = [
  { name: 'Environment variables (Huawei Cloud)', scan: scanHuaweiCloudEnvironment },
  { name: '~/.huaweicloud/credentials', scan: scanHuaweiCloudIni },
  { name: '~/.hcloud/config.json', scan: scanKooCliConfig },
];
