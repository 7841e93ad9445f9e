import * as vscode from 'vscode';
import { decodeTextFile, safeSegment, tailText, type BundleSection } from '../core/diagnostics/bundle';

/** Added files are text that gets redacted and previewed; a larger file keeps its end. */
const MAX_FILE_CHARS = 1024 * 1024;

export interface UserFiles {
  readonly sections: BundleSection[];
  /** Files left out because they are binary: their content cannot be checked for secrets. */
  readonly skipped: string[];
}

/** Reads the files the user added; binary files are skipped (they cannot be redacted or previewed). */
export async function collectUserFiles(uris: readonly vscode.Uri[]): Promise<UserFiles> {
  const sections: BundleSection[] = [];
  const skipped: string[] = [];
  for (const uri of uris) {
    const name = uri.path.split('/').pop() || 'file';
    const decoded = decodeTextFile(await vscode.workspace.fs.readFile(uri));
    if (decoded === undefined) {
      skipped.push(name);
      continue;
    }
    const { text, cut } = tailText(decoded, MAX_FILE_CHARS);
    sections.push({ path: `files/${safeSegment(name)}`, title: vscode.l10n.t('Added file {0}', name), text, ...(cut ? { note: vscode.l10n.t('last {0} KB only', MAX_FILE_CHARS / 1024) } : {}) });
  }
  return { sections, skipped };
}
