/**
 * A value of the wrong shape is refused by the form as the user leaves the field, with the shape it needs,
 * instead of only by the cloud on submit at the bottom of the form (issue #20: the ECS instance id).
 */
import assert from 'node:assert/strict';
import type { FormField, TextField } from '../../../src/core/form-schema';
import { validateForm } from '../../../src/core/form-validation';
import { FIELD, productValue } from '../../../src/providers/huaweicloud/forms';
import { describePattern, describeWholeNumber } from '../../../src/providers/huaweicloud/pattern-hint';
import { demoProvider, startHarness, type Harness } from '../huaweicloud/harness';

const ECS = productValue('2', '69af625c1be54800b58ac4bae4870c90');
const REMOTE_LOGIN = '5efc9f47ace944bfafd054161409f15b';
const QUOTAS = productValue('1', '0c0d845de042443c98257417d89e6c3b');
const QUOTA_ADJUSTMENT = 'b6dc3d3bf7ef434fa3f23d79cfc41449';

function textField(fields: readonly FormField[], id: string): TextField {
  const field = fields.find((candidate) => candidate.id === id);
  assert.ok(field && (field.kind === 'text' || field.kind === 'textarea'), `${id} is a text field`);
  return field;
}

describe('create form field shapes (Huawei Cloud extends parameters, over the emulator)', () => {
  let h: Harness;
  before(async () => {
    h = await startHarness();
  });
  after(() => h.close());

  it('says under the ECS instance id what shape it needs, and refuses another before any request', async () => {
    const fields = await demoProvider(h, { locale: 'en' }).loadDependentFields({ [FIELD.product]: ECS, [FIELD.businessType]: REMOTE_LOGIN });
    const field = textField(fields, 'ext.ecs_instance_id');
    const problems = (value: string) => validateForm({ fields: [field] }, { [field.id]: value }).map((problem) => problem.message);
    assert.deepEqual(
      { help: field.help, wrong: problems('i-0abc123'), upperCase: problems('0F9E8D7C-0000-4000-8000-000000000001'), right: problems('0f9e8d7c-0000-4000-8000-000000000001') },
      {
        help: 'Required. Expected: 36 characters: digits 0–9, letters a–f and “-”.',
        wrong: ['ECS instance ID: expected 36 characters: digits 0–9, letters a–f and “-”.'],
        upperCase: ['ECS instance ID: expected 36 characters: digits 0–9, letters a–f and “-”.'],
        right: [],
      },
    );
  });

  it('says it in Chinese when the provider speaks Chinese', async () => {
    const fields = await demoProvider(h, { locale: 'zh-cn' }).loadDependentFields({ [FIELD.product]: ECS, [FIELD.businessType]: REMOTE_LOGIN });
    assert.equal(textField(fields, 'ext.ecs_instance_id').formatHint, '36 个字符（数字 0–9、字母 a–f和“-”）');
  });

  it('checks a whole-number parameter and its bounds as typed, naming them', async () => {
    const fields = await demoProvider(h, { locale: 'en' }).loadDependentFields({ [FIELD.product]: QUOTAS, [FIELD.businessType]: QUOTA_ADJUSTMENT });
    const field = textField(fields, 'ext.quota_amount');
    const problems = (value: string) => validateForm({ fields: [field] }, { [field.id]: value }).map((problem) => problem.message);
    assert.deepEqual(
      [problems('ten'), problems('5000'), problems('0'), problems('20')],
      [['Requested amount: expected a whole number from 1 to 1000.'], ['Requested amount: expected a whole number from 1 to 1000.'], ['Requested amount: expected a whole number from 1 to 1000.'], []],
    );
  });
});

describe('patterns in words', () => {
  it('reads runs of classes and literal text, and quotes a pattern it cannot read', () => {
    assert.deepEqual(
      ['^i-[0-9a-z]{8,12}$', '^\\d+$', '^[A-Z]{2}\\d{4}$', '^(ab|cd)$', 'unanchored'].map((regex) => describePattern(regex, 'en-us')),
      [
        '“i-”, then 8 to 12 characters: digits 0–9 and letters a–z',
        'one or more characters: digits 0–9',
        '2 characters: letters A–Z, then 4 characters: digits 0–9',
        'text matching the pattern ^(ab|cd)$',
        'text matching the pattern unanchored',
      ],
    );
    assert.equal(describeWholeNumber(undefined, 5, 'en-us'), 'a whole number of at most 5');
  });

  it('refuses nothing for a pattern this engine cannot compile (the cloud checks again)', () => {
    const field: TextField = { kind: 'text', id: 'x', label: 'X', required: false, pattern: '(?<' };
    assert.deepEqual(validateForm({ fields: [field] }, { x: 'anything' }), []);
  });
});
