import * as vscode from 'vscode';
import type { AssistantWorkspace, DiagnosticsSource, DiagnosticsTarget, PreparedBundle } from '../assistant';
import { bundleZipInputs, redactBundle, redactionCounts, renderPreview } from '../core/diagnostics/bundle';
import { createZip } from '../core/zip';
import { allCollectors, collectBundle, knownSecretsOf } from '../diagnostics/collect';
import type { DiagnosticsHost } from '../diagnostics/diagnosticsHost';
import { EXTENSION_ID, TICKET_LINK_PATH, ticketLinkQuery } from '../links/ticketUri';
import { REDACTION_PROFILE } from '../providers';
import type { HostServices } from '../services/services';
import { OUTSIDE_TEXT_LIMITS, outsideText } from '../shared/outsideText';

/** The assistant tools' view of the extension: its accounts, its provider registry (health included), its links. */
export function hostWorkspace(services: HostServices, diagnostics: DiagnosticsHost): AssistantWorkspace {
  return {
    accounts: () => services.accounts.list().map((account) => ({ id: account.id, label: account.label, providerId: account.providerId })),
    run: (accountId, call) => services.providers.run(accountId, call),
    knownSecrets: () => knownSecretsOf(services),
    ticketLink: (account, ticketId) => `${vscode.env.uriScheme}://${EXTENSION_ID}${TICKET_LINK_PATH}?${ticketLinkQuery(account.id, ticketId)}`,
    afterWrite: (accountId) => services.tickets.refresh(accountId),
    diagnostics: editorDiagnostics(services, diagnostics),
  };
}

/**
 * The bundle the "Attach Diagnostics…" command makes (every collector, personal data redacted), opened
 * in the same read-only preview editor before the tool's confirmation asks to attach it.
 */
function editorDiagnostics(services: HostServices, host: DiagnosticsHost): DiagnosticsSource {
  return {
    async prepare(target: DiagnosticsTarget, signal?: AbortSignal): Promise<PreparedBundle> {
      const ticket = { accountId: target.account.id, ticketId: target.ticketId, ticketTitle: target.ticketTitle, accountLabel: target.account.label };
      const collected = await collectBundle(
        { services, logUri: host.logUri, target: ticket, signal: signal ?? new AbortController().signal },
        allCollectors().map((collector) => collector.id),
        [],
      );
      const bundle = redactBundle(collected.sections, REDACTION_PROFILE, { knownSecrets: await knownSecretsOf(services), emails: true, phoneNumbers: true });
      const counts = Object.entries(redactionCounts(bundle)).map(([kind, count]) => `${kind} ×${count}`);
      const total = bundle.sections.reduce((sum, section) => sum + section.findings.length, 0);
      const stamp = new Date(bundle.createdAt).toISOString().replace(/[-:]/g, '').slice(0, 15);
      const intro = [
        vscode.l10n.t(
          'Diagnostics bundle for ticket {0} (account "{1}"), prepared for the assistant. Nothing has been sent yet: review it, then answer the confirmation.',
          outsideText(target.ticketId, { maxLength: OUTSIDE_TEXT_LIMITS.label }),
          outsideText(target.account.label, { maxLength: OUTSIDE_TEXT_LIMITS.label }),
        ),
        vscode.l10n.t('Files: {0}. Redacted values: {1}{2}.', bundle.sections.length + 1, total, counts.length > 0 ? ` (${outsideText(counts.join(', '))})` : ''),
      ];
      const preview = renderPreview(bundle, intro);
      await host.previews.show(`cloud-tickets-diagnostics-${stamp}.txt`, preview);
      return {
        fileName: `cloud-tickets-diagnostics-${stamp}.zip`,
        data: await createZip(bundleZipInputs(bundle, `Cloud Tickets ${String(vscode.extensions.getExtension(EXTENSION_ID)?.packageJSON.version ?? '')}`.trim())),
        summary: [`Files: ${bundle.sections.map((section) => section.path).join(', ')}, manifest.json.`, `Redacted values: ${counts.length > 0 ? counts.join(', ') : 'none'}.`],
        previewText: preview.text,
        shownToUser: true,
      };
    },
  };
}
