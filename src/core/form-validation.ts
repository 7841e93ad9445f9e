/** Checks form values against a schema before any request is made (DESIGN.md §7). */
import type { CreateFormSchema, FieldProblem, FormField, FormValue, FormValues, TextField } from './form-schema';

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const PHONE = /^\+?[0-9][0-9 \-()]{3,31}$/;

function isEmpty(value: FormValue | undefined): boolean {
  if (value === undefined || value === false) {
    return true;
  }
  if (typeof value === 'string') {
    return value.trim() === '';
  }
  return Array.isArray(value) && value.length === 0;
}

function checkField(field: FormField, value: FormValue | undefined): string | undefined {
  if (isEmpty(value)) {
    return field.required ? `${field.label} is required.` : undefined;
  }
  switch (field.kind) {
    case 'text':
    case 'textarea': {
      const text = String(value);
      if (field.minLength !== undefined && text.trim().length < field.minLength) {
        return `${field.label} needs at least ${field.minLength} characters.`;
      }
      if (field.maxLength !== undefined && text.length > field.maxLength) {
        return `${field.label} allows at most ${field.maxLength} characters.`;
      }
      return formatProblem(field, text.trim());
    }
    case 'email':
    case 'phone': {
      const text = String(value).trim();
      if (field.maxLength !== undefined && text.length > field.maxLength) {
        return `${field.label} allows at most ${field.maxLength} characters.`;
      }
      const ok = field.kind === 'email' ? EMAIL.test(text) : PHONE.test(text);
      return ok ? undefined : `${field.label} is not a valid ${field.kind === 'email' ? 'e-mail address' : 'phone number'}.`;
    }
    case 'select':
      if (field.options && !field.options.some((option) => option.value === value)) {
        return `Choose one of the offered values for ${field.label}.`;
      }
      return undefined;
    case 'file':
      return Array.isArray(value) && value.length > field.maxFiles ? `${field.label} allows at most ${field.maxFiles} files.` : undefined;
    case 'checkbox':
      return undefined;
  }
}

/** Which format rule of a text field a value breaks, if any (`pattern`, `wholeNumber`). */
export function formatRuleBroken(field: TextField, text: string): 'whole-number' | 'range' | 'pattern' | undefined {
  const whole = field.wholeNumber;
  if (whole) {
    if (!/^-?\d+$/.test(text)) return 'whole-number';
    const n = Number(text);
    if ((whole.min !== undefined && n < whole.min) || (whole.max !== undefined && n > whole.max)) return 'range';
  }
  if (field.pattern !== undefined && !matchesPattern(field.pattern, text)) return 'pattern';
  return undefined;
}

/** A pattern this engine cannot compile refuses nothing: the cloud checks the value again. */
function matchesPattern(pattern: string, text: string): boolean {
  try {
    return new RegExp(pattern).test(text);
  } catch {
    return true;
  }
}

function formatProblem(field: TextField, text: string): string | undefined {
  const broken = formatRuleBroken(field, text);
  if (!broken) return undefined;
  if (field.formatHint) return `${field.label}: expected ${field.formatHint}.`;
  if (broken === 'pattern') return `${field.label} has an unexpected format (${field.pattern}).`;
  return broken === 'whole-number' ? `${field.label} must be a whole number.` : `${field.label} is out of range.`;
}

/** Returns one problem per invalid field, in schema order; an empty list means the values are valid. */
export function validateForm(schema: CreateFormSchema, values: FormValues): FieldProblem[] {
  const problems: FieldProblem[] = [];
  for (const field of schema.fields) {
    const message = checkField(field, values[field.id]);
    if (message) {
      problems.push({ fieldId: field.id, message });
    }
  }
  return problems;
}

/** Reads a string value from form values ('' when absent or not a string). */
export function formString(values: FormValues, id: string): string {
  const value = values[id];
  return typeof value === 'string' ? value.trim() : '';
}

/** Reads a list value (file ids) from form values. */
export function formList(values: FormValues, id: string): readonly string[] {
  const value = values[id];
  return Array.isArray(value) ? value : [];
}
