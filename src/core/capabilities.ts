/**
 * What a provider (for a given account and API version) can do. The UI renders from these flags
 * and never asks which provider it is talking to. Each optional operation of `TicketProvider` has
 * one flag here, and a provider offers the operation exactly when the flag is on (see
 * `OPERATION_GATES` in provider-operations.ts).
 */

/** Shape of the rating a provider accepts. */
export interface RatingCapability {
  readonly minScore: number;
  readonly maxScore: number;
  /** The rating carries a "was it solved?" yes/no. */
  readonly solvedFlag: boolean;
  /** A free-text comment may accompany the rating. */
  readonly comment: boolean;
}

/** A write the cloud accepts or refuses by the ticket's status. */
export type StatusBoundAction = 'reply' | 'close' | 'cancel' | 'urge' | 'reopen' | 'rate' | 'delete';

/** Which ticket-list filters the provider supports server-side. */
export interface ListFilterCapability {
  readonly keyword: boolean;
  readonly statusGroups: boolean;
  readonly createdRange: boolean;
  readonly ids: boolean;
  /** Tickets can be listed by label (`TicketListFilter.labelIds`); absent means no. */
  readonly labels?: boolean;
}

export interface Capabilities {
  // `createTicket`, `reply` and `close` are offered by every provider; these three flags only say
  // whether the UI offers them for this account.
  readonly canCreate: boolean;
  readonly canReply: boolean;
  readonly canClose: boolean;
  /** A closed ticket can be reopened with a reason (`reopen`). */
  readonly canReopen: boolean;
  /** A ticket can be rated (`rate`, with the form of `ratingForm`); its outline is `rating`. */
  readonly canRate: boolean;
  /** Ask support to hurry ("urge", 催单; `urge`). */
  readonly canUrge: boolean;
  /** Withdraw/cancel a ticket (撤单, `cancel`), distinct from closing it as solved. */
  readonly canCancel: boolean;
  /** Replies can be marked confidential. */
  readonly secretReply: boolean;
  /**
   * Tickets can carry user labels, which the account manages (`listLabels`, `createLabel`,
   * `ticketLabels`, `addTicketLabels`, `removeTicketLabels`).
   */
  readonly labels: boolean;
  /** A finished ticket can be deleted from the account's lists (`deleteTicket`). */
  readonly canDelete: boolean;
  /** The contact (reminder phone, e-mail, time, CC) of an open ticket can be changed (`ticketContact`, `updateTicketContact`). */
  readonly editContact: boolean;
  /**
   * A reminder phone or e-mail other than the registered one is proven with a code
   * (`contactVerificationState`, `sendVerificationCode`, `verifyContact`).
   */
  readonly contactVerification: boolean;
  /** Whether the account may file, and its quota, can be asked before filing (`checkFiling`). */
  readonly filingChecks: boolean;
  /** The provider reports unread messages. */
  readonly unread: boolean;
  /**
   * The ticket list (with the change signal) says which tickets got support messages: listed
   * tickets carry `unreadCount` and a new message changes the change-signal token. Without it,
   * replies that leave the status as it was are found by reading
   * conversations on a budget (core/notify). Reading a conversation there must have no side
   * effect the user would notice, so a provider whose `listMessages` marks messages read on the
   * server and that can tell unread from its list sets this.
   */
  readonly unreadFromList: boolean;
  /** A sent message can be withdrawn (`withdrawMessage`). */
  readonly withdraw: boolean;
  /** Files can be attached to replies and new tickets (`uploadAttachment`). */
  readonly attachments: boolean;
  /** The cloud publishes its attachment limits through its API (`TicketProvider.attachmentLimits`). */
  readonly publishedAttachmentLimits: boolean;
  /** Upper bound for one attachment, in bytes (0 when attachments are unsupported). */
  readonly maxAttachmentBytes: number;
  /** Upper bound for attachments per message or new ticket (0 when unsupported). */
  readonly maxAttachmentsPerMessage: number;
  /** Rating shape, present when `canRate`. */
  readonly rating?: RatingCapability;
  readonly listFilters: ListFilterCapability;
  /** Longest reply the provider accepts, in characters. */
  readonly maxReplyLength: number;
  /** The create form grows with the answers (`TicketProvider.loadDependentFields`). */
  readonly dependentFields: boolean;
  /** The cursor of any list page can be computed (`TicketProvider.cursorForPage`), so pages load in parallel. */
  readonly randomAccessPaging: boolean;
  /** The conversation is read from its newest end, older messages on demand (`listLatestMessages`, `listEarlierMessages`). */
  readonly earlierMessages: boolean;
  /** Support's requests for parameters are answered with a form (`paramRequest`, `answerParamRequest`). */
  readonly paramRequests: boolean;
  /** Support's authorization requests are granted or refused, and granted ones revoked (`listAuthorizations` …). */
  readonly authorizations: boolean;
  /** Tickets the cloud links to a ticket are listed (`listRelatedTickets`). */
  readonly relatedTickets: boolean;
  /** The operations recorded on a ticket are listed (`listTicketHistory`). */
  readonly ticketHistory: boolean;
  /**
   * Native status codes in which the cloud accepts an action, where its rules are finer than the status
   * groups. An action not listed follows the groups: open tickets take reply, close, cancel and urge;
   * closed ones reopen, rate and delete (see `allowedActions`).
   */
  readonly actionStatuses?: Readonly<Partial<Record<StatusBoundAction, readonly string[]>>>;
}
