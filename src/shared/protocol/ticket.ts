/**
 * The ticket panel's messages. The page starts with `ready` and renders what the host answers; after
 * that the host pushes `ticketUpdated` (live updates, results of actions) and the page asks the host
 * for everything that touches the outside world: sending, attaching, opening links and attachments,
 * ticket actions. Every type here is plain data (structured-clone safe) and vscode-free.
 */
import type { TicketStrings } from './ticketStrings';
import type { TicketAttachmentKindView, TicketExtrasHostReplies, TicketExtrasPageMessage, TicketTimelineUpdatedMessage } from './ticketExtras';

export type { TicketStrings } from './ticketStrings';
export type * from './ticketExtras';

export type TicketStatusGroupView = 'needs-action' | 'in-progress' | 'closed';
export type TicketAuthorRoleView = 'customer' | 'support' | 'system';
export type TicketDisplayTypeView = 'normal' | 'qa-bot' | 'extends-param-request' | 'authorization-request';

export interface TicketLabelValueView {
  readonly label: string;
  readonly value: string;
}

/** Everything the header shows. Times are epoch ms; the page formats them in `locale`. */
export interface TicketHeaderView {
  readonly ticketId: string;
  readonly title: string;
  readonly providerName: string;
  readonly accountLabel: string;
  readonly status: { readonly label: string; readonly group: TicketStatusGroupView; readonly code: string; readonly known: boolean };
  readonly severity?: string;
  readonly product?: string;
  readonly category?: string;
  readonly createdAt?: number;
  readonly updatedAt?: number;
  readonly labels: readonly string[];
  /** Further label/value rows (description is shown as the first message when the provider lists it). */
  readonly fields: readonly TicketLabelValueView[];
}

export interface TicketAttachmentView {
  readonly name: string;
  /** From the cloud, or from the download's headers once the host asked; absent while unknown. */
  readonly sizeBytes?: number;
  /** The host can fetch it (it has a link or an id). */
  readonly available: boolean;
  readonly kind: TicketAttachmentKindView;
  /** A webview URI of the picture the host fetched into its own storage (images under the preview cap only). */
  readonly previewUri?: string;
}

export interface TicketMessageView {
  readonly id: string;
  readonly role: TicketAuthorRoleView;
  readonly author: string;
  readonly displayType: TicketDisplayTypeView;
  /** The body, or its first MAX_PAGE_BODY_CHARS characters when longer (the rest stays in the host). */
  readonly body: string;
  /** Characters of the body not sent to the page (0 when whole); the export has them all. */
  readonly omittedChars: number;
  readonly createdAt: number;
  readonly attachments: readonly TicketAttachmentView[];
  readonly secret: boolean;
  readonly withdrawn: boolean;
  readonly unread: boolean;
}

export type TicketAction = 'close' | 'cancel' | 'reopen' | 'urge' | 'rate' | 'refresh' | 'export' | 'openInConsole' | 'copyId';

/** What the user may do, straight from the provider's capabilities and the ticket's status. */
export interface TicketActionsView {
  readonly available: readonly TicketAction[];
  readonly canReply: boolean;
  readonly secretReply: boolean;
  readonly canWithdraw: boolean;
  /** Attachments per message, 0 when attaching is not supported. */
  readonly maxAttachments: number;
  readonly maxAttachmentBytes: number;
  readonly maxReplyLength: number;
  /** Messages older than the oldest one shown can be loaded ("Load earlier messages"). */
  readonly hasEarlier: boolean;
  /** The rate action opens the page's rating form (the cloud describes its dimensions and reasons). */
  readonly ratingForm: boolean;
  /** Support's parameter requests are answered with a form (`paramRequest`). */
  readonly requestForms: boolean;
  /** Authorizations are granted, refused and revoked in the timeline. */
  readonly authorizations: boolean;
}

export interface TicketDraftAttachmentView {
  readonly id: string;
  readonly name: string;
  readonly sizeBytes: number;
}

export interface TicketDraftView {
  readonly body: string;
  readonly secret: boolean;
  readonly attachments: readonly TicketDraftAttachmentView[];
}

/** A complete picture of the ticket (first render, and after a reload of the whole thread). */
export interface TicketSnapshot {
  readonly header: TicketHeaderView;
  readonly actions: TicketActionsView;
  readonly messages: readonly TicketMessageView[];
}

export interface TicketPanelInit {
  readonly accountId: string;
  readonly ticketId: string;
  readonly strings: TicketStrings;
  /** BCP-47-ish UI locale for dates ("en", "zh-cn"). */
  readonly locale: string;
  /** Undefined while the first load is still running or failed (see `error`). */
  readonly snapshot?: TicketSnapshot;
  readonly error?: string;
  readonly draft: TicketDraftView;
}

