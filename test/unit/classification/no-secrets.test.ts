/**
 * No error object carries a secret in any property, `cause` included (DESIGN.md §7, issue #15). Canary
 * credentials go through every error kind of both providers over real sockets; each error is then
 * searched deeply: every own property (enumerable or not, symbols too) recursively, the cause chain,
 * `util.inspect` with hidden properties, JSON and the stack.
 */
import assert from 'node:assert/strict';
import type { Credentials } from '../../../src/core/account';
import { isTicketError, type ErrorKind } from '../../../src/core/errors';
import type { TicketProvider } from '../../../src/core/provider';
import type { FaultKind } from '../../../src/emulator/types';
import { OWNER_UID } from '../aliyun/emulator-fixtures';
import { AliyunHarness } from '../aliyun/harness';
import { DEMO_DOMAIN_ID, demoProvider, startHarness, type Harness } from '../huaweicloud/harness';
import { secretLeaks } from '../../support/secret-leaks';

const NO_RETRY = { maxAttempts: 1, baseDelayMs: 1, maxDelayMs: 1 };
const ALIYUN_CANARY = { accessKeyId: 'STS.CanaryKeyAliyun01', accessKeySecret: 'canary-sk-aliyun-4f1e9b7d20', securityToken: 'canary-sts-aliyun-c93a0e51b7' };
const HUAWEI_CANARY = { accessKeyId: 'CANARYHWAK0000000001', accessKeySecret: 'canary-sk-huawei-8d2c6a0f13', securityToken: 'canary-sts-huawei-5b7e1d94c2' };
const CANARIES = [ALIYUN_CANARY.accessKeySecret, ALIYUN_CANARY.securityToken, HUAWEI_CANARY.accessKeySecret, HUAWEI_CANARY.securityToken];

/** Where a canary shows up in an error, by any route a log line or a debugger could take. */
function leaks(error: unknown): string[] {
  return secretLeaks(error, CANARIES);
}

interface Scenario {
  readonly name: string;
  /** The kind the scenario must produce, so each one exercises what its name says. */
  readonly kind: ErrorKind;
  /** Prepares the emulator; returns the provider to call with the canary key. */
  readonly setUp: (provider: (overrides?: { timeoutMs?: number; endpoint?: string; credentials?: Credentials }) => TicketProvider) => TicketProvider;
  readonly call: (provider: TicketProvider) => Promise<unknown>;
  readonly fault?: { readonly read: boolean; readonly fault: FaultKind };
}

const ECHO = (secrets: readonly string[]): FaultKind => ({ kind: 'error', status: 400, code: 'param.illegal', message: `echoed ${secrets.join(' ')}` });

function scenarios(cloud: 'aliyun' | 'huaweicloud'): Scenario[] {
  const canary = cloud === 'aliyun' ? ALIYUN_CANARY : HUAWEI_CANARY;
  const list = (p: TicketProvider) => p.listTickets({}, {});
  const plain = (make: Parameters<Scenario['setUp']>[0]) => make();
  return [
    { name: 'auth (wrong secret)', kind: 'auth', setUp: (make) => make({ credentials: { ...canary, accessKeySecret: `${canary.accessKeySecret}-wrong` } }), call: list },
    { name: 'auth (unknown key)', kind: 'auth', setUp: (make) => make({ credentials: { ...canary, accessKeyId: 'UNKNOWNKEY0000000001' } }), call: list },
    { name: 'network (refused)', kind: 'network', setUp: (make) => make({ endpoint: 'http://127.0.0.1:1' }), call: list },
    { name: 'network (dropped read)', kind: 'network', setUp: plain, call: list, fault: { read: true, fault: { kind: 'close' } } },
    { name: 'network (dropped write)', kind: 'network', setUp: plain, call: (p) => p.close('T-none'), fault: { read: false, fault: { kind: 'commit-then-drop' } } },
    { name: 'network (timeout)', kind: 'network', setUp: (make) => make({ timeoutMs: 150 }), call: list, fault: { read: true, fault: { kind: 'delay', ms: 600 } } },
    { name: 'server (500)', kind: 'server', setUp: plain, call: list, fault: { read: true, fault: { kind: 'error', status: 500, code: 'InternalError', message: 'boom' } } },
    { name: 'server (unreadable)', kind: 'server', setUp: plain, call: list, fault: { read: true, fault: { kind: 'malformed-json' } } },
    { name: 'server (502 page)', kind: 'server', setUp: plain, call: list, fault: { read: true, fault: { kind: 'http', status: 502, body: '<html>bad gateway</html>' } } },
    {
      name: 'throttled',
      kind: 'throttled',
      setUp: plain,
      call: list,
      fault: { read: true, fault: { kind: 'error', status: 429, code: cloud === 'aliyun' ? 'Throttling.User' : 'APIGW.0308', message: 'slow down' } },
    },
    { name: 'invalid-input (server echoes the secrets)', kind: 'invalid-input', setUp: plain, call: list, fault: { read: true, fault: ECHO([canary.accessKeySecret, canary.securityToken]) } },
    { name: 'not-found', kind: 'not-found', setUp: plain, call: (p) => p.getTicket('NO-SUCH-TICKET') },
  ];
}

