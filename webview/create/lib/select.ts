/**
 * A native <select> (theme-aware, keyboard and screen-reader friendly as the platform makes it) with a
 * filter box once the list is long, and loading / failed states for options loaded on demand.
 */
import type { CreateFormStrings, FieldOption } from '../../../src/shared/protocol/create';
import { h } from '../../shared/lib/dom';
import { ExpandableText } from '../../shared/lib/expandable';
import { fill } from '../../shared/lib/format';
import { appendOutsideText, outsideAttribute, outsideElement } from '../../shared/lib/outside';
import { uniqueId } from './ids';

/** Lists longer than this get a search box. */
export const SEARCH_THRESHOLD = 8;
/** Longest option label in the list (catalogues can send anything); the tooltip holds more. */
export const OPTION_LABEL_CHARS = 300;
/** Characters of the chosen option's description (a template can be long) before "Show more". */
const DETAIL_COLLAPSED_CHARS = 2_000;
const DETAIL_STEP_CHARS = 50_000;
/** A description is running text. */
const QUIET = { quietSpaces: true } as const;

export class SelectControl {
  readonly root: HTMLElement;
  readonly select: HTMLSelectElement;
  private readonly search: HTMLInputElement;
  private readonly status: HTMLElement;
  private readonly detail: HTMLElement;
  private readonly detailText: ExpandableText;
  private options: readonly FieldOption[] = [];
  private value = '';

  constructor(
    readonly id: string,
    label: string,
    private readonly strings: CreateFormStrings,
    private readonly onPick: (value: string) => void,
  ) {
    this.select = h('select', { attrs: { id } });
    this.search = h('input', {
      className: 'search',
      attrs: { type: 'search', placeholder: strings.searchPlaceholder, 'aria-label': fill(strings.search, outsideAttribute(label, 200)), 'aria-controls': id, hidden: '' },
    });
    this.status = h('div', { className: 'select-status', attrs: { id: uniqueId('status'), role: 'status', 'aria-live': 'polite' } });
    this.detail = h('div', { className: 'option-detail outside outside--lines', attrs: { id: uniqueId('detail'), dir: 'auto' } });
    this.detailText = new ExpandableText(this.detail, strings, {
      collapsedChars: DETAIL_COLLAPSED_CHARS,
      stepChars: DETAIL_STEP_CHARS,
      render: (parent, part, _complete, markers) => appendOutsideText(parent, part, { ...QUIET, budget: { markers } }),
    });
    this.root = h('div', { className: 'select-control' }, this.search, this.select, this.status, this.detail, this.detailText.controls);
    this.select.setAttribute('aria-describedby', `${this.status.id} ${this.detail.id}`);
    this.select.addEventListener('change', () => {
      this.value = this.select.value;
      this.showDetail();
      this.onPick(this.value);
    });
    this.search.addEventListener('input', () => this.renderOptions());
    this.search.addEventListener('keydown', (event) => {
      if (event.key === 'ArrowDown' || event.key === 'Enter') {
        event.preventDefault();
        this.select.focus();
      }
    });
    this.setOptions([]);
  }

  get selectedOption(): FieldOption | undefined {
    return this.options.find((option) => option.value === this.value);
  }

  setValue(value: string): void {
    this.value = value;
    this.renderOptions();
  }

  /** Replaces the options (and, when given, the value) with one render. */
  setOptions(options: readonly FieldOption[], value = this.value): void {
    this.options = options;
    this.value = value;
    this.search.hidden = options.length <= SEARCH_THRESHOLD;
    if (this.search.hidden) this.search.value = '';
    this.select.disabled = options.length === 0;
    this.status.textContent = options.length === 0 ? this.strings.noOptions : '';
    this.select.removeAttribute('aria-busy');
    this.renderOptions();
  }

  setLoading(): void {
    this.select.disabled = true;
    this.select.setAttribute('aria-busy', 'true');
    this.select.replaceChildren(h('option', { text: this.strings.loading, attrs: { value: '' } }));
    this.status.textContent = this.strings.loading;
  }

  setFailed(message: string, retry: () => void): void {
    this.select.disabled = true;
    this.select.removeAttribute('aria-busy');
    const button = h('button', { className: 'button-link', text: this.strings.retry, attrs: { type: 'button' } });
    button.addEventListener('click', retry);
    this.status.replaceChildren(outsideElement('span', fill(this.strings.loadFailed, message), { className: 'error-text', maxChars: 500 }), ' ', button);
  }

  focus(): void {
    (this.search.hidden ? this.select : this.search).focus();
  }

  private renderOptions(): void {
    const query = this.search.value.trim().toLowerCase();
    const matches = (option: FieldOption) => option.value === this.value || !query || [option.label, option.group, option.description].some((text) => text?.toLowerCase().includes(query));
    // One <optgroup> per group, in the order groups first appear, whatever order the options come in.
    const fragment = document.createDocumentFragment();
    fragment.append(h('option', { text: this.strings.choose, attrs: { value: '' } }));
    const groups = new Map<string, HTMLOptGroupElement>();
    for (const option of this.options.filter(matches)) {
      const node = optionElement(option);
      if (!option.group) {
        fragment.append(node);
        continue;
      }
      let group = groups.get(option.group);
      if (!group) {
        group = h('optgroup', { attrs: { label: outsideAttribute(option.group, 200) } });
        groups.set(option.group, group);
        fragment.append(group);
      }
      group.append(node);
    }
    this.select.replaceChildren(fragment);
    this.select.value = this.options.some((option) => option.value === this.value) ? this.value : '';
    this.showDetail();
  }

  private showDetail(): void {
    this.detailText.setText(this.selectedOption?.description ?? '');
  }
}

/**
 * One <option>, built directly: catalogues list thousands, and this loop decides the form's time to
 * interactive. An option holds text only, so invisible characters show as code points (outsideAttribute)
 * and nothing is left to reorder it; the value stays the catalogue's own.
 */
function optionElement(option: FieldOption): HTMLOptionElement {
  const node = document.createElement('option');
  node.value = option.value;
  node.textContent = outsideAttribute(option.label, OPTION_LABEL_CHARS);
  if (option.description) node.title = outsideAttribute(option.description);
  return node;
}
