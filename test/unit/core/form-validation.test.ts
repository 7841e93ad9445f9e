import assert from 'node:assert/strict';
import type { CreateFormSchema } from '../../../src/core/form-schema';
import { validateForm } from '../../../src/core/form-validation';

const schema: CreateFormSchema = {
  fields: [
    { id: 'title', kind: 'text', label: 'Title', required: false, maxLength: 5 },
    { id: 'description', kind: 'textarea', label: 'Description', required: true },
    { id: 'severity', kind: 'select', label: 'Severity', required: true, options: [{ value: '1', label: 'Normal' }] },
    { id: 'email', kind: 'email', label: 'E-mail', required: false },
    { id: 'files', kind: 'file', label: 'Attachments', required: false, maxFiles: 1, maxBytesPerFile: 10 },
  ],
};

describe('validateForm', () => {
  it('accepts valid values', () => {
    assert.deepEqual(validateForm(schema, { description: 'x', severity: '1', email: 'a@b.cn' }), []);
  });

  it('reports every problem field in schema order', () => {
    const problems = validateForm(schema, { title: 'too long', description: '  ', severity: '9', email: 'nope', files: ['a', 'b'] });
    assert.deepEqual(
      problems.map((p) => p.fieldId),
      ['title', 'description', 'severity', 'email', 'files'],
    );
  });
});
