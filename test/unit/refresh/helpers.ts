/** Shared pieces of the refresh tests: provider access over a map of providers, waiting helpers. */
import type { TicketProvider } from '../../../src/core/provider';
import type { ProviderAccess } from '../../../src/core/refresh';

/** Provider access as the host gives it, over fixed providers per account id. */
export function accessTo(providers: Readonly<Record<string, TicketProvider>>): ProviderAccess {
  return <T>(accountId: string, work: (provider: TicketProvider) => Promise<T>): Promise<T> => {
    const provider = providers[accountId];
    return provider ? work(provider) : Promise.reject(new Error(`no provider for ${accountId}`));
  };
}

export function delay(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** Polls `condition` every few ms until it holds (or fails the test after `timeoutMs`). */
export async function until(condition: () => boolean, timeoutMs = 2000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error('condition not reached in time');
    await delay(2);
  }
}
