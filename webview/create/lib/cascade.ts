/**
 * Cascading selects as data: a select lists the fields it depends on; when one of them changes, the
 * select (and whatever depends on it in turn) is cleared and its options are loaded again. Pure
 * functions, unit-tested in Node.
 */
import type { FormField, FormValue, WorkingFormValues } from '../../../src/shared/protocol/create';

export function hasValue(value: FormValue | undefined): boolean {
  if (value === undefined || value === false) return false;
  if (typeof value === 'string') return value.trim() !== '';
  return Array.isArray(value) ? value.length > 0 : true;
}

/** Fields that depend on `changedId`, directly or through other fields, in schema order. */
export function dependentsOf(fields: readonly FormField[], changedId: string): FormField[] {
  const affected = new Set<string>([changedId]);
  let grew = true;
  while (grew) {
    grew = false;
    for (const field of fields) {
      if (affected.has(field.id) || field.kind !== 'select') continue;
      if ((field.dependsOn ?? []).some((id) => affected.has(id))) {
        affected.add(field.id);
        grew = true;
      }
    }
  }
  return fields.filter((field) => field.id !== changedId && affected.has(field.id));
}

/** True for a select whose options come from the host (none in the schema). */
export function loadsOnDemand(field: FormField): boolean {
  return field.kind === 'select' && field.options === undefined;
}

/** True when every field this one depends on has a value, so its options can be asked for. */
export function canLoad(field: FormField, values: WorkingFormValues): boolean {
  return loadsOnDemand(field) && field.kind === 'select' && (field.dependsOn ?? []).every((id) => hasValue(values[id]));
}

/** Values after `changedId` changed: every dependent field is cleared. */
export function clearDependents(fields: readonly FormField[], values: WorkingFormValues, changedId: string): WorkingFormValues {
  const next: WorkingFormValues = { ...values };
  for (const field of dependentsOf(fields, changedId)) delete next[field.id];
  return next;
}

/** Initial values: defaults of the schema under whatever the draft holds. */
export function withDefaults(fields: readonly FormField[], values: WorkingFormValues): WorkingFormValues {
  const next: WorkingFormValues = {};
  for (const field of fields) {
    if ('defaultValue' in field && field.defaultValue !== undefined) next[field.id] = field.defaultValue;
  }
  return { ...next, ...values };
}

/** Fields the provider adds for some answers go after the last cascading select (the answers that decide them). */
export function dependentFieldsAnchor(fields: readonly FormField[]): FormField | undefined {
  return [...fields].reverse().find((field) => field.kind === 'select' && (field.dependsOn?.length ?? 0) > 0);
}
