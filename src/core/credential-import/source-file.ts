// Reading one credentials file through the injected environment, with "missing" kept apart from
// "unreadable" so a missing file stays silent and an unreadable one becomes a warning.
import * as path from 'node:path';
import { importText, importWarning } from './import-text';
import type { ImportEnvironment, ImportWarning } from './types';

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

export async function readSourceText(environment: ImportEnvironment, filePath: string): Promise<SourceText> {
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
