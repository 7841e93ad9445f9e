import type { Capabilities } from '../../src/core/capabilities';

/**
 * A provider that offers nothing but reading (unread reported, no filters): the base of the test doubles
 * that implement `TicketProvider`, which spread it and switch on what their test needs.
 */
export const READ_ONLY_CAPABILITIES: Capabilities = {
  canCreate: false,
  canReply: false,
  canClose: false,
  canReopen: false,
  canRate: false,
  canUrge: false,
  canCancel: false,
  secretReply: false,
  labels: false,
  canDelete: false,
  editContact: false,
  contactVerification: false,
  filingChecks: false,
  unread: true,
  unreadFromList: false,
  withdraw: false,
  attachments: false,
  publishedAttachmentLimits: false,
  maxAttachmentBytes: 0,
  maxAttachmentsPerMessage: 0,
  listFilters: { keyword: false, statusGroups: false, createdRange: false, ids: false },
  maxReplyLength: 1000,
  dependentFields: false,
  randomAccessPaging: false,
  earlierMessages: false,
  paramRequests: false,
  authorizations: false,
  relatedTickets: false,
  ticketHistory: false,
};
