// Reading one credentials file through the injected environment, with "missing" kept apart from
// "unreadable" so a missing file stays silent and an unreadable one becomes a warning.
import * as path from 'node:path';
import { importText, importWarning } from './import-text';
import type { ImportCandidate, ImportEnvironment, ImportReport, ImportText, ImportWarning } from './types';

export type SourceText = { status: 'found'; text: string } | { status: 'missing' } | { status: 'unreadable'; warning: ImportWarning };

/** Shows a path with the home folder as `~`, the way users recognise it. */
export function displayPath(filePath: string, homeDir: string): string {
  const home = homeDir.replace(/[\\/]+$/, '');
  if (home && (filePath === home || filePath.startsWith(home + path.sep) || filePath.startsWith(home + '/'))) {
    return '~' + filePath.slice(home.length).replace(/\\/g, '/');
  }
  return filePath;
}

/** Expands a leading `~` the way the SDKs do for path variables. */
export function expandHome(filePath: string, homeDir: string): string {
  if (filePath === '~') return homeDir;
  if (filePath.startsWith('~/') || filePath.startsWith('~\\')) return path.join(homeDir, filePath.slice(2));
  return filePath;
}

async function readSourceText(environment: ImportEnvironment, filePath: string): Promise<SourceText> {
  try {
    const text = await environment.readFile(filePath);
    return { status: 'found', text: text.replace(/^\uFEFF/, '') };
  } catch (error) {
    const code = (error as { code?: unknown } | null)?.code;
    if (code === 'ENOENT' || code === 'ENOTDIR') return { status: 'missing' };
    const reason = typeof code === 'string' ? code : 'read error';
    const source = displayPath(filePath, environment.homeDir);
    return { status: 'unreadable', warning: importWarning(source, importText('Could not read {0} ({1}).', source, reason)) };
  }
}

/** What a scanner made of a file's text; `unusable` when the text is not the format it expects. */
export interface FileFindings {
  readonly candidates: ImportCandidate[];
  readonly warnings: ImportWarning[];
  readonly unusable?: true;
}

/** Findings for a file whose text is not what its scanner reads, with the reason as a warning. */
export function unusableFile(fileLabel: string, reason: ImportText): FileFindings {
  return { candidates: [], warnings: [importWarning(fileLabel, reason)], unusable: true };
}

/**
 * Reads one credentials file and reports what `parse` finds in it, naming the file as users know it
 * (`~/…`). A missing file is silent (it is optional), unless `missingIsWarning` (the user picked it).
 */
export async function scanSourceFile(
  environment: ImportEnvironment,
  filePath: string,
  parse: (text: string, fileLabel: string) => FileFindings,
  { missingIsWarning = false } = {},
): Promise<ImportReport> {
  const fileLabel = displayPath(filePath, environment.homeDir);
  const read = await readSourceText(environment, filePath);
  if (read.status !== 'found') {
    const warnings = read.status === 'unreadable' ? [read.warning] : missingIsWarning ? [importWarning(fileLabel, importText('{0} does not exist.', fileLabel))] : [];
    return { candidates: [], warnings, scanned: [{ source: fileLabel, path: filePath, status: read.status, candidates: 0 }] };
  }
  const found = parse(read.text, fileLabel);
  const status = found.unusable ? 'unreadable' : 'found';
  return { candidates: found.candidates, warnings: found.warnings, scanned: [{ source: fileLabel, path: filePath, status, candidates: found.candidates.length }] };
}
