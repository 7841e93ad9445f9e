// Profiles of the aliyun CLI, ~/.aliyun/config.json (spec aliyun-workorder §9.3). Read only: the CLI
// rewrites this file itself (SSO/OAuth refreshes), so we read it on demand and never keep a handle.
import * as path from 'node:path';
import { aliyunProfileFromEnvironment } from './environment';
import { type AliyunCliProfile, profileMode, resolveAliyunProfile, stringField } from './cli-modes';
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
} from '../../../core/credential-import';
import { ALIYUN_ID, ALIYUN_NAME } from '../identity';

/** Path of the aliyun CLI configuration under a home folder. */
export function aliyunCliConfigPath(homeDir: string): string {
  return path.join(homeDir, '.aliyun', 'config.json');
}

/** Lists every profile of ~/.aliyun/config.json; unusable ones carry a note, a broken file a warning. */
export async function scanAliyunCliConfig(environment: ImportEnvironment): Promise<ImportReport> {
  const filePath = aliyunCliConfigPath(environment.homeDir);
  return scanSourceFile(environment, filePath, (text, fileLabel) => {
    const parsed = parseConfiguration(text);
    if (typeof parsed === 'string') return unusableFile(fileLabel, importText('{0} is not a valid aliyun CLI configuration: {1}', fileLabel, parsed));
    return { candidates: profileCandidates(parsed, environment, fileLabel, filePath), warnings: parsed.warnings.map((warning) => importWarning(fileLabel, warning)) };
  });
}

function profileCandidates(parsed: ParsedConfiguration, environment: ImportEnvironment, fileLabel: string, filePath: string): ImportCandidate[] {
  const defaultName = aliyunProfileFromEnvironment(environment.env) ?? parsed.current;
  const now = environment.now?.() ?? new Date();
  const byName = new Map<string, AliyunCliProfile>();
  for (const profile of parsed.profiles) {
    const name = stringField(profile, 'name');
    if (name && !byName.has(name)) byName.set(name, profile);
  }
  return parsed.profiles.map((profile, index): ImportCandidate => {
    const name = stringField(profile, 'name') || `#${index + 1}`;
    const resolved = resolveAliyunProfile(profile, (other) => byName.get(other), now);
    const region = stringField(profile, 'region_id');
    const mode = profileMode(profile);
    const candidate: ImportCandidate = {
      provider: ALIYUN_ID,
      source: `${fileLabel} › profile "${name}"`,
      sourcePath: filePath,
      profile: name,
      suggestedLabel: suggestLabel(ALIYUN_NAME, name),
      accessKeyId: resolved.accessKeyId,
      ...(resolved.accessKeySecret ? { accessKeySecret: resolved.accessKeySecret } : {}),
      ...(resolved.securityToken ? { securityToken: resolved.securityToken } : {}),
      ...(resolved.expiresAt ? { expiresAt: resolved.expiresAt } : {}),
      ...(resolved.assumeRole ? { assumeRole: resolved.assumeRole } : {}),
      ...(region ? { region } : {}),
      ...(mode ? { mode } : {}),
      importable: resolved.importable,
      needsSecret: resolved.needsSecret,
      ...(name === defaultName ? { isDefault: true } : {}),
    };
    return withNote(candidate, resolved.note);
  });
}

interface ParsedConfiguration {
  current: string;
  profiles: AliyunCliProfile[];
  warnings: ReturnType<typeof importText>[];
}

/** The configuration's profiles, or a sentence saying why the file cannot be used. */
function parseConfiguration(text: string): ParsedConfiguration | string {
  const parsed = parseJsonDocument(text);
  if (!parsed.ok) return parsed.reason;
  const record = asRecord(parsed.value);
  if (!record) return 'the top level is not an object';
  if (!Array.isArray(record.profiles)) return '"profiles" is missing or not a list';
  const warnings: ReturnType<typeof importText>[] = [];
  const profiles: AliyunCliProfile[] = [];
  record.profiles.forEach((entry: unknown, index) => {
    const profile = asRecord(entry);
    if (profile) profiles.push(profile);
    else warnings.push(importText('Profile #{0} is not an object and was skipped.', String(index + 1)));
  });
  return { current: typeof record.current === 'string' ? record.current : '', profiles, warnings };
}
