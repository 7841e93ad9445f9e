/**
 * The contract every cloud provider implements. One instance serves one account. Every method
 * throws `TicketError` on failure (or the abort reason when its signal aborts) and never retries a
 * write by itself.
 */
import type { Capabilities } from './capabilities';
import type { CreateFormSchema, FieldOption, FormField, FormValues } from './form-schema';
import type { Page, PageRequest } from './paging';
import type { StatusGroup } from './status';
import type { Message, TicketDetail, TicketSummary } from './ticket';
import type { ProviderId } from './account';
import type { ServerTime } from './server-clock';
import type { RequestSlots } from './limiter';
import type { NewTicketLabel, TicketLabel } from './ticket-labels';
import type { ContactAddress, ContactVerificationState, TicketContact, TicketContactUpdate } from './contact';
import type { FilingCheck } from './filing';
import type { RatingForm } from './rating-form';
import type { Authorization, ParamRequest } from './support-requests';
import type { MessageWindow, RelatedTicket, TicketEvent } from './ticket-timeline';

/** Server-side filters for the ticket list; unsupported ones are ignored (see `Capabilities.listFilters`). */
export interface TicketListFilter {
  readonly statusGroups?: readonly StatusGroup[];
  /** Substring to search for in title/description. */
  readonly keyword?: string;
  readonly ids?: readonly string[];
  /** Created at or after, epoch ms. */
  readonly createdAfter?: number;
  /** Created at or before, epoch ms. */
  readonly createdBefore?: number;
  /** Tickets carrying any of these labels (`ListFilterCapability.labels`). */
  readonly labelIds?: readonly string[];
}

export interface ReplyInput {
  readonly body: string;
  /** Mark the reply confidential (`Capabilities.secretReply`). */
  readonly secret?: boolean;
  /** Ids from `uploadAttachment`. */
  readonly attachmentIds?: readonly string[];
}

export interface RatingInput {
  /** Within `Capabilities.rating.minScore … maxScore`. */
  readonly score: number;
  readonly solved?: boolean;
  readonly comment?: string;
  /** A score per dimension of `ratingForm` (dimension id → score); a dimension not listed takes `score`. */
  readonly scores?: Readonly<Record<string, number>>;
  /** The reason picked per dimension (dimension id → reason id), one the form offers for that score. */
  readonly reasons?: Readonly<Record<string, string>>;
}

/**
 * Bytes read while they are sent, so a file is never held whole: `open()` yields exactly `size` bytes
 * (known beforehand, e.g. from `stat`), and may be called again for a fresh pass. A source that yields
 * more or fewer fails the upload as `invalid-input` without anything being stored.
 */
export interface ByteSource {
  readonly size: number;
  open(): AsyncIterable<Uint8Array>;
}

interface AttachmentUploadBase {
  readonly fileName: string;
  readonly contentType?: string;
  /** What the attachment will be used for; some clouds upload differently per purpose. */
  readonly purpose?: 'create' | 'reply';
  readonly onProgress?: (sentBytes: number, totalBytes: number) => void;
}

/**
 * A file to upload as an attachment: its bytes in memory (`data`) or a source they are streamed from
 * (`source`, what the host passes for a file on disk). The host reads the file; webviews never pipe
 * file content.
 */
export type AttachmentUpload = AttachmentUploadBase & ({ readonly data: Uint8Array; readonly source?: undefined } | { readonly source: ByteSource; readonly data?: undefined });

/** The size of an upload's content, whichever way it is given. */
export function uploadSize(upload: AttachmentUpload): number {
  return upload.source ? upload.source.size : upload.data.byteLength;
}

export interface UploadedAttachment {
  /** Id to pass in `ReplyInput.attachmentIds` or a create form's file field. */
  readonly id: string;
  readonly fileName: string;
  readonly sizeBytes: number;
}

/**
 * A cheap fingerprint of the account's tickets. When `token` differs from the previous one the
 * caller refreshes; equal tokens mean "probably nothing changed".
 */
export interface ChangeSignal {
  readonly token: string;
  /** Tickets needing the user's action, when cheaply known (badge count). */
  readonly needsActionCount?: number;
}

export interface CreatedTicket {
  readonly ticketId: string;
}

/** Attachment limits a cloud publishes through its API (tighter than, or equal to, the capabilities). */
export interface AttachmentLimits {
  readonly maxFiles: number;
  readonly maxBytesPerFile: number;
  /** Accepted file types as extensions (any case, with or without the dot); empty means any type. */
  readonly fileTypes: readonly string[];
  /** Upper bound for the unpacked size of a zip archive, where the cloud checks it (0 = not stated). */
  readonly maxZipDecompressBytes?: number;
}

