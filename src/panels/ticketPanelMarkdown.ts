/**
 * A ticket conversation as Markdown, for sharing outside the editor. vscode-free. Confidential messages
 * are left out (only a note that one existed), every text is escaped so a message cannot inject
 * Markdown structure (links, HTML, headings), and the result goes through `redactSecrets`.
 */
import { redactSecrets } from '../core/redaction';
import { REDACTION_PROFILE } from '../providers';
import type { LoadedTicket } from './ticketPanelView';
import { revealInvisibles } from '../shared/outsideText';
import { accountWithCloud } from '../shared/accountWithCloud';

export interface MarkdownLabels {
  readonly ticket: string;
  readonly status: string;
  readonly severity: string;
  readonly product: string;
  readonly category: string;
  readonly created: string;
  readonly provider: string;
  readonly customer: string;
  readonly support: string;
  readonly system: string;
  readonly confidentialOmitted: string;
  readonly withdrawn: string;
  readonly attachments: string;
}

export interface MarkdownOptions {
  readonly labels: MarkdownLabels;
  /** Formats epoch ms for the reader (local time). */
  readonly formatTime: (epochMs: number) => string;
}

/**
 * Escapes characters that Markdown (and the HTML it allows) would interpret, and shows reordering and invisible
 * characters by name so the exported text reads as the cloud sent it.
 */
export function escapeMarkdown(text: string): string {
  return revealInvisibles(text)
    .replace(/[\\`*_[\]<>|~&]/g, (character) => `\\${character}`)
    .replace(/^(\s*)([#+=-])/, '$1\\$2')
    .replace(/^(\s*\d+)([.)])/, '$1\\$2');
}

/** Text of a message as Markdown lines: escaped, line breaks kept (two trailing spaces = `<br>`). */
function bodyLines(body: string): string {
  return body
    .split(/\r?\n/)
    .map((line) => escapeMarkdown(line))
    .join('  \n');
}

/** Builds the redacted Markdown document of a ticket. */
export function ticketToMarkdown(ticket: LoadedTicket, options: MarkdownOptions): string {
  const { labels, formatTime } = options;
  const { detail } = ticket;
  const lines: string[] = [`# ${escapeMarkdown(detail.title)}`, ''];
  const facts: [string, string | undefined][] = [
    [labels.ticket, detail.id],
    [labels.provider, accountWithCloud(ticket.accountLabel, ticket.providerName)],
    [labels.status, detail.status.label],
    [labels.severity, detail.severity?.label],
    [labels.product, detail.productName],
    [labels.category, detail.categoryName],
    [labels.created, detail.createdAt === undefined ? undefined : formatTime(detail.createdAt)],
    ...(detail.fields ?? []).map((field): [string, string] => [field.label, field.value]),
  ];
  for (const [label, value] of facts) if (value) lines.push(`- **${escapeMarkdown(label)}**: ${escapeMarkdown(value)}`);
  for (const message of ticket.messages) {
    const role = message.author.role === 'customer' ? labels.customer : message.author.role === 'support' ? labels.support : labels.system;
    const author = message.author.name ? `${message.author.name} (${role})` : role;
    lines.push('', `## ${escapeMarkdown(author)} — ${escapeMarkdown(formatTime(message.createdAt))}`, '');
    if (message.withdrawn) lines.push(`_${escapeMarkdown(labels.withdrawn)}_`);
    else if (message.secret) lines.push(`_${escapeMarkdown(labels.confidentialOmitted)}_`);
    else lines.push(bodyLines(message.body));
    if (message.attachments.length > 0 && !message.secret) {
      lines.push('', `${escapeMarkdown(labels.attachments)}:`);
      for (const attachment of message.attachments) lines.push(`- ${escapeMarkdown(attachment.name)}`);
    }
  }
  return redactSecrets(`${lines.join('\n')}\n`, REDACTION_PROFILE).text;
}
