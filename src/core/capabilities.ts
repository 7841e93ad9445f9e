/**
 * What a provider (for a given account and API version) can do. The UI renders from these flags
 * and never asks which provider it is talking to.
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

/** Which ticket-list filters the provider supports server-side. */
export interface ListFilterCapability {
  readonly keyword: boolean;
  readonly statusGroups: boolean;
  readonly createdRange: boolean;
  readonly ids: boolean;
}

export interface Capabilities {
  readonly canCreate: boolean;
  readonly canReply: boolean;
  readonly canClose: boolean;
  readonly canReopen: boolean;
  readonly canRate: boolean;
  /** Ask support to hurry ("urge", 催单). */
  readonly canUrge: boolean;
  /** Withdraw/cancel a ticket (撤单), distinct from closing it as solved. */
  readonly canCancel: boolean;
  /** Replies can be marked confidential. */
  readonly secretReply: boolean;
  /** Tickets can carry user labels. */
  readonly labels: boolean;
  /** The provider reports unread messages. */
  readonly unread: boolean;
  /** A sent message can be withdrawn. */
  readonly withdraw: boolean;
  /** Files can be attached to replies and new tickets. */
  readonly attachments: boolean;
  /** Upper bound for one attachment, in bytes (0 when attachments are unsupported). */
  readonly maxAttachmentBytes: number;
  /** Upper bound for attachments per message or new ticket (0 when unsupported). */
  readonly maxAttachmentsPerMessage: number;
  /** Rating shape, present when `canRate`. */
  readonly rating?: RatingCapability;
  readonly listFilters: ListFilterCapability;
  /** Longest reply the provider accepts, in characters. */
  readonly maxReplyLength: number;
}
