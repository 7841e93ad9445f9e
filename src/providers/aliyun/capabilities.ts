/** What each Workorder API version supports (spec §2): 2020-03-26 has no reopen, rating or attachments. */
import type { Capabilities } from '../../core/capabilities';
import type { AliyunApiVersion } from './wire/types';

/** Attachment limits are undocumented for 2021; spec §4.11 suggests 3 files of ≤ 20 MB until proven otherwise. */
export const MAX_ATTACHMENT_BYTES = 20 * 1024 * 1024;
export const MAX_ATTACHMENTS = 3;
/** Undocumented; a generous bound that keeps an accidental paste of a log file out. */
export const MAX_TEXT_LENGTH = 10_000;

const CAPABILITIES_2021: Capabilities = {
  canCreate: true,
  canReply: true,
  canClose: true,
  canReopen: true,
  canRate: true,
  canUrge: false,
  canCancel: false,
  secretReply: true,
  labels: false,
  canDelete: false,
  editContact: false,
  contactVerification: false,
  filingChecks: false,
  unread: true,
  // ListTickets says nothing of new notes: replies are found by reading conversations on a budget (core/notify).
  unreadFromList: false,
  withdraw: false,
  attachments: true,
  // The 2021 API publishes no limits; the caps above are the documented ones.
  publishedAttachmentLimits: false,
  maxAttachmentBytes: MAX_ATTACHMENT_BYTES,
  maxAttachmentsPerMessage: MAX_ATTACHMENTS,
  rating: { minScore: 1, maxScore: 5, solvedFlag: true, comment: true },
  listFilters: { keyword: true, statusGroups: true, createdRange: true, ids: true },
  maxReplyLength: MAX_TEXT_LENGTH,
  dependentFields: false,
  // List cursors are page numbers (provider-support.ts), so any page's cursor is known.
  randomAccessPaging: true,
  // The API offers none of these (spec §2).
  earlierMessages: false,
  paramRequests: false,
  authorizations: false,
  relatedTickets: false,
  ticketHistory: false,
};

const CAPABILITIES_2020: Capabilities = {
  ...CAPABILITIES_2021,
  canReopen: false,
  canRate: false,
  unread: false,
  unreadFromList: false,
  attachments: false,
  maxAttachmentBytes: 0,
  maxAttachmentsPerMessage: 0,
  rating: undefined,
  listFilters: { keyword: false, statusGroups: true, createdRange: true, ids: true },
};

/** Capabilities of one API version. */
export function capabilitiesFor(version: AliyunApiVersion): Capabilities {
  return version === '2020-03-26' ? CAPABILITIES_2020 : CAPABILITIES_2021;
}
