import * as vscode from 'vscode';
import type { HostServices } from '../services/services';
import { uploadContentOf } from './attachmentFiles';
import { describeProblems, formatBytes } from './attachmentMessages';
import { checkAttachments, folderLimit, loadAttachmentPolicy, type AttachmentPolicy, type CandidateFile } from './attachmentPolicy';
import { defaultUris, parseAttachArgs, pickFiles, resolveSources, type AttachSource } from './attachSources';
import { scanFolder, zipFolder, type FolderScan } from './folderZip';
import { recoveredReplyText, unsentReplyText } from './replyOutcome';
import { OUTSIDE_TEXT_LIMITS, outsideText, ownText, type SafeText } from '../shared/outsideText';
import { attachTargetFor, pickAttachTarget, type AttachTarget } from './ticketPicker';
import { resendReply, uploadAndReply, type AttachOutcome, type PreparedFile } from './uploadFlow';

/** Placeholder size for a folder before it is zipped (its real size is checked after zipping). */
const UNKNOWN_SIZE = 1;

/**
 * "Attach to Ticket…": the files (or folders, or editor text) named by the arguments go to a ticket
 * the user picks, as one reply. Every limit is checked before the first byte is sent.
 */
export async function attachToTicket(services: HostServices, args: readonly unknown[]): Promise<void> {
  const parsed = parseAttachArgs(args);
  const uris = parsed.uris ?? (parsed.ticket ? await pickFiles() : await defaultUris());
  if (!uris || uris.length === 0) return;
  const sources = await resolveSources(uris);
  if (!sources || sources.length === 0) return;
  const title =
    sources.length === 1 ? vscode.l10n.t('Attach {0} to Ticket', outsideText(sources[0].name, { maxLength: OUTSIDE_TEXT_LIMITS.label })) : vscode.l10n.t('Attach {0} Files to Ticket', sources.length);
  const target = parsed.ticket ? await attachTargetFor(services, parsed.ticket) : await pickAttachTarget(services, ownText(title));
  if (!target) return;
  const policy = await policyFor(services, target);
  if (!policy) return;
  if (!allowed(sources.map(candidateOf), policy, target)) return;
  const files = await prepare(sources, policy);
  if (!files || !allowed(files, policy, target)) return;
  const body = await askMessage(services, target, files);
  if (body === undefined) return;
  reportOutcome(services, target, await uploadAndReply(services, target, files, body), files.length);
}

/** The attachment policy of the target's account, or undefined (after saying why) when it cannot attach. */
export async function policyFor(services: HostServices, target: AttachTarget): Promise<AttachmentPolicy | undefined> {
  const provider = await services.providers.get(target.accountId);
  if (!provider.capabilities.attachments || provider.capabilities.maxAttachmentsPerMessage <= 0) {
    void vscode.window.showErrorMessage(vscode.l10n.t('The account "{0}" cannot attach files to tickets.', outsideText(target.accountLabel, { maxLength: OUTSIDE_TEXT_LIMITS.label })));
    return undefined;
  }
  return vscode.window.withProgress({ location: vscode.ProgressLocation.Window, title: vscode.l10n.t('Checking attachment limits…') }, () =>
    services.providers.run(target.accountId, (ready) => loadAttachmentPolicy(ready)),
  );
}

/** Shows every problem at once, naming files and limits; true when there is none. */
export function allowed(files: readonly CandidateFile[], policy: AttachmentPolicy, target: AttachTarget): boolean {
  const problems = checkAttachments(files, policy);
  if (problems.length === 0) return true;
  void vscode.window.showErrorMessage(vscode.l10n.t('Nothing was attached to "{0}".', outsideText(target.ticketTitle, { maxLength: OUTSIDE_TEXT_LIMITS.label })), {
    modal: true,
    detail: describeProblems(problems).join('\n'),
  });
  return false;
}

