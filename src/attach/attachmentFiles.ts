import * as vscode from 'vscode';
import { TicketError } from '../core/errors';
import type { ByteSource, TicketProvider } from '../core/provider';
import { describeProblem } from './attachmentMessages';
import { loadAttachmentPolicy, type AttachmentPolicy, type CandidateFile } from './attachmentPolicy';
import { AttachmentReadError, fileSourceWithin, readFileWithin } from './boundedRead';

/** The content of an upload as `TicketProvider.uploadAttachment` takes it: streamed from a source, or bytes. */
export type UploadContent = { readonly source: ByteSource; readonly data?: undefined } | { readonly data: Uint8Array; readonly source?: undefined };

/** The number of bytes an upload's content holds. */
export function contentSize(content: UploadContent): number {
  return content.source ? content.source.size : content.data.byteLength;
}

/** A file the user picked, described by its metadata (nothing has been read yet). */
export interface PickedFile extends CandidateFile {
  readonly uri: vscode.Uri;
}

/** The last path segment of a resource. */
function fileNameOf(uri: vscode.Uri): string {
  return uri.path.split('/').filter(Boolean).pop() || 'attachment';
}

/** Size and kind of each picked file from `stat` alone; a file that cannot be stat'ed is marked unreadable. */
export async function describePicked(uris: readonly vscode.Uri[]): Promise<PickedFile[]> {
  return Promise.all(
    uris.map(async (uri): Promise<PickedFile> => {
      const name = fileNameOf(uri);
      try {
        const stat = await vscode.workspace.fs.stat(uri);
        return { uri, name, size: stat.size, ...((stat.type & vscode.FileType.Directory) !== 0 ? { isFolder: true } : {}) };
      } catch {
        return { uri, name, size: 0, unreadable: true };
      }
    }),
  );
}

/**
 * The content of a file whose metadata passed the policy, for upload. A local file is streamed while
 * it is sent, never held whole (its size checked again from a fresh stat). Other schemes (virtual
 * file systems) have no streamed read, so they are read whole and their length checked after the read
 * (their size was checked from metadata just before). Rejects with a TicketError carrying the policy's
 * sentence.
 */
export async function uploadContentOf(file: { readonly uri: vscode.Uri; readonly name: string }, limit: number): Promise<UploadContent> {
  if (file.uri.scheme !== 'file') return { data: await readForUpload(file, limit) };
  try {
    return { source: await fileSourceWithin(file.uri.fsPath, limit, file.name) };
  } catch (error) {
    throw refusal(error, file.name);
  }
}

/**
 * The bytes of a file whose metadata passed the policy, for what must be in memory anyway (files going
 * into a zip, files of virtual file systems), read so that a file which grew past `limit` since is
 * refused without being held whole. Local files are read in bounded chunks; other schemes have no
 * ranged read, so their length is checked after the read. Rejects with the policy's sentence.
 */
export async function readForUpload(file: { readonly uri: vscode.Uri; readonly name: string }, limit: number): Promise<Uint8Array> {
  try {
    if (file.uri.scheme === 'file') return await readFileWithin(file.uri.fsPath, limit, file.name);
    const data = await vscode.workspace.fs.readFile(file.uri);
    if (data.byteLength > limit) throw new AttachmentReadError({ kind: 'too-large', file: file.name, size: data.byteLength, limit });
    return data;
  } catch (error) {
    throw refusal(error, file.name);
  }
}

/** A failed read as the policy's sentence. */
function refusal(error: unknown, name: string): TicketError {
  if (error instanceof AttachmentReadError) return new TicketError({ kind: 'invalid-input', code: 'AttachmentRefused', message: describeProblem(error.problem) });
  return new TicketError({ kind: 'invalid-input', code: 'AttachmentUnreadable', message: describeProblem({ kind: 'unreadable', file: name }) });
}

/** The attachment policy of an account, read through the registry's `run` (one request on clouds that publish limits). */
export function accountPolicy(run: <T>(call: (provider: TicketProvider) => Promise<T>) => Promise<T>): Promise<AttachmentPolicy> {
  return run((provider) => loadAttachmentPolicy(provider));
}
