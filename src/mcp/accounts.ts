/**
 * The MCP server's accounts: read from the places the clouds' own CLIs and SDKs keep credentials
 * (environment variables, config files; the same importers the extension's "Import" uses), read-only and
 * kept in memory. With --demo, one account per cloud of an emulator started in this process. vscode-free.
 */
import { createNodeImportEnvironment, scanCredentialSources, type ImportCandidate, type ImportEnvironment } from '../accounts/importers';
import type { AccountMetadata, Credentials } from '../core/account';
import { PROVIDERS } from '../providers';

/** An account the server can use, with its credentials (never printed). */
export interface ServerAccount {
  readonly metadata: AccountMetadata;
  readonly credentials: Credentials;
}

export interface LoadedAccounts {
  readonly accounts: readonly ServerAccount[];
  /** One line per source or candidate that could not be used (for stderr; names and reasons only). */
  readonly notes: readonly string[];
}

/** Accounts from every credential source the importers know; candidates that need typing or a role are skipped. */
export async function accountsFromCredentialSources(environment: ImportEnvironment = createNodeImportEnvironment()): Promise<LoadedAccounts> {
  const report = await scanCredentialSources(environment);
  const accounts: ServerAccount[] = [];
  const notes = report.warnings.map((warning) => `${warning.source}: ${warning.message}`);
  for (const candidate of report.candidates) {
    if (candidate.sameKeysAs) continue;
    const reason = unusable(candidate);
    if (reason) {
      notes.push(`${candidate.source}: skipped (${reason})`);
      continue;
    }
    accounts.push({ metadata: metadataOf(candidate, accounts.length), credentials: credentialsOf(candidate) });
  }
  return { accounts, notes };
}

function unusable(candidate: ImportCandidate): string | undefined {
  if (!candidate.importable) return candidate.note ?? 'not importable';
  if (candidate.needsSecret || !candidate.accessKeyId || !candidate.accessKeySecret) return 'the secret is not stored there';
  if (candidate.assumeRole) return 'it assumes a role, which this server does not do';
  return undefined;
}

function metadataOf(candidate: ImportCandidate, index: number): AccountMetadata {
  return {
    // Short, stable within one run and free of key material; the model passes it back as "account".
    id: `${candidate.provider}-${index + 1}`,
    providerId: candidate.provider,
    label: candidate.suggestedLabel,
    ...(candidate.region ? { region: candidate.region } : {}),
    ...(candidate.domainId ? { domainId: candidate.domainId } : {}),
  };
}

function credentialsOf(candidate: ImportCandidate): Credentials {
  return {
    accessKeyId: candidate.accessKeyId,
    accessKeySecret: candidate.accessKeySecret!,
    ...(candidate.securityToken ? { securityToken: candidate.securityToken } : {}),
    ...(candidate.expiresAt ? { expiration: candidate.expiresAt } : {}),
  };
}

/** What --demo needs from a running emulator. */
export interface DemoEmulator {
  readonly url: string;
  readonly credentials: Readonly<
    Record<string, readonly { readonly accessKeyId: string; readonly accessKeySecret: string; readonly accountId?: string; readonly disabled?: boolean; readonly securityToken?: string }[]>
  >;
}

/** One account per cloud the emulator hosts, like the extension's demo accounts. */
export function demoAccounts(emulator: DemoEmulator): ServerAccount[] {
  return PROVIDERS.flatMap((provider): ServerAccount[] => {
    const credential = emulator.credentials[provider.id]?.find((candidate) => !candidate.disabled && !candidate.securityToken);
    if (!credential) return [];
    return [
      {
        metadata: {
          id: `${provider.id}-demo`,
          providerId: provider.id,
          label: `${provider.displayName} (demo)`,
          endpoint: emulator.url,
          ...(credential.accountId ? { domainId: credential.accountId } : {}),
        },
        credentials: { accessKeyId: credential.accessKeyId, accessKeySecret: credential.accessKeySecret },
      },
    ];
  });
}
