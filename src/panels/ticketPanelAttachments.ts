import * as vscode from 'vscode';
import { errorMessage } from '../common/errorMessage';
import { isAbortError } from '../core/abort';
import type { Capabilities } from '../core/capabilities';
import { TicketError } from '../core/errors';
import type { Attachment } from '../core/ticket';
import type { HostServices } from '../services/services';
import { offeredOperation } from '../common/providerOperation';
import { accountPolicy, describePicked, uploadContentOf, type PickedFile, type UploadContent } from '../attach/attachmentFiles';
import { describeProblems } from '../attach/attachmentMessages';
import { admitAttachments, type AttachmentPolicy } from '../attach/attachmentPolicy';
import type { DraftAttachment } from './drafts';
import { OUTSIDE_TEXT_LIMITS, outsideFileName, outsideText, type SafeText } from '../shared/outsideText';
import type { TicketTarget } from '../services/services';
import { downloadTo } from './attachmentDownload';

/**
 * Files in and out of a ticket, always in the host: picking and uploading (limits checked before any
 * byte is sent, progress with cancel) and fetching a message's attachment to open or save it. File
 * content never travels through postMessage.
 */
export class TicketAttachments {
  constructor(private readonly services: HostServices) {}

  /**
   * Lets the user pick files (or takes the given ones), checks them against the account's attachment
   * policy from their metadata, and uploads the ones that fit.
   */
  async pickAndUpload(target: TicketTarget, capabilities: Capabilities, alreadyAttached: number, given?: readonly vscode.Uri[]): Promise<DraftAttachment[]> {
    if (!capabilities.attachments || capabilities.maxAttachmentsPerMessage <= 0) {
      throw new TicketError({ kind: 'invalid-input', code: 'Unsupported', message: vscode.l10n.t('This account cannot attach files to replies.') });
    }
    if (alreadyAttached >= capabilities.maxAttachmentsPerMessage) {
      void vscode.window.showWarningMessage(vscode.l10n.t('A reply can carry at most {0} attachments.', capabilities.maxAttachmentsPerMessage));
      return [];
    }
    const uris = given ?? (await vscode.window.showOpenDialog({ canSelectMany: true, openLabel: vscode.l10n.t('Attach'), title: vscode.l10n.t('Attach files to the reply') }));
    if (!uris || uris.length === 0) return [];
    const policy = await accountPolicy((call) => this.services.providers.run(target.accountId, call));
    const { accepted, problems } = admitAttachments(await describePicked(uris), policy, alreadyAttached);
    this.warn(describeProblems(problems));
    if (accepted.length === 0) return [];
    return this.upload(target, accepted, policy);
  }

  private warn(problems: readonly SafeText[]): void {
    if (problems.length > 0) void vscode.window.showWarningMessage(vscode.l10n.t('Some files were not attached: {0}', problems.join(' ')));
  }

  private upload(target: TicketTarget, files: readonly PickedFile[], policy: AttachmentPolicy): Thenable<DraftAttachment[]> {
    const total = Math.max(
      1,
      files.reduce((sum, file) => sum + file.size, 0),
    );
    return vscode.window.withProgress({ location: vscode.ProgressLocation.Notification, title: vscode.l10n.t('Uploading attachments'), cancellable: true }, async (progress, token) => {
      const abort = new AbortController();
      const subscription = token.onCancellationRequested(() => abort.abort());
      const uploaded: DraftAttachment[] = [];
      const refused: SafeText[] = [];
      let done = 0;
      try {
        for (const file of files) {
          if (abort.signal.aborted) break;
          const fileName = file.name;
          progress.report({ message: outsideText(fileName, { maxLength: OUTSIDE_TEXT_LIMITS.label }) });
          let content: UploadContent;
          try {
            // A file on disk is streamed while it is sent, never held whole.
            content = await uploadContentOf(file, policy.maxBytesPerFile);
          } catch (error) {
            // The file changed since it was checked (grew, became a folder): skip it, keep the others.
            refused.push(errorMessage(error));
            continue;
          }
          let reported = 0;
          const result = await this.services.providers.run(target.accountId, (provider) =>
            offeredOperation(provider, 'uploadAttachment')(
              {
                fileName,
                ...content,
                purpose: 'reply',
                onProgress: (sent) => {
                  const increment = ((sent - reported) / total) * 100;
                  reported = sent;
                  if (increment > 0) progress.report({ increment, message: outsideText(fileName, { maxLength: OUTSIDE_TEXT_LIMITS.label }) });
                },
              },
              abort.signal,
            ),
          );
          done += file.size;
          progress.report({ increment: ((file.size - reported) / total) * 100 });
          uploaded.push({ id: result.id, name: result.fileName || fileName, sizeBytes: result.sizeBytes || file.size });
        }
      } catch (error) {
        if (!isAbortError(error) && !abort.signal.aborted) throw error;
      } finally {
        subscription.dispose();
      }
      this.warn(refused);
      this.services.log.info(`uploaded ${uploaded.length}/${files.length} attachment(s), ${done} bytes, for ticket ${target.ticketId}`);
      return uploaded;
    });
  }

  /** Downloads an attachment into the extension's storage and opens it, or saves it where the user says. */
  async openOrSave(attachment: Attachment, mode: 'open' | 'save', target: TicketTarget): Promise<boolean> {
    if (!attachment.url || !/^https?:\/\//i.test(attachment.url)) {
      throw new TicketError({
        kind: 'not-found',
        code: 'NoDownloadLink',
        message: vscode.l10n.t('{0} has no download link. Open the ticket in the web console to get it.', outsideText(outsideFileName(attachment.name))),
      });
    }
    // The server's name without path, reordering or invisible characters: the saved file shows its real extension.
    const name = outsideFileName(attachment.name);
    let destination: vscode.Uri | undefined;
    if (mode === 'save') {
      const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
      destination = await vscode.window.showSaveDialog({ defaultUri: folder ? vscode.Uri.joinPath(folder, name) : undefined, title: vscode.l10n.t('Save attachment') });
      if (!destination) return false;
    } else {
      destination = vscode.Uri.joinPath(this.services.globalStorageUri, 'attachments', outsideFileName(target.ticketId), name);
    }
    const url = attachment.url;
    await vscode.window.withProgress(
      { location: vscode.ProgressLocation.Notification, title: vscode.l10n.t('Downloading {0}', outsideText(name, { maxLength: OUTSIDE_TEXT_LIMITS.label })), cancellable: true },
      (_progress, token) => downloadTo(url, destination, token),
    );
    if (mode === 'open') await vscode.commands.executeCommand('vscode.open', destination);
    else void vscode.window.showInformationMessage(vscode.l10n.t('Saved {0}.', outsideText(name, { maxLength: OUTSIDE_TEXT_LIMITS.label })));
    return true;
  }
}
