/** cloud_tickets_search: tickets by words and status, across the chosen accounts. vscode-free. */
import type { StatusGroup } from '../../core/status';
import type { TicketSummary } from '../../core/ticket';
import { accountsMatching, describeAccount } from '../accounts';
import { toolDefinition } from '../definitions';
import { checkInput } from '../input';
import { failureText, inline } from '../text';
import { ticketBlock } from '../tickets';
import type { AssistantTool, ToolContext, ToolOutcome } from '../tool';
import type { AssistantAccount } from '../workspace';

const STATUS_GROUPS: Readonly<Record<string, readonly StatusGroup[] | undefined>> = {
  any: undefined,
  open: ['needs-action', 'in-progress'],
  'needs-action': ['needs-action'],
  'in-progress': ['in-progress'],
  closed: ['closed'],
};

export const searchTool: AssistantTool = {
  definition: toolDefinition('cloud_tickets_search'),
  async prepare(raw: unknown, { workspace, signal }: ToolContext): Promise<ToolOutcome> {
    const input = checkInput(this.definition.inputSchema, raw);
    const query = input.string('query')?.trim() ?? '';
    const status = input.string('status') ?? 'any';
    const limit = input.integer('limit') ?? 20;
    const accounts = accountsMatching(workspace.accounts(), input.string('account'));
    const secrets = await workspace.knownSecrets();
    const groups = STATUS_GROUPS[status];
    const sections = await Promise.all(
      accounts.map(async (account) => {
        try {
          const found = await searchAccount(account, query, groups, limit, { workspace, signal });
          return found.map((ticket) => ticketBlock(workspace, account, ticket, secrets));
        } catch (error) {
          return [`- Could not search ${describeAccount(account)}: ${failureText(error, secrets)}`];
        }
      }),
    );
    const lines = sections.flat();
    const what = `${query ? `matching "${inline(query, secrets, 100)}"` : 'newest'} (status: ${status}) in ${accounts.length} account${accounts.length === 1 ? '' : 's'}`;
    const count = lines.filter((line) => !line.startsWith('- Could not')).length;
    return { kind: 'answer', text: count === 0 && lines.length === 0 ? `No tickets ${what}.` : `Tickets ${what}:\n${lines.join('\n')}` };
  },
};

async function searchAccount(account: AssistantAccount, query: string, groups: readonly StatusGroup[] | undefined, limit: number, { workspace, signal }: ToolContext): Promise<TicketSummary[]> {
  return workspace.run(account.id, async (provider) => {
    const filters = provider.capabilities.listFilters;
    const serverKeyword = query !== '' && filters.keyword;
    const serverStatus = groups !== undefined && filters.statusGroups;
    const page = await provider.listTickets(
      { ...(serverKeyword ? { keyword: query } : {}), ...(serverStatus ? { statusGroups: groups } : {}) },
      // Filters the cloud cannot apply are applied here, on a larger page.
      { pageSize: serverKeyword || query === '' ? limit : 100 },
      signal,
    );
    const words = query.toLowerCase();
    return page.items
      .filter((ticket) => !groups || groups.includes(ticket.status.group))
      .filter((ticket) => serverKeyword || words === '' || ticket.title.toLowerCase().includes(words) || ticket.id.toLowerCase() === words)
      .slice(0, limit);
  });
}
