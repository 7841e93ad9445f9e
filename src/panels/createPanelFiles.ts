import * as vscode from 'vscode';
import { errorMessage } from '../common/errorMessage';
import { accountPolicy, contentSize, describePicked, uploadContentOf, type PickedFile } from '../attach/attachmentFiles';
import { describeProblems } from '../attach/attachmentMessages';
import { offeredOperation } from '../common/providerOperation';
import { admitAttachments, policyForField } from '../attach/attachmentPolicy';
import { isTicketError } from '../core/errors';
import type { FileField } from '../core/form-schema';
import type { TicketProvider, UploadedAttachment } from '../core/provider';
import type { CreateAttachmentView, CreateUploadResult } from '../shared/protocol/create';
import { outsideText } from '../shared/outsideText';

export interface UploadDependencies {
  run<T>(call: (provider: TicketProvider) => Promise<T>): Promise<T>;
  /** Progress of the file being uploaded, forwarded to the page. */
  progress(fileName: string, sentBytes: number, totalBytes: number): void;
  readonly log: vscode.LogOutputChannel;
}

/**
 * Lets the user pick files in the host (never piped through postMessage), checks them against the
 * account's attachment policy tightened by the field (count, type, size from metadata, folders and
 * empty files refused) before any byte is read, then uploads them one by one. Uploads are writes: a
 * failed one is reported, never retried by itself.
 */
export async function pickAndUpload(field: FileField, already: number, provider: TicketProvider | undefined, deps: UploadDependencies): Promise<CreateUploadResult> {
  const picked = await vscode.window.showOpenDialog({
    canSelectMany: true,
    openLabel: vscode.l10n.t('Attach'),
    title: vscode.l10n.t('Attach files to the new ticket'),
  });
  if (!picked || picked.length === 0) return { added: [], refused: [] };
  const base = provider ? await accountPolicy(deps.run) : { maxFiles: field.maxFiles, maxBytesPerFile: field.maxBytesPerFile, allowedExtensions: [] };
  const policy = policyForField(base, field);
  const { accepted, problems } = admitAttachments(await describePicked(picked), policy, already);
  const added: CreateAttachmentView[] = [];
  const refused: string[] = describeProblems(problems);
  for (const file of accepted) {
    try {
      const uploaded = await upload(file, policy.maxBytesPerFile, deps);
      added.push({ id: uploaded.id, fileName: uploaded.fileName, sizeBytes: uploaded.sizeBytes });
    } catch (error) {
      deps.log.warn(`Upload of an attachment failed: ${error instanceof Error ? error.message : String(error)}`);
      const reason = errorMessage(error);
      refused.push(isTicketError(error) && error.code === 'AttachmentRefused' ? reason : vscode.l10n.t('{0} could not be uploaded: {1}', outsideText(file.name), reason));
    }
  }
  return { added, refused };
}

async function upload(file: PickedFile, limit: number, deps: UploadDependencies): Promise<UploadedAttachment> {
  // A file on disk is streamed while it is sent, never held whole.
  const content = await uploadContentOf(file, limit);
  deps.progress(file.name, 0, contentSize(content));
  return deps.run((provider) =>
    offeredOperation(
      provider,
      'uploadAttachment',
    )({
      fileName: file.name,
      ...content,
      purpose: 'create',
      onProgress: (sent, total) => deps.progress(file.name, sent, total),
    }),
  );
}
