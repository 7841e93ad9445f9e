// Alibaba Cloud credentials from environment variables (spec aliyun-workorder §9.2): the official
// ALIBABA_CLOUD_* names first, then the aliases the aliyun CLI accepts.
import { importText, suggestLabel, withNote, type ImportCandidate, type ImportEnvironment, type ImportReport } from '../../../core/credential-import';
import { ALIYUN_ID, ALIYUN_NAME } from '../identity';

const PREFIXES = ['ALIBABA_CLOUD_', 'ALIBABACLOUD_', 'ALICLOUD_', ''] as const;

/** The profile name the CLI and SDK would pick (`ALIBABA_CLOUD_PROFILE` or an alias), if set. */
export function aliyunProfileFromEnvironment(env: ImportEnvironment['env']): string | undefined {
  for (const prefix of PREFIXES.slice(0, 3)) {
    const value = env[`${prefix}PROFILE`]?.trim();
    if (value) return value;
  }
  return undefined;
}

/** Scans `ALIBABA_CLOUD_*` (and alias) variables; never throws. */
export function scanAliyunEnvironment(environment: ImportEnvironment): ImportReport {
  const { env } = environment;
  const candidates: ImportCandidate[] = [];
  for (const prefix of PREFIXES) {
    const found = keyCandidate(env, prefix);
    if (found) candidates.push(found);
  }
  candidates.push(...roleOnlyCandidates(env));
  const source = 'Environment variables (Alibaba Cloud)';
  return { candidates, warnings: [], scanned: [{ source, status: candidates.length ? 'found' : 'missing', candidates: candidates.length }] };
}

function keyCandidate(env: ImportEnvironment['env'], prefix: string): ImportCandidate | undefined {
  const idName = `${prefix}ACCESS_KEY_ID`;
  const secretName = `${prefix}ACCESS_KEY_SECRET`;
  const accessKeyId = env[idName]?.trim() ?? '';
  const accessKeySecret = env[secretName]?.trim() ?? '';
  if (!accessKeyId && !accessKeySecret) return undefined;
  const securityToken = env[`${prefix}SECURITY_TOKEN`]?.trim() || undefined;
  const region = (prefix ? (env[`${prefix}REGION_ID`] ?? env[`${prefix}REGION`]) : undefined)?.trim() || undefined;
  const base: ImportCandidate = {
    provider: ALIYUN_ID,
    source: `Environment: ${idName}`,
    profile: prefix || 'ACCESS_KEY_ID',
    suggestedLabel: suggestLabel(ALIYUN_NAME, 'environment'),
    accessKeyId,
    ...(accessKeySecret ? { accessKeySecret } : {}),
    ...(securityToken ? { securityToken } : {}),
    ...(region ? { region } : {}),
    mode: securityToken ? 'StsToken' : 'AK',
    importable: accessKeyId !== '',
    needsSecret: accessKeySecret === '',
  };
  if (!accessKeyId) return withNote(base, importText('{0} is set but {1} is not.', secretName, idName));
  if (!accessKeySecret) return withNote(base, importText('{0} is not set; enter the AccessKey secret.', secretName));
  if (securityToken) return withNote(base, importText('Temporary STS credentials; they stop working when the token expires.'));
  if (!prefix) return withNote(base, importText('Found under generic variable names; check that this is an Alibaba Cloud key.'));
  return base;
}

// Credential kinds that need the cloud at run time (OIDC, ECS metadata, a credentials URL):
// listed so the user knows they were seen, but there are no keys to copy.
function roleOnlyCandidates(env: ImportEnvironment['env']): ImportCandidate[] {
  const results: ImportCandidate[] = [];
  const listed = (source: string, mode: string, note: ReturnType<typeof importText>): ImportCandidate =>
    withNote({ provider: ALIYUN_ID, source, suggestedLabel: suggestLabel(ALIYUN_NAME, mode), accessKeyId: '', mode, importable: false, needsSecret: false }, note);
  if (env.ALIBABA_CLOUD_ROLE_ARN && env.ALIBABA_CLOUD_OIDC_PROVIDER_ARN && env.ALIBABA_CLOUD_OIDC_TOKEN_FILE) {
    results.push(listed('Environment: ALIBABA_CLOUD_OIDC_PROVIDER_ARN', 'OIDC', importText('OIDC role credentials (RRSA) are exchanged at run time and cannot be imported.')));
  }
  if (env.ALIBABA_CLOUD_ECS_METADATA) {
    results.push(
      listed('Environment: ALIBABA_CLOUD_ECS_METADATA', 'EcsRamRole', importText('ECS instance RAM role {0} only works on an ECS instance and cannot be imported.', env.ALIBABA_CLOUD_ECS_METADATA)),
    );
  }
  if (env.ALIBABA_CLOUD_CREDENTIALS_URI) {
    results.push(listed('Environment: ALIBABA_CLOUD_CREDENTIALS_URI', 'CredentialsURI', importText('Credentials are fetched from a URL at run time and cannot be imported.')));
  }
  return results;
}
