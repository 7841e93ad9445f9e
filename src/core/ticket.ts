/**
 * Tickets, messages and attachments as the UI sees them, whatever the provider.
 * Times are epoch milliseconds everywhere in core.
 */
import type { TicketStatus } from './status';

/** A code/label pair such as a severity ("1", "Normal"). */
export interface LabelledValue {
  readonly code: string;
  readonly label: string;
}

/** What a ticket list shows. Optional fields are absent when the list call does not return them. */
export interface TicketSummary {
  readonly id: string;
  readonly title: string;
  readonly status: TicketStatus;
  readonly createdAt?: number;
  readonly updatedAt?: number;
  readonly severity?: LabelledValue;
  readonly productName?: string;
  /** Number of unread support messages, where the provider tracks it. */
  readonly unreadCount?: number;
  readonly labels?: readonly string[];
}

/** A displayable extra property of a ticket ("Category": "Backup and snapshot"). */
export interface TicketField {
  readonly label: string;
  readonly value: string;
}

/** Everything the ticket panel shows above the conversation. */
export interface TicketDetail extends TicketSummary {
  readonly description: string;
  readonly creatorId?: string;
  readonly categoryId?: string;
  readonly categoryName?: string;
  /** Further provider-specific properties to display as label/value rows. */
  readonly fields?: readonly TicketField[];
}

export type MessageAuthorRole = 'customer' | 'support' | 'system';

/**
 * How a message is rendered: ordinary text, an assistant bot exchange, a request by support for
 * more parameters, or a request for an authorization.
 */
export type MessageDisplayType = 'normal' | 'qa-bot' | 'extends-param-request' | 'authorization-request';

export interface Attachment {
  /** Provider id of the attachment, when it has one. */
  readonly id?: string;
  readonly name: string;
  /** Download link (often temporary). */
  readonly url?: string;
  readonly sizeBytes?: number;
}

/** One entry of a ticket conversation. */
export interface Message {
  readonly id: string;
  readonly author: { readonly role: MessageAuthorRole; readonly name?: string };
  readonly displayType: MessageDisplayType;
  /** Plain text; the UI inserts it as text, never as HTML. */
  readonly body: string;
  readonly createdAt: number;
  readonly attachments: readonly Attachment[];
  /** True for confidential ("encrypted") content. */
  readonly secret: boolean;
  readonly unread?: boolean;
  readonly withdrawn?: boolean;
}
