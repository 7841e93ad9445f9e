// The Huawei Cloud SDK profile file (spec huaweicloud-osm §6.2), ~/.huaweicloud/credentials or
// HUAWEICLOUD_SDK_CREDENTIALS_FILE. OSM is a global service, so [global] (with domain_id) is preferred
// and [basic] fills in when it holds other keys or the project id of the same keys.
import * as path from 'node:path';
import {
  expandHome,
  importText,
  iniProblemWarnings,
  parseIni,
  scanSourceFile,
  suggestLabel,
  withNote,
  type ImportCandidate,
  type ImportEnvironment,
  type ImportReport,
  type IniSection,
} from '../../../core/credential-import';
import { HUAWEICLOUD_ID, HUAWEICLOUD_NAME } from '../identity';

/** The profile-file path the SDKs would read for this environment. */
export function huaweiCloudIniPath(environment: ImportEnvironment): string {
  const override = environment.env.HUAWEICLOUD_SDK_CREDENTIALS_FILE?.trim();
  return override ? expandHome(override, environment.homeDir) : path.join(environment.homeDir, '.huaweicloud', 'credentials');
}

/** Lists the file's credentials, one candidate per distinct AK. */
export async function scanHuaweiCloudIni(environment: ImportEnvironment): Promise<ImportReport> {
  const filePath = huaweiCloudIniPath(environment);
  return scanSourceFile(environment, filePath, (text, fileLabel) => {
    const document = parseIni(text);
    // [global] first: it is the one OSM can use directly.
    const ordered = [...document.sections].sort((a, b) => rank(a) - rank(b));
    const candidates: ImportCandidate[] = [];
    for (const section of ordered) {
      const merged = mergeIntoEarlier(candidates, section);
      if (!merged) candidates.push(sectionCandidate(section, fileLabel, filePath));
    }
    return { candidates, warnings: iniProblemWarnings(fileLabel, document.problems) };
  });
}

function rank(section: IniSection): number {
  const name = section.name.toLowerCase();
  return name === 'global' ? 0 : name === 'basic' ? 1 : 2;
}

/** Same AK/SK in [basic] as in [global]: keep one candidate and add the project id to it. */
function mergeIntoEarlier(candidates: ImportCandidate[], section: IniSection): boolean {
  const { ak, sk, project_id: projectId } = section.entries;
  const index = candidates.findIndex((candidate) => candidate.accessKeyId !== '' && candidate.accessKeyId === ak && (candidate.accessKeySecret ?? '') === (sk ?? ''));
  if (index < 0) return false;
  const earlier = candidates[index];
  candidates[index] = { ...earlier, source: `${earlier.source} + [${section.name}]`, ...(projectId && !earlier.projectId ? { projectId } : {}) };
  return true;
}

function sectionCandidate(section: IniSection, fileLabel: string, filePath: string): ImportCandidate {
  const { ak = '', sk = '', security_token: securityToken, domain_id: domainId, project_id: projectId, iam_endpoint: iamEndpoint } = section.entries;
  const base: ImportCandidate = {
    provider: HUAWEICLOUD_ID,
    source: `${fileLabel} › [${section.name}]`,
    sourcePath: filePath,
    profile: section.name,
    suggestedLabel: suggestLabel(HUAWEICLOUD_NAME, section.name),
    accessKeyId: ak,
    ...(sk ? { accessKeySecret: sk } : {}),
    ...(securityToken ? { securityToken } : {}),
    ...(domainId ? { domainId } : {}),
    ...(projectId ? { projectId } : {}),
    ...(iamEndpoint ? { extra: { iamEndpoint } } : {}),
    mode: securityToken ? 'temporary' : 'permanent',
    importable: ak !== '',
    needsSecret: ak !== '' && sk === '',
    ...(section.name.toLowerCase() === 'global' ? { isDefault: true } : {}),
  };
  if (!ak && section.entries.idp_id) {
    return withNote({ ...base, mode: 'federated' }, importText('Federated (OIDC) identities are exchanged for temporary keys at run time and cannot be imported.'));
  }
  if (!ak) return withNote(base, importText('The section has no ak.'));
  if (!sk) return withNote(base, importText('The section has no sk; enter it to import.'));
  if (securityToken) return withNote(base, importText('Temporary AK/SK with a security token; they stop working when the token expires.'));
  if (!domainId) return withNote(base, importText('No account (domain) id; it is looked up through IAM when the account is added.'));
  return base;
}
