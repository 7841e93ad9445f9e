/** Create-form helpers: product values, extends-parameter fields and checks, CC parsing, rating entries. */
import assert from 'node:assert/strict';
import { parseCcEmails } from '../../../src/providers/huaweicloud/create-ticket';
import { extendsFields, extendsValues, parseProductValue, productValue } from '../../../src/providers/huaweicloud/forms';
import { ratingFormOf, satisfactionList } from '../../../src/providers/huaweicloud/rating';
import type { ExtendsParamWire } from '../../../src/providers/huaweicloud/wire/catalogue';
import { satisfactionDimensions } from '../../../src/emulator/huaweicloud/fixtures/satisfaction';

const AMOUNT: ExtendsParamWire = { param_key: 'amount', param_name: 'Amount', param_type: 1, required: 1, min_value: 1, max_value: 10, is_show: 1 };
const CHOICE: ExtendsParamWire = { param_key: 'period', param_name: 'Period', param_type: 4, required: 0, select_item: '{"A":"Long","B":"Short"}', is_show: 1 };
const MULTI: ExtendsParamWire = { param_key: 'ways', param_name: 'Ways', param_type: 5, required: 0, select_item: '{"ssh":"SSH","vnc":"VNC"}', is_show: 1 };
const HIDDEN: ExtendsParamWire = { param_key: 'internal', param_name: 'Internal', param_type: 3, required: 1, is_show: 0 };

describe('huaweicloud create-form helpers', () => {
  it('round-trips the product value with its sub-type', () => {
    assert.deepEqual(parseProductValue(productValue('2', 'abc')), { subTypeId: '2', productId: 'abc' });
  });

  it('rejects a product value without a sub-type', () => {
    assert.equal(parseProductValue('abc'), undefined);
  });

  it('renders choices as selects with the JSON options and leaves hidden params out', () => {
    const fields = extendsFields([AMOUNT, CHOICE, HIDDEN]);
    assert.deepEqual(
      fields.map((f) => [f.id, f.kind, f.kind === 'select' ? f.options?.map((o) => o.label) : undefined]),
      [
        ['ext.amount', 'text', undefined],
        ['ext.period', 'select', ['Long', 'Short']],
      ],
    );
  });

  it('converts an integer parameter and checks its range', () => {
    const ok = extendsValues([AMOUNT], [], { 'ext.amount': '7' });
    const bad = extendsValues([AMOUNT], [], { 'ext.amount': '70' });
    assert.deepEqual([ok.map, bad.problems], [{ amount: 7 }, ['Amount must be between 1 and 10.']]);
  });

  it('checks choices against the offered values', () => {
    const result = extendsValues([CHOICE, MULTI], [], { 'ext.period': 'C', 'ext.ways': 'ssh, vnc' });
    assert.deepEqual([result.problems, result.map], [['Choose Period from the offered values.'], { ways: 'ssh,vnc' }]);
  });

  it('does not require a hidden parameter', () => {
    assert.deepEqual(extendsValues([HIDDEN], [], {}).problems, []);
  });

  it('requires a required common parameter', () => {
    assert.deepEqual(extendsValues([], [{ param_key: 'c', param_name: 'Contact', is_required: 1, is_show: 1 }], {}).problems, ['Contact is required.']);
  });

  it('parses CC addresses separated by ; , or spaces and enforces the limit', () => {
    assert.deepEqual([parseCcEmails('a@x.io; b@x.io,c@x.io', 3).emails, parseCcEmails('a@x.io;b@x.io', 1).problem], [['a@x.io', 'b@x.io', 'c@x.io'], 'At most 1 CC e-mail addresses are allowed.']);
  });

  it('offers each dimension the reasons of its own category, by star count', () => {
    const form = ratingFormOf(satisfactionDimensions('en-us'), 'en-us');
    const reasons = (id: string, score: number) =>
      form.dimensions
        .find((d) => d.id === id)
        ?.reasons.find((r) => r.score === score)
        ?.reasons.map((r) => r.label);
    assert.deepEqual(
      [form.dimensions.map((d) => [d.id, d.label, d.maxScore]), reasons('6', 1), reasons('7', 1), reasons('7', 2), form.maxCommentLength],
      [
        [
          ['6', 'Product features', 5],
          ['7', 'Service attitude', 5],
          ['8', 'Resolution time', 5],
        ],
        ['Problem not solved', 'The solution did not work'],
        ['Unfriendly'],
        undefined,
        400,
      ],
    );
  });

  it('rates each dimension with its own score and the reason picked for it, and picks none by itself', () => {
    const config = satisfactionDimensions('en-us');
    const form = ratingFormOf(config, 'en-us');
    const slow = form.dimensions.find((d) => d.id === '6')?.reasons.find((r) => r.score === 2)?.reasons[0]?.id ?? '';
    const entries = satisfactionList(config, { score: 5, scores: { '6': 2, '7': 4 }, reasons: { '6': slow } }, 'en-us');
    assert.deepEqual(
      entries.map((e) => [e.satisfaction_id, e.satisfaction_value, e.instance_name]),
      [
        [6, 2, 'Response too slow'],
        [7, 4, undefined],
        [8, 5, undefined],
      ],
    );
  });
});
