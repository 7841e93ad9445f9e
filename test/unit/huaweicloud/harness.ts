/**
 * Test harness: the shared emulator with the OSM plugin on a loopback port, and a real OsmClient /
 * provider pointed at it with the demo key pair.
 */
import { startEmulator, type RunningEmulator } from '../../../src/emulator';
import { huaweiCloudOsmPluginFactory, type HuaweiCloudOsmPlugin } from '../../../src/emulator/huaweicloud/plugin';
import { OsmClient, type OsmClientOptions } from '../../../src/providers/huaweicloud/client';
import type { Credentials } from '../../../src/core/account';
import { isTicketError } from '../../../src/core/errors';
import { HuaweiCloudProvider } from '../../../src/providers/huaweicloud/provider';

export const DEMO_DOMAIN_ID = '0a1b2c3d4e5f60718293a4b5c6d7e8f9';
export const TEST_CREDENTIALS: Credentials = { accessKeyId: 'testak', accessKeySecret: 'testsk' };
/** Reads are not retried in tests, so each error kind surfaces on the first answer. */
export const NO_RETRY = { maxAttempts: 1, baseDelayMs: 1, maxDelayMs: 1 };

export interface Harness {
  readonly emulator: RunningEmulator;
  readonly plugin: HuaweiCloudOsmPlugin;
  client(overrides?: Partial<OsmClientOptions>): OsmClient;
  close(): Promise<void>;
}

export async function startHarness(fixtures?: Record<string, unknown>): Promise<Harness> {
  const emulator = await startEmulator({ providers: [huaweiCloudOsmPluginFactory], fixtures: fixtures ? { huaweicloud: fixtures } : undefined });
  const plugin = emulator.control.provider('huaweicloud') as HuaweiCloudOsmPlugin;
  return {
    emulator,
    plugin,
    client: (overrides = {}) =>
      new OsmClient({
        endpoint: emulator.url,
        credentials: async () => TEST_CREDENTIALS,
        domainId: DEMO_DOMAIN_ID,
        locale: 'en',
        utcOffsetMinutes: 480,
        retryPolicy: NO_RETRY,
        ...overrides,
      }),
    close: () => emulator.close(),
  };
}

/** The TicketProvider for the demo account against the harness emulator. */
export function demoProvider(h: Harness, overrides: Partial<OsmClientOptions> = {}): HuaweiCloudProvider {
  return new HuaweiCloudProvider(h.client(overrides));
}

/** What a suite registered with useEmulatorSuite() reads inside its tests. */
export interface EmulatorSuite {
  /** The suite's harness (one emulator per describe block, reset before every test). */
  readonly harness: Harness;
  /** A client made for the current test (created on first use, never shared between tests). */
  readonly client: OsmClient;
  /** The demo account's provider for the current test (created on first use, never shared between tests). */
  readonly provider: HuaweiCloudProvider;
}

/**
 * Registers the usual hooks in the calling describe block: start the emulator before the suite, close it
 * after, reset its state before each test and forget the previous test's client and provider.
 */
export function useEmulatorSuite(): EmulatorSuite {
  let harness: Harness | undefined;
  let client: OsmClient | undefined;
  let provider: HuaweiCloudProvider | undefined;
  const running = (): Harness => {
    if (!harness) throw new Error('the emulator suite is used outside its tests (before() has not run)');
    return harness;
  };
  before(async () => {
    harness = await startHarness();
  });
  after(() => running().close());
  beforeEach(() => {
    running().emulator.control.reset();
    client = undefined;
    provider = undefined;
  });
  return {
    get harness() {
      return running();
    },
    get client() {
      return (client ??= running().client());
    },
    get provider() {
      return (provider ??= demoProvider(running()));
    },
  };
}

/** Predicate for assert.rejects: a TicketError carrying exactly this provider error code. */
export const codeOf =
  (code: string) =>
  (e: unknown): boolean =>
    isTicketError(e) && e.code === code;
