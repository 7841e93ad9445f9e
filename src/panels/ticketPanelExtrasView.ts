/**
 * Core data of the timeline and of support's requests → what the ticket page renders. vscode-free, so
 * it is unit-tested in Node; the page never learns which cloud it shows.
 */
import type { FormField } from '../core/form-schema';
import type { RatingInput } from '../core/provider';
import type { RatingForm } from '../core/rating-form';
import { authorizationChoices, type Authorization, type ParamRequest } from '../core/support-requests';
import type { RelatedTicket, TicketEvent } from '../core/ticket-timeline';
import type { TicketAuthorizationView, TicketFormFieldView, TicketParamRequestView, TicketRatingFormView, TicketSubmitRatingRequest, TicketTimelineView } from '../shared/protocol/ticketExtras';

export function authorizationView(a: Authorization): TicketAuthorizationView {
  const choices = authorizationChoices(a.state);
  // Host access is granted where its login is entered (the cloud's console); refusing or revoking it works here.
  const grantable = choices.grant && a.items.every((item) => item.kind === 'console');
  return {
    id: a.id,
    state: a.state,
    access: a.access,
    description: a.description,
    ...(a.createdAt === undefined ? {} : { createdAt: a.createdAt }),
    ...(a.effectiveAt === undefined ? {} : { effectiveAt: a.effectiveAt }),
    ...(a.expiresAt === undefined ? {} : { expiresAt: a.expiresAt }),
    ...(a.refuseReason ? { refuseReason: a.refuseReason } : {}),
    items: a.items.map((item) => ({ kind: item.kind, name: item.name, ...(item.region ? { region: item.region } : {}) })),
    canGrant: grantable,
    canRefuse: choices.refuse,
    canRevoke: choices.revoke,
  };
}

/** The parts of the timeline that loaded (undefined: not offered), and the sentences of those that failed. */
export interface TimelineParts {
  readonly events?: readonly TicketEvent[];
  readonly related?: readonly RelatedTicket[];
  readonly authorizations?: readonly Authorization[];
  readonly problems: readonly string[];
}

export function timelineView(parts: TimelineParts): TicketTimelineView {
  return {
    ...(parts.events ? { events: parts.events.map((e) => ({ id: e.id, at: e.at, text: e.text, ...(e.actor ? { actor: e.actor } : {}) })) } : {}),
    ...(parts.related ? { related: parts.related.map((r) => ({ id: r.id, title: r.title, ...(r.filedBy ? { filedBy: r.filedBy } : {}) })) } : {}),
    ...(parts.authorizations ? { authorizations: parts.authorizations.map(authorizationView) } : {}),
    problems: [...parts.problems],
  };
}

/** A field the page can render; file fields have no place in an answer and are left out. */
export function formFieldView(field: FormField): TicketFormFieldView | undefined {
  const base = { id: field.id, label: field.label, required: field.required, ...(field.help ? { help: field.help } : {}) };
  switch (field.kind) {
    case 'text':
    case 'email':
    case 'phone':
      return { ...base, kind: 'text', ...(field.maxLength ? { maxLength: field.maxLength } : {}), ...(field.defaultValue ? { defaultValue: field.defaultValue } : {}) };
    case 'textarea':
      return { ...base, kind: 'textarea', ...(field.maxLength ? { maxLength: field.maxLength } : {}), ...(field.defaultValue ? { defaultValue: field.defaultValue } : {}) };
    case 'select':
      return { ...base, kind: 'select', options: (field.options ?? []).map((o) => ({ value: o.value, label: o.label })), ...(field.defaultValue ? { defaultValue: field.defaultValue } : {}) };
    case 'checkbox':
      return { ...base, kind: 'checkbox', ...(field.defaultValue !== undefined ? { defaultValue: field.defaultValue } : {}) };
    case 'file':
      return undefined;
  }
}

export function paramRequestView(request: ParamRequest): TicketParamRequestView {
  return { messageId: request.messageId, fields: request.fields.flatMap((f) => formFieldView(f) ?? []), answered: request.answered };
}

export function ratingFormView(form: RatingForm): TicketRatingFormView {
  return {
    dimensions: form.dimensions.map((d) => ({
      id: d.id,
      label: d.label,
      minScore: d.minScore,
      maxScore: d.maxScore,
      reasons: d.reasons.map((entry) => ({ score: entry.score, reasons: entry.reasons.map((r) => ({ id: r.id, label: r.label })) })),
    })),
    solvedFlag: form.solvedFlag,
    comment: form.comment,
    maxCommentLength: form.maxCommentLength,
  };
}

/** The rating as the page sends it, as the contract takes it (the first dimension's score stands for the whole). */
export function ratingInputOf(form: RatingForm, answer: Omit<TicketSubmitRatingRequest, 'type'>): RatingInput {
  const first = form.dimensions[0]?.id ?? '';
  const reasons = Object.fromEntries(Object.entries(answer.reasons).filter(([, id]) => id !== ''));
  return {
    score: answer.scores[first] ?? Number.NaN,
    scores: { ...answer.scores },
    reasons,
    ...(answer.solved === undefined ? {} : { solved: answer.solved }),
    ...(answer.comment.trim() ? { comment: answer.comment.trim() } : {}),
  };
}
