/**
 * The world a fault schedule runs in: one emulator hosting both clouds on a loopback port, accounts
 * with canary secrets (so a leak is recognisable anywhere), providers of the three flavours built the
 * way the extension builds them, and read-outs of the server's state to judge the client by.
 */
import type { Credentials } from '../../../src/core/account';
import type { ConcurrencyLimiter } from '../../../src/core/limiter';
import { OSM_STATUSES } from '../../../src/providers/huaweicloud/status';
import type { StatusGroup } from '../../../src/core/status';
import type { TicketProvider } from '../../../src/core/provider';
import type { RetryPolicy } from '../../../src/core/retry';
import { startEmulator, type RunningEmulator } from '../../../src/emulator';
import { createAliyunProvider } from '../../../src/providers/aliyun/provider';
import { createHuaweiCloudProvider } from '../../../src/providers/huaweicloud/provider';
import { fixturesDocument, OWNER_UID, REGISTERED_EMAIL } from '../aliyun/emulator-fixtures';

export type Flavour = 'aliyun-2021' | 'aliyun-2020' | 'huaweicloud';
export const FLAVOURS: readonly Flavour[] = ['aliyun-2021', 'aliyun-2020', 'huaweicloud'];

/** The emulator plugin serving a flavour (both Alibaba versions share one). */
export const EMULATOR_PROVIDER: Readonly<Record<Flavour, 'aliyun' | 'huaweicloud'>> = {
  'aliyun-2021': 'aliyun',
  'aliyun-2020': 'aliyun',
  huaweicloud: 'huaweicloud',
};

/** Secrets planted in the accounts; none of them may appear in any error the client produces. */
export const CANARY = {
  aliyun: { accessKeyId: 'STS.CanaryAk7Q2mXw4', accessKeySecret: 'canary-sk-aliyun-5e0f9d2b7c', securityToken: 'canary-sts-aliyun-b81c3a6e4f' },
  huaweicloud: { accessKeyId: 'CANARYAKHW7Q2MXW4Z01', accessKeySecret: 'canary-sk-huawei-0d7a1e93c4', securityToken: 'canary-sts-huawei-77f2b05ad9' },
} as const satisfies Record<string, Required<Pick<Credentials, 'accessKeyId' | 'accessKeySecret' | 'securityToken'>>>;

/** Every canary value, for the deep search through error objects. */
export const CANARY_VALUES: readonly string[] = Object.values(CANARY).flatMap((c) => [c.accessKeyId, c.accessKeySecret, c.securityToken]);

const HUAWEI_DOMAIN_ID = '0a1b2c3d4e5f60718293a4b5c6d7e8f9';

/** Client settings of a run: short timeouts so that a delay past the timeout costs little real time. */
export interface ClientSettings {
  readonly timeoutMs: number;
  readonly retryPolicy: RetryPolicy;
}

export interface ProviderExtras {
  /** Leave the Huawei domain id to discovery, as for an account added without it. */
  readonly freshAccount?: boolean;
  /** Request slots of the account (default: the provider's own). */
  readonly limiter?: ConcurrencyLimiter;
}

/** One ticket as the server has it, reduced to what the invariants compare. */
export interface ServerTicket {
  readonly id: string;
  readonly group: StatusGroup;
  readonly text: string;
  /** Texts of the conversation's messages. */
  readonly messages: readonly string[];
}

const ALIYUN_GROUP: Readonly<Record<number, StatusGroup>> = { 1: 'in-progress', 2: 'in-progress', 3: 'needs-action', 4: 'in-progress', 5: 'needs-action', 6: 'closed' };

interface AliyunStateView {
  tickets: { TicketId: string; Title: string; Description: string; Status: number; CreatorId: string; Notes: { Content: string }[] }[];
}
interface OsmStateView {
  cases: { id: string; status: number; description: string; messages: { content: string }[] }[];
}

export class FaultWorld {
  private constructor(readonly emulator: RunningEmulator) {}

