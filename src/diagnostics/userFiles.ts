import * as vscode from 'vscode';
import { describeProblem } from '../attach/attachmentMessages';
import { decodeTextFile, safeSegment, type BundleSection } from '../core/diagnostics/bundle';
import { outsideText } from '../shared/outsideText';
import { MAX_ADDED_FILE_BYTES as MAX_FILE_BYTES, readFileTail, type FileTail } from './fileTail';

export interface UserFiles {
  readonly sections: BundleSection[];
  /** Files left out because they are binary: their content cannot be checked for secrets. */
  readonly skipped: string[];
  /** Files refused before reading (folder, empty, unreadable, too large to read in part), as sentences. */
  readonly refused: string[];
}

/**
 * Reads the files the user added (text that gets redacted and previewed). The size comes from metadata first: a local file is read from its
 * end, never more than MAX_FILE_BYTES; a file elsewhere (remote workspace, no ranged read) larger than
 * that is refused with the limit named. Binary files are skipped (they cannot be redacted or previewed).
 */
export async function collectUserFiles(uris: readonly vscode.Uri[]): Promise<UserFiles> {
  const sections: BundleSection[] = [];
  const skipped: string[] = [];
  const refused: string[] = [];
  for (const uri of uris) {
    const name = uri.path.split('/').pop() || 'file';
    const tail = await readTail(uri, name).catch(() => describeProblem({ kind: 'unreadable', file: name }));
    if (typeof tail === 'string') {
      refused.push(tail);
      continue;
    }
    const decoded = decodeTextFile(tail.bytes);
    if (decoded === undefined) {
      skipped.push(name);
      continue;
    }
    const text = tail.cut ? fromFirstWholeLine(decoded) : decoded;
    sections.push({
      path: `files/${safeSegment(name)}`,
      title: vscode.l10n.t('Added file {0}', outsideText(name)),
      text,
      ...(tail.cut ? { note: vscode.l10n.t('last {0} KB only', MAX_FILE_BYTES / 1024) } : {}),
    });
  }
  return { sections, skipped, refused };
}

/** The part of the file to keep, or the sentence saying why it is refused. */
async function readTail(uri: vscode.Uri, name: string): Promise<FileTail | string> {
  const stat = await vscode.workspace.fs.stat(uri);
  if (stat.type & vscode.FileType.Directory) return describeProblem({ kind: 'folder', file: name });
  if (stat.size === 0) return describeProblem({ kind: 'empty', file: name });
  if (uri.scheme === 'file') return readFileTail(uri.fsPath, MAX_FILE_BYTES);
  if (stat.size > MAX_FILE_BYTES) return describeProblem({ kind: 'too-large', file: name, size: stat.size, limit: MAX_FILE_BYTES });
  return { bytes: await vscode.workspace.fs.readFile(uri), size: stat.size, cut: false };
}

/** A tail starts mid-line; the partial first line is dropped (unless it is the only one). */
function fromFirstWholeLine(text: string): string {
  const lineEnd = text.indexOf('\n');
  return lineEnd >= 0 && lineEnd < text.length - 1 ? text.slice(lineEnd + 1) : text;
}
