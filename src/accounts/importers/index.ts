// Public surface of the credential importers (vscode-free; the accounts UI builds on it).
export type { AssumeRoleSettings, ImportCandidate, ImportEnvironment, ImportProvider, ImportReport, ImportText, ImportWarning, ScannedSource } from './types';
export { scanCredentialSources, type ScanOptions } from './scan-credential-sources';
export { importConsoleCsv } from './console-csv';
export { maskKeyId } from './mask-key-id';
export { formatImportText } from './import-text';
export { createNodeImportEnvironment, decodeText, readTextFileReadOnly } from './node-import-environment';
export { aliyunCliConfigPath } from './aliyun-cli-config';
export { aliyunIniPath } from './aliyun-ini';
export { huaweiCloudIniPath } from './huaweicloud-ini';
export { kooCliConfigPath } from './koocli-config';
