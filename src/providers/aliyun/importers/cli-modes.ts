// What each aliyun CLI profile mode means for an import (spec aliyun-workorder §9.3). The CLI compares
// modes case-insensitively and infers an empty mode from the fields present; so do we.
import { importText, type AssumeRoleSettings, type ImportText } from '../../../core/credential-import';

/** A profile as written in ~/.aliyun/config.json; every field is optional on disk. */
export type AliyunCliProfile = Record<string, unknown>;

export const KNOWN_ALIYUN_MODES = [
  'AK',
  'StsToken',
  'RamRoleArn',
  'ChainableRamRoleArn',
  'EcsRamRole',
  'RamRoleArnWithRoleName',
  'External',
  'CredentialsURI',
  'OIDC',
  'CloudSSO',
  'OAuth',
  'RsaKeyPair',
  'BearerToken',
  'Anonymous',
] as const;

export interface ResolvedProfile {
  accessKeyId: string;
  accessKeySecret?: string;
  securityToken?: string;
  expiresAt?: string;
  assumeRole?: AssumeRoleSettings;
  importable: boolean;
  needsSecret: boolean;
  note?: ImportText;
}

export function stringField(profile: AliyunCliProfile, name: string): string {
  const value = profile[name];
  return typeof value === 'string' ? value.trim() : '';
}

function numberField(profile: AliyunCliProfile, name: string): number {
  const value = profile[name];
  return typeof value === 'number' && Number.isFinite(value) ? value : 0;
}

/** The canonical spelling of the profile's mode, inferred like the CLI's AutoModeRecognition when empty. */
export function profileMode(profile: AliyunCliProfile): string {
  const raw = stringField(profile, 'mode');
  if (raw) return KNOWN_ALIYUN_MODES.find((mode) => mode.toLowerCase() === raw.toLowerCase()) ?? raw;
  if (stringField(profile, 'access_key_id') && stringField(profile, 'access_key_secret')) {
    if (stringField(profile, 'sts_token')) return 'StsToken';
    if (stringField(profile, 'ram_role_arn')) return 'RamRoleArn';
    return 'AK';
  }
  if (stringField(profile, 'private_key') && stringField(profile, 'key_pair_name')) return 'RsaKeyPair';
  if (stringField(profile, 'ram_role_name')) return 'EcsRamRole';
  if (stringField(profile, 'process_command')) return 'External';
  if (stringField(profile, 'oidc_provider_arn') || stringField(profile, 'oidc_token_file')) return 'OIDC';
  if (stringField(profile, 'cloud_sso_sign_in_url')) return 'CloudSSO';
  if (stringField(profile, 'bearer_token')) return 'BearerToken';
  return '';
}

export function assumeRoleOf(profile: AliyunCliProfile): AssumeRoleSettings {
  const settings: AssumeRoleSettings = { roleArn: stringField(profile, 'ram_role_arn') };
  const sessionName = stringField(profile, 'ram_session_name');
  const externalId = stringField(profile, 'external_id');
  const stsRegion = stringField(profile, 'sts_region');
  const duration = numberField(profile, 'expired_seconds');
  if (sessionName) settings.roleSessionName = sessionName;
  if (externalId) settings.externalId = externalId;
  if (stsRegion) settings.stsRegion = stsRegion;
  if (duration > 0) settings.durationSeconds = duration;
  return settings;
}

function notImportable(note: ImportText): ResolvedProfile {
  return { accessKeyId: '', importable: false, needsSecret: false, note };
}

function staticKeys(profile: AliyunCliProfile): ResolvedProfile {
  const accessKeyId = stringField(profile, 'access_key_id');
  const accessKeySecret = stringField(profile, 'access_key_secret');
  if (!accessKeyId) return notImportable(importText('The profile has no access_key_id.'));
  if (!accessKeySecret) return { accessKeyId, importable: true, needsSecret: true, note: importText('The profile has no access_key_secret; enter it to import.') };
  return { accessKeyId, accessKeySecret, importable: true, needsSecret: false };
}

