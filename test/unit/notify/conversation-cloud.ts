/**
 * A map-backed cloud for reply-detection tests: tickets with conversations, a support agent that
 * writes with or without changing the status, and counters of every call. `unreadFromList` makes it
 * behave like Huawei (the list carries unread counts and a new message changes the change token);
 * without it, like Alibaba (terse list, the token only follows statuses).
 */
import { createHash } from 'node:crypto';
import { READ_ONLY_CAPABILITIES } from '../../support/capabilities';
import type { Capabilities } from '../../../src/core/capabilities';
import { TicketError } from '../../../src/core/errors';
import type { Page } from '../../../src/core/paging';
import type { ChangeSignal, CredentialCheck, TicketProvider } from '../../../src/core/provider';
import type { StatusGroup, TicketStatus } from '../../../src/core/status';
import type { Message, TicketDetail, TicketSummary } from '../../../src/core/ticket';

const STATUS: Readonly<Record<StatusGroup, TicketStatus>> = {
  'needs-action': { group: 'needs-action', code: 'wait', label: 'Waiting for you', known: true },
  'in-progress': { group: 'in-progress', code: 'dealing', label: 'Processing', known: true },
  closed: { group: 'closed', code: 'done', label: 'Closed', known: true },
};

interface CloudTicket {
  id: string;
  title: string;
  status: TicketStatus;
  createdAt: number;
  messages: Message[];
  /** Support messages the customer has not read (Huawei-like clouds). */
  unread: number;
}

export class ConversationCloud implements TicketProvider {
  readonly providerId = 'fake';
  readonly displayName = 'Fake Cloud';
  readonly capabilities: Capabilities;
  readonly tickets = new Map<string, CloudTicket>();
  readonly calls: { operation: string; ticketId?: string; at: number }[] = [];
  /** Tickets whose conversation cannot be read (permission), by id. */
  readonly unreadable = new Set<string>();
  private sequence = 0;

  constructor(
    private readonly now: () => number,
    readonly unreadFromList = false,
  ) {
    this.capabilities = { ...CAPABILITIES, unreadFromList };
  }

  /** Adds `count` tickets in `group`; each starts with the customer's description. */
  seed(count: number, group: StatusGroup = 'in-progress', prefix = 'T'): string[] {
    return Array.from({ length: count }, (_, i) => {
      const id = `${prefix}${String(this.tickets.size + i + 1).padStart(4, '0')}`;
      const createdAt = this.now() - 3 * 86_400_000;
      this.tickets.set(id, { id, title: `Ticket ${id}`, status: STATUS[group], createdAt, messages: [this.message('customer', 'It broke.', createdAt)], unread: 0 });
      return id;
    });
  }

  /** Support writes; with `group` the status moves too. Returns the message id. */
  agentReply(ticketId: string, text: string, group?: StatusGroup): string {
    const ticket = this.ticket(ticketId);
    const message = this.message('support', text, this.now());
    ticket.messages.push(message);
    ticket.unread++;
    if (group) ticket.status = STATUS[group];
    return message.id;
  }

  customerReply(ticketId: string, text: string): void {
    this.ticket(ticketId).messages.push(this.message('customer', text, this.now()));
  }

  setGroup(ticketId: string, group: StatusGroup): void {
    this.ticket(ticketId).status = STATUS[group];
  }

  count(operation: string): number {
    return this.calls.filter((call) => call.operation === operation).length;
  }

  async verifyCredentials(): Promise<CredentialCheck> {
    return {};
  }

  async getChangeSignal(): Promise<ChangeSignal> {
    this.calls.push({ operation: 'getChangeSignal', at: this.now() });
    const lines = [...this.tickets.values()].map((t) => `${t.id}:${t.status.code}${this.unreadFromList ? `:${t.messages.length}` : ''}`);
    return { token: createHash('sha256').update(lines.join(',')).digest('hex') };
  }

  async listTickets(): Promise<Page<TicketSummary>> {
    this.calls.push({ operation: 'listTickets', at: this.now() });
    const items = [...this.tickets.values()].map(
      (t): TicketSummary => ({ id: t.id, title: t.title, status: t.status, createdAt: t.createdAt, ...(this.unreadFromList ? { unreadCount: t.unread } : {}) }),
    );
    return { items, totalCount: items.length };
  }

  async getTicket(ticketId: string): Promise<TicketDetail> {
    this.calls.push({ operation: 'getTicket', ticketId, at: this.now() });
    const t = this.ticket(ticketId);
    return { id: t.id, title: t.title, status: t.status, createdAt: t.createdAt, description: 'It broke.' };
  }

  async listMessages(ticketId: string): Promise<Page<Message>> {
    this.calls.push({ operation: 'listMessages', ticketId, at: this.now() });
    if (this.unreadable.has(ticketId)) throw new TicketError({ kind: 'permission', message: 'No permission for this ticket.' });
    const ticket = this.ticket(ticketId);
    ticket.unread = 0;
    return { items: [...ticket.messages], totalCount: ticket.messages.length };
  }

  reply(): Promise<never> {
    return unused();
  }
  close(): Promise<never> {
    return unused();
  }
  getCreateForm(): Promise<never> {
    return unused();
  }
  loadFieldOptions(): Promise<never> {
    return unused();
  }
  createTicket(): Promise<never> {
    return unused();
  }

  private ticket(id: string): CloudTicket {
    const ticket = this.tickets.get(id);
    if (!ticket) throw new TicketError({ kind: 'not-found', message: `No ticket ${id}.` });
    return ticket;
  }

  private message(role: 'customer' | 'support', body: string, createdAt: number): Message {
    return { id: `M${++this.sequence}`, author: { role }, displayType: 'normal', body, createdAt, attachments: [], secret: false };
  }
}

function unused(): Promise<never> {
  return Promise.reject(new Error('not used by reply detection'));
}

const CAPABILITIES: Capabilities = READ_ONLY_CAPABILITIES;
