import assert from 'node:assert/strict';
import { submittedTicketFrom, findRecentDuplicate } from '../../../src/core/duplicate-guard';
import { operationIfOffered } from '../../../src/core/provider-operations';
import { FIELD, productValue } from '../../../src/providers/huaweicloud/forms';
import { dependentFieldsAnchor } from '../../../webview/create/lib/cascade';
import { AliyunHarness } from '../aliyun/harness';
import { demoProvider, startHarness, type Harness } from '../huaweicloud/harness';

const ECS = productValue('2', '69af625c1be54800b58ac4bae4870c90');
const REMOTE_LOGIN = '5efc9f47ace944bfafd054161409f15b';

describe('create form with Huawei Cloud (extends parameters, over the emulator)', () => {
  let h: Harness;
  before(async () => {
    h = await startHarness();
  });
  after(() => h.close());
  beforeEach(() => h.emulator.control.reset());

  it('offers dependent fields', () => {
    assert.ok(operationIfOffered(demoProvider(h), 'loadDependentFields'));
  });

  it('gets the required extends parameters of a problem type as form fields', async () => {
    const fields = await demoProvider(h).loadDependentFields({ [FIELD.product]: ECS, [FIELD.businessType]: REMOTE_LOGIN });
    assert.deepEqual(
      fields.filter((field) => field.required).map((field) => field.id),
      ['ext.ecs_instance_id'],
    );
  });

  it('puts those fields after the last cascading select of the schema', async () => {
    const schema = await demoProvider(h).getCreateForm();
    assert.equal(dependentFieldsAnchor(schema.fields)?.id, FIELD.severity);
  });

  it('never takes a contact field for the title', async () => {
    const schema = await demoProvider(h).getCreateForm();
    assert.equal(submittedTicketFrom(schema, { [FIELD.remindTime]: '9:00-18:00', [FIELD.description]: 'd' }, 0).title, '');
  });

  it('matches a Huawei ticket by its description for the duplicate search', async () => {
    const provider = demoProvider(h);
    const schema = await provider.getCreateForm();
    const values = {
      [FIELD.product]: ECS,
      [FIELD.businessType]: REMOTE_LOGIN,
      [FIELD.description]: `SSH to ecs-01 times out (${Date.now()})`,
      [FIELD.region]: 'cn-north-4',
      'ext.ecs_instance_id': '0f9e8d7c-0000-4000-8000-000000000001',
      [FIELD.agreement]: true,
    };
    const submittedAt = Date.now();
    const { ticketId } = await provider.createTicket(values);
    const result = await findRecentDuplicate(provider, submittedTicketFrom(schema, values, submittedAt), { pauseMs: 0 });
    assert.equal(result.outcome === 'found' && result.ticket.id, ticketId);
  });
});

describe('create form with Alibaba Cloud', () => {
  it('has no dependent fields', async () => {
    const harness = await AliyunHarness.start();
    try {
      assert.equal(operationIfOffered(harness.provider('2021-06-10'), 'loadDependentFields'), undefined);
    } finally {
      await harness.close();
    }
  });
});
