// Types shared by the credential importers. Importers only read; they never write to the files
// they scan, and they turn every problem into a warning or a note instead of throwing.
import type { ProviderId } from '../account';

/** An English template with `{0}`-style placeholders, ready for `vscode.l10n.t(message, ...args)`. */
export interface ImportText {
  message: string;
  args: string[];
}

/** Role to assume with the imported key (profiles that name a role to assume with it). */
export interface AssumeRoleSettings {
  roleArn: string;
  roleSessionName?: string;
  externalId?: string;
  durationSeconds?: number;
  stsRegion?: string;
  policy?: string;
}

/** One set of credentials found somewhere on the machine, shown to the user before anything is stored. */
export interface ImportCandidate {
  provider: ProviderId;
  /** Human-readable origin: a file and a profile in it, or an environment variable. */
  source: string;
  /** Absolute path of the file it came from; absent for environment variables. */
  sourcePath?: string;
  /** Profile or section name inside the file, or the variable prefix for the environment. */
  profile?: string;
  suggestedLabel: string;
  /** Empty when the key id is unknown (encrypted KooCLI profile, role-only profiles). */
  accessKeyId: string;
  accessKeySecret?: string;
  securityToken?: string;
  /** ISO-8601 expiry of a temporary (STS) credential, when the source says it. */
  expiresAt?: string;
  region?: string;
  domainId?: string;
  projectId?: string;
  /** The cloud's site, where the source says it (`ProviderDescriptor.accountSettings` key `site`). */
  site?: string;
  /** Provider settings for `AccountMetadata.extra` the source names (an IAM endpoint …). */
  extra?: Record<string, string>;
  assumeRole?: AssumeRoleSettings;
  /** The source's own name for the credential kind (`AK`, `StsToken`, `access_key`, `AKSK`, …). */
  mode?: string;
  /** False: listed so the user sees it, but it cannot be imported (the note says why). */
  importable: boolean;
  /** The user has to type the secret (and the key id too when `accessKeyId` is empty). */
  needsSecret: boolean;
  /** The profile the CLI or SDK would use by default. */
  isDefault?: boolean;
  /** Source of an earlier candidate holding the same keys, so the UI can fold duplicates. */
  sameKeysAs?: string;
  /** English note; `noteText` carries the same sentence as a localisable template. */
  note?: string;
  noteText?: ImportText;
}

/** A problem with a whole source or one entry in it; other sources are still scanned. */
export interface ImportWarning {
  source: string;
  message: string;
  messageText: ImportText;
}

export interface ScannedSource {
  source: string;
  path?: string;
  status: 'found' | 'missing' | 'unreadable';
  candidates: number;
}

export interface ImportReport {
  candidates: ImportCandidate[];
  warnings: ImportWarning[];
  scanned: ScannedSource[];
}

/** What the importers may touch: injected so tests run against fake HOME folders. */
export interface ImportEnvironment {
  env: Record<string, string | undefined>;
  homeDir: string;
  /** Reads a text file; rejects with `code: 'ENOENT'` when it does not exist. */
  readFile: (path: string) => Promise<string>;
  /** Clock for STS expiry checks; defaults to the real one. */
  now?: () => Date;
}