/** How a read takes the account's request slots. */
export interface ReadOptions {
  /**
   * One of a short batch the user waits for (a tree's list pages and its change signal): it may use every
   * slot the account allows until the cloud throttles, not only the slow start's (`RunOptions.burst`).
   */
  readonly burst?: boolean;
}

/**
 * The contract. Members without `?` are offered by every provider. Each optional member is offered
 * exactly when the capability named in its doc line is on (`OPERATION_GATES` in
 * provider-operations.ts holds the pairs); callers reach them through `requireOperation` or
 * `operationIfOffered`, never by testing whether the member exists.
 */
/** What a credential check learned besides "the keys work". */
export interface CredentialCheck {
  /**
   * Every ticket of the account (no filter), when the check's call counted them: the first refresh then asks
   * for all its list pages at once instead of learning their number from its first answer.
   */
  readonly ticketCount?: number;
}

/** A check's answer from a count its call returned (nothing learned when the count is no whole number). */
export function countedTickets(total: unknown): CredentialCheck {
  return typeof total === 'number' && Number.isInteger(total) && total >= 0 ? { ticketCount: total } : {};
}

export interface TicketProvider {
  readonly providerId: ProviderId;
  /** Provider display name ("Alibaba Cloud"). */
  readonly displayName: string;
  readonly capabilities: Capabilities;
  /** The account's server clock as its answers show it; duplicate look-ups compare server times with it. */
  readonly serverTime?: ServerTime;
  /**
   * The account's request slots (its transport's adaptive limiter). A caller with many reads of its own
   * (the refresh engine) keeps at most `limit` in flight and queues the rest itself, so no call waits out
   * its deadline in the transport's queue. Absent: the caller uses its own bound.
   */
  readonly requestSlots?: RequestSlots;

  /**
   * Cheapest authenticated call; resolves when the credentials work ("add account" check), with what the call
   * happened to learn about the account.
   */
  verifyCredentials(signal?: AbortSignal): Promise<CredentialCheck>;
  /** Fingerprint used for polling; one cheap request. */
  getChangeSignal(signal?: AbortSignal, options?: ReadOptions): Promise<ChangeSignal>;

  listTickets(filter: TicketListFilter, page: PageRequest, signal?: AbortSignal, options?: ReadOptions): Promise<Page<TicketSummary>>;
  /**
   * Gated by `capabilities.randomAccessPaging`. The `listTickets` cursor of the 0-based page
   * `pageIndex` when pages of `pageSize` are requested, so pages after the first load at once.
   */
  cursorForPage?(pageIndex: number, pageSize: number): string;
  getTicket(ticketId: string, signal?: AbortSignal): Promise<TicketDetail>;
  /** Conversation in ascending time order. */
  listMessages(ticketId: string, page: PageRequest, signal?: AbortSignal): Promise<Page<Message>>;

  /** Resolves with the new message id when the API returns one. */
  reply(ticketId: string, input: ReplyInput, signal?: AbortSignal): Promise<{ readonly messageId?: string }>;
  close(ticketId: string, signal?: AbortSignal): Promise<void>;
  /** Gated by `capabilities.canReopen`; `message` explains why. */
  reopen?(ticketId: string, message: string, signal?: AbortSignal): Promise<void>;
  /** Gated by `capabilities.canRate` (shape in `capabilities.rating`). */
  rate?(ticketId: string, rating: RatingInput, signal?: AbortSignal): Promise<void>;
  /** Gated by `capabilities.canUrge`. */
  urge?(ticketId: string, signal?: AbortSignal): Promise<void>;
  /** Gated by `capabilities.canCancel`. */
  cancel?(ticketId: string, signal?: AbortSignal): Promise<void>;
  /** Gated by `capabilities.withdraw`. */
  withdrawMessage?(ticketId: string, messageId: string, signal?: AbortSignal): Promise<void>;
  /** Gated by `capabilities.canDelete`. Removes a finished ticket from the account's lists. */
  deleteTicket?(ticketId: string, signal?: AbortSignal): Promise<void>;

  /** Gated by `capabilities.labels`. Every label the account defined. */
  listLabels?(signal?: AbortSignal): Promise<readonly TicketLabel[]>;
  /** Gated by `capabilities.labels`. Resolves with the new label. */
  createLabel?(label: NewTicketLabel, signal?: AbortSignal): Promise<TicketLabel>;
  /** Gated by `capabilities.labels`. The labels on one ticket. */
  ticketLabels?(ticketId: string, signal?: AbortSignal): Promise<readonly TicketLabel[]>;
  /** Gated by `capabilities.labels`. */
  addTicketLabels?(ticketId: string, labelIds: readonly string[], signal?: AbortSignal): Promise<void>;
  /** Gated by `capabilities.labels`. */
  removeTicketLabels?(ticketId: string, labelIds: readonly string[], signal?: AbortSignal): Promise<void>;

