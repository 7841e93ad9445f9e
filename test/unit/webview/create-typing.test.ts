// The create form keeps every keystroke: the host hears of each change at once (not only after the save
// debounce), and text from an entry point is merged into what the page holds, typing included.
import * as assert from 'node:assert/strict';
import type { CreateDraftView, CreateFormStrings, FormField } from '../../../src/shared/protocol/create';
import { CreateForm, type FormHost } from '../../../webview/create/lib/form';
import { asShim, installDom, removeDom } from './dom-shim';
import { ShimEvent } from './dom-shim-nodes';

const strings = new Proxy({} as CreateFormStrings, { get: (_target, key: string) => key });
const FIELDS: FormField[] = [
  { id: 'title', kind: 'text', label: 'Title', required: true, maxLength: 64 },
  { id: 'description', kind: 'textarea', label: 'Description', required: true },
];

describe('create form typing and prefill (page side)', () => {
  let changes: CreateDraftView[];
  let edits: CreateDraftView[];
  let form: CreateForm;

  beforeEach(() => {
    installDom();
    changes = [];
    edits = [];
    const host: FormHost = {
      loadOptions: async () => [],
      edit: async (draft) => {
        edits.push(draft);
        return [];
      },
      changed: (draft) => changes.push(draft),
      pickFiles: async () => ({ added: [], refused: [] }),
    };
    form = new CreateForm(FIELDS, strings, host);
    document.body.append(form.root);
    form.applyDraft({ values: {}, files: {} }, []);
  });
  afterEach(() => removeDom());

  const type = (fieldId: string, text: string) => {
    const input = asShim(form.root).querySelector(`#field-${fieldId}`) ?? asShim(form.root).querySelector(`[name="${fieldId}"]`);
    assert.ok(input, `the ${fieldId} input`);
    input.value = text;
    input.dispatchEvent(new ShimEvent('input', { bubbles: true }));
  };

  it('tells the host about every keystroke at once, before the debounced save', () => {
    type('description', 'T');
    type('description', 'Ti');
    assert.deepEqual(
      changes.map((draft) => draft.values.description),
      ['T', 'Ti'],
    );
    assert.equal(edits.length, 0, 'the save and validation still wait for a pause');
  });

  it("merges an entry point's text below what was typed a moment ago, and keeps the typed title", async () => {
    type('title', 'My own title');
    type('description', 'Words typed just now');
    await form.addPrefill({ title: 'TS2339 in a.ts', description: '```ts\nconst a = 1;\n```' });
    assert.deepEqual(form.draft.values, { title: 'My own title', description: 'Words typed just now\n\n```ts\nconst a = 1;\n```' });
    assert.deepEqual(edits.at(-1)?.values, form.draft.values, 'saved at once');
  });
});
