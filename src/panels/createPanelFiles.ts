import * as vscode from 'vscode';
import type { FileField } from '../core/form-schema';
import type { TicketProvider, UploadedAttachment } from '../core/provider';
import type { CreateAttachmentView, CreateUploadResult } from '../shared/protocol/create';

export interface UploadDependencies {
  run<T>(call: (provider: TicketProvider) => Promise<T>): Promise<T>;
  /** Progress of the file being uploaded, forwarded to the page. */
  progress(fileName: string, sentBytes: number, totalBytes: number): void;
  readonly log: vscode.LogOutputChannel;
}

/** Human-readable size (1.5 MB). */
export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  const units = ['KB', 'MB', 'GB'];
  let value = bytes / 1024;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  return `${Number.isInteger(value) ? value : value.toFixed(1)} ${units[unit]}`;
}

function baseName(uri: vscode.Uri): string {
  return uri.path.slice(uri.path.lastIndexOf('/') + 1);
}

function accepted(field: FileField, fileName: string): boolean {
  if (!field.accept || field.accept.length === 0) return true;
  const lower = fileName.toLowerCase();
  return field.accept.some((entry) => (entry.startsWith('.') ? lower.endsWith(entry.toLowerCase()) : true));
}

/** The effective size limit: the field's, tightened by the provider's capability where it states one. */
function sizeLimit(field: FileField, provider: TicketProvider | undefined): number {
  const capability = provider?.capabilities.maxAttachmentBytes ?? 0;
  return capability > 0 ? Math.min(capability, field.maxBytesPerFile) : field.maxBytesPerFile;
}

/**
 * Lets the user pick files in the host (never piped through postMessage), checks count, type and size
 * before any byte is sent, then uploads them one by one. Uploads are writes: a failed one is reported,
 * never retried by itself.
 */
export async function pickAndUpload(field: FileField, already: number, provider: TicketProvider | undefined, deps: UploadDependencies): Promise<CreateUploadResult> {
  const picked = await vscode.window.showOpenDialog({
    canSelectMany: true,
    openLabel: vscode.l10n.t('Attach'),
    title: vscode.l10n.t('Attach files to the new ticket'),
  });
  const added: CreateAttachmentView[] = [];
  const refused: string[] = [];
  const limit = sizeLimit(field, provider);
  for (const uri of picked ?? []) {
    const fileName = baseName(uri);
    if (already + added.length >= field.maxFiles) {
      refused.push(vscode.l10n.t('{0} was not attached: at most {1} files are allowed.', fileName, field.maxFiles));
      continue;
    }
    if (!accepted(field, fileName)) {
      refused.push(vscode.l10n.t('{0} was not attached: allowed types are {1}.', fileName, (field.accept ?? []).join(', ')));
      continue;
    }
    const size = (await vscode.workspace.fs.stat(uri)).size;
    if (size > limit) {
      refused.push(vscode.l10n.t('{0} was not attached: it has {1}, the limit is {2}.', fileName, formatBytes(size), formatBytes(limit)));
      continue;
    }
    try {
      const uploaded = await upload(uri, fileName, deps);
      added.push({ id: uploaded.id, fileName: uploaded.fileName, sizeBytes: uploaded.sizeBytes });
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      deps.log.warn(`Upload of an attachment failed: ${reason}`);
      refused.push(vscode.l10n.t('{0} could not be uploaded: {1}', fileName, reason));
    }
  }
  return { added, refused };
}

async function upload(uri: vscode.Uri, fileName: string, deps: UploadDependencies): Promise<UploadedAttachment> {
  const data = await vscode.workspace.fs.readFile(uri);
  deps.progress(fileName, 0, data.byteLength);
  return deps.run((provider) =>
    provider.uploadAttachment({
      fileName,
      data,
      purpose: 'create',
      onProgress: (sent, total) => deps.progress(fileName, sent, total),
    }),
  );
}
