/** cloud_tickets_draft_reply: what to answer and the draft as it would be sent. Never sends. vscode-free. */
import { toolDefinition } from '../definitions';
import { checkInput } from '../input';
import { QUOTE_NOTICE, inline, quoted, utcMinute } from '../text';
import { statusText } from '../tickets';
import type { AssistantTool, ToolContext, ToolOutcome } from '../tool';
import { lastSupportMessage } from './getTicket';
import { checkReplyText, planReply } from './replyPlan';

export const draftReplyTool: AssistantTool = {
  definition: toolDefinition('cloud_tickets_draft_reply'),
  async prepare(raw: unknown, context: ToolContext): Promise<ToolOutcome> {
    const input = checkInput(this.definition.inputSchema, raw);
    const plan = await planReply(input, context);
    if (typeof plan === 'string') return { kind: 'answer', text: plan, isError: true };
    const { secrets, detail, capabilities } = plan;
    const last = lastSupportMessage(plan.messages);
    const lines = [
      QUOTE_NOTICE,
      '',
      `Ticket ${inline(detail.id, secrets, 100)}: ${inline(detail.title, secrets, 300)} — ${statusText(detail, secrets)}`,
      plan.refusal ?? `A reply is possible: at most ${capabilities.maxReplyLength} characters${capabilities.secretReply ? '; confidential replies are possible' : ''}.`,
      '',
      last ? `Support wrote last (${utcMinute(last.createdAt)}):\n${last.secret ? '(confidential message: not shown)' : quoted(last.body, secrets, 4000)}` : 'Support has not written yet.',
    ];
    const draft = input.string('text');
    if (draft !== undefined) {
      const checked = checkReplyText(plan, draft, false);
      lines.push('', 'The draft as it would be sent:', quoted(checked.text, [], capabilities.maxReplyLength + 100));
      if (checked.redacted > 0) lines.push(`${checked.redacted} secret${checked.redacted === 1 ? ' was' : 's were'} redacted from the draft; support does not need them.`);
      lines.push(checked.problems.length > 0 ? `Problems: ${checked.problems.join(' ')}` : 'The draft can be sent as it is.');
    }
    lines.push('', 'Nothing was sent. To send, call cloud_tickets_reply with the final text; the user confirms it first.');
    return { kind: 'answer', text: lines.join('\n') };
  },
};
