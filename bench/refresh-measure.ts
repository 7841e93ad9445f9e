/**
 * One refresh of Alibaba accounts by the shipped engine and provider, wired as the host wires them
 * (services/providerRegistry.ts): each account's provider gets adaptive request slots up to the default
 * ceiling, inside slots all accounts share. Measured: when the complete tree was published (every ticket
 * with title and status), when all details were in, client CPU, and what the adaptive slots reached.
 */
import { DEFAULT_MAX_CONCURRENCY, GLOBAL_CONCURRENCY_FACTOR } from '../src/core/adaptive-concurrency';
import type { SnapshotStore } from '../src/core/cache';
import { ConcurrencyLimiter } from '../src/core/limiter';
import type { CredentialCheck, TicketProvider } from '../src/core/provider';
import { RefreshCoordinator, type AccountSnapshot } from '../src/core/refresh';
import { createAliyunProvider } from '../src/providers/aliyun/provider';
import { benchKeyOf } from './fixtures/aliyun-tickets';

export interface BenchAccount {
  readonly id: string;
  readonly provider: TicketProvider;
  readonly slots: ConcurrencyLimiter;
  /** Add Account's key check: a provider of its own (as `createUnsaved` makes it), before the account exists. */
  readonly checkKeys: () => Promise<CredentialCheck>;
}

/** Accounts 0…n-1 of the emulator at `url`, each with a fresh provider (new connections, slots at their start). */
export function benchAccounts(url: string, count: number, ceiling = DEFAULT_MAX_CONCURRENCY): BenchAccount[] {
  const shared = new ConcurrencyLimiter(GLOBAL_CONCURRENCY_FACTOR * ceiling);
  return Array.from({ length: count }, (_, k) => {
    const slots = new ConcurrencyLimiter(ceiling, { adaptive: true, shared });
    const id = `bench-account-${k}`;
    const key = benchKeyOf(k);
    const account = { id, providerId: 'aliyun', label: id, endpoint: url } as const;
    const provider = createAliyunProvider({ account, credentials: async () => key, limiter: slots });
    const checkKeys = () => createAliyunProvider({ account, credentials: async () => key }).verifyCredentials();
    return { id, provider, slots, checkKeys };
  });
}

export interface RefreshTimes {
  /** Wall ms until every account's complete tree was published. */
  readonly treeMs: number;
  /** Wall ms until every account's details were in (the refreshes resolved). */
  readonly detailsMs: number;
  /** Client CPU ms (user + system) of this process during the refresh. */
  readonly cpuMs: number;
  readonly snapshots: readonly AccountSnapshot[];
  /** Highest limit any account's adaptive slots reached. */
  readonly peakLimit: number;
  readonly coordinator: RefreshCoordinator;
}

/**
 * Refreshes every account once (a new coordinator unless one is given); checks that all tickets and details
 * arrived. `restore`: the new coordinator first reads what `store` holds, untimed, as the host does on start.
 * `keysChecked`: each account was just added, and Add Account's key check (untimed: it runs in the dialog, before
 * the account exists) told the coordinator how many tickets it counted, as the command does.
 */
export async function measureRefresh(
  accounts: readonly BenchAccount[],
  expectedPerAccount: number,
  options: { coordinator?: RefreshCoordinator; store?: SnapshotStore; restore?: boolean; keysChecked?: boolean } = {},
): Promise<RefreshTimes> {
  const byId = new Map(accounts.map((account) => [account.id, account.provider]));
  const coordinator =
    options.coordinator ??
    new RefreshCoordinator({
      access: (id, work) => {
        const provider = byId.get(id);
        return provider ? work(provider) : Promise.reject(new Error(`no bench account ${id}`));
      },
      store: options.store,
    });
  if (options.keysChecked) {
    for (const account of accounts) {
      const { ticketCount } = await account.checkKeys();
      if (ticketCount !== undefined) coordinator.expectTickets(account.id, ticketCount);
    }
  }
  coordinator.setAccounts(accounts.map((account) => account.id));
  if (options.restore) await coordinator.restoreFromCache();
  const treeAt = new Map<string, number>();
  const start = performance.now();
  const cpuStart = process.cpuUsage();
  const listening = coordinator.onDidChange(({ accountId, current, cause }) => {
    if (!treeAt.has(accountId) && current && (cause === 'refresh' || cause === 'details') && current.tickets.length === expectedPerAccount) treeAt.set(accountId, performance.now());
  });
  const snapshots = await coordinator.refreshAll();
  const detailsMs = performance.now() - start;
  const cpu = process.cpuUsage(cpuStart);
  listening.dispose();
  for (const snapshot of snapshots) {
    if (snapshot.state !== 'fresh' || snapshot.tickets.length !== expectedPerAccount || snapshot.incompleteIds.length > 0) {
      throw new Error(
        `refresh of ${snapshot.accountId} incomplete: ${snapshot.state}, ${snapshot.tickets.length}/${expectedPerAccount} tickets, ${snapshot.incompleteIds.length} without details ${snapshot.error?.message ?? ''}`,
      );
    }
  }
  const treeMs = Math.max(...accounts.map((account) => (treeAt.get(account.id) ?? performance.now()) - start));
  const peakLimit = Math.max(...accounts.map((account) => account.slots.adaptiveStats()?.peakLimit ?? account.slots.limit));
  return { treeMs, detailsMs, cpuMs: (cpu.user + cpu.system) / 1000, snapshots, peakLimit, coordinator };
}

/** The median of some numbers. */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}
