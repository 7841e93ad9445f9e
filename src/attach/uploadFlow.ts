import * as vscode from 'vscode';
import { isAbortError } from '../core/abort';
import type { HostServices } from '../services/services';
import { offeredOperation } from '../common/providerOperation';
import { readBaseline, sendReplyOnce, type ReplyOutcome, type ThreadBaseline } from '../core/reply-duplicate-guard';
import type { UploadContent } from './attachmentFiles';
import { formatBytes } from './attachmentMessages';
import type { CandidateFile } from './attachmentPolicy';
import { needsCheckBeforeResend, replyArrived, type UnsentReply } from './replyOutcome';
import type { AttachTarget } from './ticketPicker';
import { OUTSIDE_TEXT_LIMITS, outsideText } from '../shared/outsideText';

interface PreparedFileBase extends CandidateFile {
  readonly contentType?: string;
}

/**
 * A file ready to upload: name and size are known; its content is fetched once, right before sending:
 * a source streamed while it is sent (a file on disk, `content`), or bytes already in memory (an
 * archive we built, text; `read`).
 */
export type PreparedFile = PreparedFileBase & ({ content(): Promise<UploadContent> } | { read(): Promise<Uint8Array> });

function contentOf(file: PreparedFile): Promise<UploadContent> {
  return 'content' in file ? file.content() : file.read().then((data) => ({ data }));
}

/** A reply whose files are uploaded, with what a resend needs: the same text, ids and baseline. */
export interface PendingReply {
  readonly body: string;
  readonly attachments: readonly { readonly id: string; readonly name: string }[];
  readonly baseline?: ThreadBaseline;
  /** The previous attempt ended ambiguously, so a resend looks for it first. */
  readonly checkFirst: boolean;
}

export type AttachOutcome =
  /** `recovered`: the reply failed ambiguously but was found in the conversation (not posted twice). */
  | { readonly status: 'sent'; readonly attachmentIds: readonly string[]; readonly recovered: boolean }
  | { readonly status: 'cancelled'; readonly uploaded: number }
  /** The files are uploaded but the reply did not go through (or may not have); `pending` resends it. */
  | { readonly status: 'unsent'; readonly reply: UnsentReply; readonly pending: PendingReply };

export interface UploadOptions {
  /** Aborts like the progress notification's Cancel button (for callers with their own cancel). */
  readonly signal?: AbortSignal;
}

/**
 * Uploads the files one by one with progress and cancel, then posts ONE reply carrying all of them.
 * Cancelling before the reply is sent leaves no reply behind (uploaded files stay unreferenced); the
 * reply itself is not cancelled once started, so it is never half-sent. Writes are never retried, and
 * after an ambiguous reply failure the conversation is read back before a resend is offered.
 */
