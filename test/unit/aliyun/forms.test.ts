import assert from 'node:assert/strict';
import { validateForm } from '../../../src/core/form-validation';
import { createFormFor, FIELD, loadCascadeOptions, type ProductCatalog } from '../../../src/providers/aliyun/forms';

const catalog: ProductCatalog = {
  directories: async () => [
    {
      key: '1',
      name: 'Elastic Computing',
      products: [
        { key: '18550', name: 'ECS' },
        { key: '7160', name: 'SWAS' },
      ],
    },
    { key: '2', name: 'Storage', products: [{ key: '7200', name: 'OSS' }] },
  ],
  categories: async (product) => (product === '7200' ? [{ value: '793', label: 'Bucket access denied (403)' }] : []),
};

describe('aliyun create forms', () => {
  it('cascades directory → product', async () => {
    const options = await loadCascadeOptions(catalog, FIELD.product, { [FIELD.directory]: '2' });
    assert.deepEqual(
      options.map((option) => option.value),
      ['7200'],
    );
  });

  it('cascades product → category', async () => {
    const options = await loadCascadeOptions(catalog, FIELD.category, { [FIELD.product]: '7200' });
    assert.deepEqual(
      options.map((option) => option.value),
      ['793'],
    );
  });

  it('loads no categories before a product is chosen', async () => {
    assert.deepEqual(await loadCascadeOptions(catalog, FIELD.category, {}), []);
  });

  it('declares the dependencies the form webview follows', () => {
    const category = createFormFor('2021-06-10').fields.find((field) => field.id === FIELD.category);
    assert.deepEqual(category && 'dependsOn' in category ? category.dependsOn : undefined, [FIELD.product]);
  });

  it('has attachments in 2021 but not in 2020', () => {
    const kinds = (version: '2021-06-10' | '2020-03-26') => createFormFor(version).fields.some((field) => field.kind === 'file');
    assert.deepEqual([kinds('2021-06-10'), kinds('2020-03-26')], [true, false]);
  });

  it('requires the contact e-mail in 2020 only', () => {
    const values = { [FIELD.directory]: '1', [FIELD.product]: 'ecs', [FIELD.category]: '1', [FIELD.severity]: '1', [FIELD.description]: 'x' };
    const problems = (version: '2021-06-10' | '2020-03-26') => validateForm(createFormFor(version), values).map((problem) => problem.fieldId);
    assert.deepEqual([problems('2021-06-10'), problems('2020-03-26')], [[], [FIELD.email]]);
  });
});
