// The pieces every cloud's credential importers share: candidate types, localisable notes, file and
// JSON/INI reading that never quotes content, and suggested labels. vscode-free.
export type { AssumeRoleSettings, ImportCandidate, ImportEnvironment, ImportReport, ImportText, ImportWarning, ScannedSource } from './types';
export { formatImportText, importText, importWarning, withNote } from './import-text';
export { asRecord, parseJsonDocument, type JsonParse } from './json-document';
export { displayPath, expandHome, scanSourceFile, unusableFile, type FileFindings } from './source-file';
export { parseIni, type IniDocument, type IniProblem, type IniSection } from './ini-parser';
export { iniProblemWarnings } from './ini-warnings';
export { makeLabelsUnique, markSameKeys, suggestLabel } from './suggested-label';
