import * as vscode from 'vscode';
import { allowed, askMessage, policyFor, reportOutcome } from '../attach/attachFlow';
import { typeAllowed } from '../attach/attachmentPolicy';
import { attachTargetFor, pickAttachTarget, type AttachTarget } from '../attach/ticketPicker';
import { uploadAndReply, type PreparedFile } from '../attach/uploadFlow';
import type { HostServices } from '../services/services';
import { bundleZipInputs, redactBundle, redactionCounts, renderPreview, type RedactedBundle } from '../core/diagnostics/bundle';
import { createZip } from '../core/zip';
import { REDACTION_PROFILE } from '../providers';
import type { TicketTarget } from '../services/services';
import { allCollectors, collectBundle, knownSecretsOf, type CollectedBundle } from './collect';
import type { CollectorId } from './collectContext';
import type { DiagnosticsHost } from './diagnosticsHost';
import { OUTSIDE_TEXT_LIMITS, outsideText, ownText } from '../shared/outsideText';

interface ContentsItem extends vscode.QuickPickItem {
  readonly collector?: CollectorId;
  readonly option?: 'files' | 'personal';
}

interface Contents {
  readonly collectors: CollectorId[];
  readonly addFiles: boolean;
  readonly redactPersonalData: boolean;
}

/**
 * "Attach Diagnostics…": collect what the user chose, redact it, show the redacted bundle as a
 * read-only preview with the redactions highlighted, and only after the user confirms zip it and
 * attach it as one reply. A ticket named by the caller (ticket panel, tree) skips the ticket pick.
 */
export async function attachDiagnostics(services: HostServices, host: DiagnosticsHost, ref: TicketTarget | undefined): Promise<void> {
  const target = ref ? await attachTargetFor(services, ref) : await pickAttachTarget(services, ownText(vscode.l10n.t('Attach Diagnostics to Ticket')));
  if (!target) return;
  const policy = await policyFor(services, target);
  if (!policy) return;
  if (!typeAllowed(policy, 'bundle.zip')) {
    void vscode.window.showErrorMessage(
      vscode.l10n.t('The account "{0}" does not accept zip files, so a diagnostics bundle cannot be attached.', outsideText(target.accountLabel, { maxLength: OUTSIDE_TEXT_LIMITS.label })),
    );
    return;
  }
  const contents = await chooseContents();
  if (!contents) return;
  const addedFiles = contents.addFiles
    ? ((await vscode.window.showOpenDialog({ canSelectMany: true, openLabel: vscode.l10n.t('Add to Bundle'), title: vscode.l10n.t('Add files to the diagnostics bundle') })) ?? [])
    : [];
  const collected = await collect(services, host, target, contents, addedFiles);
  if (!collected) return;
  const bundle = redactBundle(collected.sections, REDACTION_PROFILE, { knownSecrets: await knownSecretsOf(services), emails: contents.redactPersonalData, phoneNumbers: contents.redactPersonalData });
  const baseName = `cloud-tickets-diagnostics-${timestamp(new Date(bundle.createdAt))}`;
  await host.previews.show(`${baseName}.txt`, renderPreview(bundle, introLines(target, bundle, collected)));
  if (!(await confirmAttach(target, bundle))) return;
  const file = await zipBundle(services, bundle, `${baseName}.zip`);
  if (!allowed([file], policy, target)) return;
  const body = await askMessage(services, target, [file]);
  if (body === undefined) return;
  reportOutcome(services, target, await uploadAndReply(services, target, [file], body), 1);
}

async function chooseContents(): Promise<Contents | undefined> {
  const items: ContentsItem[] = [
    ...allCollectors().map((collector) => ({ label: collector.label, detail: collector.detail, picked: true, collector: collector.id })),
    { label: vscode.l10n.t('Options'), kind: vscode.QuickPickItemKind.Separator },
    { label: vscode.l10n.t('Add files…'), detail: vscode.l10n.t('Choose text files (logs, configuration) to include; they are redacted too'), picked: false, option: 'files' },
    { label: vscode.l10n.t('Redact e-mail addresses and phone numbers'), detail: vscode.l10n.t('Keys, tokens and passwords are always redacted'), picked: true, option: 'personal' },
  ];
  const chosen = await vscode.window.showQuickPick(items, {
    canPickMany: true,
    title: vscode.l10n.t('Attach Diagnostics: What to Include'),
    placeHolder: vscode.l10n.t('Nothing is sent before you have reviewed the bundle'),
  });
  if (!chosen) return undefined;
  return {
    collectors: chosen.flatMap((item) => (item.collector ? [item.collector] : [])),
    addFiles: chosen.some((item) => item.option === 'files'),
    redactPersonalData: chosen.some((item) => item.option === 'personal'),
  };
}

