/**
 * Valid create-form values built from a provider's schema alone, the way a user would fill the one
 * webview that renders any schema: fields in order, options loaded on demand with the values so far,
 * the dependent fields once the base form is filled. Only formats the schema cannot express come
 * from the flavour's hints.
 */
import type { FieldOption, FormField, FormValue, FormValues } from '../../src/core/form-schema';
import type { TicketProvider } from '../../src/core/provider';
import type { Flavour } from './flavour';

export interface FillOptions {
  /** Put into every required text so the ticket can be found on the server. */
  readonly marker: string;
  /** Attachment ids for the first file field. */
  readonly attachmentIds?: readonly string[];
}

export interface FilledForm {
  /** Every field the user saw: the base schema, then the dependent fields. */
  readonly fields: readonly FormField[];
  readonly values: FormValues;
}

/** The text a required text field gets: the marker, then the label, within the field's bounds. */
function textFor(field: Extract<FormField, { kind: 'text' | 'textarea' }>, marker: string): string {
  const text = `${marker} ${field.label}`;
  return field.maxLength === undefined ? text : text.slice(0, field.maxLength);
}

async function optionsOf(provider: TicketProvider, field: Extract<FormField, { kind: 'select' }>, values: FormValues): Promise<readonly FieldOption[]> {
  return field.options ?? provider.loadFieldOptions(field.id, values);
}

/** What a user would enter in one field; undefined leaves it empty. */
async function valueFor(provider: TicketProvider, flavour: Flavour, field: FormField, values: FormValues, options: FillOptions, firstFileField: boolean): Promise<FormValue | undefined> {
  const hint = flavour.fieldHints[field.id];
  if (hint !== undefined) return hint;
  switch (field.kind) {
    case 'select': {
      // Choosing an offered value is always valid, so optional selects are filled too (a region, say).
      const offered = await optionsOf(provider, field, values);
      const preferred = offered.find((option) => option.value === field.defaultValue) ?? offered[0];
      return preferred?.value;
    }
    case 'text':
    case 'textarea':
      return field.defaultValue || (field.required ? textFor(field, options.marker) : undefined);
    case 'email':
      return field.defaultValue || (field.required ? flavour.contact.email : undefined);
    case 'phone':
      return field.defaultValue || (field.required ? flavour.contact.phone : undefined);
    case 'checkbox':
      return field.required ? true : field.defaultValue;
    case 'file':
      return firstFileField && options.attachmentIds?.length ? [...options.attachmentIds] : undefined;
  }
}

async function fillFields(provider: TicketProvider, flavour: Flavour, fields: readonly FormField[], start: FormValues, options: FillOptions): Promise<FormValues> {
  const values: Record<string, FormValue | undefined> = { ...start };
  const firstFile = fields.find((field) => field.kind === 'file');
  for (const field of fields) {
    const value = await valueFor(provider, flavour, field, values, options, field === firstFile);
    if (value !== undefined) values[field.id] = value;
  }
  return values;
}

/** Fills the provider's create form with valid values, dependent fields included where it has them. */
export async function fillCreateForm(provider: TicketProvider, flavour: Flavour, options: FillOptions): Promise<FilledForm> {
  const schema = await provider.getCreateForm();
  const values = await fillFields(provider, flavour, schema.fields, {}, options);
  if (!provider.capabilities.dependentFields || !provider.loadDependentFields) return { fields: schema.fields, values };
  const dependent = await provider.loadDependentFields(values);
  return { fields: [...schema.fields, ...dependent], values: await fillDependentFields(provider, flavour, dependent, values, options.marker) };
}

/** The values with the given dependent fields filled as well. */
export function fillDependentFields(provider: TicketProvider, flavour: Flavour, dependent: readonly FormField[], values: FormValues, marker: string): Promise<FormValues> {
  return fillFields(provider, flavour, dependent, values, { marker });
}

/** A filled base form whose answers bring dependent fields, at least one of them required. */
export interface FormWithDependents {
  readonly values: FormValues;
  readonly dependent: readonly FormField[];
}

/**
 * Walks the offered values of each base select (every later field filled as usual) until the
 * dependent fields include a required one; undefined when no choice brings one.
 */
export async function formWithRequiredDependents(provider: TicketProvider, flavour: Flavour, marker: string): Promise<FormWithDependents | undefined> {
  const load = provider.loadDependentFields?.bind(provider);
  if (!load) return undefined;
  const { fields } = await provider.getCreateForm();
  const base = await fillFields(provider, flavour, fields, {}, { marker });
  for (const [index, select] of fields.entries()) {
    if (select.kind !== 'select') continue;
    const earlier = Object.fromEntries(fields.slice(0, index).flatMap((field) => (base[field.id] === undefined ? [] : [[field.id, base[field.id]]])));
    for (const option of await optionsOf(provider, select, earlier)) {
      const values = await fillFields(provider, flavour, fields.slice(index + 1), { ...earlier, [select.id]: option.value }, { marker });
      const dependent = await load(values);
      if (dependent.some((field) => field.required)) return { values, dependent };
    }
  }
  return undefined;
}
