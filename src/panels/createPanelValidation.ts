import * as vscode from 'vscode';
import type { FormField, FormValue } from '../core/form-schema';
import { validateForm } from '../core/form-validation';
import type { CreateFormValues, CreateFieldProblemView } from '../shared/protocol/create';

/**
 * Which fields are invalid is decided by core's `validateForm` with the provider's limits (the same
 * check `createTicket` runs); this only rewrites each sentence in the UI language. In English the
 * sentences equal core's.
 */
export function localizedProblems(fields: readonly FormField[], values: CreateFormValues): CreateFieldProblemView[] {
  return validateForm({ fields }, values).map((problem) => {
    const field = fields.find((candidate) => candidate.id === problem.fieldId);
    return { fieldId: problem.fieldId, message: (field && sentenceFor(field, values[field.id])) ?? problem.message };
  });
}

function isBlank(value: FormValue | undefined): boolean {
  if (value === undefined || value === false) return true;
  if (typeof value === 'string') return value.trim() === '';
  return Array.isArray(value) && value.length === 0;
}

function sentenceFor(field: FormField, value: FormValue | undefined): string | undefined {
  const label = vscode.l10n.t(field.label);
  if (isBlank(value)) return vscode.l10n.t('{0} is required.', label);
  const text = typeof value === 'string' ? value : '';
  switch (field.kind) {
    case 'text':
    case 'textarea':
      if (field.minLength !== undefined && text.trim().length < field.minLength) return vscode.l10n.t('{0} needs at least {1} characters.', label, field.minLength);
      if (field.maxLength !== undefined && text.length > field.maxLength) return vscode.l10n.t('{0} allows at most {1} characters.', label, field.maxLength);
      return undefined;
    case 'email':
    case 'phone':
      if (field.maxLength !== undefined && text.trim().length > field.maxLength) return vscode.l10n.t('{0} allows at most {1} characters.', label, field.maxLength);
      return field.kind === 'email' ? vscode.l10n.t('{0} is not a valid e-mail address.', label) : vscode.l10n.t('{0} is not a valid phone number.', label);
    case 'select':
      return vscode.l10n.t('Choose one of the offered values for {0}.', label);
    case 'file':
      return vscode.l10n.t('{0} allows at most {1} files.', label, field.maxFiles);
    case 'checkbox':
      return undefined;
  }
}
