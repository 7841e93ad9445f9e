/**
 * Fills a cloud's create form from what a model sent: values matched to the offered options (by value or
 * label), cascades loaded in order, text redacted. What is still missing comes back as a list the model
 * can act on, with the allowed values. vscode-free.
 */
import type { FieldOption, FormField, FormValue, SelectField } from '../../core/form-schema';
import { operationIfOffered } from '../../core/provider-operations';
import type { TicketProvider } from '../../core/provider';
import type { ConfirmationField } from '../tool';
import { inline, redact } from '../text';

const TITLE_IDS = ['title', 'subject', 'summary'];
const OPTIONS_LISTED = 40;

export interface FilledForm {
  readonly fields: FormField[];
  readonly values: Record<string, FormValue>;
  /** Sentences about fields that are missing or hold a value the form does not offer. */
  readonly needed: string[];
  /** What the user confirms: label and shown value of every filled field. */
  readonly shown: ConfirmationField[];
  readonly redacted: number;
}

export interface FormRequest {
  readonly title?: string;
  readonly description?: string;
  readonly fields: Readonly<Record<string, string | boolean>>;
  readonly secrets: readonly string[];
}

/** Fills the provider's form; never writes. */
export async function fillCreateForm(provider: TicketProvider, request: FormRequest, signal?: AbortSignal): Promise<FilledForm> {
  const schema = await provider.getCreateForm(signal);
  const given = withTitleAndDescription(schema.fields, request);
  const form: FilledForm = { fields: [...schema.fields], values: {}, needed: [], shown: [], redacted: 0 };
  const known = new Set(schema.fields.map((field) => field.id));
  let redacted = 0;
  for (const field of schema.fields) redacted += await fillField(provider, field, given, form, request.secrets, signal);
  const loadDependent = operationIfOffered(provider, 'loadDependentFields');
  if (loadDependent && form.needed.length === 0) {
    for (const field of await loadDependent(form.values, signal)) {
      if (known.has(field.id)) continue;
      known.add(field.id);
      form.fields.push(field);
      redacted += await fillField(provider, field, given, form, request.secrets, signal);
    }
  }
  for (const id of Object.keys(given)) if (!known.has(id)) form.needed.unshift(`"${inline(id, [], 60)}" is not a field of this form. Fields: ${[...known].join(', ')}.`);
  return { ...form, redacted };
}

/** Puts `title` and `description` into the form's own fields (a title without a field of its own leads the description). */
function withTitleAndDescription(fields: readonly FormField[], request: FormRequest): Record<string, string | boolean> {
  const given: Record<string, string | boolean> = { ...request.fields };
  const titleField = fields.find((field) => field.kind === 'text' && TITLE_IDS.includes(field.id));
  const descriptionField = fields.find((field) => field.id === 'description') ?? fields.find((field) => field.kind === 'textarea');
  let description = request.description;
  if (request.title && titleField) given[titleField.id] ??= request.title;
  else if (request.title) description = [request.title, description].filter(Boolean).join('\n\n');
  if (description && descriptionField) given[descriptionField.id] ??= description;
  return given;
}

/** Fills one field into `form`; returns how many secrets were redacted from its text. */
async function fillField(
  provider: TicketProvider,
  field: FormField,
  given: Readonly<Record<string, string | boolean>>,
  form: FilledForm,
  secrets: readonly string[],
  signal?: AbortSignal,
): Promise<number> {
  const value = given[field.id];
  const label = field.label;
  switch (field.kind) {
    case 'select':
      await fillSelect(provider, field, value, form, signal);
      return 0;
    case 'checkbox': {
      const checked = value === true || value === 'true';
      if (checked) {
        form.values[field.id] = true;
        form.shown.push({ label, value: 'yes' });
      } else if (field.required) form.needed.push(`"${field.id}" (${label}) must be true; ask the user first, it is their decision.`);
      return 0;
    }
    case 'file':
      if (field.required) form.needed.push(`"${field.id}" (${label}) needs files, which this tool cannot attach; file the ticket in the Cloud Tickets form instead.`);
      return 0;
    default: {
      if (typeof value !== 'string' || value.trim() === '') {
        if (field.required) form.needed.push(`"${field.id}" (${label}): ${field.kind === 'textarea' ? 'text' : field.kind}${field.help ? ` — ${field.help}` : ''}`);
        return 0;
      }
      const safe = redact(value.trim(), secrets);
      form.values[field.id] = safe.text;
      form.shown.push({ label, value: safe.text });
      return safe.count;
    }
  }
}

async function fillSelect(provider: TicketProvider, field: SelectField, value: string | boolean | undefined, form: FilledForm, signal?: AbortSignal): Promise<void> {
  const waitingFor = (field.dependsOn ?? []).filter((id) => form.values[id] === undefined);
  if (waitingFor.length > 0) {
    if (field.required || value !== undefined) form.needed.push(`"${field.id}" (${field.label}) is offered once ${waitingFor.map((id) => `"${id}"`).join(', ')} is chosen.`);
    return;
  }
  const options = field.options ?? (await provider.loadFieldOptions(field.id, form.values, signal));
  const wanted = typeof value === 'string' ? value.trim() : undefined;
  const chosen = wanted === undefined ? options.find((option) => option.value === field.defaultValue) : matchOption(options, wanted);
  if (chosen) {
    form.values[field.id] = chosen.value;
    form.shown.push({ label: field.label, value: chosen.label });
    return;
  }
  if (wanted === undefined && !field.required) return;
  const problem = wanted === undefined ? 'choose one' : `"${inline(wanted, [], 80)}" is not offered`;
  form.needed.push(`"${field.id}" (${field.label}): ${problem}. Allowed values:\n${listOptions(options)}`);
}

function matchOption(options: readonly FieldOption[], wanted: string): FieldOption | undefined {
  const lower = wanted.toLowerCase();
  return options.find((option) => option.value === wanted) ?? options.find((option) => option.label.trim().toLowerCase() === lower);
}

function listOptions(options: readonly FieldOption[]): string {
  const lines = options
    .slice(0, OPTIONS_LISTED)
    .map((option) => `    - "${inline(option.value, [], 80)}" = ${inline(option.label, [], 120)}${option.group ? ` (${inline(option.group, [], 60)})` : ''}`);
  if (options.length > OPTIONS_LISTED) lines.push(`    … and ${options.length - OPTIONS_LISTED} more; give the label you want and it is matched.`);
  return lines.length > 0 ? lines.join('\n') : '    (none offered)';
}
