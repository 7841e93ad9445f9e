import * as vscode from 'vscode';
import type { Credentials } from '../core/account';
import { createNodeImportEnvironment, importConsoleCsv, maskKeyId, scanCredentialSources, type ImportCandidate, type ImportReport, type ImportText } from '../accounts/importers';
import type { CommandModule, CommandServices } from './command';
import { saveCheckedAccount, verifierFor } from './accountAdd';
import type { CredentialCheck } from '../core/provider';
import { diagnoseVerifyFailure } from '../accounts/ui/verifyFailure';
import { cloudNameOf } from '../accounts/cloudName';
import { OUTSIDE_TEXT_LIMITS, outsideText } from '../shared/outsideText';

type CandidateItem = vscode.QuickPickItem & { candidate?: ImportCandidate; chooseCsv?: boolean };

const text = (t: ImportText | undefined, fallback?: string) => (t ? vscode.l10n.t(t.message, ...t.args) : fallback);

/** Where the importers look: the real environment, or a folder given by tests (never modified). */
function importEnvironment() {
  const home = process.env.CLOUD_TICKETS_IMPORT_HOME;
  return createNodeImportEnvironment(home ? { homeDir: home } : {});
}

function candidateItems(report: ImportReport): CandidateItem[] {
  const items: CandidateItem[] = report.candidates
    .filter((candidate) => !candidate.sameKeysAs)
    .map(
      (candidate): CandidateItem => ({
        label: `${candidate.importable ? '$(key)' : '$(circle-slash)'} ${outsideText(candidate.suggestedLabel, { maxLength: OUTSIDE_TEXT_LIMITS.label })}`,
        description: [cloudNameOf(candidate.provider), candidate.accessKeyId ? outsideText(maskKeyId(candidate.accessKeyId)) : undefined].filter(Boolean).join(' · '),
        detail: [outsideText(candidate.source), outsideText(text(candidate.noteText, candidate.note))].filter(Boolean).join(' — '),
        candidate,
      }),
    );
  items.push({ label: '', kind: vscode.QuickPickItemKind.Separator }, { label: `$(file) ${vscode.l10n.t('Choose a console credentials.csv file…')}`, chooseCsv: true });
  return items;
}

async function askSecret(candidate: ImportCandidate): Promise<Credentials | undefined> {
  let accessKeyId = candidate.accessKeyId;
  if (!accessKeyId) {
    accessKeyId =
      (
        await vscode.window.showInputBox({
          title: outsideText(candidate.suggestedLabel, { maxLength: OUTSIDE_TEXT_LIMITS.label }),
          prompt: vscode.l10n.t('Access key id (AK) for {0}', outsideText(candidate.source)),
          ignoreFocusOut: true,
        })
      )?.trim() ?? '';
    if (!accessKeyId) return undefined;
  }
  let secret = candidate.accessKeySecret;
  if (!secret) {
    secret = (
      await vscode.window.showInputBox({
        title: outsideText(candidate.suggestedLabel, { maxLength: OUTSIDE_TEXT_LIMITS.label }),
        prompt: vscode.l10n.t('Secret for {0} (the file keeps it encrypted or does not hold it)', outsideText(maskKeyId(accessKeyId))),
        password: true,
        ignoreFocusOut: true,
      })
    )?.trim();
    if (!secret) return undefined;
  }
  return { accessKeyId, accessKeySecret: secret, ...(candidate.securityToken ? { securityToken: candidate.securityToken } : {}), ...(candidate.expiresAt ? { expiration: candidate.expiresAt } : {}) };
}

async function importCandidate(services: CommandServices, candidate: ImportCandidate): Promise<boolean> {
  const credentials = await askSecret(candidate);
  if (!credentials) return false;
  const account = {
    providerId: candidate.provider,
    label: candidate.suggestedLabel,
    ...(candidate.region ? { region: candidate.region } : {}),
    ...(candidate.domainId ? { domainId: candidate.domainId } : {}),
    ...(candidate.site ? { site: candidate.site } : {}),
    ...(candidate.extra && Object.keys(candidate.extra).length > 0 ? { extra: { ...candidate.extra } } : {}),
  };
  let check: CredentialCheck = {};
  try {
    await verifierFor(services, (checked) => (check = checked))({ ...account, id: 'unsaved', addedAt: Date.now() }, credentials);
  } catch (error) {
    const failure = diagnoseVerifyFailure(error);
    const saveAnyway = vscode.l10n.t('Save Anyway');
    // Keys that could not be checked (no permission, or no network right now) may still be good.
    const checkable = failure.field === 'permission' || failure.field === 'connection';
    const answer = await vscode.window.showErrorMessage(
      `${outsideText(candidate.suggestedLabel, { maxLength: OUTSIDE_TEXT_LIMITS.label })}: ${outsideText(failure.message)}`,
      { modal: true },
      ...(checkable ? [saveAnyway] : []),
    );
    if (answer !== saveAnyway) return false;
  }
  await saveCheckedAccount(services, account, credentials, check);
  return true;
}

export const importAccountsCommand: CommandModule = {
  id: 'cloudTickets.importAccounts',
  create: (services) => async () => {
    const environment = importEnvironment();
    let report = await vscode.window.withProgress({ location: vscode.ProgressLocation.Window, title: vscode.l10n.t('Looking for cloud credentials…') }, () => scanCredentialSources(environment));
    for (const warning of report.warnings) services.log.warn(`Import: ${warning.source}: ${warning.message}`);
    const picked = await vscode.window.showQuickPick(candidateItems(report), {
      title: vscode.l10n.t('Import Accounts'),
      placeHolder: report.candidates.length
        ? vscode.l10n.t('Pick the credentials to import (key ids are masked; files are never modified)')
        : vscode.l10n.t('No credentials found in environment variables or CLI config files'),
      canPickMany: true,
      matchOnDescription: true,
      matchOnDetail: true,
    });
    if (!picked?.length) return;
    if (picked.some((item) => item.chooseCsv)) {
      const files = await vscode.window.showOpenDialog({ canSelectMany: false, filters: { CSV: ['csv'] }, title: vscode.l10n.t('Choose a console credentials.csv file') });
      if (!files?.[0]) return;
      report = await importConsoleCsv(environment, files[0].fsPath);
      const fromCsv = await vscode.window.showQuickPick(
        candidateItems(report).filter((item) => item.candidate),
        { canPickMany: true, title: vscode.l10n.t('Import Accounts') },
      );
      picked.push(...(fromCsv ?? []));
    }
    let imported = 0;
    for (const item of picked) {
      if (!item.candidate) continue;
      if (!item.candidate.importable) {
        void vscode.window.showWarningMessage(
          vscode.l10n.t(
            '"{0}" cannot be imported: {1}',
            outsideText(item.candidate.suggestedLabel, { maxLength: OUTSIDE_TEXT_LIMITS.label }),
            outsideText(text(item.candidate.noteText, item.candidate.note)),
          ),
        );
        continue;
      }
      if (await importCandidate(services, item.candidate)) imported += 1;
    }
    if (imported > 0) {
      void services.tickets.refresh();
      void vscode.window.showInformationMessage(vscode.l10n.t('Imported {0} account(s).', imported));
    }
  },
};
