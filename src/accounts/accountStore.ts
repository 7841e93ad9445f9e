import { randomUUID } from 'node:crypto';
import * as vscode from 'vscode';
import type { AccountMetadata, Credentials } from '../core/account';
import { DisposableOwner } from '../common/lifecycle';
import type { Keychain } from './keychain';

const ACCOUNTS_KEY = 'cloudTickets.accounts';

/** Health the tree shows on an account node. `credentials` means the keys were rejected (auth error). */
export type AccountHealth = 'ok' | 'offline' | 'credentials' | 'throttled';

/** Metadata of an account as the store keeps it; nothing here is secret. */
export interface StoredAccount extends AccountMetadata {
  /** Set when the provider rejected the keys; cleared when new credentials are saved. */
  readonly credentialsRejected?: boolean;
  /** Demo accounts talk to the in-process emulator. */
  readonly demo?: boolean;
  readonly addedAt: number;
}

export type NewAccount = Omit<StoredAccount, 'id' | 'addedAt' | 'credentialsRejected'>;

/** A new account's id. */
export function newAccountId(): string {
  return randomUUID();
}

/**
 * Accounts: metadata in globalState (synchronised across windows by VS Code), credentials in the
 * keychain, one secret per account. Emits `onDidChange` for any change, local or from another window.
 */
export class AccountStore extends DisposableOwner {
  private readonly changed = this.own(new vscode.EventEmitter<void>());
  readonly onDidChange = this.changed.event;
  private readonly health = new Map<string, AccountHealth>();
  /** Writes run one after another, each on the latest list: concurrent updates must not lose each other. */
  private writes: Promise<void> = Promise.resolve();

  constructor(
    private readonly state: vscode.Memento,
    readonly keychain: Keychain,
  ) {
    super();
    this.own(keychain.onDidChange(() => this.changed.fire()));
  }

  list(): readonly StoredAccount[] {
    return this.state.get<StoredAccount[]>(ACCOUNTS_KEY, []);
  }

  get(accountId: string): StoredAccount | undefined {
    return this.list().find((account) => account.id === accountId);
  }

  /**
   * Saves a new account; the credentials go to the keychain, never to globalState. `id` (from `newAccountId`) lets a
   * caller prepare for the account before it exists (what its first refresh should expect).
   */
  async add(account: NewAccount, credentials: Credentials, id: string = newAccountId()): Promise<StoredAccount> {
    if (this.get(id)) throw new Error(`An account with id ${id} exists already.`);
    const stored: StoredAccount = { ...account, id, addedAt: Date.now() };
    await this.keychain.store(stored.id, credentials);
    await this.write((accounts) => [...accounts, stored]);
    return stored;
  }

  async update(accountId: string, change: Partial<Omit<StoredAccount, 'id' | 'providerId' | 'addedAt'>>): Promise<void> {
    await this.write((accounts) => accounts.map((account) => (account.id === accountId ? { ...account, ...change } : account)));
  }

  /** Replaces the credentials and clears the "keys rejected" mark. */
  async replaceCredentials(accountId: string, credentials: Credentials): Promise<void> {
    await this.keychain.store(accountId, credentials);
    this.health.delete(accountId);
    await this.update(accountId, { credentialsRejected: false });
  }

  /** Removes the account and its secret. */
  async remove(accountId: string): Promise<void> {
    await this.keychain.delete(accountId);
    this.health.delete(accountId);
    await this.write((accounts) => accounts.filter((account) => account.id !== accountId));
  }

  credentials(accountId: string): Promise<Credentials | undefined> {
    return this.keychain.get(accountId);
  }

  healthOf(accountId: string): AccountHealth {
    return this.get(accountId)?.credentialsRejected ? 'credentials' : (this.health.get(accountId) ?? 'ok');
  }

  /** Records what the last request said about the account. Only `credentials` is persisted. */
  async setHealth(accountId: string, health: AccountHealth): Promise<void> {
    if (this.healthOf(accountId) === health) return;
    if (health === 'credentials') {
      await this.update(accountId, { credentialsRejected: true });
      return;
    }
    this.health.set(accountId, health);
    this.changed.fire();
  }

  private write(change: (accounts: readonly StoredAccount[]) => StoredAccount[]): Promise<void> {
    const next = this.writes.then(async () => {
      const accounts = change(this.list());
      await this.state.update(ACCOUNTS_KEY, accounts);
      void vscode.commands.executeCommand('setContext', 'cloudTickets.hasAccounts', accounts.length > 0);
      this.changed.fire();
    });
    // A failed write must not block the ones after it; its caller still sees the failure.
    this.writes = next.catch(() => undefined);
    return next;
  }
}
