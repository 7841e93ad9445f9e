/**
 * The create-ticket form's contract between host and page (DESIGN.md §3): the page renders any form
 * schema the host sends; the host loads options, validates with the provider's limits, picks and
 * uploads files, saves drafts and files the ticket. Types only, and the panel's view type (which the
 * extension registers at activation without loading the form).
 */
import type { FieldOption, FileField, FormField, FormValue } from '../../core/form-schema';
import type { CreatePrefill } from './createPrefill';
import type { ReplyMap } from '../ipc';

export type { FieldOption, FileField, FormField, FormValue };

/** The create form's webview panel type (restored after a reload by its serializer). */
export const CREATE_VIEW_TYPE = 'cloudTickets.createTicket';

/** Values while the user edits: a cleared field holds `undefined` until the draft is taken. */
export type WorkingFormValues = Record<string, FormValue | undefined>;

/** Form values as they travel (plain JSON). File fields hold the uploaded attachment ids. */
export type CreateFormValues = Record<string, FormValue>;

/** An uploaded attachment as the page lists it. */
export interface CreateAttachmentView {
  /** Id from `uploadAttachment`; this is what goes into the form value. */
  readonly id: string;
  readonly fileName: string;
  readonly sizeBytes: number;
}

/** What the page persists and the host stores as a draft (never confidential fields). */
export interface CreateDraftView {
  readonly values: CreateFormValues;
  readonly files: Readonly<Record<string, readonly CreateAttachmentView[]>>;
}

/** A localised validation problem of one field. */
export interface CreateFieldProblemView {
  readonly fieldId: string;
  readonly message: string;
}

/** Everything the page needs to render the form. Labels and texts are already localised. */
export interface CreateFormState {
  readonly accountId: string;
  readonly accountLabel: string;
  readonly providerName: string;
  readonly fields: readonly FormField[];
  /** The provider adds fields for some answers; the page asks for them with `dependentFields`. */
  readonly hasDependentFields: boolean;
  readonly draft: CreateDraftView;
  /** The draft came from an earlier session (the page says so). */
  readonly restored: boolean;
  readonly problems: readonly CreateFieldProblemView[];
  readonly strings: CreateFormStrings;
  /** BCP 47 tag of the UI language, for number formatting. */
  readonly locale: string;
  /** What stands in the way of filing, or the quota left, when the cloud says so before filing. */
  readonly filing?: CreateFilingNoticeView;
}

/** A sentence about filing (no privilege, quota used up, quota left); `blocking` when filing would be refused. */
export interface CreateFilingNoticeView {
  readonly text: string;
  readonly blocking: boolean;
}

/** Where the proof of a contact field stands; `message` says what went wrong, in the UI language. */
export interface CreateVerificationView {
  readonly state: 'not-needed' | 'needed' | 'sent' | 'verified';
  readonly message?: string;
}

/** How a submit ended. The host never retries by itself; "Retry" is always the user's click. */
export type CreateSubmitOutcome =
  | { readonly outcome: 'created'; readonly ticketId: string; readonly message: string }
  /** The create failed ambiguously but the search found the ticket the server committed. */
  | { readonly outcome: 'recovered'; readonly ticketId: string; readonly message: string }
  | { readonly outcome: 'invalid'; readonly problems: readonly CreateFieldProblemView[] }
  /** `uncertain`: the ticket may exist; the page says so next to "Retry". */
  | { readonly outcome: 'failed'; readonly message: string; readonly uncertain: boolean }
  | { readonly outcome: 'cancelled' };

export interface CreateUploadResult {
  readonly added: readonly CreateAttachmentView[];
  /** Localised sentences for files that were refused (too big, too many) or failed to upload. */
  readonly refused: readonly string[];
}

// ---- page → host -------------------------------------------------------------------------------

