import * as vscode from 'vscode';
import { ZipWriter } from '../core/zip';
import { TicketError } from '../core/errors';
import { readForUpload } from './attachmentFiles';
import { describeProblem } from './attachmentMessages';
import { EXCLUDED_FOLDERS, looksLikeSecretFile } from './folderRules';
import { isIgnored, parseGitignore, type IgnoreFile } from './gitignore';

/** A walk stops here: a folder this large is not something to attach to a ticket. */
const MAX_FILES = 5_000;
const STAT_CONCURRENCY = 16;
/** Formats that are compressed already: stored as they are instead of deflated again. */
const COMPRESSED = /\.(zip|gz|tgz|bz2|xz|zst|7z|rar|jar|png|jpe?g|gif|webp|heic|mp3|mp4|mov|webm|woff2?|pdf|docx|xlsx|pptx)$/i;

export interface FolderFile {
  readonly uri: vscode.Uri;
  /** Path inside the archive, starting with the folder's own name. */
  readonly path: string;
  readonly size: number;
  /** Modification time, epoch ms. */
  readonly mtime: number;
}

/** What a folder walk found, and what it left out (shown to the user before zipping). */
export interface FolderScan {
  readonly folderName: string;
  readonly files: readonly FolderFile[];
  readonly totalBytes: number;
  /** Names of excluded dependency/build/VCS folders that were present. */
  readonly excludedFolders: readonly string[];
  /** Files and folders matched by a .gitignore. */
  readonly ignoredCount: number;
  /** Files left out because they usually hold credentials. */
  readonly secretFiles: readonly string[];
  /** True when the walk stopped at MAX_FILES. */
  readonly truncated: boolean;
}

/** Lists the files to zip: .gitignore rules (nested ones too), excluded folders, no symlinks, no secret files. */
export async function scanFolder(root: vscode.Uri, token?: vscode.CancellationToken): Promise<FolderScan> {
  const folderName = root.path.split('/').filter(Boolean).pop() ?? 'folder';
  const found: { uri: vscode.Uri; path: string }[] = [];
  const excludedFolders = new Set<string>();
  const secretFiles: string[] = [];
  let ignoredCount = 0;
  let truncated = false;

  const walk = async (dir: vscode.Uri, relative: string, ignoreFiles: readonly IgnoreFile[]): Promise<void> => {
    if (token?.isCancellationRequested || truncated) return;
    const entries = await vscode.workspace.fs.readDirectory(dir);
    const rules = await readGitignore(dir, relative, entries);
    const applicable = rules ? [...ignoreFiles, rules] : ignoreFiles;
    for (const [name, type] of entries.sort(([a], [b]) => a.localeCompare(b))) {
      const path = relative === '' ? name : `${relative}/${name}`;
      // Symbolic links are skipped: they can loop, or point outside the folder the user chose.
      if (type & vscode.FileType.SymbolicLink) continue;
      const isDirectory = (type & vscode.FileType.Directory) !== 0;
      if (isDirectory && EXCLUDED_FOLDERS.has(name)) {
        excludedFolders.add(name);
        continue;
      }
      if (isIgnored(path, isDirectory, applicable)) {
        ignoredCount++;
        continue;
      }
      if (isDirectory) {
        await walk(vscode.Uri.joinPath(dir, name), path, applicable);
      } else if (looksLikeSecretFile(name)) {
        secretFiles.push(path);
      } else if (found.length >= MAX_FILES) {
        truncated = true;
        return;
      } else {
        found.push({ uri: vscode.Uri.joinPath(dir, name), path });
      }
    }
  };
  await walk(root, '', []);
  const files = await statAll(found, folderName);
  return {
    folderName,
    files,
    totalBytes: files.reduce((sum, file) => sum + file.size, 0),
    excludedFolders: [...excludedFolders].sort(),
    ignoredCount,
    secretFiles,
    truncated,
  };
}

async function readGitignore(dir: vscode.Uri, relative: string, entries: readonly [string, vscode.FileType][]): Promise<IgnoreFile | undefined> {
  if (!entries.some(([name, type]) => name === '.gitignore' && (type & vscode.FileType.File) !== 0)) return undefined;
  const text = new TextDecoder().decode(await vscode.workspace.fs.readFile(vscode.Uri.joinPath(dir, '.gitignore')));
  return { base: relative, rules: parseGitignore(text) };
}

async function statAll(found: readonly { uri: vscode.Uri; path: string }[], folderName: string): Promise<FolderFile[]> {
  const files: FolderFile[] = new Array(found.length);
  let next = 0;
  const worker = async () => {
    while (next < found.length) {
      const index = next++;
      const stat = await vscode.workspace.fs.stat(found[index].uri);
      files[index] = { uri: found[index].uri, path: `${folderName}/${found[index].path}`, size: stat.size, mtime: stat.mtime };
    }
  };
  await Promise.all(Array.from({ length: Math.min(STAT_CONCURRENCY, found.length) }, worker));
  return files;
}

/** Bounds that keep zipping from holding more than the attachment policy allows. */
export interface ZipLimits {
  /** The archive may not grow past this (the per-file attachment limit). */
  readonly maxArchiveBytes: number;
  /** No file is read past this (what the whole folder may hold). */
  readonly maxUnpackedBytes: number;
}

/**
 * Zips the scanned files, reading each one once; reports progress per file and stops on cancel.
 * With limits, stops as soon as the archive outgrows the attachment limit, and never reads a file
 * past the folder limit (one may have grown since the scan); rejects with the policy's sentence.
 * The archive is built in memory (unlike single files, which are streamed to the cloud): what it holds
 * is bounded by the per-file attachment limit, and what is read for it by the folder limit.
 */
export async function zipFolder(scan: FolderScan, onFile: (path: string) => void, token?: vscode.CancellationToken, limits?: ZipLimits): Promise<Uint8Array | undefined> {
  const writer = new ZipWriter();
  const archiveName = `${scan.folderName}.zip`;
  for (const file of scan.files) {
    if (token?.isCancellationRequested) return undefined;
    onFile(file.path);
    const data = limits ? await readForUpload({ uri: file.uri, name: file.path }, limits.maxUnpackedBytes) : await vscode.workspace.fs.readFile(file.uri);
    await writer.add({ path: file.path, data, modifiedAt: new Date(file.mtime), compress: !COMPRESSED.test(file.path) });
    if (limits && writer.size > limits.maxArchiveBytes) {
      throw new TicketError({ kind: 'invalid-input', code: 'AttachmentRefused', message: describeProblem({ kind: 'too-large', file: archiveName, size: writer.size, limit: limits.maxArchiveBytes }) });
    }
  }
  return writer.finish();
}
