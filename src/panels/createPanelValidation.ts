import * as vscode from 'vscode';
import type { FormField, FormValue, TextField } from '../core/form-schema';
import { formatRuleBroken, validateForm } from '../core/form-validation';
import { outsideText } from '../shared/outsideText';
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

/** The problem of a value of the wrong shape, saying the shape expected (the hint is in the provider's UI language). */
function formatSentence(field: TextField, text: string): string | undefined {
  const broken = formatRuleBroken(field, text);
  if (!broken) return undefined;
  const label = vscode.l10n.t(field.label);
  if (field.formatHint) return vscode.l10n.t('{0}: expected {1}.', label, outsideText(field.formatHint));
  if (broken === 'pattern') return vscode.l10n.t('{0} has an unexpected format ({1}).', label, outsideText(field.pattern));
  return broken === 'whole-number' ? vscode.l10n.t('{0} must be a whole number.', label) : vscode.l10n.t('{0} is out of range.', label);
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
      return formatSentence(field, text.trim());
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
