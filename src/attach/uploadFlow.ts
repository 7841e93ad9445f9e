import * as vscode from 'vscode';
import { isAbortError } from '../core/abort';
import type { CommandServices } from '../commands/command';
import { formatBytes } from '../panels/createPanelFiles';
import type { AttachmentProblem, CandidateFile } from './attachmentPolicy';
import type { AttachTarget } from './ticketPicker';

/** A file ready to upload: name and size are known; the bytes are read once, right before sending. */
export interface PreparedFile extends CandidateFile {
  read(): Promise<Uint8Array>;
  readonly contentType?: string;
}

export type AttachOutcome =
  | { readonly status: 'sent'; readonly attachmentIds: readonly string[] }
  | { readonly status: 'cancelled'; readonly uploaded: number };

export interface UploadOptions {
  /** Aborts like the progress notification's Cancel button (for callers with their own cancel). */
  readonly signal?: AbortSignal;
}

/**
 * Uploads the files one by one with progress and cancel, then posts ONE reply carrying all of them.
 * Cancelling before the reply is sent leaves no reply behind (uploaded files stay unreferenced); the
 * reply itself is not cancelled once started, so it is never half-sent. Writes are never retried.
 */
export function uploadAndReply(services: CommandServices, target: AttachTarget, files: readonly PreparedFile[], body: string, options: UploadOptions = {}): Thenable<AttachOutcome> {
  const total = Math.max(1, files.reduce((sum, file) => sum + file.size, 0));
  return vscode.window.withProgress(
    { location: vscode.ProgressLocation.Notification, title: vscode.l10n.t('Attaching to "{0}"', target.ticketTitle), cancellable: true },
    async (progress, token) => {
      const abort = new AbortController();
      const onCancel = token.onCancellationRequested(() => abort.abort());
      const onOuterAbort = () => abort.abort();
      options.signal?.addEventListener('abort', onOuterAbort, { once: true });
      if (options.signal?.aborted) abort.abort();
      const ids: string[] = [];
      let sentBefore = 0;
      try {
        for (const file of files) {
          if (abort.signal.aborted) break;
          const sizeText = formatBytes(file.size);
          progress.report({ message: vscode.l10n.t('{0} ({1})', file.name, sizeText) });
          const data = await file.read();
          let reported = 0;
          const uploaded = await services.providers.run(target.accountId, (provider) => provider.uploadAttachment({
            fileName: file.name, data, purpose: 'reply', ...(file.contentType ? { contentType: file.contentType } : {}),
            onProgress: (sent) => {
              const increment = ((sent - reported) / total) * 100;
              reported = sent;
              if (increment > 0) progress.report({ increment, message: vscode.l10n.t('{0} ({1} of {2})', file.name, formatBytes(sent), sizeText) });
            },
          }, abort.signal));
          ids.push(uploaded.id);
          sentBefore += file.size;
          if (file.size > reported) progress.report({ increment: ((file.size - reported) / total) * 100 });
        }
        if (abort.signal.aborted) return cancelled(services, target, ids.length);
        progress.report({ message: vscode.l10n.t('Posting the reply…') });
        // From here on the reply is sent without the abort signal: a cancelled half-reply could be
        // posted anyway, and a write is never retried.
        await services.providers.run(target.accountId, (provider) => provider.reply(target.ticketId, { body, attachmentIds: ids }));
        services.log.info(`attached ${ids.length} file(s), ${sentBefore} bytes, to ticket ${target.ticketId}`);
        return { status: 'sent', attachmentIds: ids } as const;
      } catch (error) {
        if (abort.signal.aborted || isAbortError(error)) return cancelled(services, target, ids.length);
        throw error;
      } finally {
        onCancel.dispose();
        options.signal?.removeEventListener('abort', onOuterAbort);
      }
    },
  );
}

function cancelled(services: CommandServices, target: AttachTarget, uploaded: number): AttachOutcome {
  services.log.info(`attaching to ticket ${target.ticketId} cancelled after ${uploaded} upload(s); no reply was posted`);
  return { status: 'cancelled', uploaded };
}

/** One sentence per problem, naming the file and the limit. */
export function describeProblems(problems: readonly AttachmentProblem[], accountLabel: string): string[] {
  return problems.map((problem) => {
    switch (problem.kind) {
      case 'too-many':
        return vscode.l10n.t('{0} files were chosen; a reply on "{1}" can carry at most {2}.', problem.count, accountLabel, problem.limit);
      case 'too-large':
        return vscode.l10n.t('{0} is {1}; the limit is {2} per file.', problem.file, formatBytes(problem.size), formatBytes(problem.limit));
      case 'empty':
        return vscode.l10n.t('{0} is empty.', problem.file);
      case 'type':
        return vscode.l10n.t('{0}: files of type "{1}" are not accepted. Allowed types: {2}.', problem.file, problem.extension ? `.${problem.extension}` : vscode.l10n.t('(no extension)'), problem.allowed.join(', '));
      case 'unpacked-too-large':
        return vscode.l10n.t('{0} unpacks to {1}; the limit for archives is {2}.', problem.file, formatBytes(problem.size), formatBytes(problem.limit));
    }
  });
}