function candidateOf(source: AttachSource): CandidateFile {
  switch (source.kind) {
    case 'file':
      return { name: source.name, size: source.size };
    case 'text':
      return { name: source.name, size: new TextEncoder().encode(source.text).byteLength };
    case 'folder':
      return { name: `${source.name}.zip`, size: UNKNOWN_SIZE };
  }
}

async function prepare(sources: readonly AttachSource[], policy: AttachmentPolicy): Promise<PreparedFile[] | undefined> {
  const files: PreparedFile[] = [];
  for (const source of sources) {
    if (source.kind === 'file') {
      files.push({ name: source.name, size: source.size, content: () => uploadContentOf(source, policy.maxBytesPerFile) });
    } else if (source.kind === 'text') {
      const data = new TextEncoder().encode(source.text);
      files.push({ name: source.name, size: data.byteLength, contentType: 'text/plain; charset=utf-8', read: () => Promise.resolve(data) });
    } else {
      const zipped = await zipFolderSource(source.uri, policy);
      if (!zipped) return undefined;
      files.push(zipped);
    }
  }
  return files;
}

/** Scans a folder, shows what would be zipped (count, size, what is left out), and zips it after a yes. */
async function zipFolderSource(uri: vscode.Uri, policy: AttachmentPolicy): Promise<PreparedFile | undefined> {
  const scan = await vscode.window.withProgress({ location: vscode.ProgressLocation.Notification, title: vscode.l10n.t('Scanning the folder…'), cancellable: true }, (_progress, token) =>
    scanFolder(uri, token),
  );
  if (scan.files.length === 0) {
    void vscode.window.showInformationMessage(
      vscode.l10n.t('The folder {0} has no files to attach (after leaving out ignored and excluded files).', outsideText(scan.folderName, { maxLength: OUTSIDE_TEXT_LIMITS.label })),
    );
    return undefined;
  }
  if (scan.truncated) {
    void vscode.window.showErrorMessage(
      vscode.l10n.t('The folder {0} has too many files to attach. Choose a smaller folder or the files you need.', outsideText(scan.folderName, { maxLength: OUTSIDE_TEXT_LIMITS.label })),
    );
    return undefined;
  }
  // Checked from metadata before any file is read: a folder too large to make an archive that fits is not zipped at all.
  if (scan.totalBytes > folderLimit(policy)) {
    void vscode.window.showErrorMessage(
      vscode.l10n.t(
        'The folder {0} holds {1}; archives may unpack to at most {2}.',
        outsideText(scan.folderName, { maxLength: OUTSIDE_TEXT_LIMITS.label }),
        formatBytes(scan.totalBytes),
        formatBytes(folderLimit(policy)),
      ),
    );
    return undefined;
  }
  const zip = vscode.l10n.t('Zip and Attach');
  const answer = await vscode.window.showInformationMessage(
    vscode.l10n.t('Zip the folder {0}? {1} files, {2} before compression.', outsideText(scan.folderName, { maxLength: OUTSIDE_TEXT_LIMITS.label }), scan.files.length, formatBytes(scan.totalBytes)),
    { modal: true, detail: leftOut(scan).join('\n') || undefined },
    zip,
  );
  if (answer !== zip) return undefined;
  const name = `${scan.folderName}.zip`;
  const data = await vscode.window.withProgress(
    { location: vscode.ProgressLocation.Notification, title: vscode.l10n.t('Zipping {0}…', outsideText(scan.folderName, { maxLength: OUTSIDE_TEXT_LIMITS.label })), cancellable: true },
    (progress, token) =>
      zipFolder(scan, (path) => progress.report({ message: outsideText(path, { maxLength: OUTSIDE_TEXT_LIMITS.label }), increment: 100 / scan.files.length }), token, {
        maxArchiveBytes: policy.maxBytesPerFile,
        maxUnpackedBytes: folderLimit(policy),
      }),
  );
  if (!data) return undefined;
  return { name, size: data.byteLength, unpackedSize: scan.totalBytes, contentType: 'application/zip', read: () => Promise.resolve(data) };
}

