// The Alibaba Cloud SDK's INI credentials file (spec aliyun-workorder §9.4), by default
// ~/.alibabacloud/credentials, overridable with ALIBABA_CLOUD_CREDENTIALS_FILE.
import * as path from 'node:path';
import { aliyunProfileFromEnvironment } from './environment';
import {
  expandHome,
  importText,
  iniProblemWarnings,
  parseIni,
  scanSourceFile,
  suggestLabel,
  withNote,
  type AssumeRoleSettings,
  type ImportCandidate,
  type ImportEnvironment,
  type ImportReport,
  type ImportText,
  type IniSection,
} from '../../../core/credential-import';
import { ALIYUN_ID, ALIYUN_NAME } from '../identity';

/** The INI path the SDK would read for this environment. */
export function aliyunIniPath(environment: ImportEnvironment): string {
  const override = environment.env.ALIBABA_CLOUD_CREDENTIALS_FILE?.trim();
  return override ? expandHome(override, environment.homeDir) : path.join(environment.homeDir, '.alibabacloud', 'credentials');
}

/** Lists every section of the INI file; sections without static keys carry a note. */
export async function scanAliyunIni(environment: ImportEnvironment): Promise<ImportReport> {
  const filePath = aliyunIniPath(environment);
  const defaultName = aliyunProfileFromEnvironment(environment.env) ?? 'default';
  return scanSourceFile(environment, filePath, (text, fileLabel) => {
    const document = parseIni(text);
    const candidates = document.sections.map((section) => sectionCandidate(section, fileLabel, filePath, defaultName));
    return { candidates, warnings: iniProblemWarnings(fileLabel, document.problems) };
  });
}

function sectionCandidate(section: IniSection, fileLabel: string, filePath: string, defaultName: string): ImportCandidate {
  const entries = section.entries;
  const accessKeyId = entries.access_key_id ?? '';
  const accessKeySecret = entries.access_key_secret ?? '';
  const type = entries.type ?? (accessKeyId ? 'access_key' : '');
  const region = entries.region_id ?? entries.region;
  const base: ImportCandidate = {
    provider: ALIYUN_ID,
    source: `${fileLabel} › [${section.name}]`,
    sourcePath: filePath,
    profile: section.name,
    suggestedLabel: suggestLabel(ALIYUN_NAME, section.name),
    accessKeyId,
    ...(accessKeySecret ? { accessKeySecret } : {}),
    ...(region ? { region } : {}),
    ...(type ? { mode: type } : {}),
    importable: false,
    needsSecret: false,
    ...(section.name === defaultName ? { isDefault: true } : {}),
  };
  const verdict = typeVerdict(type, entries, accessKeyId, accessKeySecret);
  const candidate: ImportCandidate = { ...base, importable: verdict.importable, needsSecret: verdict.importable && !accessKeySecret };
  if (verdict.assumeRole) candidate.assumeRole = verdict.assumeRole;
  return withNote(candidate, verdict.note);
}

interface TypeVerdict {
  importable: boolean;
  assumeRole?: AssumeRoleSettings;
  note?: ImportText;
}

function typeVerdict(type: string, entries: Record<string, string>, accessKeyId: string, accessKeySecret: string): TypeVerdict {
  const lowerType = type.toLowerCase();
  if (lowerType === 'ecs_ram_role') {
    return { importable: false, note: importText('Uses an ECS instance RAM role, which only works on an ECS instance.') };
  }
  if (lowerType !== 'access_key' && lowerType !== 'ram_role_arn') {
    return { importable: false, note: type ? importText('Credential type {0} cannot be imported.', type) : importText('The section has no type and no access_key_id.') };
  }
  if (!accessKeyId) return { importable: false, note: importText('The section has no access_key_id.') };
  const missingSecret = accessKeySecret ? undefined : importText('The section has no access_key_secret; enter it to import.');
  if (lowerType === 'access_key') return { importable: true, note: missingSecret };
  const assumeRole = roleSettings(entries);
  if (!assumeRole) return { importable: true, note: missingSecret ?? importText('Role section without role_arn; only its AccessKey is imported.') };
  return { importable: true, assumeRole, note: missingSecret ?? importText('Imports the AccessKey and assumes role {0} with it.', assumeRole.roleArn) };
}

function roleSettings(entries: Record<string, string>): AssumeRoleSettings | undefined {
  if (!entries.role_arn) return undefined;
  const settings: AssumeRoleSettings = { roleArn: entries.role_arn };
  if (entries.role_session_name) settings.roleSessionName = entries.role_session_name;
  if (entries.external_id) settings.externalId = entries.external_id;
  if (entries.policy) settings.policy = entries.policy;
  const duration = Number(entries.duration_seconds ?? entries.role_session_expiration);
  if (Number.isFinite(duration) && duration > 0) settings.durationSeconds = duration;
  return settings;
}
