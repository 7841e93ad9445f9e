/**
 * The form: renders any schema, keeps the values, runs the cascades, saves the draft through the host
 * as the user types and shows the host's validation inline (only for fields the user has been to,
 * until a submit attempt shows them all).
 */
import type {
  CreateAttachmentView,
  CreateDraftView,
  CreateFieldProblemView,
  CreateFormStrings,
  CreateFormValues,
  CreateUploadResult,
  FieldOption,
  FormField,
  FormValue,
  WorkingFormValues,
} from '../../../src/shared/protocol/create';
import { applyPrefill, type CreatePrefill } from '../../../src/shared/protocol/createPrefill';
import { canLoad, clearDependents, dependentFieldsAnchor, dependentsOf, hasValue, withDefaults } from './cascade';
import { DependentFields } from './dependent';
import { createFieldView, type FieldView } from './fields';

export interface FormHost {
  loadOptions(fieldId: string, values: CreateFormValues): Promise<readonly FieldOption[]>;
  /** Fields that depend on the answers so far (absent when the provider has none). */
  dependentFields?(values: CreateFormValues): Promise<readonly FormField[]>;
  /** Saves the draft; answers the current problems. */
  edit(draft: CreateDraftView): Promise<readonly CreateFieldProblemView[]>;
  /** Every change at once, unanswered: the host holds the latest draft even if the panel closes before the next `edit`. */
  changed(draft: CreateDraftView): void;
  pickFiles(fieldId: string, already: number): Promise<CreateUploadResult>;
}

/**
 * Schemas have no way yet to say "this select's options carry text for another field"; a select named
 * `template` fills the description (the field named so, else the first multi-line one).
 */
const TEMPLATE_FIELD = 'template';

function descriptionField(fields: readonly FormField[]): FormField | undefined {
  return fields.find((field) => field.id === 'description') ?? fields.find((field) => field.kind === 'textarea');
}

/** Pause after a select changed before asking for the fields it calls for (cascades change several at once). */
const DEPENDENT_DEBOUNCE_MS = 150;

/** Pause after the last keystroke before the draft is saved and validated. */
const EDIT_DEBOUNCE_MS = 250;

export class CreateForm {
  readonly root: HTMLElement;
  private readonly views = new Map<string, FieldView>();
  private values: WorkingFormValues = {};
  private files: Record<string, readonly CreateAttachmentView[]> = {};
  private problems = new Map<string, string>();
  private readonly touched = new Set<string>();
  private showAllProblems = false;
  private readonly loadSeq = new Map<string, number>();
  private editTimer: ReturnType<typeof setTimeout> | undefined;
  private editSeq = 0;
  private editInFlight = false;
  /** The template text last put into the description, to tell it from the user's own words. */
  private lastTemplateText: string | undefined;
  /** Called whenever the set of problems changes (the submit button says what is missing). */
  onProblemsChanged: () => void = () => undefined;

  private readonly dependent: DependentFields | undefined;
  private dependentTimer: ReturnType<typeof setTimeout> | undefined;

  constructor(
    private readonly baseFields: readonly FormField[],
    private readonly strings: CreateFormStrings,
    private readonly host: FormHost,
  ) {
    this.root = document.createElement('div');
    this.root.className = 'fields';
    for (const field of baseFields) this.root.append(this.addView(field).root);
    if (host.dependentFields) {
      this.dependent = new DependentFields(host.dependentFields);
      const anchor = dependentFieldsAnchor(baseFields);
      const after = anchor ? this.views.get(anchor.id)?.root : undefined;
      if (after) after.after(this.dependent.container);
      else this.root.append(this.dependent.container);
    }
  }

  /** Base fields and the ones the provider added for the answers so far, in display order. */
  private get fields(): readonly FormField[] {
    return [...this.baseFields, ...(this.dependent?.fields ?? [])];
  }

  private addView(field: FormField): FieldView {
    const view = createFieldView(field, this.strings, {
      change: (changed, value) => this.change(changed, value),
      touch: (changed) => this.touch(changed.id),
      pickFiles: (changed, already) => this.host.pickFiles(changed.id, already),
      filesChanged: (changed, list) => this.setFiles(changed.id, list),
    });
    this.views.set(field.id, view);
    return view;
  }

