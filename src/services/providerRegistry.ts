import * as vscode from 'vscode';
import type { Credentials } from '../core/account';
import { DEFAULT_MAX_CONCURRENCY, GLOBAL_CONCURRENCY_FACTOR } from '../core/adaptive-concurrency';
import { TicketError, isTicketError } from '../core/errors';
import { ConcurrencyLimiter } from '../core/limiter';
import type { TicketProvider } from '../core/provider';
import { providerDescriptor } from '../providers';
import { DisposableOwner } from '../common/lifecycle';
import type { AccountStore, StoredAccount } from '../accounts/accountStore';

/**
 * One provider instance per account, created on first use and dropped when the account changes.
 * Also the place that turns provider errors into account health: an auth error marks the account's
 * keys as rejected; a permission error never does (it belongs to the request that failed).
 */
export class ProviderRegistry extends DisposableOwner {
  private readonly providers = new Map<string, Promise<TicketProvider>>();
  private readonly resolved = new Map<string, TicketProvider>();
  /** The connection settings each provider was built with. */
  private readonly built = new Map<string, string>();
  /** Slots every account's requests share, so many accounts do not flood the network. */
  private readonly allAccounts = new ConcurrencyLimiter(GLOBAL_CONCURRENCY_FACTOR * maxConcurrentRequests());

  constructor(private readonly accounts: AccountStore) {
    super();
    this.own(accounts.onDidChange(() => this.forgetChangedAccounts()));
    this.own(accounts.keychain.onDidChange((accountId) => this.forget(accountId)));
  }

  /** The provider of an account; rejects with a TicketError when the account is gone. */
  get(accountId: string): Promise<TicketProvider> {
    let provider = this.providers.get(accountId);
    if (!provider) {
      const account = this.accounts.get(accountId);
      if (!account) return Promise.reject(new TicketError({ kind: 'not-found', code: 'UnknownAccount', reason: { id: 'unknown-account' } }));
      provider = this.create(account);
      this.built.set(accountId, connectionKey(account));
      provider.then(
        (ready) => this.resolved.set(accountId, ready),
        () => this.forget(accountId),
      );
      this.providers.set(accountId, provider);
    }
    return provider;
  }

  /** The provider of an account if it was already created (for synchronous UI such as tree items). */
  peek(accountId: string): TicketProvider | undefined {
    return this.resolved.get(accountId);
  }

  /** Builds a provider for metadata and credentials that are not saved yet ("add account" checks). */
  createUnsaved(account: StoredAccount, credentials: () => Promise<Credentials>): Promise<TicketProvider> {
    // Each account learns its own pace (adaptive) up to the user's ceiling, inside the shared slots.
    const limiter = new ConcurrencyLimiter(maxConcurrentRequests(), { adaptive: true, shared: this.allAccounts });
    return providerDescriptor(account.providerId).create({ account, credentials, locale: vscode.env.language, timeoutMs: requestTimeoutMs(), limiter });
  }

  /** Runs a call on an account's provider and records what the outcome says about the account. */
  async run<T>(accountId: string, call: (provider: TicketProvider) => Promise<T>): Promise<T> {
    const provider = await this.get(accountId);
    try {
      const result = await call(provider);
      await this.accounts.setHealth(accountId, 'ok');
      return result;
    } catch (error) {
      if (isTicketError(error, 'auth')) await this.accounts.setHealth(accountId, 'credentials');
      else if (isTicketError(error, 'network')) await this.accounts.setHealth(accountId, 'offline');
      else if (isTicketError(error, 'throttled')) await this.accounts.setHealth(accountId, 'throttled');
      throw error;
    }
  }

  private forget(accountId: string): void {
    this.providers.delete(accountId);
    this.resolved.delete(accountId);
  }

  /** Drops providers whose account is gone or whose connection settings changed. */
  private forgetChangedAccounts(): void {
    for (const accountId of [...this.providers.keys()]) {
      const account = this.accounts.get(accountId);
      const built = this.built.get(accountId);
      if (!account || !built || connectionKey(account) !== built) this.forget(accountId);
    }
  }

  private create(account: StoredAccount): Promise<TicketProvider> {
    const credentials = async () => {
      const stored = await this.accounts.credentials(account.id);
      if (!stored) throw new TicketError({ kind: 'auth', code: 'MissingCredentials', reason: { id: 'missing-credentials', accountLabel: account.label } });
      return stored;
    };
    return this.createUnsaved(account, credentials);
  }
}

function connectionKey(account: StoredAccount): string {
  return JSON.stringify([account.apiVersion, account.endpoint, account.region, account.site, account.domainId, account.extra]);
}

/** The `cloudTickets.maxConcurrentRequests` setting, a whole number from 1 to 64. */
function maxConcurrentRequests(): number {
  const wanted = vscode.workspace.getConfiguration('cloudTickets').get<number>('maxConcurrentRequests', DEFAULT_MAX_CONCURRENCY);
  return Number.isFinite(wanted) ? Math.min(64, Math.max(1, Math.round(wanted))) : DEFAULT_MAX_CONCURRENCY;
}

function requestTimeoutMs(): number {
  return vscode.workspace.getConfiguration('cloudTickets').get<number>('requestTimeoutSeconds', 20) * 1000;
}
