// Runs every automatic credential source of every registered cloud and merges their results. Each
// source is isolated: a bug or a broken file in one becomes a warning and the others are still listed.
import type { ProviderId } from '../../core/account';
import { importText, importWarning, makeLabelsUnique, markSameKeys, type ImportEnvironment, type ImportReport } from '../../core/credential-import';
import type { CredentialSource } from '../../core/provider-descriptor';
import { PROVIDERS } from '../../providers';

export interface ScanOptions {
  /** Only scan sources of these providers (default: every registered one). */
  providers?: readonly ProviderId[];
}

/** Scans environment variables and the CLI/SDK credential files of every cloud, read-only. */
export async function scanCredentialSources(environment: ImportEnvironment, options: ScanOptions = {}): Promise<ImportReport> {
  const clouds = PROVIDERS.filter((cloud) => !options.providers || options.providers.includes(cloud.id));
  return runIsolatedScans(
    clouds.flatMap((cloud) => cloud.credentialSources),
    environment,
  );
}

/** Runs the given sources side by side; one that throws becomes a warning, the rest still count. */
export async function runIsolatedScans(sources: readonly CredentialSource[], environment: ImportEnvironment): Promise<ImportReport> {
  return finishReport(await Promise.all(sources.map((source) => scanIsolated(source, environment))));
}

/** Merges per-source reports into one, with unique labels and duplicates marked. */
export function finishReport(reports: readonly ImportReport[]): ImportReport {
  const merged: ImportReport = {
    candidates: reports.flatMap((report) => report.candidates),
    warnings: reports.flatMap((report) => report.warnings),
    scanned: reports.flatMap((report) => report.scanned),
  };
  return { ...merged, candidates: makeLabelsUnique(markSameKeys(merged.candidates)) };
}

async function scanIsolated(source: CredentialSource, environment: ImportEnvironment): Promise<ImportReport> {
  try {
    return await source.scan(environment);
  } catch (error) {
    // The error text could quote file content, so only its class name is kept.
    const kind = error instanceof Error ? error.name : typeof error;
    return {
      candidates: [],
      warnings: [importWarning(source.name, importText('Scanning {0} failed unexpectedly ({1}); other sources were still scanned.', source.name, kind))],
      scanned: [{ source: source.name, status: 'unreadable', candidates: 0 }],
    };
  }
}
