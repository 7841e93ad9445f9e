/**
 * The two providers classify the same situation the same way (issue #15, one table in
 * core/failure-classification.ts): a gateway status or a dropped connection on create is "maybe
 * filed" on both, a throttling refusal is not, and reads are retried on malformed bodies and
 * transient error envelopes on both while writes never are. Real clients against the emulator.
 */
import assert from 'node:assert/strict';
import { mayHaveBeenCreated } from '../../../src/core/duplicate-guard';
import type { FormValues } from '../../../src/core/form-schema';
import type { TicketProvider } from '../../../src/core/provider';
import type { FaultKind } from '../../../src/emulator/types';
import { FIELD, productValue } from '../../../src/providers/huaweicloud/forms';
import { AliyunHarness } from '../aliyun/harness';
import { demoProvider, startHarness, type Harness } from '../huaweicloud/harness';
import { failureOf } from '../../support/ticket-failure';
import { errorText, inEnglish } from '../../../src/shared/errorText';

const FAST_RETRY = { maxAttempts: 3, baseDelayMs: 1, maxDelayMs: 5 };

interface Cloud {
  readonly name: string;
  readonly provider: string;
  readonly createAction: string;
  readonly listAction: string;
  readonly transientEnvelope: FaultKind;
  readonly throttlingAt503: FaultKind;
  make(): TicketProvider;
  form(description: string): FormValues;
  reset(): void;
  inject(action: string, fault: FaultKind): void;
  calls(action: string): number;
}

let aliyun: AliyunHarness;
let huawei: Harness;

const CLOUDS: readonly Cloud[] = [
  {
    name: 'Alibaba Cloud',
    provider: 'aliyun',
    createAction: 'CreateTicket',
    listAction: 'ListTickets',
    transientEnvelope: { kind: 'error', status: 500, code: 'System.error', message: 'An error occurred while processing your request.' },
    throttlingAt503: { kind: 'error', status: 503, code: 'Throttling', message: 'Request was denied due to request throttling.' },
    make: () => aliyun.provider('2021-06-10', { retryPolicy: FAST_RETRY }),
    form: (description) => ({ directory: '2', product: '7200', category: '793', severity: '1', title: 'Consistency', description }),
    reset: () => aliyun.reset(),
    inject: (action, fault) => aliyun.emulator.control.injectFault({ provider: 'aliyun', action, fault }),
    calls: (action) => aliyun.calls(action),
  },
  {
    name: 'Huawei Cloud',
    provider: 'huaweicloud',
    createAction: 'CreateCases',
    listAction: 'ListCases',
    // Business errors arrive as HTTP 200 (spec §1.6): "Operation failed." is the service's transient failure.
    transientEnvelope: { kind: 'error', status: 200, code: 'OSM.01010014', message: 'Operation failed.' },
    throttlingAt503: { kind: 'error', status: 503, code: 'APIGW.0308', message: 'The throttling threshold has been reached.' },
    make: () => demoProvider(huawei, { retryPolicy: FAST_RETRY }),
    form: (description) => ({
      [FIELD.product]: productValue('2', '69af625c1be54800b58ac4bae4870c90'),
      [FIELD.businessType]: '9b1a349c3a2849a391d58c10f9dc55a1',
      [FIELD.description]: description,
      [FIELD.agreement]: true,
    }),
    reset: () => huawei.emulator.control.reset(),
    inject: (action, fault) => huawei.emulator.control.injectFault({ provider: 'huaweicloud', action, fault }),
    calls: (action) => huawei.emulator.control.requests().filter((entry) => entry.action === action).length,
  },
];

describe('failure classification is the same on both clouds', () => {
  before(async () => {
    [aliyun, huawei] = await Promise.all([AliyunHarness.start(), startHarness()]);
  });
  after(() => Promise.all([aliyun.close(), huawei.close()]));

  for (const cloud of CLOUDS) {
    describe(cloud.name, () => {
      beforeEach(() => cloud.reset());

      for (const status of [502, 503, 504]) {
        it(`a bare HTTP ${status} on create is "maybe filed", and the create is sent once`, async () => {
          cloud.inject(cloud.createAction, { kind: 'http', status, body: '<html>Bad Gateway</html>', headers: { 'content-type': 'text/html' } });
          const error = await failureOf(cloud.make().createTicket(cloud.form(`bare ${status}`)));
          assert.deepEqual([error.ambiguous, mayHaveBeenCreated(error), /may or may not have been applied/.test(errorText(error, inEnglish)), cloud.calls(cloud.createAction)], [true, true, true, 1]);
        });
      }

      it('a gateway status with the cloud\'s own error envelope on create is "maybe filed"', async () => {
        cloud.inject(cloud.createAction, { kind: 'error', status: 503, code: 'ServiceUnavailable', message: 'temporary failure' });
        const error = await failureOf(cloud.make().createTicket(cloud.form('enveloped 503')));
        assert.deepEqual([error.kind, error.ambiguous], ['server', true]);
      });

      it('a dropped connection on create is "maybe filed"', async () => {
        cloud.inject(cloud.createAction, { kind: 'close' });
        const error = await failureOf(cloud.make().createTicket(cloud.form('dropped')));
        assert.deepEqual([error.kind, error.ambiguous, error.fault], ['network', true, 'network']);
      });

      it('a throttling refusal at 503 on create is not "maybe filed"', async () => {
        cloud.inject(cloud.createAction, cloud.throttlingAt503);
        const error = await failureOf(cloud.make().createTicket(cloud.form('throttled')));
        assert.deepEqual([error.kind, error.ambiguous], ['throttled', false]);
      });

      it('a read is retried after a malformed body and succeeds', async () => {
        cloud.inject(cloud.listAction, { kind: 'malformed-json' });
        await cloud.make().listTickets({}, {});
        assert.equal(cloud.calls(cloud.listAction), 2);
      });

      it('a read is retried after a transient error envelope and succeeds', async () => {
        cloud.inject(cloud.listAction, cloud.transientEnvelope);
        await cloud.make().listTickets({}, {});
        assert.equal(cloud.calls(cloud.listAction), 2);
      });

      it('a write is never retried after a malformed answer', async () => {
        cloud.inject(cloud.createAction, { kind: 'malformed-json' });
        const error = await failureOf(cloud.make().createTicket(cloud.form('malformed answer')));
        assert.deepEqual([error.ambiguous, cloud.calls(cloud.createAction)], [true, 1]);
      });
    });
  }
});
