// Runs every automatic credential source and merges their results. Each source is isolated: a bug
// or a broken file in one becomes a warning and the others are still listed.
import { scanAliyunCliConfig } from './aliyun-cli-config';
import { scanAliyunEnvironment } from './aliyun-environment';
import { scanAliyunIni } from './aliyun-ini';
import { scanHuaweiCloudEnvironment } from './huaweicloud-environment';
import { scanHuaweiCloudIni } from './huaweicloud-ini';
import { importText, importWarning } from './import-text';
import { scanKooCliConfig } from './koocli-config';
import { makeLabelsUnique, markSameKeys } from './suggested-label';
import type { ImportEnvironment, ImportProvider, ImportReport } from './types';

export interface CredentialSource {
  name: string;
  provider: ImportProvider;
  scan: (environment: ImportEnvironment) => ImportReport | Promise<ImportReport>;
}

const SOURCES: readonly CredentialSource[] = [
  { name: 'Environment variables (Alibaba Cloud)', provider: 'aliyun', scan: scanAliyunEnvironment },
  { name: '~/.aliyun/config.json', provider: 'aliyun', scan: scanAliyunCliConfig },
  { name: '~/.alibabacloud/credentials', provider: 'aliyun', scan: scanAliyunIni },
  { name: 'Environment variables (Huawei Cloud)', provider: 'huaweicloud', scan: scanHuaweiCloudEnvironment },
  { name: '~/.huaweicloud/credentials', provider: 'huaweicloud', scan: scanHuaweiCloudIni },
  { name: '~/.hcloud/config.json', provider: 'huaweicloud', scan: scanKooCliConfig },
];

export interface ScanOptions {
  /** Only scan sources of these providers (default: both). */
  providers?: readonly ImportProvider[];
}

/** Scans environment variables and the CLI/SDK credential files of both clouds, read-only. */
export async function scanCredentialSources(environment: ImportEnvironment, options: ScanOptions = {}): Promise<ImportReport> {
  const selected = SOURCES.filter((source) => !options.providers || options.providers.includes(source.provider));
  return runIsolatedScans(selected, environment);
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