function collect(services: HostServices, host: DiagnosticsHost, target: AttachTarget, contents: Contents, addedFiles: readonly vscode.Uri[]): Thenable<CollectedBundle | undefined> {
  return vscode.window.withProgress({ location: vscode.ProgressLocation.Notification, title: vscode.l10n.t('Collecting diagnostics…'), cancellable: true }, async (progress, token) => {
    const abort = new AbortController();
    const subscription = token.onCancellationRequested(() => abort.abort());
    try {
      const collected = await collectBundle({ services, logUri: host.logUri, target, signal: abort.signal }, contents.collectors, addedFiles, (label) =>
        progress.report({ message: outsideText(label) }),
      );
      return abort.signal.aborted ? undefined : collected;
    } finally {
      subscription.dispose();
    }
  });
}

function introLines(target: AttachTarget, bundle: RedactedBundle, { skippedFiles, refusedFiles }: CollectedBundle): string[] {
  const counts = Object.entries(redactionCounts(bundle)).map(([kind, count]) => `${kind} ×${count}`);
  const total = bundle.sections.reduce((sum, section) => sum + section.findings.length, 0);
  const lines = [
    vscode.l10n.t(
      'Diagnostics bundle for "{0}" ({1}, account "{2}"). Review it before attaching.',
      outsideText(target.ticketTitle, { maxLength: OUTSIDE_TEXT_LIMITS.label }),
      outsideText(target.ticketId, { maxLength: OUTSIDE_TEXT_LIMITS.label }),
      outsideText(target.accountLabel, { maxLength: OUTSIDE_TEXT_LIMITS.label }),
    ),
    vscode.l10n.t('Nothing has been sent yet. This preview is read-only; highlighted markers show what was redacted.'),
    vscode.l10n.t('Files: {0}. Redacted values: {1}{2}.', bundle.sections.length + 1, total, counts.length > 0 ? ` (${outsideText(counts.join(', '))})` : ''),
  ];
  if (skippedFiles.length > 0) lines.push(vscode.l10n.t('Left out (binary files cannot be checked for secrets): {0}.', outsideText(skippedFiles.join(', '))));
  if (refusedFiles.length > 0) lines.push(vscode.l10n.t('Not added: {0}', outsideText(refusedFiles.join(' '))));
  return lines;
}

async function confirmAttach(target: AttachTarget, bundle: RedactedBundle): Promise<boolean> {
  const attach = vscode.l10n.t('Attach Bundle');
  const total = bundle.sections.reduce((sum, section) => sum + section.findings.length, 0);
  const answer = await vscode.window.showInformationMessage(
    vscode.l10n.t(
      'Review the diagnostics bundle in the editor ({0} redacted values are highlighted). Attach it to "{1}"?',
      total,
      outsideText(target.ticketTitle, { maxLength: OUTSIDE_TEXT_LIMITS.label }),
    ),
    attach,
    vscode.l10n.t('Cancel'),
  );
  return answer === attach;
}

async function zipBundle(services: HostServices, bundle: RedactedBundle, name: string): Promise<PreparedFile> {
  const extension = vscode.extensions.all.find((candidate) => candidate.extensionUri.toString() === services.extensionUri.toString());
  const inputs = bundleZipInputs(bundle, `Cloud Tickets ${String(extension?.packageJSON.version ?? '')}`.trim());
  const data = await createZip(inputs);
  const unpackedSize = inputs.reduce((sum, input) => sum + input.data.byteLength, 0);
  return { name, size: data.byteLength, unpackedSize, contentType: 'application/zip', read: () => Promise.resolve(data) };
}

function timestamp(date: Date): string {
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${date.getFullYear()}${pad(date.getMonth() + 1)}${pad(date.getDate())}-${pad(date.getHours())}${pad(date.getMinutes())}${pad(date.getSeconds())}`;
}
