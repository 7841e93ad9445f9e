import assert from 'node:assert/strict';
import type { Memento } from 'vscode';
import type { FormField } from '../../../src/core/form-schema';
import { CreateDrafts, holdsUserInput, isConfidentialField } from '../../../src/panels/createDrafts';
import { applyPrefill } from '../../../src/shared/protocol/createPrefill';
import { createFormFor } from '../../../src/providers/aliyun/forms';

/** A map-backed Memento, as globalState behaves. */
class MapMemento implements Memento {
  readonly data = new Map<string, unknown>();
  keys(): readonly string[] {
    return [...this.data.keys()];
  }
  get<T>(key: string, defaultValue?: T): T {
    return (this.data.has(key) ? this.data.get(key) : defaultValue) as T;
  }
  async update(key: string, value: unknown): Promise<void> {
    if (value === undefined) this.data.delete(key);
    else this.data.set(key, JSON.parse(JSON.stringify(value)));
  }
}

const fields = createFormFor('2021-06-10').fields;

describe('create drafts', () => {
  it('keeps what the user typed per account', async () => {
    const drafts = new CreateDrafts(new MapMemento());
    await drafts.save('a1', { values: { title: 'Disk full' }, files: {} });
    await drafts.save('a2', { values: { title: 'Other' }, files: {} });
    assert.equal(drafts.get('a1')?.values.title, 'Disk full');
  });

  it('never writes confidential fields to the draft store', async () => {
    const memento = new MapMemento();
    await new CreateDrafts(memento).save('a1', { values: { description: 'd', secretInfo: 'root password hunter2' }, files: { secretAttachments: [{ id: 'k', fileName: 'pw.txt', sizeBytes: 3 }] } });
    assert.ok(!JSON.stringify([...memento.data.values()]).includes('hunter2') && !JSON.stringify([...memento.data.values()]).includes('pw.txt'));
  });

  it('forgets the draft when cleared', async () => {
    const drafts = new CreateDrafts(new MapMemento());
    await drafts.save('a1', { values: { title: 'x' }, files: {} });
    await drafts.clear('a1');
    assert.equal(drafts.get('a1'), undefined);
  });

  it('lists accounts most recently used first, without repeats', async () => {
    const drafts = new CreateDrafts(new MapMemento());
    for (const id of ['a', 'b', 'c', 'a']) await drafts.markUsed(id);
    assert.deepEqual(drafts.recentAccounts(), ['a', 'c', 'b']);
  });

  it('recognises the confidential fields of the Alibaba schema', () => {
    assert.deepEqual(
      fields.filter(isConfidentialField).map((field) => field.id),
      ['secretInfo', 'secretAttachments'],
    );
  });
});

describe('holdsUserInput (whether "Your draft was restored." is worth saying)', () => {
  const fields: FormField[] = [
    { kind: 'text', id: 'title', label: 'Title', required: true },
    {
      kind: 'select',
      id: 'severity',
      label: 'Severity',
      required: true,
      options: [
        { value: 'normal', label: 'Normal' },
        { value: 'urgent', label: 'Urgent' },
      ],
      defaultValue: 'normal',
    },
    { kind: 'checkbox', id: 'notify', label: 'Notify', required: false },
  ] as FormField[];
  const draft = (values: Record<string, string | boolean | string[]>, files = {}) => ({ values, files });

  it('is false for blanks, defaults and unticked boxes', () => {
    assert.equal(holdsUserInput(fields, draft({ title: '  \n', severity: 'normal', notify: false, tags: [] })), false);
  });

  it('is true for typed text, a changed choice, a ticked box or an attached file', () => {
    const cases = [draft({ title: 'x' }), draft({ severity: 'urgent' }), draft({ notify: true }), draft({}, { files: [{ id: 'f', fileName: 'a.log', sizeBytes: 1 }] })];
    assert.deepEqual(
      cases.map((d) => holdsUserInput(fields, d)),
      [true, true, true, true],
    );
  });
});

describe('applyPrefill', () => {
  it('fills an empty description and title', () => {
    const draft = applyPrefill(fields, { values: {}, files: {} }, { title: 'TS2339', description: 'src/a.ts:1' });
    assert.deepEqual([draft.values.title, draft.values.description], ['TS2339', 'src/a.ts:1']);
  });

  it('appends below what the user already wrote and keeps their title', () => {
    const draft = applyPrefill(fields, { values: { title: 'Mine', description: 'My words.' }, files: {} }, { title: 'TS2339', description: 'src/a.ts:1' });
    assert.deepEqual([draft.values.title, draft.values.description], ['Mine', 'My words.\n\nsrc/a.ts:1']);
  });

  it('cuts a prefilled title to the field limit', () => {
    const draft = applyPrefill(fields, { values: {}, files: {} }, { title: 'x'.repeat(500), description: 'd' });
    const title = fields.find((field) => field.id === 'title');
    const limit = title?.kind === 'text' ? title.maxLength : undefined;
    assert.equal(String(draft.values.title).length, limit);
  });

  it('uses the first multi-line field of a schema without a "description" field', () => {
    const other: FormField[] = [
      { id: 'remindTime', kind: 'text', label: 'Contact time', required: false },
      { id: 'summary', kind: 'text', label: 'Summary', required: true },
      { id: 'body', kind: 'textarea', label: 'Body', required: true },
    ];
    const draft = applyPrefill(other, { values: {}, files: {} }, { title: 'T', description: 'D' });
    assert.deepEqual(draft.values, { body: 'D', summary: 'T' });
  });
});