// ---- page → host ---------------------------------------------------------------------------------

export interface TicketReadyRequest {
  readonly type: 'ready';
}
/**
 * Which ticket the panel shows. Answered at once, unlike `ready` (which waits for the first load), so the
 * page saves it for the serializer before the network is involved: a reload during the load restores the panel.
 */
export interface TicketTargetRequest {
  readonly type: 'target';
}
/** Debounced while typing; the host keeps it in globalState. */
export interface TicketSaveDraftMessage {
  readonly type: 'saveDraft';
  readonly body: string;
  readonly secret: boolean;
}
export interface TicketSendReplyRequest {
  readonly type: 'sendReply';
  readonly body: string;
  readonly secret: boolean;
}
export interface TicketAttachFilesRequest {
  readonly type: 'attachFiles';
}
export interface TicketRemoveAttachmentRequest {
  readonly type: 'removeAttachment';
  readonly attachmentId: string;
}
export interface TicketRunActionRequest {
  readonly type: 'runAction';
  readonly action: TicketAction;
}
export interface TicketOpenLinkMessage {
  readonly type: 'openLink';
  readonly url: string;
}
export interface TicketOpenAttachmentRequest {
  readonly type: 'openAttachment';
  readonly messageId: string;
  readonly index: number;
  readonly mode: 'open' | 'save';
}
export interface TicketWithdrawMessageRequest {
  readonly type: 'withdrawMessage';
  readonly messageId: string;
}

export type TicketPageMessage =
  | TicketReadyRequest
  | TicketTargetRequest
  | TicketSaveDraftMessage
  | TicketSendReplyRequest
  | TicketAttachFilesRequest
  | TicketRemoveAttachmentRequest
  | TicketRunActionRequest
  | TicketOpenLinkMessage
  | TicketOpenAttachmentRequest
  | TicketWithdrawMessageRequest
  | TicketExtrasPageMessage;

/** Outcome of a send: `sent` clears the box; otherwise the page keeps the text and shows `error`. */
export interface TicketSendReplyResult {
  readonly sent: boolean;
  readonly error?: string;
  readonly draft: TicketDraftView;
}

export interface TicketActionResult {
  /** False when the user cancelled a confirmation. */
  readonly done: boolean;
  readonly error?: string;
}

export interface TicketHostReplies extends TicketExtrasHostReplies {
  readonly ready: TicketPanelInit;
  readonly target: TicketPanelPersistedState;
  readonly saveDraft: undefined;
  readonly sendReply: TicketSendReplyResult;
  readonly attachFiles: TicketDraftView;
  readonly removeAttachment: TicketDraftView;
  readonly runAction: TicketActionResult;
  readonly openLink: undefined;
  readonly openAttachment: TicketActionResult;
  readonly withdrawMessage: TicketActionResult;
}

// ---- host → page ---------------------------------------------------------------------------------

/**
 * New data for the ticket. `appended` lists messages after the ones the page has (the common case of a
 * live update); `snapshot` replaces everything (an edited or withdrawn message, a first load).
 */
export interface TicketUpdatedMessage {
  readonly type: 'ticketUpdated';
  readonly header: TicketHeaderView;
  readonly actions: TicketActionsView;
  readonly appended?: readonly TicketMessageView[];
  readonly snapshot?: TicketSnapshot;
}
export interface TicketLoadFailedMessage {
  readonly type: 'loadFailed';
  readonly error: string;
}
export interface TicketDraftChangedMessage {
  readonly type: 'draftChanged';
  readonly draft: TicketDraftView;
}
/** Put the keyboard focus into the reply box (the "Reply" command). */
export interface TicketFocusReplyMessage {
  readonly type: 'focusReply';
  /** Text to put into the box before focusing, e.g. a quote to answer a support question. */
  readonly prefill?: string;
}
export interface TicketBusyMessage {
  readonly type: 'busy';
  readonly busy: boolean;
}

export type TicketHostMessage = TicketUpdatedMessage | TicketLoadFailedMessage | TicketDraftChangedMessage | TicketFocusReplyMessage | TicketBusyMessage | TicketTimelineUpdatedMessage;

export interface TicketPageReplies {
  readonly ticketUpdated: undefined;
  readonly loadFailed: undefined;
  readonly draftChanged: undefined;
  readonly focusReply: undefined;
  readonly busy: undefined;
  readonly timelineUpdated: undefined;
}

/** What the page stores with `setState` so the host's serializer can restore the panel after a reload. */
export interface TicketPanelPersistedState {
  readonly accountId: string;
  readonly ticketId: string;
}

/** The webview's view type (also the serializer's and the `onWebviewPanel:` activation event's). */
export const TICKET_PANEL_VIEW_TYPE = 'cloudTickets.ticket';
