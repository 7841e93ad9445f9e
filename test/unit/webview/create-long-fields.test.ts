import * as assert from 'node:assert/strict';
import type { CreateFormStrings, FormField } from '../../../src/shared/protocol/create';
import { createFieldView, HELP_COLLAPSED_CHARS, type FieldEvents } from '../../../webview/create/lib/fields';
import { OPTION_LABEL_CHARS } from '../../../webview/create/lib/select';
import { asShim, installDom, pressKey, removeDom } from './dom-shim';
import { shownText } from './shown-text';

const strings = new Proxy({ showMore: 'Show more', showLess: 'Show less', search: 'Search {0}' } as Partial<CreateFormStrings>, {
  get: (target, key: string) => target[key as keyof CreateFormStrings] ?? key,
}) as CreateFormStrings;

const events: FieldEvents = { change: () => undefined, touch: () => undefined, pickFiles: () => Promise.resolve({ added: [], refused: [] }), filesChanged: () => undefined };

describe('create form with hostile and long catalogue texts', () => {
  beforeEach(() => installDom());
  afterEach(() => removeDom());

  it('isolates a field label and shows its hidden characters', () => {
    const view = createFieldView({ id: 'region', kind: 'text', label: '\u202EnoigeR\u200B', required: true }, strings, events);
    const label = asShim(view.root).querySelector('label .outside')!;
    assert.equal(label.getAttribute('dir'), 'auto');
    assert.equal(shownText(label as unknown as Node), '⟦U+202E⟧noigeR⟦U+200B⟧');
  });

  it('keeps a bounded prefix of a 1 MB agreement, with "Show more" on the keyboard', () => {
    const agreement = `I agree.\n${'Terms and conditions apply. '.repeat(40_000)}`;
    const field: FormField = { id: 'agree', kind: 'checkbox', label: 'I accept the agreement', required: true, help: agreement };
    const root = asShim(createFieldView(field, strings, events).root);
    document.body.append(root as unknown as Node);
    const help = root.querySelector('.help')!;
    assert.ok(help.textContent.length <= HELP_COLLAPSED_CHARS, `${help.textContent.length} characters`);
    const more = root.querySelector('.expandable__more')!;
    assert.equal(more.getAttribute('aria-controls'), help.getAttribute('id'));
    more.focus();
    pressKey('Enter');
    assert.ok(help.textContent.length > HELP_COLLAPSED_CHARS);
    assert.ok(agreement.startsWith(help.textContent));
  });

  it('lists catalogue options with hidden characters revealed and long labels cut', () => {
    const field: FormField = {
      id: 'product',
      kind: 'select',
      label: 'Product',
      required: true,
      options: [
        { value: 'ecs', label: 'ECS' },
        { value: 'ecs-lookalike', label: 'E\u200BCS' },
        { value: 'rtl', label: '\u202Esc-ecivres', group: 'Grp\u202E' },
        { value: 'long', label: 'L'.repeat(100_000), description: 'D'.repeat(1_000_000) },
      ],
    };
    const view = createFieldView(field, strings, events);
    view.select!.setOptions(field.options!);
    const options = asShim(view.root).querySelectorAll('option').slice(1);
    assert.deepEqual(
      options.slice(0, 3).map((option) => option.textContent),
      ['ECS', 'E⟨U+200B⟩CS', '⟨U+202E⟩sc-ecivres'],
    );
    assert.equal(Array.from(options[3].textContent).length, OPTION_LABEL_CHARS);
    assert.ok(options[3].getAttribute('title')!.length <= 1_000);
    assert.equal(asShim(view.root).querySelector('optgroup')!.getAttribute('label'), 'Grp⟨U+202E⟩');
    assert.deepEqual(
      options.map((option) => option.value),
      ['ecs', 'ecs-lookalike', 'rtl', 'long'],
      'values stay the catalogue’s own',
    );
  });

  it('shows a bounded part of a long option description', () => {
    const field: FormField = { id: 'template', kind: 'select', label: 'Template', required: false, options: [{ value: 't', label: 'T', description: `${'line of a template\n'.repeat(60_000)}` }] };
    const view = createFieldView(field, strings, events);
    view.select!.setOptions(field.options!, 't');
    const detail = asShim(view.root).querySelector('.option-detail')!;
    assert.ok(detail.textContent.length > 0 && detail.textContent.length <= 2_000, `${detail.textContent.length} characters`);
    assert.equal(asShim(view.root).querySelector('.expandable__more')!.hidden, false);
  });
});
