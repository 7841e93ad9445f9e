/**
 * Text an entry point (selection, diagnostic) adds to a new ticket, and where it goes. Shared by the host
 * (a form not open yet gets it in its first state) and the page (an open form merges it into what the
 * user is typing right now, so no keystroke is overwritten).
 */
import type { CreateDraftView, CreateFormValues, FormField } from './create';

/** Where prefilled text goes: the field named "description", else the first multi-line field. */
export function descriptionFieldOf(fields: readonly FormField[]): FormField | undefined {
  return fields.find((field) => field.id === 'description') ?? fields.find((field) => field.kind === 'textarea');
}

/** Where a prefilled summary goes: a text field named "title" (or "subject", "summary"); none otherwise. */
export function titleFieldOf(fields: readonly FormField[]): FormField | undefined {
  return fields.find((field) => field.kind === 'text' && ['title', 'subject', 'summary'].includes(field.id));
}

/** Text an entry point (selection, diagnostic) wants in a new ticket. */
export interface CreatePrefill {
  readonly title?: string;
  readonly description: string;
}

/** Adds prefilled text to a draft: appended below what the user already wrote, title only when empty. */
export function applyPrefill(fields: readonly FormField[], draft: CreateDraftView, prefill: CreatePrefill): CreateDraftView {
  const values: CreateFormValues = { ...draft.values };
  const description = descriptionFieldOf(fields);
  if (description) {
    const before = typeof values[description.id] === 'string' ? String(values[description.id]).trimEnd() : '';
    values[description.id] = before ? `${before}\n\n${prefill.description}` : prefill.description;
  }
  const title = titleFieldOf(fields);
  if (title && prefill.title && !(typeof values[title.id] === 'string' && String(values[title.id]).trim())) {
    const max = title.kind === 'text' && title.maxLength ? title.maxLength : undefined;
    values[title.id] = max ? prefill.title.slice(0, max) : prefill.title;
  }
  return { values, files: draft.files };
}