export interface CreateReadyRequest {
  readonly type: 'ready';
}
export interface CreateLoadOptionsRequest {
  readonly type: 'loadOptions';
  readonly fieldId: string;
  readonly values: CreateFormValues;
}
export interface CreateDependentFieldsRequest {
  readonly type: 'dependentFields';
  readonly values: CreateFormValues;
}
/** The user changed something: the host saves the draft and answers the current problems. */
export interface CreateEditRequest {
  readonly type: 'edit';
  readonly draft: CreateDraftView;
}
export interface CreatePickFilesRequest {
  readonly type: 'pickFiles';
  readonly fieldId: string;
  readonly already: number;
}
export interface CreateSubmitRequest {
  readonly type: 'submit';
  readonly draft: CreateDraftView;
}
/** The answers so far may change whether filing is allowed (the quota is per problem type). */
export interface CreateFilingCheckRequest {
  readonly type: 'filingCheck';
  readonly values: CreateFormValues;
}
/** One step of proving a reminder phone or e-mail (a field with `verification`). */
export interface CreateContactVerificationRequest {
  readonly type: 'contactVerification';
  readonly fieldId: string;
  readonly values: CreateFormValues;
  readonly action: 'check' | 'send' | 'verify';
  readonly code?: string;
}
export interface CreateCopyRequest {
  readonly type: 'copy';
  readonly text: string;
}
export interface CreateOpenTicketRequest {
  readonly type: 'openTicket';
  readonly ticketId: string;
}
/** Sent on every change, before the debounced `edit`: what the host keeps if the panel closes first. */
export interface CreateDraftChangedNotice {
  readonly type: 'draftChanged';
  readonly draft: CreateDraftView;
}
/** Page-side timings (time to interactive) for the log and the benchmark. */
export interface CreateTimingNotice {
  readonly type: 'timing';
  readonly interactiveMs: number;
}

export type CreatePageToHost =
  | CreateReadyRequest
  | CreateLoadOptionsRequest
  | CreateDependentFieldsRequest
  | CreateEditRequest
  | CreatePickFilesRequest
  | CreateSubmitRequest
  | CreateFilingCheckRequest
  | CreateContactVerificationRequest
  | CreateCopyRequest
  | CreateOpenTicketRequest
  | CreateDraftChangedNotice
  | CreateTimingNotice;

export interface CreateHostReplies extends ReplyMap<CreatePageToHost> {
  readonly ready: CreateFormState;
  readonly loadOptions: readonly FieldOption[];
  readonly dependentFields: readonly FormField[];
  readonly edit: readonly CreateFieldProblemView[];
  readonly pickFiles: CreateUploadResult;
  readonly submit: CreateSubmitOutcome;
  readonly filingCheck: CreateFilingNoticeView | null;
  readonly contactVerification: CreateVerificationView;
  readonly copy: void;
  readonly openTicket: void;
  readonly draftChanged: void;
  readonly timing: void;
}

// ---- host → page -------------------------------------------------------------------------------

/**
 * New text from an entry point (selection, diagnostic) for an already open form, merged by the page into
 * what it holds; without `prefill`, the page starts a fresh form from the host's state (after a filing).
 */
export interface CreatePrefillNotice {
  readonly type: 'prefill';
  readonly prefill?: CreatePrefill;
}
export interface CreateUploadProgressNotice {
  readonly type: 'uploadProgress';
  readonly fieldId: string;
  readonly fileName: string;
  readonly sentBytes: number;
  readonly totalBytes: number;
}

export type CreateHostToPage = CreatePrefillNotice | CreateUploadProgressNotice;

export interface CreatePageReplies extends ReplyMap<CreateHostToPage> {
  readonly prefill: void;
  readonly uploadProgress: void;
}

/** Page texts, localised on the host (DESIGN.md §4.8). `{0}` placeholders are filled by the page. */
export interface CreateFormStrings {
  readonly heading: string;
  readonly required: string;
  readonly optional: string;
  readonly search: string;
  readonly searchPlaceholder: string;
  readonly choose: string;
  readonly loading: string;
  readonly noOptions: string;
  readonly loadFailed: string;
  readonly retry: string;
  readonly characters: string;
  readonly addFiles: string;
  readonly removeFile: string;
  readonly fileLimits: string;
  readonly uploading: string;
  readonly submit: string;
  readonly submitting: string;
  readonly missing: string;
  readonly fixProblems: string;
  readonly created: string;
  readonly recovered: string;
  readonly copy: string;
  readonly copied: string;
  readonly openTicket: string;
  readonly newTicket: string;
  readonly uncertain: string;
  readonly retrySubmit: string;
  readonly draftRestored: string;
  /** Under a long catalogue text (an agreement, a template). */
  readonly showMore: string;
  readonly showLess: string;
  /** Size units for `formatSize`: "{0} B", "{0} KB", "{0} MB". */
  readonly bytes: string;
  readonly kilobytes: string;
  readonly megabytes: string;
  /** Contact verification under a reminder phone or e-mail. */
  readonly verificationNeeded: string;
  readonly sendCode: string;
  readonly codeSent: string;
  readonly codeLabel: string;
  readonly verify: string;
  readonly verified: string;
}
