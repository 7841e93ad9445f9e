// Public surface of the credential importers (vscode-free; the accounts UI builds on it). Each cloud's
// own sources live in its provider folder and are reached through the provider registry.
export type { AssumeRoleSettings, ImportCandidate, ImportEnvironment, ImportReport, ImportText, ImportWarning, ScannedSource } from '../../core/credential-import';
export { formatImportText } from '../../core/credential-import';
export { scanCredentialSources, type ScanOptions } from './scan-credential-sources';
export { importConsoleCsv } from './console-csv';
export { maskKeyId } from './mask-key-id';
export { createNodeImportEnvironment, decodeText, readTextFileReadOnly } from './node-import-environment';
