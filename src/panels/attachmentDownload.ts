import { createWriteStream } from 'node:fs';
import { mkdir, rename, rm } from 'node:fs/promises';
import { dirname } from 'node:path';
import * as vscode from 'vscode';
import { isTicketError, TicketError } from '../core/errors';

/**
 * The most an attachment download may write. A server (or a link it hands out) decides the size, so
 * without a cap a hostile or broken one could fill the disk; no ticket system accepts files this large.
 */
export const MAX_DOWNLOAD_BYTES = 1024 * 1024 * 1024;

/**
 * Downloads `url` into `destination`, streaming to a temporary file next to it (memory stays flat
 * whatever the size) and renaming it into place only when complete, so a cut download never leaves
 * a truncated file under the real name. Stops at `maxBytes`, whether the server announced the size or not.
 */
export async function downloadTo(url: string, destination: vscode.Uri, token: vscode.CancellationToken, maxBytes = MAX_DOWNLOAD_BYTES): Promise<number> {
  const abort = new AbortController();
  const subscription = token.onCancellationRequested(() => abort.abort());
  try {
    const response = await fetch(url, { signal: abort.signal, redirect: 'follow' });
    if (!response.ok) {
      throw new TicketError({
        kind: response.status === 404 || response.status === 403 ? 'not-found' : 'server',
        httpStatus: response.status,
        message: vscode.l10n.t('The attachment could not be downloaded (HTTP {0}). Its link may have expired; refresh the ticket and try again.', response.status),
      });
    }
    const announced = Number(response.headers.get('content-length') ?? NaN);
    if (announced > maxBytes) throw tooLarge(maxBytes);
    const chunks = readLimited(response, maxBytes);
    if (destination.scheme === 'file') return await streamToFile(chunks, destination.fsPath);
    // A virtual file system takes whole contents only; the cap still bounds what is held.
    const parts: Uint8Array[] = [];
    for await (const chunk of chunks) parts.push(chunk);
    const bytes = Buffer.concat(parts);
    await vscode.workspace.fs.writeFile(destination, bytes);
    return bytes.byteLength;
  } catch (error) {
    if (isTicketError(error)) throw error;
    throw new TicketError({ kind: 'network', message: vscode.l10n.t('The attachment could not be downloaded. Check your network and try again.'), cause: error });
  } finally {
    subscription.dispose();
  }
}

async function* readLimited(response: Response, maxBytes: number): AsyncGenerator<Uint8Array> {
  if (!response.body) return;
  const reader = response.body.getReader();
  let received = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return;
      received += value.byteLength;
      if (received > maxBytes) throw tooLarge(maxBytes);
      yield value;
    }
  } finally {
    await reader.cancel().catch(() => undefined);
  }
}

async function streamToFile(chunks: AsyncIterable<Uint8Array>, path: string): Promise<number> {
  await mkdir(dirname(path), { recursive: true });
  const partial = `${path}.download`;
  const out = createWriteStream(partial);
  const failed = new Promise<never>((_, reject) => out.once('error', reject));
  failed.catch(() => undefined);
  let written = 0;
  try {
    for await (const chunk of chunks) {
      written += chunk.byteLength;
      if (!out.write(chunk)) await Promise.race([new Promise<void>((resolve) => out.once('drain', () => resolve())), failed]);
    }
    await Promise.race([new Promise<void>((resolve) => out.end(() => resolve())), failed]);
    await rename(partial, path);
    return written;
  } catch (error) {
    out.destroy();
    await rm(partial, { force: true });
    throw error;
  }
}

function tooLarge(maxBytes: number): TicketError {
  return new TicketError({
    kind: 'invalid-input',
    code: 'AttachmentTooLarge',
    message: vscode.l10n.t('The attachment is larger than {0} MB and was not downloaded. Open it from the web console.', Math.round(maxBytes / (1024 * 1024))),
  });
}

/**
 * The size of the file behind `url` as its server tells it, reading at most one byte: a ranged request
 * answered 206 gives the whole size in `Content-Range`, a plain 200 gives `Content-Length` (the body is
 * dropped unread). Undefined when the server says neither; never throws.
 */
export async function remoteSize(url: string, signal?: AbortSignal): Promise<number | undefined> {
  if (!/^https?:\/\//i.test(url)) return undefined;
  try {
    const response = await fetch(url, { headers: { Range: 'bytes=0-0' }, signal, redirect: 'follow' });
    void response.body?.cancel().catch(() => undefined);
    if (response.status === 206) {
      const total = /\/(\d+)\s*$/.exec(response.headers.get('content-range') ?? '')?.[1];
      return total === undefined ? undefined : Number(total);
    }
    const length = response.headers.get('content-length');
    return response.ok && length !== null && /^\d+$/.test(length.trim()) ? Number(length) : undefined;
  } catch {
    return undefined;
  }
}
