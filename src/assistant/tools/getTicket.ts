/** cloud_tickets_get_ticket: one ticket with its conversation, redacted and quoted. vscode-free. */
import { readConversation } from '../../core/notify/conversation';
import { allowedActions } from '../../core/status-actions';
import type { Message, TicketDetail } from '../../core/ticket';
import { accountsForTicket, describeAccount } from '../accounts';
import { toolDefinition } from '../definitions';
import { checkInput } from '../input';
import { failureText, inline, QUOTE_NOTICE, quoted, utcMinute } from '../text';
import { findTicket, statusText, ticketLinks } from '../tickets';
import type { AssistantTool, ToolContext, ToolOutcome } from '../tool';
import type { AssistantAccount, AssistantWorkspace } from '../workspace';

const MESSAGE_CHARACTERS = 4000;

export const getTicketTool: AssistantTool = {
  definition: toolDefinition('cloud_tickets_get_ticket'),
  async prepare(raw: unknown, { workspace, signal }: ToolContext): Promise<ToolOutcome> {
    const input = checkInput(this.definition.inputSchema, raw);
    const ticketId = input.string('ticketId')!.trim();
    const found = await findTicket(workspace, accountsForTicket(workspace.accounts(), ticketId, input.string('account')), ticketId, signal);
    if (typeof found === 'string') return { kind: 'answer', text: found, isError: true };
    const secrets = await workspace.knownSecrets();
    let messages: Message[];
    try {
      messages = await workspace.run(found.account.id, (provider) => readConversation(provider, found.detail.id, signal));
    } catch (error) {
      return { kind: 'answer', text: `${ticketHeader(workspace, found.account, found.detail, secrets, [])}\n\nThe conversation could not be read: ${failureText(error, secrets)}`, isError: true };
    }
    const actions = await workspace.run(found.account.id, async (provider) => [...allowedActions(provider.capabilities, found.detail.status)]);
    const shown = messages.slice(-(input.integer('maxMessages') ?? 30));
    const omitted = messages.length - shown.length;
    const conversation = shown.map((message) => messageBlock(message, secrets));
    return {
      kind: 'answer',
      text: [
        QUOTE_NOTICE,
        '',
        ticketHeader(workspace, found.account, found.detail, secrets, actions),
        '',
        `Conversation (${messages.length} message${messages.length === 1 ? '' : 's'}, oldest first${omitted > 0 ? `; the ${omitted} oldest are left out` : ''}):`,
        ...(conversation.length > 0 ? conversation : ['(no messages yet)']),
      ].join('\n'),
    };
  },
};

/** Facts, links and description of a ticket. */
export function ticketHeader(workspace: AssistantWorkspace, account: AssistantAccount, detail: TicketDetail, secrets: readonly string[], actions: readonly string[]): string {
  const facts: [string, string | undefined][] = [
    ['Account', describeAccount(account)],
    ['Status', statusText(detail, secrets)],
    ['Severity', detail.severity ? inline(detail.severity.label, secrets, 80) : undefined],
    ['Product', inline(detail.productName, secrets, 120) || undefined],
    ['Category', inline(detail.categoryName, secrets, 120) || undefined],
    ['Created', detail.createdAt === undefined ? undefined : utcMinute(detail.createdAt)],
    ['Updated', detail.updatedAt === undefined ? undefined : utcMinute(detail.updatedAt)],
    ...(detail.fields ?? []).map((field): [string, string] => [inline(field.label, secrets, 80), inline(field.value, secrets, 300)]),
    ['Possible actions', actions.length > 0 ? actions.join(', ') : undefined],
  ];
  return [
    `Ticket ${inline(detail.id, secrets, 100)}: ${inline(detail.title, secrets, 300)}`,
    ...facts.filter(([, value]) => value).map(([label, value]) => `${label}: ${value}`),
    ...ticketLinks(workspace, account, detail.id).map((link) => `${link.charAt(0).toUpperCase()}${link.slice(1)}`),
    'Description:',
    detail.description ? quoted(detail.description, secrets, MESSAGE_CHARACTERS * 2) : '(none)',
  ].join('\n');
}

const ROLES: Readonly<Record<Message['author']['role'], string>> = { customer: 'customer (the user)', support: 'support', system: 'system' };

function messageBlock(message: Message, secrets: readonly string[]): string {
  const author = message.author.name ? `${ROLES[message.author.role]}, ${inline(message.author.name, secrets, 80)}` : ROLES[message.author.role];
  const head = `\n[${utcMinute(message.createdAt)}] ${author}${message.unread ? ' (unread)' : ''}:`;
  if (message.withdrawn) return `${head}\n(withdrawn)`;
  if (message.secret) return `${head}\n(confidential message: not shown)`;
  const attachments = message.attachments.length > 0 ? `\nAttachments: ${message.attachments.map((attachment) => inline(attachment.name, secrets, 120)).join(', ')}` : '';
  return `${head}\n${message.body.trim() ? quoted(message.body, secrets, MESSAGE_CHARACTERS) : '(no text)'}${attachments}`;
}

/** The newest message written by support, if any (what a reply answers). */
export function lastSupportMessage(messages: readonly Message[]): Message | undefined {
  return [...messages].reverse().find((message) => message.author.role === 'support' && !message.withdrawn);
}
