import * as vscode from 'vscode';
import type { Credentials } from '../core/account';

/** The one kind of secret we store: an account's credentials, keyed by account id. */
export type SecretKey = `cloudTickets.account.${string}.credentials`;

export function credentialsKey(accountId: string): SecretKey {
  return `cloudTickets.account.${accountId}.credentials`;
}

/** Where credentials live. SecretStorage in VS Code; a map in tests. */
export interface Keychain {
  get(accountId: string): Promise<Credentials | undefined>;
  store(accountId: string, credentials: Credentials): Promise<void>;
  delete(accountId: string): Promise<void>;
  /** Fires with the account id whose secret changed, in this window or another one. */
  readonly onDidChange: vscode.Event<string>;
  /** True when secrets are only kept in memory for this session (no OS keyring). */
  readonly sessionOnly: boolean;
}

function accountIdOf(key: string): string | undefined {
  return /^cloudTickets\.account\.(.+)\.credentials$/.exec(key)?.[1];
}

/**
 * Keychain over VS Code's SecretStorage. When SecretStorage fails (no keyring), secrets are kept
 * in memory for this session only — never written to disk in plain text — and `onUnavailable` is
 * called once so the UI can say so.
 */
export class SecretStorageKeychain implements Keychain {
  private readonly memory = new Map<string, Credentials>();
  private readonly changed = new vscode.EventEmitter<string>();
  readonly onDidChange = this.changed.event;
  private fallback = false;

  constructor(
    private readonly secrets: vscode.SecretStorage,
    private readonly onUnavailable: (error: unknown) => void,
  ) {
    secrets.onDidChange((event) => {
      const accountId = accountIdOf(event.key);
      if (accountId) this.changed.fire(accountId);
    });
  }

  get sessionOnly(): boolean {
    return this.fallback;
  }

  async get(accountId: string): Promise<Credentials | undefined> {
    const remembered = this.memory.get(accountId);
    if (remembered || this.fallback) return remembered;
    try {
      const raw = await this.secrets.get(credentialsKey(accountId));
      return raw ? parseCredentials(raw) : undefined;
    } catch (error) {
      this.switchToMemory(error);
      return undefined;
    }
  }

  async store(accountId: string, credentials: Credentials): Promise<void> {
    if (!this.fallback) {
      try {
        await this.secrets.store(credentialsKey(accountId), JSON.stringify(credentials));
        return;
      } catch (error) {
        this.switchToMemory(error);
      }
    }
    this.memory.set(accountId, credentials);
    this.changed.fire(accountId);
  }

  async delete(accountId: string): Promise<void> {
    this.memory.delete(accountId);
    if (this.fallback) return;
    try {
      await this.secrets.delete(credentialsKey(accountId));
    } catch (error) {
      this.switchToMemory(error);
    }
  }

  private switchToMemory(error: unknown): void {
    if (this.fallback) return;
    this.fallback = true;
    this.onUnavailable(error);
  }
}

function parseCredentials(raw: string): Credentials | undefined {
  try {
    const value = JSON.parse(raw) as Partial<Credentials>;
    if (typeof value.accessKeyId !== 'string' || typeof value.accessKeySecret !== 'string') return undefined;
    return {
      accessKeyId: value.accessKeyId,
      accessKeySecret: value.accessKeySecret,
      ...(typeof value.securityToken === 'string' ? { securityToken: value.securityToken } : {}),
      ...(typeof value.expiration === 'string' ? { expiration: value.expiration } : {}),
    };
  } catch {
    return undefined;
  }
}