  static async start(): Promise<FaultWorld> {
    const document = fixturesDocument() as { aliyun: { accounts: unknown[] } };
    const canaryAccount = { ...CANARY.aliyun, uid: OWNER_UID, principalName: 'canary', contactEmails: [REGISTERED_EMAIL], securityTokenExpiration: '2099-01-01T00:00:00Z' };
    const emulator = await startEmulator({ fixtures: { aliyun: { ...document.aliyun, accounts: [...document.aliyun.accounts, canaryAccount] } } });
    const world = new FaultWorld(emulator);
    world.reset();
    return world;
  }

  /** Seeded state, no faults, real time; the Huawei canary key is added again (reset drops it). */
  reset(): void {
    this.emulator.control.reset();
    this.emulator.control.addCredential({ provider: 'huaweicloud', ...CANARY.huaweicloud, accountId: HUAWEI_DOMAIN_ID, principalName: 'canary' });
  }

  /** The provider of a flavour as the extension builds it (through the same factories). */
  provider(flavour: Flavour, settings: ClientSettings, extras: ProviderExtras = {}): TicketProvider {
    const common = { timeoutMs: settings.timeoutMs, retryPolicy: settings.retryPolicy, locale: 'en', limiter: extras.limiter };
    if (flavour === 'huaweicloud') {
      return createHuaweiCloudProvider({
        ...common,
        account: { id: 'hw', providerId: 'huaweicloud', label: 'hw', endpoint: this.emulator.url, domainId: extras.freshAccount ? undefined : HUAWEI_DOMAIN_ID },
        credentials: async () => ({ ...CANARY.huaweicloud }),
      });
    }
    return createAliyunProvider({
      ...common,
      account: { id: flavour, providerId: 'aliyun', label: flavour, endpoint: this.emulator.url, apiVersion: flavour === 'aliyun-2020' ? '2020-03-26' : '2021-06-10' },
      credentials: async () => ({ ...CANARY.aliyun }),
    });
  }

  /** Moves the emulator's clock `ms` away from this machine's (positive: the server is ahead). */
  setServerSkew(ms: number): void {
    if (ms === 0) this.emulator.control.clock.useRealTime();
    else this.emulator.control.clock.set(Date.now() + ms);
  }

  /** Faults, throttles and latency off (the clock stays as it is). */
  stopFaults(): void {
    this.emulator.control.clearFaults();
    this.emulator.control.clearThrottles();
    this.emulator.control.clearLatency();
  }

  /** The account's tickets as the server holds them. */
  serverTickets(flavour: Flavour): ServerTicket[] {
    if (EMULATOR_PROVIDER[flavour] === 'huaweicloud') {
      const state = this.emulator.control.state('huaweicloud') as OsmStateView;
      // Deleted cases (13) are gone for the customer: the server lists them no more.
      return state.cases
        .filter((c) => c.status !== 13)
        .map((c) => ({
          id: c.id,
          group: OSM_STATUSES[c.status]?.group ?? 'in-progress',
          text: c.description,
          messages: c.messages.map((m) => m.content),
        }));
    }
    const state = this.emulator.control.state('aliyun') as AliyunStateView;
    return state.tickets
      .filter((t) => t.CreatorId === OWNER_UID)
      .map((t) => ({
        id: t.TicketId,
        group: ALIYUN_GROUP[t.Status],
        text: `${t.Title}\n${t.Description}`,
        messages: t.Notes.map((n) => n.Content),
      }));
  }

  close(): Promise<void> {
    return this.emulator.close();
  }
}

/** One world for the calling suite: started before it, reset before each of its tests, closed after it. */
export function useFaultWorld(): () => FaultWorld {
  let world: FaultWorld | undefined;
  before(async () => {
    world = await FaultWorld.start();
  });
  after(() => world?.close());
  beforeEach(() => world?.reset());
  return () => {
    if (!world) throw new Error('the fault world has not started');
    return world;
  };
}