function leftOut(scan: FolderScan): SafeText[] {
  const lines: SafeText[] = [];
  if (scan.excludedFolders.length > 0) lines.push(ownText(vscode.l10n.t('Left out: {0}.', outsideText(scan.excludedFolders.join(', ')))));
  if (scan.ignoredCount > 0) lines.push(ownText(vscode.l10n.t('Left out {0} entries matched by .gitignore.', scan.ignoredCount)));
  if (scan.secretFiles.length > 0) lines.push(ownText(vscode.l10n.t('Left out because they usually hold secrets: {0}.', outsideText(scan.secretFiles.join(', ')))));
  return lines;
}

/** The optional message of the reply; undefined when the user cancels. Empty means the default text. */
export async function askMessage(services: HostServices, target: AttachTarget, files: readonly PreparedFile[]): Promise<string | undefined> {
  const provider = await services.providers.get(target.accountId);
  const maxLength = provider.capabilities.maxReplyLength;
  const fallback = defaultBody(
    files.map((file) => file.name),
    maxLength,
  );
  const message = await vscode.window.showInputBox({
    title: vscode.l10n.t('Attach to "{0}"', outsideText(target.ticketTitle, { maxLength: OUTSIDE_TEXT_LIMITS.label })),
    prompt: vscode.l10n.t('Message to send with the attachments (optional). Press Enter to send.'),
    placeHolder: outsideText(fallback, { maxLength: OUTSIDE_TEXT_LIMITS.message }),
    validateInput: (value) => (value.trim().length > maxLength ? vscode.l10n.t('A reply can have at most {0} characters.', maxLength) : undefined),
  });
  if (message === undefined) return undefined;
  return message.trim() || fallback;
}

function defaultBody(names: readonly string[], maxLength: number): string {
  // The reply body sent to the cloud, not text VS Code shows: the file names go as they are.
  // eslint-disable-next-line cloud-tickets/outside-text
  const text = vscode.l10n.t('Attached from VS Code: {0}', names.join(', '));
  return text.length <= maxLength ? text : `${text.slice(0, Math.max(0, maxLength - 1))}…`;
}

/**
 * Says how it went: after a success offers to open the ticket; after a reply that did not go through
 * offers to send it again (files already uploaded, text kept), which first looks for the earlier
 * attempt when that one failed ambiguously.
 */
export function reportOutcome(services: HostServices, target: AttachTarget, outcome: AttachOutcome, count: number): void {
  const open = vscode.l10n.t('Open Ticket');
  const openTicket = () => void vscode.commands.executeCommand('cloudTickets.openTicket', target.accountId, target.ticketId);
  if (outcome.status === 'cancelled') {
    void vscode.window.showInformationMessage(vscode.l10n.t('Attaching was cancelled; no reply was posted to "{0}".', outsideText(target.ticketTitle, { maxLength: OUTSIDE_TEXT_LIMITS.label })));
    return;
  }
  void services.tickets.refresh(target.accountId);
  if (outcome.status === 'unsent') {
    const again = vscode.l10n.t('Send Again');
    const buttons = outcome.reply.status === 'uncertain' ? [open, again] : [again];
    void vscode.window
      .showErrorMessage(vscode.l10n.t('Sending the reply to "{0}" failed. {1}', outsideText(target.ticketTitle, { maxLength: OUTSIDE_TEXT_LIMITS.label }), unsentReplyText(outcome.reply)), ...buttons)
      .then(async (answer) => {
        if (answer === open) openTicket();
        if (answer === again) reportOutcome(services, target, await resendReply(services, target, outcome.pending), count);
      });
    return;
  }
  const done = vscode.l10n.t('Attached {0} file(s) to "{1}".', count, outsideText(target.ticketTitle, { maxLength: OUTSIDE_TEXT_LIMITS.label }));
  void vscode.window.showInformationMessage(outcome.recovered ? `${done} ${recoveredReplyText()}` : done, open).then((answer) => {
    if (answer === open) openTicket();
  });
}
