/**
 * One view per schema field: label, control, help, inline problem. The kind of control follows the
 * field's `kind`; nothing here knows which cloud the schema came from.
 */
import type { CreateAttachmentView, CreateFormStrings, CreateUploadResult, FormField, FormValue } from '../../../src/shared/protocol/create';
import { h } from '../../shared/lib/dom';
import { ExpandableText } from '../../shared/lib/expandable';
import { fill } from '../../shared/lib/format';
import { appendOutsideText, outsideAttribute, outsideElement } from '../../shared/lib/outside';
import { uniqueId } from './ids';
import { FilesControl } from './files';
import { SelectControl } from './select';

export interface FieldEvents {
  /** The user changed the value (typing, picking). */
  change(field: FormField, value: FormValue | undefined): void;
  /** The user left the field: its problem may be shown from now on. */
  touch(field: FormField): void;
  pickFiles(field: FormField, already: number): Promise<CreateUploadResult>;
  filesChanged(field: FormField, files: readonly CreateAttachmentView[]): void;
}

export interface FieldView {
  readonly field: FormField;
  readonly root: HTMLElement;
  /** Present for select fields. */
  readonly select?: SelectControl;
  /** Present for file fields. */
  readonly files?: FilesControl;
  setValue(value: FormValue | undefined): void;
  setProblem(message: string | undefined): void;
  focus(): void;
}

type Control = HTMLInputElement | HTMLTextAreaElement;

/** Help (an agreement is the help of its checkbox) past this length gets "Show more". */
export const HELP_COLLAPSED_CHARS = 4_000;
const HELP_STEP_CHARS = 50_000;
/** Longest field label shown whole (catalogues name fields too); the tooltip has more. */
const LABEL_CHARS = 200;
/** Help is running text. */
const QUIET = { quietSpaces: true } as const;

/**
 * The help under a field, isolated, line by line in its own direction; a long one (an agreement) keeps a
 * bounded prefix in the DOM until "Show more".
 */
function helpElement(text: string, id: string, strings: CreateFormStrings): { help: HTMLElement; controls?: HTMLElement } {
  const help = h('div', { className: 'help outside outside--lines', attrs: { id, dir: 'auto' } });
  if (text.length <= HELP_COLLAPSED_CHARS) {
    appendOutsideText(help, text, QUIET);
    return { help };
  }
  const expandable = new ExpandableText(help, strings, {
    collapsedChars: HELP_COLLAPSED_CHARS,
    stepChars: HELP_STEP_CHARS,
    render: (parent, part, _complete, markers) => appendOutsideText(parent, part, { ...QUIET, budget: { markers } }),
  });
  expandable.setText(text);
  return { help, controls: expandable.controls };
}

function textControl(field: FormField, controlId: string): Control {
  const attrs: Record<string, string | undefined> = { id: controlId, name: field.id, placeholder: field.placeholder === undefined ? undefined : outsideAttribute(field.placeholder, 200) };
  if (field.kind === 'textarea') return h('textarea', { attrs: { ...attrs, rows: '8' } });
  const type = field.kind === 'email' ? 'email' : field.kind === 'phone' ? 'tel' : field.kind === 'checkbox' ? 'checkbox' : 'text';
  const autocomplete = field.kind === 'email' ? 'email' : field.kind === 'phone' ? 'tel' : 'off';
  return h('input', { attrs: { ...attrs, type, autocomplete: type === 'checkbox' ? undefined : autocomplete } });
}

/** Builds the view of one field. */
export function createFieldView(field: FormField, strings: CreateFormStrings, events: FieldEvents): FieldView {
  const controlId = `field-${field.id}`;
  const problemId = uniqueId('problem');
  const helpId = uniqueId('help');
  const label = h(
    'label',
    { attrs: { for: controlId } },
    outsideElement('span', field.label, { maxChars: LABEL_CHARS }),
    h('span', { className: field.required ? 'required' : 'optional', text: field.required ? ' *' : ` (${strings.optional})`, attrs: { 'aria-hidden': field.required ? 'true' : undefined } }),
  );
  const { help, controls: helpControls } = helpElement(field.help ?? '', helpId, strings);
  const problem = h('div', { className: 'problem', attrs: { id: problemId, 'aria-live': 'polite' } });
  const root = h('div', { className: `field field-${field.kind}`, attrs: { 'data-field': field.id } });
  let counter: HTMLElement | undefined;

  let select: SelectControl | undefined;
  let files: FilesControl | undefined;
  let control: Control | HTMLSelectElement | HTMLButtonElement;
  if (field.kind === 'select') {
    select = new SelectControl(controlId, field.label, strings, (value) => {
      events.change(field, value || undefined);
      events.touch(field);
    });
    control = select.select;
    root.append(label, select.root);
  } else if (field.kind === 'file') {
    files = new FilesControl(
      field,
      field.label,
      strings,
      (already) => events.pickFiles(field, already),
      (list) => events.filesChanged(field, list),
    );
    control = files.button;
    root.append(label, files.root);
  } else {
    const input = textControl(field, controlId);
    control = input;
    const read = (): FormValue | undefined => (field.kind === 'checkbox' ? (input as HTMLInputElement).checked : input.value);
    input.addEventListener(field.kind === 'checkbox' ? 'change' : 'input', () => {
      events.change(field, read());
      updateCounter();
    });
    input.addEventListener('blur', () => events.touch(field));
    if (field.kind === 'checkbox') {
      root.append(h('div', { className: 'row' }, input, label));
    } else {
      root.append(label, input);
    }
    if ((field.kind === 'text' || field.kind === 'textarea') && field.maxLength !== undefined) {
      counter = h('div', { className: 'counter hint', attrs: { 'aria-live': 'off' } });
      root.append(counter);
    }
  }
  if (field.required) control.setAttribute('aria-required', 'true');
  const describedBy = [field.help ? helpId : undefined, problemId, control.getAttribute('aria-describedby') ?? undefined].filter(Boolean).join(' ');
  control.setAttribute('aria-describedby', describedBy);
  if (field.help) root.append(help, ...(helpControls ? [helpControls] : []));
  root.append(problem);

  function updateCounter(): void {
    if (!counter || (field.kind !== 'text' && field.kind !== 'textarea') || field.maxLength === undefined) return;
    const length = (control as Control).value.length;
    counter.textContent = fill(strings.characters, length, field.maxLength);
    counter.classList.toggle('over', length > field.maxLength);
  }

  return {
    field,
    root,
    select,
    files,
    setValue(value) {
      if (select) select.setValue(typeof value === 'string' ? value : '');
      else if (files) return;
      else if (field.kind === 'checkbox') (control as HTMLInputElement).checked = value === true;
      else (control as Control).value = typeof value === 'string' ? value : '';
      updateCounter();
    },
    setProblem(message) {
      problem.textContent = message ?? '';
      root.classList.toggle('invalid', message !== undefined);
      if (message === undefined) control.removeAttribute('aria-invalid');
      else control.setAttribute('aria-invalid', 'true');
    },
    focus() {
      if (select) select.focus();
      else control.focus();
    },
  };
}
