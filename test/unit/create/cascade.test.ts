import assert from 'node:assert/strict';
import type { FormField } from '../../../src/core/form-schema';
import { createFormFor } from '../../../src/providers/aliyun/forms';
import { canLoad, clearDependents, dependentsOf, withDefaults } from '../../../webview/create/lib/cascade';

const aliyun = createFormFor('2021-06-10').fields;
/** A Huawei-like chain with a field that depends on two others. */
const chain: FormField[] = [
  { id: 'business', kind: 'select', label: 'Business type', required: true },
  { id: 'template', kind: 'select', label: 'Template', required: true, dependsOn: ['business'] },
  { id: 'region', kind: 'select', label: 'Region', required: true },
  { id: 'params', kind: 'select', label: 'Parameters', required: false, dependsOn: ['template', 'region'] },
];

describe('cascading selects', () => {
  it('a product group change reaches product and category', () => {
    assert.deepEqual(
      dependentsOf(aliyun, 'directory').map((field) => field.id),
      ['product', 'category'],
    );
  });

  it('a field depending on two others is reached from either', () => {
    assert.deepEqual(
      [dependentsOf(chain, 'region'), dependentsOf(chain, 'business')].map((list) => list.map((field) => field.id)),
      [['params'], ['template', 'params']],
    );
  });

  it('clears every dependent value and keeps the rest', () => {
    const values = clearDependents(aliyun, { directory: '2', product: '7200', category: '793', title: 'keep me' }, 'directory');
    assert.deepEqual(values, { directory: '2', title: 'keep me' });
  });

  it('loads a dependent only once all its parents have values', () => {
    const params = chain[3];
    assert.deepEqual([canLoad(params, { template: 't' }), canLoad(params, { template: 't', region: 'r' })], [false, true]);
  });

  it('never asks the host for a select with static options', () => {
    const severity = aliyun.find((field) => field.id === 'severity') as FormField;
    assert.equal(canLoad(severity, {}), false);
  });

  it('fills schema defaults under the draft', () => {
    assert.deepEqual(withDefaults(aliyun, { title: 'x' }), { severity: '1', title: 'x' });
  });
});
