/**
 * What our own code found out about a failure, beyond its kind: facts only, never a sentence. The host
 * turns a reason into a sentence in the user's language (src/shared/errorText.ts); the MCP server renders
 * the same facts in English. A reason names a situation, not a cloud: two clouds that refuse for the same
 * cause give the same reason.
 */
import type { CreateFormSchema, FieldProblem } from './form-schema';

/** Failures of the connection or of the answer's shape. */
export type TransportReason =
  | { readonly id: 'no-answer'; readonly seconds: number }
  | { readonly id: 'connection-failed'; readonly connectionCode?: string }
  /** The whole call (queue, retries) ran past its deadline; `sent` says whether the request had left. */
  | { readonly id: 'deadline'; readonly seconds: number; readonly write: boolean; readonly sent: boolean }
  | { readonly id: 'file-changed-while-sent' }
  | { readonly id: 'file-unreadable-while-sent' }
  | { readonly id: 'unreadable-answer'; readonly httpStatus: number }
  /** The answer grew past what the client reads (`limitMegabytes`); the rest was never read. */
  | { readonly id: 'answer-too-large'; readonly limitMegabytes: number }
  | { readonly id: 'no-upload-link' }
  | { readonly id: 'no-new-ticket-id' }
  | { readonly id: 'storage-refused-upload' }
  /** Not a failure a cloud reported: a bug of ours (the log has the details). */
  | { readonly id: 'unexpected-failure' };

/** What a cloud's error code means, when a provider knows the code (the cloud's own text stays on the error). */
export type CloudCodeReason =
  | { readonly id: 'endpoint-lacks-action' }
  | { readonly id: 'api-not-at-endpoint' }
  | { readonly id: 'contact-not-registered' }
  | { readonly id: 'urged-recently' }
  | { readonly id: 'urge-too-early' }
  | { readonly id: 'upload-volume-used-up' }
  | { readonly id: 'severity-unavailable' }
  | { readonly id: 'cc-emails-invalid' }
  | { readonly id: 'action-unsupported' }
  | { readonly id: 'ticket-missing' }
  | { readonly id: 'problem-type-unavailable' }
  | { readonly id: 'region-unavailable' }
  | { readonly id: 'status-forbids-action' }
  | { readonly id: 'ticket-quota-used-up' }
  | { readonly id: 'daily-create-limit' }
  | { readonly id: 'label-exists' }
  | { readonly id: 'too-many-account-labels'; readonly limit: number }
  | { readonly id: 'too-many-ticket-labels'; readonly limit: number }
  | { readonly id: 'too-many-related-tickets'; readonly limit: number }
  | { readonly id: 'related-to-itself' }
  | { readonly id: 'attachment-invalid' }
  | { readonly id: 'authorization-gone' }
  | { readonly id: 'authorization-not-pending' };

/** Input refused before any request was sent. */
export type InputReason =
  | { readonly id: 'invalid-cursor' }
  | { readonly id: 'empty-reply' }
  | { readonly id: 'reply-too-long'; readonly limit: number; readonly canAttach: boolean }
  | { readonly id: 'too-many-attachments'; readonly limit: number }
  | { readonly id: 'file-type-not-allowed'; readonly extension: string; readonly allowed: readonly string[] }
  | { readonly id: 'empty-file'; readonly fileName: string }
  | { readonly id: 'file-too-large'; readonly fileName: string; readonly limitBytes: number }
  /** A zip archive we build cannot take this input (no zip64; paths must be relative and short). `path`: the entry concerned. */
  | {
      readonly id: 'archive-limit';
      readonly rule: 'finished' | 'duplicate-path' | 'too-many-files' | 'file-too-large' | 'archive-too-large' | 'unusable-path' | 'path-too-long';
      readonly path?: string;
      readonly maxFiles?: number;
    }
  | { readonly id: 'empty-reopen-reason' }
  | { readonly id: 'missing-solved' }
  | { readonly id: 'single-score-rating' }
  /** A rating that does not fit the form: the dimensions (by label) whose score or reason is wrong, and the rest. */
  | { readonly id: 'invalid-rating'; readonly dimensions: readonly string[]; readonly solvedMissing: boolean; readonly commentMaxLength?: number }
  | { readonly id: 'score-out-of-range'; readonly min: number; readonly max: number }
  | { readonly id: 'authorization-of-another-ticket' }
  | { readonly id: 'host-authorization' }
  | { readonly id: 'unexpected-authorization' }
  | { readonly id: 'empty-refuse-reason' }
  | { readonly id: 'refuse-reason-too-long'; readonly limit: number }
  /** Form fields whose values the provider refused, by label (labels are l10n keys or already localized). */
  | { readonly id: 'invalid-form'; readonly fields: readonly string[] }
  | { readonly id: 'unknown-ticket'; readonly ticketId: string }
  /** `rule`: what the endpoint text breaks; `example` is a usable endpoint to copy. */
  | { readonly id: 'invalid-endpoint'; readonly endpoint: string; readonly rule: 'not-a-url' | 'https-only' | 'no-query' | 'host-only'; readonly example: string }
  | { readonly id: 'unsupported-api-version'; readonly version: string; readonly supported: readonly string[] }
  /** `operation`: the provider method or feature (`reopen`, `confidential replies`); not shown as a sentence. */
  | { readonly id: 'unsupported-operation'; readonly operation: string }
  | { readonly id: 'unknown-provider'; readonly providerId: string }
  | { readonly id: 'unknown-account' }
  | { readonly id: 'missing-credentials'; readonly accountLabel: string };

/** Every reason a `TicketError` can carry. */
export type ErrorReason = TransportReason | CloudCodeReason | InputReason;

export type ErrorReasonId = ErrorReason['id'];

/** The `invalid-form` reason for problems found by `validateForm`: the labels of the refused fields, once each. */
export function invalidFormReason(schema: CreateFormSchema, problems: readonly FieldProblem[]): ErrorReason {
  const labels = problems.map((problem) => schema.fields.find((field) => field.id === problem.fieldId)?.label ?? problem.fieldId);
  return { id: 'invalid-form', fields: [...new Set(labels)] };
}
