// KooCLI (hcloud) profiles, ~/.hcloud/config.json (spec huaweicloud-osm §6.3). Since KooCLI 5.2.7 the
// keys are stored encrypted by default, so only values that look like plaintext AK/SK are copied;
// encrypted profiles keep their region/project/domain and ask the user for the keys.
import * as path from 'node:path';
import {
  asRecord,
  importText,
  importWarning,
  parseJsonDocument,
  scanSourceFile,
  unusableFile,
  suggestLabel,
  withNote,
  type ImportCandidate,
  type ImportEnvironment,
  type ImportReport,
  type ImportText,
  type ImportWarning,
} from '../../../core/credential-import';
import { HUAWEICLOUD_ID, HUAWEICLOUD_NAME } from '../identity';

const PLAINTEXT_AK = /^[A-Z0-9]{20}$/;
const PLAINTEXT_SK = /^[A-Za-z0-9]{40}$/;

/** Path of the KooCLI configuration under a home folder. */
export function kooCliConfigPath(homeDir: string): string {
  return path.join(homeDir, '.hcloud', 'config.json');
}

/** Lists KooCLI profiles: plaintext AK/SK profiles are importable, encrypted ones need the keys typed. */
export async function scanKooCliConfig(environment: ImportEnvironment): Promise<ImportReport> {
  const filePath = kooCliConfigPath(environment.homeDir);
  return scanSourceFile(environment, filePath, (fileText, fileLabel) => {
    const parsed = parseJsonDocument(fileText);
    const document = parsed.ok ? asRecord(parsed.value) : undefined;
    const profiles = document?.profiles;
    if (!document || !Array.isArray(profiles)) {
      const reason = !parsed.ok ? parsed.reason : !document ? 'the top level is not an object' : '"profiles" is missing or not a list';
      return unusableFile(fileLabel, importText('{0} is not a valid KooCLI configuration: {1}', fileLabel, reason));
    }
    const current = typeof document.current === 'string' ? document.current : '';
    const candidates: ImportCandidate[] = [];
    const warnings: ImportWarning[] = [];
    for (const [index, entry] of profiles.entries()) {
      const profile = asRecord(entry);
      if (profile) candidates.push(profileCandidate(profile, index, fileLabel, filePath, current));
      else warnings.push(importWarning(fileLabel, importText('Profile #{0} is not an object and was skipped.', String(index + 1))));
    }
    return { candidates, warnings };
  });
}

function text(profile: Record<string, unknown>, name: string): string {
  const value = profile[name];
  return typeof value === 'string' ? value.trim() : '';
}

function profileCandidate(profile: Record<string, unknown>, index: number, fileLabel: string, filePath: string, current: string): ImportCandidate {
  const name = text(profile, 'name') || `#${index + 1}`;
  const mode = text(profile, 'mode') || 'AKSK';
  const region = text(profile, 'region');
  const projectId = text(profile, 'projectId');
  const domainId = text(profile, 'domainId');
  const base: ImportCandidate = {
    provider: HUAWEICLOUD_ID,
    source: `${fileLabel} › profile "${name}"`,
    sourcePath: filePath,
    profile: name,
    suggestedLabel: suggestLabel(HUAWEICLOUD_NAME, name),
    accessKeyId: '',
    ...(region ? { region } : {}),
    ...(projectId ? { projectId } : {}),
    ...(domainId ? { domainId } : {}),
    mode,
    importable: false,
    needsSecret: false,
    ...(name === current ? { isDefault: true } : {}),
  };
  if (mode.toLowerCase() !== 'aksk') return withNote(base, modeNote(mode));

  const rawId = text(profile, 'accessKeyId');
  const rawSecret = text(profile, 'secretAccessKey');
  const accessKeyId = PLAINTEXT_AK.test(rawId) ? rawId : '';
  const accessKeySecret = PLAINTEXT_SK.test(rawSecret) ? rawSecret : '';
  // A token is only trustworthy next to a plaintext secret; otherwise it is encrypted too.
  const securityToken = accessKeySecret ? text(profile, 'securityToken') : '';
  const candidate: ImportCandidate = {
    ...base,
    accessKeyId,
    ...(accessKeySecret ? { accessKeySecret } : {}),
    ...(securityToken ? { securityToken } : {}),
    importable: true,
    needsSecret: !accessKeyId || !accessKeySecret,
  };
  if (!accessKeyId) return withNote(candidate, importText('The keys are stored encrypted (or missing); enter the AK and SK to import this profile.'));
  if (!accessKeySecret) return withNote(candidate, importText('The secret key is stored encrypted (or missing); enter the SK to import this profile.'));
  if (securityToken) return withNote(candidate, importText('Temporary AK/SK with a security token; they stop working when the token expires.'));
  if (!domainId) return withNote(candidate, importText('No account (domain) id; it is looked up through IAM when the account is added.'));
  return candidate;
}

function modeNote(mode: string): ImportText {
  switch (mode.toLowerCase()) {
    case 'ecsagency':
      return importText('Uses an ECS agency, which only works on a Huawei Cloud ECS instance.');
    case 'sso':
      return importText('Single sign-on profiles get temporary keys at run time and cannot be imported.');
    default:
      return importText('Profile mode {0} cannot be imported; only AKSK profiles can.', mode);
  }
}