  /** Shows a draft (initial, restored or prefilled) and loads the options it needs. */
  applyDraft(draft: CreateDraftView, problems: readonly CreateFieldProblemView[]): void {
    this.values = withDefaults(this.fields, draft.values);
    this.files = { ...draft.files };
    for (const view of this.views.values()) {
      const value = this.values[view.field.id];
      if (view.select && view.field.kind === 'select' && view.field.options) view.select.setOptions(view.field.options, typeof value === 'string' ? value : '');
      else view.setValue(value);
      view.files?.setFiles(this.files[view.field.id] ?? []);
    }
    for (const field of this.fields) if (canLoad(field, this.values)) void this.loadOptions(field);
    this.setProblems(problems);
    this.scheduleDependentFields(0);
  }

  get draft(): CreateDraftView {
    const values: CreateFormValues = {};
    for (const [id, value] of Object.entries(this.values)) if (value !== undefined) values[id] = value;
    return { values, files: this.files };
  }

  get problemList(): readonly { field: FormField; message: string }[] {
    return this.fields.filter((field) => this.problems.has(field.id)).map((field) => ({ field, message: this.problems.get(field.id) ?? '' }));
  }

  setProblems(problems: readonly CreateFieldProblemView[]): void {
    this.problems = new Map(problems.map((problem) => [problem.fieldId, problem.message]));
    this.renderProblems();
    this.onProblemsChanged();
  }

  /** After a submit attempt every problem shows, and the first problem field gets the focus. */
  revealProblems(): void {
    this.showAllProblems = true;
    this.renderProblems();
    const first = this.problemList[0];
    if (first) this.views.get(first.field.id)?.focus();
  }

  /** Adds an entry point's text to what is in the form right now (typing included), then saves. */
  addPrefill(prefill: CreatePrefill): Promise<void> {
    this.applyDraft(applyPrefill(this.fields, this.draft, prefill), []);
    return this.flush();
  }

  /** Saves and validates now instead of after the debounce (before a submit). */
  async flush(): Promise<void> {
    if (this.editTimer !== undefined) clearTimeout(this.editTimer);
    this.editTimer = undefined;
    await this.sendEdit();
  }

  focusFirst(): void {
    const target = this.fields.find((field) => field.required && !hasValue(this.values[field.id])) ?? this.fields[0];
    if (target) this.views.get(target.id)?.focus();
  }

  setDisabled(disabled: boolean): void {
    for (const element of this.root.querySelectorAll<HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement | HTMLButtonElement>('input, textarea, select, button')) {
      if (disabled) {
        element.dataset.wasDisabled = String(element.disabled);
        element.disabled = true;
      } else if (element.dataset.wasDisabled !== undefined) {
        element.disabled = element.dataset.wasDisabled === 'true';
        delete element.dataset.wasDisabled;
      }
    }
  }

  /** Forwards host upload progress to the field's list. */
  showUploadProgress(fieldId: string, fileName: string, sentBytes: number, totalBytes: number): void {
    this.views.get(fieldId)?.files?.showProgress(fileName, sentBytes, totalBytes);
  }

  private change(field: FormField, value: FormValue | undefined): void {
    this.values = { ...this.values, [field.id]: value };
    if (field.id === TEMPLATE_FIELD) this.fillFromTemplate();
    if (field.kind === 'select') {
      this.values = clearDependents(this.fields, this.values, field.id);
      for (const dependent of dependentsOf(this.fields, field.id)) {
        const view = this.views.get(dependent.id);
        view?.setValue(undefined);
        if (dependent.kind === 'select' && dependent.options === undefined) view?.select?.setOptions([]);
        if (canLoad(dependent, this.values)) void this.loadOptions(dependent);
      }
      if (this.baseFields.includes(field)) this.scheduleDependentFields(DEPENDENT_DEBOUNCE_MS);
    }
    this.scheduleEdit();
  }

  private scheduleDependentFields(delayMs: number): void {
    if (!this.dependent) return;
    if (this.dependentTimer !== undefined) clearTimeout(this.dependentTimer);
    this.dependentTimer = setTimeout(() => void this.refreshDependentFields(), delayMs);
  }