  /** Gated by `capabilities.editContact`. The ticket's contact as the cloud reports it. */
  ticketContact?(ticketId: string, signal?: AbortSignal): Promise<TicketContact>;
  /** Gated by `capabilities.editContact`. Changes the present fields of the ticket's contact. */
  updateTicketContact?(ticketId: string, update: TicketContactUpdate, signal?: AbortSignal): Promise<void>;

  /** Gated by `capabilities.contactVerification`. Whether the address must be proven before it is used. */
  contactVerificationState?(contact: ContactAddress, signal?: AbortSignal): Promise<ContactVerificationState>;
  /** Gated by `capabilities.contactVerification`. Sends a code to the address (by SMS or e-mail). */
  sendVerificationCode?(contact: ContactAddress, signal?: AbortSignal): Promise<void>;
  /** Gated by `capabilities.contactVerification`. Proves the address with the code it received. */
  verifyContact?(contact: ContactAddress, code: string, signal?: AbortSignal): Promise<void>;

  /** Gated by `capabilities.filingChecks`. Whether the account may file with these form values, and its quota. */
  checkFiling?(values: FormValues, signal?: AbortSignal): Promise<FilingCheck>;

  getCreateForm(signal?: AbortSignal): Promise<CreateFormSchema>;
  /** Options of a select field whose options load on demand, given the values entered so far. */
  loadFieldOptions(fieldId: string, values: FormValues, signal?: AbortSignal): Promise<readonly FieldOption[]>;
  /**
   * Gated by `capabilities.dependentFields`. Fields that depend on the values entered so far (e.g. the
   * parameters of a problem type); `createTicket` checks them with the rest.
   */
  loadDependentFields?(values: FormValues, signal?: AbortSignal): Promise<readonly FormField[]>;
  createTicket(values: FormValues, signal?: AbortSignal): Promise<CreatedTicket>;
  /** Gated by `capabilities.attachments`. */
  uploadAttachment?(upload: AttachmentUpload, signal?: AbortSignal): Promise<UploadedAttachment>;
  /** Gated by `capabilities.publishedAttachmentLimits`. The limits the cloud publishes right now. */
  attachmentLimits?(signal?: AbortSignal): Promise<AttachmentLimits>;

  /** Gated by `capabilities.canRate`. The rating as the cloud asks for it: dimensions, scores, reasons. */
  ratingForm?(ticketId: string, signal?: AbortSignal): Promise<RatingForm>;
  /** Gated by `capabilities.earlierMessages`. The newest `limit` messages (ascending) and whether older ones exist. */
  listLatestMessages?(ticketId: string, limit: number, signal?: AbortSignal): Promise<MessageWindow>;
  /** Gated by `capabilities.earlierMessages`. Up to `limit` messages older than `before`, ascending. */
  listEarlierMessages?(ticketId: string, before: Message, limit: number, signal?: AbortSignal): Promise<MessageWindow>;
  /** Gated by `capabilities.paramRequests`. The form support asked for in the message `messageId`. */
  paramRequest?(ticketId: string, messageId: string, signal?: AbortSignal): Promise<ParamRequest>;
  /** Gated by `capabilities.paramRequests`. Answers that request with values for its fields. */
  answerParamRequest?(ticketId: string, messageId: string, values: FormValues, signal?: AbortSignal): Promise<void>;
  /** Gated by `capabilities.authorizations`. The authorizations support asked for on the ticket, newest first. */
  listAuthorizations?(ticketId: string, signal?: AbortSignal): Promise<readonly Authorization[]>;
  /** Gated by `capabilities.authorizations`. Grants a pending authorization for the period support asked for. */
  grantAuthorization?(ticketId: string, authorizationId: string, signal?: AbortSignal): Promise<void>;
  /** Gated by `capabilities.authorizations`. Refuses a pending authorization, saying why. */
  refuseAuthorization?(ticketId: string, authorizationId: string, reason: string, signal?: AbortSignal): Promise<void>;
  /** Gated by `capabilities.authorizations`. Revokes a granted authorization. */
  revokeAuthorization?(ticketId: string, authorizationId: string, signal?: AbortSignal): Promise<void>;
  /** Gated by `capabilities.relatedTickets`. Tickets the cloud links to this one. */
  listRelatedTickets?(ticketId: string, signal?: AbortSignal): Promise<readonly RelatedTicket[]>;
  /** Gated by `capabilities.ticketHistory`. The operations recorded on the ticket, oldest first. */
  listTicketHistory?(ticketId: string, signal?: AbortSignal): Promise<readonly TicketEvent[]>;
}
