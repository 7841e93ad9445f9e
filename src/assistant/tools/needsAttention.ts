/** cloud_tickets_needs_attention: open tickets waiting for the user (asked for action, or unread replies). vscode-free. */
import type { TicketSummary } from '../../core/ticket';
import { accountsMatching, describeAccount } from '../accounts';
import { toolDefinition } from '../definitions';
import { checkInput } from '../input';
import { failureText } from '../text';
import { ticketBlock } from '../tickets';
import type { AssistantTool, ToolContext, ToolOutcome } from '../tool';

const OPEN_TICKETS_PER_ACCOUNT = 100;

export const needsAttentionTool: AssistantTool = {
  definition: toolDefinition('cloud_tickets_needs_attention'),
  async prepare(raw: unknown, { workspace, signal }: ToolContext): Promise<ToolOutcome> {
    const input = checkInput(this.definition.inputSchema, raw);
    const accounts = accountsMatching(workspace.accounts(), input.string('account'));
    const secrets = await workspace.knownSecrets();
    const sections = await Promise.all(
      accounts.map(async (account) => {
        try {
          const open = await workspace.run(account.id, (provider) => provider.listTickets({ statusGroups: ['needs-action', 'in-progress'] }, { pageSize: OPEN_TICKETS_PER_ACCOUNT }, signal));
          return waiting(open.items).map((ticket) => ticketBlock(workspace, account, ticket, secrets));
        } catch (error) {
          return [`- Could not read ${describeAccount(account)}: ${failureText(error, secrets)}`];
        }
      }),
    );
    const lines = sections.flat();
    if (lines.length === 0) return { kind: 'answer', text: `Nothing waits for the user in ${accounts.length} account${accounts.length === 1 ? '' : 's'}.` };
    return { kind: 'answer', text: `Tickets waiting for the user (support asked for action first, then unread replies):\n${lines.join('\n')}` };
  },
};

/** Tickets in the "needs your action" group first, then open ones with unread support messages; newest first in each. */
export function waiting(tickets: readonly TicketSummary[]): TicketSummary[] {
  const newestFirst = (a: TicketSummary, b: TicketSummary) => (b.updatedAt ?? b.createdAt ?? 0) - (a.updatedAt ?? a.createdAt ?? 0);
  const asked = tickets.filter((ticket) => ticket.status.group === 'needs-action').sort(newestFirst);
  const unread = tickets.filter((ticket) => ticket.status.group === 'in-progress' && (ticket.unreadCount ?? 0) > 0).sort(newestFirst);
  return [...asked, ...unread];
}
