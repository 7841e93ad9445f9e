import { PROVIDERS } from '../providers';
import type { AccountStore, StoredAccount } from './accountStore';
import type { DemoEmulator } from './demoEmulator';
import { demoAccountLabel, isMadeDemoLabel } from './cloudName';

/**
 * Demo accounts: one per provider the emulator hosts, pointed at the in-process emulator. Their
 * endpoint changes with every start (free port), so it is rewritten whenever the emulator starts.
 */
export class DemoAccounts {
  constructor(
    private readonly accounts: AccountStore,
    private readonly emulator: DemoEmulator,
  ) {}

  demoAccounts(): readonly StoredAccount[] {
    return this.accounts.list().filter((account) => account.demo);
  }

  /** Starts the emulator and adds (or re-points) one demo account per provider. */
  async start(): Promise<readonly StoredAccount[]> {
    const emulator = await this.emulator.start();
    for (const provider of PROVIDERS) {
      const credential = emulator.credentials[provider.id]?.find((c) => !c.disabled && !c.securityToken);
      if (!credential) continue;
      const credentials = { accessKeyId: credential.accessKeyId, accessKeySecret: credential.accessKeySecret };
      const existing = this.demoAccounts().find((account) => account.providerId === provider.id);
      if (existing) {
        // A label we made follows the display language; a name the user gave stays.
        const relabel = isMadeDemoLabel(existing.label, provider) ? { label: demoAccountLabel(provider) } : {};
        await this.accounts.update(existing.id, { endpoint: emulator.url, domainId: credential.accountId, ...relabel });
        await this.accounts.replaceCredentials(existing.id, credentials);
      } else {
        await this.accounts.add(
          {
            providerId: provider.id,
            label: demoAccountLabel(provider),
            endpoint: emulator.url,
            domainId: credential.accountId,
            demo: true,
          },
          credentials,
        );
      }
    }
    return this.demoAccounts();
  }

  /** Re-points existing demo accounts after a reload; a no-op when there are none. */
  async resume(): Promise<void> {
    if (this.demoAccounts().length > 0) await this.start();
  }

  /** Stops the emulator when the last demo account is gone. */
  async stopIfUnused(): Promise<void> {
    if (this.demoAccounts().length === 0 && this.emulator.isRunning) await this.emulator.stop();
  }
}
