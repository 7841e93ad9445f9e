/** What the draft and the reply tools share: the ticket, whether it can be answered, and the text as it would be sent. vscode-free. */
import { readConversation } from '../../core/notify/conversation';
import { allowedActions } from '../../core/status-actions';
import type { Capabilities } from '../../core/capabilities';
import type { Message } from '../../core/ticket';
import { accountsForTicket } from '../accounts';
import type { CheckedInput } from '../input';
import { redact } from '../text';
import { findTicket, type FoundTicket } from '../tickets';
import type { ToolContext } from '../tool';

export interface ReplyPlan extends FoundTicket {
  readonly capabilities: Capabilities;
  readonly messages: readonly Message[];
  /** Why the ticket cannot take a reply now, or undefined when it can. */
  readonly refusal?: string;
  readonly secrets: readonly string[];
}

/** Reads the ticket and its conversation and says whether a reply is possible. */
export async function planReply(input: CheckedInput, { workspace, signal }: ToolContext): Promise<ReplyPlan | string> {
  const ticketId = input.string('ticketId')!.trim();
  const found = await findTicket(workspace, accountsForTicket(workspace.accounts(), ticketId, input.string('account')), ticketId, signal);
  if (typeof found === 'string') return found;
  const secrets = await workspace.knownSecrets();
  const { capabilities, messages } = await workspace.run(found.account.id, async (provider) => ({
    capabilities: provider.capabilities,
    messages: await readConversation(provider, found.detail.id, signal),
  }));
  const refusal = allowedActions(capabilities, found.detail.status).has('reply')
    ? undefined
    : `This ticket cannot take a reply in its status "${found.detail.status.label}" (${found.detail.status.group}).`;
  return { ...found, capabilities, messages, secrets, ...(refusal ? { refusal } : {}) };
}

/** The reply text as it would be sent: secrets redacted, trimmed; and the problems that block sending it. */
export function checkReplyText(plan: ReplyPlan, text: string, confidential: boolean): { readonly text: string; readonly redacted: number; readonly problems: string[] } {
  const { text: safe, count } = redact(text.trim(), plan.secrets);
  const problems: string[] = [];
  if (plan.refusal) problems.push(plan.refusal);
  if (safe === '') problems.push('The reply is empty.');
  if (safe.length > plan.capabilities.maxReplyLength) problems.push(`The reply has ${safe.length} characters; this cloud accepts at most ${plan.capabilities.maxReplyLength}.`);
  if (confidential && !plan.capabilities.secretReply) problems.push('This cloud has no confidential replies; send it as an ordinary reply or leave the secret out.');
  return { text: safe, redacted: count, problems };
}
