/**
 * Regression (issue #15): with this computer's clock 14 minutes off the server's — still inside the
 * signature window, so every request is accepted — an ambiguous create (the server commits, then the
 * connection drops) must be found by the duplicate look-up instead of being filed again. The emulator's
 * clock is moved, so the server writes ticket times and `Date` headers 14 minutes away from local time.
 */
import assert from 'node:assert/strict';
import { findRecentDuplicate, mayHaveBeenCreated, submittedTicketFrom } from '../../../src/core/duplicate-guard';
import type { FormValues } from '../../../src/core/form-schema';
import type { TicketProvider } from '../../../src/core/provider';
import { createFormFor } from '../../../src/providers/aliyun/forms';
import { FIELD, productValue } from '../../../src/providers/huaweicloud/forms';
import type { RunningEmulator } from '../../../src/emulator';
import { AliyunHarness } from '../aliyun/harness';
import { demoProvider, startHarness, type Harness } from '../huaweicloud/harness';

const SKEW_MS = 14 * 60_000;
const QUICK = { pauseMs: 0 };

interface Flavour {
  readonly name: string;
  readonly provider: string;
  readonly createAction: string;
  /** The provider looks the ticket up itself after an ambiguous create and returns its id (Huawei). */
  readonly recoversItself: boolean;
  emulator(): RunningEmulator;
  make(): TicketProvider;
  form(description: string): FormValues;
  /** Ticket ids the server stored with this description. */
  stored(description: string): string[];
  /** The create form's schema, for what the submit handler hands to the look-up. */
  schema(provider: TicketProvider): Promise<Parameters<typeof submittedTicketFrom>[0]>;
}

let aliyun: AliyunHarness;
let huawei: Harness;

const aliyunStored = (description: string): string[] =>
  (aliyun.emulator.control.state('aliyun') as { tickets: { TicketId: string; Description: string }[] }).tickets.filter((t) => t.Description === description).map((t) => t.TicketId);

const FLAVOURS: readonly Flavour[] = [
  {
    name: 'Alibaba Cloud 2021-06-10',
    provider: 'aliyun',
    createAction: 'CreateTicket',
    recoversItself: false,
    emulator: () => aliyun.emulator,
    make: () => aliyun.provider('2021-06-10'),
    form: (description) => ({ directory: '2', product: '7200', category: '793', severity: '1', title: 'Skewed clock', description }),
    stored: aliyunStored,
    schema: async () => createFormFor('2021-06-10'),
  },
  {
    name: 'Alibaba Cloud 2020-03-26',
    provider: 'aliyun',
    createAction: 'CreateTicket',
    recoversItself: false,
    emulator: () => aliyun.emulator,
    make: () => aliyun.provider('2020-03-26'),
    form: (description) => ({ directory: '2', product: 'oss', category: '793', title: 'Skewed clock legacy', description, email: 'ops@example.com' }),
    stored: aliyunStored,
    schema: async () => createFormFor('2020-03-26'),
  },
  {
    name: 'Huawei Cloud',
    provider: 'huaweicloud',
    createAction: 'CreateCases',
    recoversItself: true,
    emulator: () => huawei.emulator,
    make: () => demoProvider(huawei),
    form: (description) => ({
      [FIELD.product]: productValue('2', '69af625c1be54800b58ac4bae4870c90'),
      [FIELD.businessType]: '9b1a349c3a2849a391d58c10f9dc55a1',
      [FIELD.description]: description,
      [FIELD.agreement]: true,
    }),
    stored: (description) => [...huawei.plugin.state.cases.values()].filter((c) => c.description === description).map((c) => c.id),
    schema: (provider) => provider.getCreateForm(),
  },
];

describe('duplicate look-up on server time: local clock 14 minutes off', () => {
  before(async () => {
    [aliyun, huawei] = await Promise.all([AliyunHarness.start(), startHarness()]);
  });
  after(() => Promise.all([aliyun.close(), huawei.close()]));

  for (const flavour of FLAVOURS) {
    for (const direction of [1, -1] as const) {
      for (const freshProvider of [true, false]) {
        const clock = direction > 0 ? 'server 14 min ahead' : 'server 14 min behind';
        it(`${flavour.name}, ${clock}, ${freshProvider ? 'fresh provider' : 'after a read taught the skew'}: the dropped create is found, not filed twice`, async () => {
          const emulator = flavour.emulator();
          emulator.control.reset();
          emulator.control.clock.advance(direction * SKEW_MS);
          const provider = flavour.make();
          const schema = await flavour.schema(flavour.make());
          if (!freshProvider) await provider.verifyCredentials();
          const description = `Clock ${direction > 0 ? 'ahead' : 'behind'} ${freshProvider ? 'fresh' : 'taught'} ${flavour.name}: uploads stall at 99 %.`;
          emulator.control.injectFault({ provider: flavour.provider, action: flavour.createAction, fault: { kind: 'commit-then-drop' } });
          const submittedAt = Date.now();
          const created = await provider.createTicket(flavour.form(description)).then(
            (ticket) => ticket.ticketId,
            (error: unknown) => {
              assert.ok(mayHaveBeenCreated(error), String(error));
              return undefined;
            },
          );
          const search = await findRecentDuplicate(provider, submittedTicketFrom(schema, flavour.form(description), submittedAt), QUICK);
          const stored = flavour.stored(description);
          assert.deepEqual(
            { stored: stored.length, found: search.outcome === 'found' ? search.ticket.id : search.outcome, created },
            { stored: 1, found: stored[0], created: flavour.recoversItself ? stored[0] : undefined },
          );
        });
      }
    }
  }
});
