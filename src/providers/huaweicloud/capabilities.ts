/** What the OSM provider offers the UI (DESIGN.md §3: the UI renders from flags, never by provider name). */
import type { Capabilities } from '../../core/capabilities';

/** Spec §3.6.1 seed limits; the live values come from 5.5.6 and are enforced before upload. */
export const DEFAULT_MAX_ATTACHMENT_BYTES = 4 * 1024 * 1024;
export const DEFAULT_MAX_ATTACHMENTS = 5;
/** The doc allows 10 000 characters, the online reference 2 000 (spec §9 item 18): keep the safe bound. */
export const MAX_REPLY_LENGTH = 2000;
/** `simple_description` of 5.3.5. */
export const MAX_DESCRIPTION_LENGTH = 2000;

export const OSM_CAPABILITIES: Capabilities = {
  canCreate: true,
  canReply: true,
  canClose: true,
  canReopen: false,
  canRate: true,
  canUrge: true,
  canCancel: true,
  secretReply: false,
  labels: true,
  // Delete (5.3.8 `delete`), contact of a case (5.3.1), contact verification (5.13), privilege and quota (5.4, 5.7.1).
  canDelete: true,
  editContact: true,
  contactVerification: true,
  filingChecks: true,
  unread: true,
  // The case list carries unread counts (5.10.4), so replies are noticed without reading conversations.
  unreadFromList: true,
  withdraw: true,
  attachments: true,
  // ShowAccessoryLimits (5.5.6) tells the live limits.
  publishedAttachmentLimits: true,
  maxAttachmentBytes: DEFAULT_MAX_ATTACHMENT_BYTES,
  maxAttachmentsPerMessage: DEFAULT_MAX_ATTACHMENTS,
  rating: { minScore: 1, maxScore: 5, solvedFlag: false, comment: true },
  listFilters: { keyword: true, statusGroups: true, createdRange: true, ids: true, labels: true },
  maxReplyLength: MAX_REPLY_LENGTH,
  // The extends parameters of a problem type (5.3.16) join the form once the type is chosen.
  dependentFields: true,
  // List cursors are offsets, so any page's cursor is known.
  randomAccessPaging: true,
  // The newest messages first (5.10.5), older ones by the cursor of the oldest shown (5.10.6).
  earlierMessages: true,
  // Extends-parameter requests (5.3.2/5.3.3), authorizations (5.6.2, 5.6.5, 5.6.6), relations (5.12.3), operation log (5.11.5).
  paramRequests: true,
  authorizations: true,
  relatedTickets: true,
  ticketHistory: true,
  // Spec §3.7.1 (urge, cancel, close, delete), §3.7.2 (rating only when completed), §3.10 (messages until finished).
  actionStatuses: {
    urge: ['0', '1', '17'],
    cancel: ['0', '1', '17'],
    close: ['1', '2', '17'],
    rate: ['3'],
    delete: ['3', '4', '12'],
    reply: ['0', '1', '2', '5', '17'],
  },
};