function temporaryKeys(profile: AliyunCliProfile, now: Date, loginHint: boolean): ResolvedProfile {
  const keys = staticKeys(profile);
  const securityToken = stringField(profile, 'sts_token');
  if (!keys.importable || !securityToken) {
    return loginHint ? notImportable(importText('No cached credentials; sign in again with the aliyun CLI, then re-scan.')) : keys;
  }
  const expirationSeconds = numberField(profile, 'sts_expiration');
  const expiresAt = expirationSeconds > 0 ? new Date(expirationSeconds * 1000).toISOString() : undefined;
  if (expiresAt && expirationSeconds * 1000 <= now.getTime()) {
    const hint = loginHint ? 'sign in again with the aliyun CLI' : 'run aliyun configure again';
    return notImportable(importText('The STS token expired at {0}; {1}, then re-scan.', expiresAt, hint));
  }
  const note = expiresAt ? importText('Temporary STS credentials; they expire at {0}.', expiresAt) : importText('Temporary STS credentials; their expiry is unknown.');
  return { ...keys, securityToken, ...(expiresAt ? { expiresAt } : {}), note };
}

/**
 * Resolves one profile to importable keys, or to a reason why it cannot be imported.
 * `lookup` finds other profiles by name, for ChainableRamRoleArn's source_profile.
 */
export function resolveAliyunProfile(profile: AliyunCliProfile, lookup: (name: string) => AliyunCliProfile | undefined, now: Date, visited: ReadonlySet<string> = new Set()): ResolvedProfile {
  const mode = profileMode(profile);
  switch (mode) {
    case 'AK':
      return staticKeys(profile);
    case 'StsToken':
      return temporaryKeys(profile, now, false);
    case 'CloudSSO':
    case 'OAuth':
      return temporaryKeys(profile, now, true);
    case 'RamRoleArn':
      return withRole(temporaryOrStatic(profile, now), profile);
    case 'ChainableRamRoleArn':
      return resolveChained(profile, lookup, now, visited);
    case 'EcsRamRole':
    case 'RamRoleArnWithRoleName':
      return notImportable(importText('Uses an ECS instance RAM role, which only works on an ECS instance.'));
    case 'External':
      return notImportable(importText('Gets credentials by running a command; importing does not run it.'));
    case 'CredentialsURI':
      return notImportable(importText('Fetches credentials from a URL at run time; there are no keys to import.'));
    case 'OIDC':
      return notImportable(importText('OIDC role credentials are exchanged at run time and cannot be imported.'));
    case 'RsaKeyPair':
    case 'BearerToken':
    case 'Anonymous':
      return notImportable(importText('Mode {0} cannot be used for support tickets.', mode));
    case '':
      return notImportable(importText('The profile has no mode and no AccessKey.'));
    default:
      return notImportable(importText('Unknown profile mode {0}.', mode));
  }
}

function temporaryOrStatic(profile: AliyunCliProfile, now: Date): ResolvedProfile {
  return stringField(profile, 'sts_token') ? temporaryKeys(profile, now, false) : staticKeys(profile);
}

function withRole(keys: ResolvedProfile, profile: AliyunCliProfile): ResolvedProfile {
  if (!keys.importable) return keys;
  const assumeRole = assumeRoleOf(profile);
  if (!assumeRole.roleArn) return { ...keys, note: importText('Role profile without ram_role_arn; only its AccessKey is imported.') };
  return { ...keys, assumeRole, note: importText('Imports the AccessKey and assumes role {0} with it.', assumeRole.roleArn) };
}

function resolveChained(profile: AliyunCliProfile, lookup: (name: string) => AliyunCliProfile | undefined, now: Date, visited: ReadonlySet<string>): ResolvedProfile {
  const name = stringField(profile, 'name');
  const sourceName = stringField(profile, 'source_profile');
  if (!sourceName) return notImportable(importText('The profile has no source_profile.'));
  if (visited.has(sourceName) || sourceName === name) return notImportable(importText('source_profile {0} refers back to itself.', sourceName));
  const source = lookup(sourceName);
  if (!source) return notImportable(importText('source_profile {0} does not exist.', sourceName));
  const resolved = resolveAliyunProfile(source, lookup, now, new Set([...visited, name]));
  if (!resolved.importable || resolved.needsSecret) {
    return notImportable(importText('source_profile {0} has no usable AccessKey.', sourceName));
  }
  // One role hop is what the account model can express; a role reached through another role is not.
  if (resolved.assumeRole) return notImportable(importText('Chains of more than one role are not supported.'));
  const chained = withRole(resolved, profile);
  if (!chained.assumeRole) return chained;
  return { ...chained, note: importText('Imports the AccessKey of profile {0} and assumes role {1} with it.', sourceName, chained.assumeRole.roleArn) };
}
