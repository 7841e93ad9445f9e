/** The benchmark account: the emulator with generated tickets and the real Alibaba provider over loopback. */
import { ConcurrencyLimiter } from '../src/core/limiter';
import type { TicketProvider } from '../src/core/provider';
import { startEmulator, type RunningEmulator } from '../src/emulator';
import { createAliyunProvider } from '../src/providers/aliyun/provider';
import { aliyunTicketFixtures, BENCH_KEY } from './fixtures/aliyun-tickets';

export const BENCH_ACCOUNT = 'bench-account';

/** Starts the emulator serving `tickets` generated tickets for `BENCH_KEY`. */
export function startBenchEmulator(tickets: number): Promise<RunningEmulator> {
  return startEmulator({ providers: ['aliyun'], fixtures: aliyunTicketFixtures(tickets) });
}

/** The provider as the extension builds it, with a request limiter as wide as the engine's. */
export function benchProvider(url: string, concurrency: number): TicketProvider {
  return createAliyunProvider({
    account: { id: BENCH_ACCOUNT, providerId: 'aliyun', label: 'bench', endpoint: url },
    credentials: async () => BENCH_KEY,
    limiter: new ConcurrencyLimiter(concurrency),
  });
}

/** Counts the emulator's requests (optionally of one action) since they were last cleared, exactly at any volume. */
export function requestCount(emulator: RunningEmulator, action?: string): number {
  return emulator.control.requestCount(action === undefined ? {} : { action });
}

/** Wall time of `work` in ms. */
export async function timed<T>(work: () => Promise<T>): Promise<{ ms: number; result: T }> {
  const start = performance.now();
  const result = await work();
  return { ms: performance.now() - start, result };
}