describe('no secret in any error object, from either provider', () => {
  let aliyun: AliyunHarness;
  let huawei: Harness;
  before(async () => {
    [aliyun, huawei] = await Promise.all([AliyunHarness.start(), startHarness()]);
  });
  after(() => Promise.all([aliyun.close(), huawei.close()]));

  const clouds = {
    aliyun: {
      reset: () => {
        aliyun.reset();
        aliyun.emulator.control.addCredential({ provider: 'aliyun', ...ALIYUN_CANARY, accountId: OWNER_UID });
      },
      action: (read: boolean) => (read ? 'ListTickets' : 'CloseTicket'),
      make: (o: { timeoutMs?: number; endpoint?: string; credentials?: Credentials } = {}) =>
        aliyun.provider('2021-06-10', { retryPolicy: NO_RETRY, credentials: o.credentials ?? ALIYUN_CANARY, endpoint: o.endpoint, timeoutMs: o.timeoutMs ?? 5_000 }),
      inject: (action: string, fault: FaultKind) => aliyun.emulator.control.injectFault({ provider: 'aliyun', action, fault }),
    },
    huaweicloud: {
      reset: () => {
        huawei.emulator.control.reset();
        huawei.emulator.control.addCredential({ provider: 'huaweicloud', ...HUAWEI_CANARY, accountId: DEMO_DOMAIN_ID });
      },
      action: (read: boolean) => (read ? 'ListCases' : 'UpdateCases'),
      make: (o: { timeoutMs?: number; endpoint?: string; credentials?: Credentials } = {}) =>
        demoProvider(huawei, { retryPolicy: NO_RETRY, credentials: async () => o.credentials ?? HUAWEI_CANARY, endpoint: o.endpoint ?? huawei.emulator.url, timeoutMs: o.timeoutMs ?? 5_000 }),
      inject: (action: string, fault: FaultKind) => huawei.emulator.control.injectFault({ provider: 'huaweicloud', action, fault }),
    },
  } as const;

  for (const cloud of ['aliyun', 'huaweicloud'] as const) {
    for (const scenario of scenarios(cloud)) {
      it(`${cloud}: ${scenario.name}`, async () => {
        const world = clouds[cloud];
        world.reset();
        if (scenario.fault) world.inject(world.action(scenario.fault.read), scenario.fault.fault);
        const provider = scenario.setUp((overrides) => world.make(overrides));
        const error = await scenario.call(provider).then(
          () => assert.fail('the call was expected to fail'),
          (caught: unknown) => caught,
        );
        assert.ok(isTicketError(error), `not a TicketError: ${String(error)}`);
        assert.deepEqual([error.kind, leaks(error)], [scenario.kind, []]);
      });
    }
  }

  it("the inspection finds a canary hidden in a cause's request headers (the test can fail)", () => {
    const hidden = Object.assign(new Error('x'), { config: { headers: { 'X-Security-Token': HUAWEI_CANARY.securityToken } } });
    const wrapper = new Error('outer', { cause: hidden });
    assert.deepEqual(leaks(wrapper), [
      `error.cause.config.headers.X-Security-Token holds ${HUAWEI_CANARY.securityToken}`,
      `util.inspect(error) holds ${HUAWEI_CANARY.securityToken}`,
      `JSON.stringify(error) holds ${HUAWEI_CANARY.securityToken}`,
    ]);
  });
});
