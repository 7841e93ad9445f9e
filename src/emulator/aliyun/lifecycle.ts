// Ticket lifecycle shared by both API versions, the control API and the simulated agent (spec §11).
// Transitions marked "assumed" in the spec follow the switches of AliyunBehaviourFixture.
import type { AgentScheduler } from '../types';
import type { AliyunBehaviourFixture } from './fixtures';
import { CLOSED, type StatusCode } from './status';
import { answerLanguage } from '../agent-language';
import type { StoredNote, StoredTicket, WorkorderStore } from './store';

export const DEFAULT_AGENT_NAME = '工单小二';

/** What the simulated agent says, in the ticket's language. */
const AGENT_LINES = {
  received: { zh: '您好，您的工单已收到，工程师正在排查，请稍候。', en: 'Hello, we have received your ticket and an engineer is looking into it.' },
  askForDetails: { zh: '感谢您的反馈。请提供出问题的实例 ID 和大致时间，方便我们进一步排查。', en: 'Thanks. Please send the instance ID and the approximate time of the failure.' },
  fixed: { zh: '问题已处理，请您确认是否恢复正常。', en: 'We have applied a fix. Please confirm that everything works again.' },
} as const;

export interface CustomerMessage {
  readonly name: string;
  readonly content: string;
  readonly encrypted?: boolean;
  readonly attachmentKeys?: readonly string[];
}

export class TicketLifecycle {
  private agentTurn = 0;

  constructor(
    private readonly store: WorkorderStore,
    private readonly behaviour: AliyunBehaviourFixture,
    private readonly agentName: string,
  ) {}

  /** Customer reply; undefined when the ticket is closed and replies to closed tickets are rejected. */
  reply(ticket: StoredTicket, message: CustomerMessage): StoredNote | undefined {
    if (ticket.status === CLOSED && (this.behaviour.replyToClosed ?? 'reject') === 'reject') return undefined;
    const note = this.store.addNote(ticket, { role: 3, ...message });
    if (ticket.status === 3) ticket.status = 4;
    return note;
  }

  /** Closing is idempotent (assumed). */
  close(ticket: StoredTicket): void {
    ticket.status = CLOSED;
  }

  /** Reopen with a message; undefined unless the ticket is closed. */
  reopen(ticket: StoredTicket, message: CustomerMessage): StoredNote | undefined {
    if (ticket.status !== CLOSED) return undefined;
    const note = this.store.addNote(ticket, { role: 3, ...message });
    ticket.status = 1;
    ticket.evaluation = undefined;
    return note;
  }

  /** Rating; false when the ticket is not closed or already rated (both assumed, switchable). */
  evaluate(ticket: StoredTicket, score: string, solved: boolean, content: string | undefined, now: number): boolean {
    if ((this.behaviour.evaluateOnlyClosed ?? true) && ticket.status !== CLOSED) return false;
    if ((this.behaviour.evaluateOnce ?? true) && ticket.evaluation !== undefined) return false;
    ticket.evaluation = { score, solved, content, at: now };
    return true;
  }

  /** A reply from the support side, moving the ticket to `status`, or to "dealing" when it was new or answered unless `keepStatus`. */
  agentReply(ticket: StoredTicket, content: string, status?: StatusCode, agentName?: string, attachmentKeys: readonly string[] = [], keepStatus = false): StoredNote {
    const note = this.store.addNote(ticket, { role: 2, name: agentName ?? this.agentName, content, attachmentKeys });
    if (status !== undefined) ticket.status = status;
    else if (!keepStatus && (ticket.status === 1 || ticket.status === 4)) ticket.status = 2;
    return note;
  }

  /** Simulated agent: picks up a new ticket after the configured delay. */
  scheduleAnswerToNewTicket(agent: AgentScheduler, ticketId: string): void {
    agent.schedule(() => {
      const ticket = this.store.tickets.get(ticketId);
      if (!ticket || ticket.status !== 1) return;
      this.agentReply(ticket, AGENT_LINES.received[answerLanguage(ticket.title, ticket.description)], 2);
    });
  }

  /** Simulated agent: answers a customer reply, alternating between asking for details and proposing a fix. */
  scheduleAnswerToReply(agent: AgentScheduler, ticketId: string): void {
    agent.schedule(() => {
      const ticket = this.store.tickets.get(ticketId);
      if (!ticket || ticket.status === CLOSED) return;
      const askForDetails = this.agentTurn++ % 2 === 0;
      const language = answerLanguage(ticket.title, ticket.description);
      if (askForDetails) this.agentReply(ticket, AGENT_LINES.askForDetails[language], 3);
      else this.agentReply(ticket, AGENT_LINES.fixed[language], 5);
    });
  }
}
