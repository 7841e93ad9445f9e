/**
 * Core ticket data → what the ticket page renders. vscode-free, so it is unit-tested in Node. The page
 * never learns which provider it shows: everything it may do comes from `Capabilities`.
 */
import type { Capabilities } from '../core/capabilities';
import { allowedActions } from '../core/status-actions';
import type { Message, TicketDetail } from '../core/ticket';
import { attachmentKindOf } from './ticketPanelAttachmentKinds';
import type { TicketAction, TicketActionsView, TicketHeaderView, TicketMessageView, TicketSnapshot, TicketUpdatedMessage } from '../shared/protocol/ticket';

/** Everything known about one ticket after a load. */
export interface LoadedTicket {
  readonly detail: TicketDetail;
  readonly messages: readonly Message[];
  readonly capabilities: Capabilities;
  readonly providerName: string;
  readonly accountLabel: string;
  /** Older messages than the first of `messages` exist (read from the newest end, `earlierMessages`). */
  readonly hasEarlier?: boolean;
}

/** What the host learned about an attachment after the cloud listed it: its size, a local preview. */
export interface AttachmentExtras {
  readonly sizeBytes?: number;
  readonly previewUri?: string;
}

/** Looks up what the host learned about one attachment of one message. */
export type AttachmentExtrasLookup = (messageId: string, index: number) => AttachmentExtras | undefined;

export function toHeaderView(ticket: LoadedTicket): TicketHeaderView {
  const { detail } = ticket;
  return {
    ticketId: detail.id,
    title: detail.title,
    providerName: ticket.providerName,
    accountLabel: ticket.accountLabel,
    status: { label: detail.status.label, group: detail.status.group, code: detail.status.code, known: detail.status.known },
    severity: detail.severity?.label,
    product: detail.productName,
    category: detail.categoryName,
    createdAt: detail.createdAt,
    updatedAt: detail.updatedAt,
    labels: detail.labels ?? [],
    fields: (detail.fields ?? []).map((field) => ({ label: field.label, value: field.value })),
  };
}

/**
 * The most of one message body the page receives. A cloud decides how long a message is; the page shows
 * a bounded prefix anyway, so sending megabytes would only cost a copy and memory in the webview.
 */
export const MAX_PAGE_BODY_CHARS = 200_000;

export function toMessageView(message: Message, extras?: AttachmentExtrasLookup): TicketMessageView {
  return {
    id: message.id,
    role: message.author.role,
    author: message.author.name ?? '',
    displayType: message.displayType,
    ...bodyForPage(message.body),
    createdAt: message.createdAt,
    attachments: message.attachments.map((attachment, index) => {
      const learned = extras?.(message.id, index);
      const sizeBytes = attachment.sizeBytes ?? learned?.sizeBytes;
      return {
        name: attachment.name,
        ...(sizeBytes === undefined ? {} : { sizeBytes }),
        available: Boolean(attachment.url || attachment.id),
        kind: attachmentKindOf(attachment.name),
        ...(learned?.previewUri ? { previewUri: learned.previewUri } : {}),
      };
    }),
    secret: message.secret,
    withdrawn: message.withdrawn === true,
    unread: message.unread === true,
  };
}

/** The actions a ticket in this state allows, by capability (never by provider). */
export function toActionsView(ticket: LoadedTicket): TicketActionsView {
  const { capabilities: can } = ticket;
  // Only what the cloud accepts in this status: a button that can only earn a refusal is not offered.
  const allowed = allowedActions(can, ticket.detail.status);
  const available: TicketAction[] = ['refresh'];
  for (const action of ['urge', 'close', 'cancel', 'reopen', 'rate'] as const) if (allowed.has(action)) available.push(action);
  available.push('export', 'openInConsole', 'copyId');
  const attachments = can.attachments ? can.maxAttachmentsPerMessage : 0;
  return {
    available,
    canReply: allowed.has('reply'),
    secretReply: can.secretReply,
    canWithdraw: can.withdraw,
    maxAttachments: attachments,
    maxAttachmentBytes: attachments > 0 ? can.maxAttachmentBytes : 0,
    maxReplyLength: can.maxReplyLength,
    hasEarlier: ticket.hasEarlier === true,
    ratingForm: allowed.has('rate'),
    requestForms: can.paramRequests,
    authorizations: can.authorizations,
  };
}

export function toSnapshot(ticket: LoadedTicket, extras?: AttachmentExtrasLookup): TicketSnapshot {
  return { header: toHeaderView(ticket), actions: toActionsView(ticket), messages: ticket.messages.map((message) => toMessageView(message, extras)) };
}

/**
 * The update to push after a reload: only the new messages when the known ones are unchanged (so the
 * page appends without touching what the user reads), the whole snapshot otherwise; undefined when
 * nothing the page shows changed.
 */
export function ticketUpdate(previous: LoadedTicket | undefined, next: LoadedTicket, extras?: AttachmentExtrasLookup): TicketUpdatedMessage | undefined {
  const snapshot = toSnapshot(next, extras);
  if (!previous) return { type: 'ticketUpdated', header: snapshot.header, actions: snapshot.actions, snapshot };
  const before = previous.messages.map((message) => toMessageView(message, extras));
  const headerSame = sameJson(toHeaderView(previous), snapshot.header) && sameJson(toActionsView(previous), snapshot.actions);
  const prefixSame = before.length <= snapshot.messages.length && before.every((message, i) => sameJson(message, snapshot.messages[i]));
  if (prefixSame) {
    const appended = snapshot.messages.slice(before.length);
    if (headerSame && appended.length === 0) return undefined;
    return { type: 'ticketUpdated', header: snapshot.header, actions: snapshot.actions, appended };
  }
  return { type: 'ticketUpdated', header: snapshot.header, actions: snapshot.actions, snapshot };
}

function sameJson(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/** The body cut to MAX_PAGE_BODY_CHARS (never between the halves of a surrogate pair) and what was left out. */
export function bodyForPage(whole: string): Pick<TicketMessageView, 'body' | 'omittedChars'> {
  if (whole.length <= MAX_PAGE_BODY_CHARS) return { body: whole, omittedChars: 0 };
  const end = /[\uD800-\uDBFF]/.test(whole[MAX_PAGE_BODY_CHARS - 1]) ? MAX_PAGE_BODY_CHARS - 1 : MAX_PAGE_BODY_CHARS;
  return { body: whole.slice(0, end), omittedChars: whole.length - end };
}
