import * as vscode from 'vscode';
import type { HostServices } from '../services/services';
import type { BundleSection } from '../core/diagnostics/bundle';
import type { Collector, CollectContext, CollectorId } from './collectContext';
import { collectConnectivity } from './connectivityCollector';
import { collectEnvironment, collectProxy } from './environmentCollectors';
import { collectGit } from './gitState';
import { collectUserFiles } from './userFiles';
import { collectExtensionLog, collectProblems } from './workspaceCollectors';

/** Every collector, in bundle order, with its localised name. */
export function allCollectors(): Collector[] {
  return [
    { id: 'environment', label: vscode.l10n.t('Environment'), detail: vscode.l10n.t('VS Code and extension versions, OS, locale, account settings (no keys)'), collect: collectEnvironment },
    { id: 'proxy', label: vscode.l10n.t('Proxy settings'), detail: vscode.l10n.t('http.proxy and proxy environment variables, without credentials'), collect: collectProxy },
    { id: 'log', label: vscode.l10n.t('Extension log'), detail: vscode.l10n.t('The Cloud Tickets log of this window'), collect: collectExtensionLog },
    { id: 'problems', label: vscode.l10n.t('Problems'), detail: vscode.l10n.t('Errors and warnings of the workspace'), collect: collectProblems },
    { id: 'git', label: vscode.l10n.t('Git state'), detail: vscode.l10n.t('Branch, commit and uncommitted changes'), collect: collectGit },
    { id: 'connectivity', label: vscode.l10n.t('Connectivity'), detail: vscode.l10n.t("DNS, TLS and latency to the account's endpoint"), collect: collectConnectivity },
  ];
}

export interface CollectedBundle {
  readonly sections: BundleSection[];
  /** Added files left out because they are binary. */
  readonly skippedFiles: string[];
  /** Added files refused before reading (folder, empty, too large), as sentences. */
  readonly refusedFiles: string[];
}

/**
 * Runs the chosen collectors and reads the added files. A collector that fails contributes a section
 * saying so instead of failing the bundle; cancelling stops before the next collector.
 */
export async function collectBundle(
  context: CollectContext,
  chosen: readonly CollectorId[],
  addedFiles: readonly vscode.Uri[],
  onStep: (label: string) => void = () => undefined,
): Promise<CollectedBundle> {
  const sections: BundleSection[] = [];
  for (const collector of allCollectors().filter((candidate) => chosen.includes(candidate.id))) {
    if (context.signal.aborted) break;
    onStep(collector.label);
    try {
      sections.push(...(await collector.collect(context)));
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      sections.push({ path: `${collector.id}.txt`, title: collector.label, text: `Could not collect this part: ${reason}\n` });
    }
  }
  const files = addedFiles.length > 0 && !context.signal.aborted ? await collectUserFiles(addedFiles) : { sections: [], skipped: [], refused: [] };
  return { sections: [...sections, ...files.sections], skippedFiles: files.skipped, refusedFiles: files.refused };
}

/** Every stored credential value of every account, for the exact-value redaction pass. */
export async function knownSecretsOf(services: HostServices): Promise<string[]> {
  const values: string[] = [];
  for (const account of services.accounts.list()) {
    const credentials = await services.accounts.credentials(account.id).catch(() => undefined);
    if (!credentials) continue;
    for (const value of [credentials.accessKeyId, credentials.accessKeySecret, credentials.securityToken]) if (value) values.push(value);
  }
  return values;
}