export function uploadAndReply(services: HostServices, target: AttachTarget, files: readonly PreparedFile[], body: string, options: UploadOptions = {}): Thenable<AttachOutcome> {
  const total = Math.max(
    1,
    files.reduce((sum, file) => sum + file.size, 0),
  );
  return vscode.window.withProgress(
    { location: vscode.ProgressLocation.Notification, title: vscode.l10n.t('Attaching to "{0}"', outsideText(target.ticketTitle, { maxLength: OUTSIDE_TEXT_LIMITS.label })), cancellable: true },
    async (progress, token) => {
      const abort = new AbortController();
      const onCancel = token.onCancellationRequested(() => abort.abort());
      const onOuterAbort = () => abort.abort();
      options.signal?.addEventListener('abort', onOuterAbort, { once: true });
      if (options.signal?.aborted) abort.abort();
      const uploaded: { id: string; name: string }[] = [];
      let sentBefore = 0;
      try {
        for (const file of files) {
          if (abort.signal.aborted) break;
          const sizeText = formatBytes(file.size);
          progress.report({ message: vscode.l10n.t('{0} ({1})', outsideText(file.name, { maxLength: OUTSIDE_TEXT_LIMITS.label }), sizeText) });
          const content = await contentOf(file);
          let reported = 0;
          const result = await services.providers.run(target.accountId, (provider) =>
            offeredOperation(provider, 'uploadAttachment')(
              {
                fileName: file.name,
                ...content,
                purpose: 'reply',
                ...(file.contentType ? { contentType: file.contentType } : {}),
                onProgress: (sent) => {
                  const increment = ((sent - reported) / total) * 100;
                  reported = sent;
                  if (increment > 0)
                    progress.report({ increment, message: vscode.l10n.t('{0} ({1} of {2})', outsideText(file.name, { maxLength: OUTSIDE_TEXT_LIMITS.label }), formatBytes(sent), sizeText) });
                },
              },
              abort.signal,
            ),
          );
          uploaded.push({ id: result.id, name: result.fileName || file.name });
          sentBefore += file.size;
          if (file.size > reported) progress.report({ increment: ((file.size - reported) / total) * 100 });
        }
        if (abort.signal.aborted) return cancelled(services, target, uploaded.length);
        progress.report({ message: vscode.l10n.t('Posting the reply…') });
        // What "new" means if the reply fails ambiguously: the thread as it is now.
        const baseline = await services.providers.run(target.accountId, (provider) => readBaseline(provider, target.ticketId)).catch(() => undefined);
        const outcome = await postReply(services, target, { body, attachments: uploaded, ...(baseline ? { baseline } : {}), checkFirst: false }, progress);
        if (outcome.status === 'sent') services.log.info(`attached ${uploaded.length} file(s), ${sentBefore} bytes, to ticket ${target.ticketId}`);
        return outcome;
      } catch (error) {
        if (abort.signal.aborted || isAbortError(error)) return cancelled(services, target, uploaded.length);
        throw error;
      } finally {
        onCancel.dispose();
        options.signal?.removeEventListener('abort', onOuterAbort);
      }
    },
  );
}

/** Sends an uploaded reply again after it did not go through; looks for the earlier attempt first. */
export function resendReply(services: HostServices, target: AttachTarget, pending: PendingReply): Thenable<AttachOutcome> {
  return vscode.window.withProgress(
    { location: vscode.ProgressLocation.Notification, title: vscode.l10n.t('Attaching to "{0}"', outsideText(target.ticketTitle, { maxLength: OUTSIDE_TEXT_LIMITS.label })) },
    (progress) => postReply(services, target, pending, progress),
  );
}

/**
 * Posts the reply once, without the cancel signal: a cancelled half-reply could be posted anyway, and
 * a write is never retried. An ambiguous failure is looked up in the conversation.
 */
async function postReply(services: HostServices, target: AttachTarget, pending: PendingReply, progress: vscode.Progress<{ message?: string }>): Promise<AttachOutcome> {
  const input = { body: pending.body, attachmentIds: pending.attachments.map((file) => file.id) };
  const outcome: ReplyOutcome = await sendReplyOnce((call) => services.providers.run(target.accountId, call), target.ticketId, input, {
    ...(pending.baseline ? { baseline: pending.baseline } : {}),
    attachmentNames: pending.attachments.map((file) => file.name),
    checkFirst: pending.checkFirst,
    onCheck: () => progress.report({ message: vscode.l10n.t('Checking whether the reply arrived…') }),
  });
  if (replyArrived(outcome)) return { status: 'sent', attachmentIds: input.attachmentIds, recovered: outcome.status === 'recovered' };
  services.log.warn(`reply with ${input.attachmentIds.length} attachment(s) to ticket ${target.ticketId} did not go through (${outcome.status}): ${String(outcome.error)}`);
  return { status: 'unsent', reply: outcome, pending: { ...pending, checkFirst: needsCheckBeforeResend(outcome) } };
}

function cancelled(services: HostServices, target: AttachTarget, uploaded: number): AttachOutcome {
  services.log.info(`attaching to ticket ${target.ticketId} cancelled after ${uploaded} upload(s); no reply was posted`);
  return { status: 'cancelled', uploaded };
}
