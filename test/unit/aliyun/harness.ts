/** Starts the emulator with the test fixtures and builds providers pointed at it over loopback. */
import type { Credentials } from '../../../src/core/account';
import type { TicketProvider } from '../../../src/core/provider';
import { startEmulator, type RunningEmulator } from '../../../src/emulator';
import { createAliyunProvider, type AliyunProviderOptions } from '../../../src/providers/aliyun/provider';
import type { AliyunProvider2020 } from '../../../src/providers/aliyun/provider-2020';
import type { AliyunProvider2021 } from '../../../src/providers/aliyun/provider-2021';
import type { AliyunApiVersion } from '../../../src/providers/aliyun/wire/types';
import { fixturesDocument, KEY } from './emulator-fixtures';

/** Quick retries so tests of the retry path stay fast. */
export const FAST_RETRY = { maxAttempts: 3, baseDelayMs: 5, maxDelayMs: 200 };

export interface ProviderOverrides extends Partial<Omit<AliyunProviderOptions, 'account' | 'credentials'>> {
  readonly credentials?: Credentials;
  readonly endpoint?: string;
}

export class AliyunHarness {
  private constructor(readonly emulator: RunningEmulator) {}

  static async start(): Promise<AliyunHarness> {
    return new AliyunHarness(await startEmulator({ providers: ['aliyun'], fixtures: fixturesDocument() }));
  }

  /** A provider for the owner account (or the given credentials) speaking `version`. */
  provider(version: '2021-06-10', overrides?: ProviderOverrides): AliyunProvider2021;
  provider(version: '2020-03-26', overrides?: ProviderOverrides): AliyunProvider2020;
  provider(version: AliyunApiVersion, overrides?: ProviderOverrides): TicketProvider;
  provider(version: AliyunApiVersion, overrides: ProviderOverrides = {}): TicketProvider {
    const credentials = overrides.credentials ?? KEY;
    return createAliyunProvider({
      retryPolicy: FAST_RETRY,
      timeoutMs: 5_000,
      ...overrides,
      account: { id: 'test', providerId: 'aliyun', label: 'test', apiVersion: version, endpoint: overrides.endpoint ?? this.emulator.url },
      credentials: async () => credentials,
    });
  }

  /** Number of logged calls of `action` since the last reset. */
  calls(action: string): number {
    return this.emulator.control.requests().filter((entry) => entry.action === action).length;
  }

  reset(): void {
    this.emulator.control.reset();
  }

  close(): Promise<void> {
    return this.emulator.close();
  }
}

/** A ticket as the emulator stores it (its snapshot uses the fixture field names). */
export interface StoredTicketView {
  readonly TicketId: string;
  readonly Title: string;
  readonly Status: number;
  readonly Email?: string;
  readonly SecretInfo?: { readonly content?: string; readonly fileNameList?: readonly string[] };
  readonly Evaluation?: { readonly score: string; readonly solved: boolean; readonly content?: string };
  readonly Notes: readonly { readonly DialogId: number; readonly Content: string; readonly Encrypt?: boolean; readonly Attachments: readonly string[] }[];
}

/** Reads one stored ticket from the emulator's state snapshot. */
export function storedTicket(harness: AliyunHarness, ticketId: string): StoredTicketView {
  const state = harness.emulator.control.state('aliyun') as { tickets: StoredTicketView[] };
  const ticket = state.tickets.find((entry) => entry.TicketId === ticketId);
  if (!ticket) {
    throw new Error(`emulator has no ticket ${ticketId}`);
  }
  return ticket;
}
