/**
 * The support engineer's side of a case (spec §7.2 "case lifecycle"): accept, ask for feedback, propose
 * a solution, reply (plain, QA bot, extends-param request, authorization request), complete. Driven by
 * tests and the demo through the control API; agent messages arrive unread.
 */
import type { CaseRecord, MessageRecord } from './model';
import type { OsmEmulatorState } from './state';
import { serviceAcceptsMessages } from './state-machine';
import { answerLanguage } from '../agent-language';

/** What the simulated engineer says, in the case's language. */
const AGENT_LINES = {
  accepted: { zh: '您好，您的工单已受理，我们正在处理。', en: 'Hello, your ticket has been accepted and we are working on it.' },
  lookingIntoIt: { zh: '收到，我们会尽快回复。', en: 'Thanks, we are looking into it and will get back to you soon.' },
  resumed: { zh: '收到，问题仍未解决的话我们会继续排查。', en: 'Understood, the problem is not solved yet; we are looking into it again.' },
} as const;

export interface AgentMessageOptions {
  readonly displayType?: MessageRecord['displayType'];
  readonly extension?: string;
  readonly agentName?: string;
  readonly attachments?: readonly { name: string; bytes?: Buffer }[];
  /** Native status (code or one of STATUS_NAMES) to move the case to with this message. */
  readonly status?: number | string;
}

/** Status names accepted by `setStatus` besides numeric codes. */
export const STATUS_NAMES: Readonly<Record<string, number>> = {
  pending: 0,
  accepted: 1,
  'in-progress': 1,
  'pending-confirmation': 2,
  completed: 3,
  cancelled: 4,
  suspended: 5,
  invalid: 12,
  deleted: 13,
  'awaiting-feedback': 17,
};

export class OsmCaseLifecycle {
  constructor(private readonly state: OsmEmulatorState) {}

  private requireCase(caseId: string): CaseRecord {
    const c = this.state.cases.get(caseId);
    if (!c) throw new Error(`unknown OSM case: ${caseId}`);
    return c;
  }

  /** Posts an agent message (unread for the customer) and returns its id. */
  reply(caseId: string, content: string, options: AgentMessageOptions = {}): string {
    const c = this.requireCase(caseId);
    const accessoryIds = (options.attachments ?? []).map((file) => {
      const id = this.state.hexId();
      this.state.attachments.set(id, { id, name: file.name, from: 'message', bytes: file.bytes ?? Buffer.from(file.name), uploadedAt: this.state.now(), boundTo: c.id });
      return id;
    });
    const message = this.state.addMessage(c, {
      type: 1,
      replierId: this.state.supportEngineer.id,
      replierName: options.agentName ?? this.state.supportEngineer.name,
      iamUserType: 0,
      content,
      createTime: this.state.now(),
      accessoryIds,
      displayType: options.displayType ?? 'NORMAL',
      extension: options.extension,
      isFirst: false,
    });
    message.readByCustomer = false;
    if (options.status !== undefined) this.setStatus(caseId, options.status);
    return message.id;
  }

  /** 0 → 1: the engineer takes the case (saying so in the case's language unless told what to say). */
  accept(caseId: string, content?: string): string {
    return this.reply(caseId, content ?? AGENT_LINES.accepted[this.languageOf(caseId)], { status: 1 });
  }

  /** → 17: the engineer needs information from the customer. */
  askForFeedback(caseId: string, content: string): string {
    return this.reply(caseId, content, { status: 17 });
  }

  /** → 2: the engineer proposes a solution and waits for the customer's confirmation. */
  proposeSolution(caseId: string, content: string): string {
    this.requireCase(caseId).resolution = content;
    return this.reply(caseId, content, { status: 2 });
  }

  /** → 17 with an EXT_PARAM_REQUEST message naming the parameters to fill in (answered with 5.3.3). */
  requestExtendsParams(caseId: string, content: string, paramKeys: readonly string[]): string {
    return this.reply(caseId, content, { status: 17, displayType: 'EXT_PARAM_REQUEST', extension: JSON.stringify({ param_keys: paramKeys }) });
  }

  /** An AUTH message: the engineer asks for an authorization (console or host access). */
  requestAuthorization(caseId: string, content: string): string {
    return this.reply(caseId, content, { displayType: 'AUTH', extension: JSON.stringify({ authorization_id: String(this.state.nextSeq()) }) });
  }

  /** → 3 without the customer (confirmation timeout). */
  complete(caseId: string): void {
    this.setStatus(caseId, 3);
  }

  /** Forces a native status (code or one of STATUS_NAMES). */
  setStatus(caseId: string, status: number | string): void {
    const c = this.requireCase(caseId);
    const code = typeof status === 'number' ? status : (STATUS_NAMES[status] ?? Number(status));
    if (!Number.isInteger(code) || code < 0 || code > 20) throw new Error(`unknown OSM status: ${status}`);
    c.status = code;
    if (code === 3 && !c.confirmedTime) c.confirmedTime = this.state.now();
  }

  /**
   * What the simulated agent does after a customer action, on every status a case takes messages in (as a
   * real engineer answers them all): accept a new case, answer a reply; a reply to a proposed solution
   * says it did not solve the problem, so the engineer takes the case up again (2 → 1).
   */
  autoRespond(caseId: string): void {
    const c = this.state.cases.get(caseId);
    if (!c || !serviceAcceptsMessages(c.status)) return;
    if (c.status === 0) {
      this.accept(caseId);
      return;
    }
    const language = this.languageOf(caseId);
    if (c.status === 2) this.reply(caseId, AGENT_LINES.resumed[language], { status: 1 });
    else this.reply(caseId, AGENT_LINES.lookingIntoIt[language]);
  }

  private languageOf(caseId: string): 'zh' | 'en' {
    return answerLanguage(this.requireCase(caseId).description);
  }
}