  /** Asks which extra fields the answers call for and swaps them in when they changed. */
  private async refreshDependentFields(): Promise<void> {
    const dependent = this.dependent;
    if (!dependent) return;
    const before = dependent.fields;
    const changed = await dependent.refresh(this.draft.values);
    if (!changed) return;
    const kept = new Set(changed.map((field) => field.id));
    for (const field of before) {
      this.views.delete(field.id);
      if (!kept.has(field.id)) delete this.values[field.id];
    }
    this.values = withDefaults(changed, this.values);
    dependent.container.replaceChildren(
      ...changed.map((field) => {
        const view = this.addView(field);
        if (view.select && field.kind === 'select' && field.options) view.select.setOptions(field.options, String(this.values[field.id] ?? ''));
        else view.setValue(this.values[field.id]);
        return view.root;
      }),
    );
    for (const field of changed) if (canLoad(field, this.values)) void this.loadOptions(field);
    this.renderProblems();
    this.scheduleEdit();
  }

  /**
   * A chosen template's text goes into the description: replacing it while the user has not written
   * anything of their own (or only the previous template), appended below otherwise.
   */
  private fillFromTemplate(): void {
    const text = this.views.get(TEMPLATE_FIELD)?.select?.selectedOption?.description;
    const target = descriptionField(this.fields);
    if (!text || !target) return;
    const current = typeof this.values[target.id] === 'string' ? String(this.values[target.id]) : '';
    const next = current.trim() === '' || current === this.lastTemplateText ? text : `${current.trimEnd()}\n\n${text}`;
    this.lastTemplateText = next === text ? text : undefined;
    this.values = { ...this.values, [target.id]: next };
    this.views.get(target.id)?.setValue(next);
  }

  private setFiles(fieldId: string, list: readonly CreateAttachmentView[]): void {
    this.files = { ...this.files, [fieldId]: list };
    this.values = { ...this.values, [fieldId]: list.map((file) => file.id) };
    this.touch(fieldId);
    this.scheduleEdit();
  }

  private touch(fieldId: string): void {
    if (this.touched.has(fieldId)) return;
    this.touched.add(fieldId);
    // While a check is pending the known problems are stale (the user just typed); the answer renders.
    if (this.editTimer === undefined && !this.editInFlight) this.renderProblems();
  }

  private async loadOptions(field: FormField): Promise<void> {
    const view = this.views.get(field.id);
    if (!view?.select) return;
    const seq = (this.loadSeq.get(field.id) ?? 0) + 1;
    this.loadSeq.set(field.id, seq);
    view.select.setLoading();
    try {
      const options = await this.host.loadOptions(field.id, this.draft.values);
      if (this.loadSeq.get(field.id) !== seq) return; // An older answer after the cascade moved on.
      view.select.setOptions(options);
      const value = this.values[field.id];
      // A restored value that the catalogue no longer offers is dropped, with everything below it.
      if (typeof value === 'string' && value !== '' && !options.some((option) => option.value === value)) this.change(field, undefined);
    } catch (error) {
      if (this.loadSeq.get(field.id) !== seq) return;
      view.select.setFailed(error instanceof Error ? error.message : String(error), () => void this.loadOptions(field));
    }
  }

  private scheduleEdit(): void {
    this.host.changed(this.draft);
    if (this.editTimer !== undefined) clearTimeout(this.editTimer);
    this.editTimer = setTimeout(() => {
      this.editTimer = undefined;
      void this.sendEdit();
    }, EDIT_DEBOUNCE_MS);
  }

  private async sendEdit(): Promise<void> {
    const seq = ++this.editSeq;
    this.editInFlight = true;
    try {
      const problems = await this.host.edit(this.draft);
      if (seq === this.editSeq) this.setProblems(problems);
    } catch {
      // The host is gone (panel closing); the next edit tries again.
    } finally {
      if (seq === this.editSeq) this.editInFlight = false;
    }
  }

  private renderProblems(): void {
    for (const view of this.views.values()) {
      const visible = this.showAllProblems || this.touched.has(view.field.id);
      view.setProblem(visible ? this.problems.get(view.field.id) : undefined);
    }
  }
}
