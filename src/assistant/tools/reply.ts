/** cloud_tickets_reply: sends one reply, exactly the confirmed (redacted) text, exactly once. vscode-free. */
import { baselineOf, sendReplyOnce, type ProviderRun } from '../../core/reply-duplicate-guard';
import { describeAccount, providerName } from '../accounts';
import { toolDefinition } from '../definitions';
import { checkInput } from '../input';
import { failureText, inline } from '../text';
import { ticketLinks } from '../tickets';
import type { AssistantTool, ToolAnswer, ToolContext, ToolOutcome } from '../tool';
import { checkReplyText, planReply, type ReplyPlan } from './replyPlan';

export const replyTool: AssistantTool = {
  definition: toolDefinition('cloud_tickets_reply'),
  async prepare(raw: unknown, context: ToolContext): Promise<ToolOutcome> {
    const input = checkInput(this.definition.inputSchema, raw);
    const plan = await planReply(input, context);
    if (typeof plan === 'string') return { kind: 'answer', text: plan, isError: true };
    const confidential = input.boolean('confidential') === true;
    const checked = checkReplyText(plan, input.string('text')!, confidential);
    if (checked.problems.length > 0) return { kind: 'answer', text: `Nothing was sent. ${checked.problems.join(' ')}`, isError: true };
    return {
      kind: 'write',
      confirmation: {
        action: 'reply',
        account: plan.account,
        providerName: providerName(plan.account),
        ticketId: plan.detail.id,
        ticketTitle: plan.detail.title,
        text: checked.text,
        redactedSecrets: checked.redacted,
        ...(confidential ? { fields: [{ label: 'Confidential reply', value: 'yes' }] } : {}),
      },
      execute: (signal) => send(plan, checked.text, confidential, context, signal),
    };
  },
};

async function send(plan: ReplyPlan, body: string, confidential: boolean, { workspace }: ToolContext, signal?: AbortSignal): Promise<ToolAnswer> {
  const run: ProviderRun = (call) => workspace.run(plan.account.id, call);
  const ticket = `ticket ${inline(plan.detail.id, plan.secrets, 100)} in ${describeAccount(plan.account)}`;
  const outcome = await sendReplyOnce(run, plan.detail.id, { body, ...(confidential ? { secret: true } : {}) }, { baseline: baselineOf(plan.messages), ...(signal ? { signal } : {}) });
  switch (outcome.status) {
    case 'sent':
    case 'recovered':
      await workspace.afterWrite?.(plan.account.id, plan.detail.id).catch(() => undefined);
      return {
        text: [
          `The reply was sent to ${ticket}${outcome.status === 'recovered' ? ' (the connection dropped, but the reply had arrived; it was not sent twice)' : ''}.`,
          ...ticketLinks(workspace, plan.account, plan.detail.id),
        ].join('\n'),
      };
    case 'not-sent':
      return { text: `The reply was not sent to ${ticket}: ${failureText(outcome.error, plan.secrets)}`, isError: true };
    case 'uncertain':
      return {
        text: `It is not known whether the reply reached ${ticket} (${failureText(outcome.error, plan.secrets)}). Read the ticket with cloud_tickets_get_ticket before sending it again.`,
        isError: true,
      };
  }
}
