import * as vscode from 'vscode';
import type { RecognizedTicketId } from '../core/ticket-ids';
import { OUTSIDE_TEXT_LIMITS, outsideMarkdown, ownText, type SafeText } from '../shared/outsideText';
import { cloudNames } from './cloudNames';
import { OPEN_BY_ID_COMMAND, openByIdCommandLink } from './commandLinks';
import { EXCERPT_CHARACTERS, type LastReply, type LastReplyAnswer } from './lastReply';
import type { CachedTicket } from './ticketIdIndex';

/** One cached owner of the id as its card shows it: the cached row, its account's label, its newest message. */
export interface OwnerCard {
  readonly owner: CachedTicket;
  readonly accountLabel: string;
  readonly lastReply: LastReplyAnswer;
}

/**
 * The hover card of a ticket id, in two parts. Everything that came from outside (titles, statuses, labels,
 * the newest message) is in an untrusted part without HTML or icons, escaped so it forms no link; the
 * "Open ticket" link is alone in a part trusted to run our one command, holding only our own text and the id.
 */
export function hoverCard(found: RecognizedTicketId, owners: readonly OwnerCard[], moreOwners: number): vscode.MarkdownString[] {
  const details = new vscode.MarkdownString('', false);
  details.isTrusted = false;
  details.supportHtml = false;
  details.supportThemeIcons = false;
  const id = outsideMarkdown(found.id, { maxLength: OUTSIDE_TEXT_LIMITS.label });
  if (owners.length === 0) {
    details.appendMarkdown(ownText(vscode.l10n.t('**Ticket {0}** ({1})', id, outsideMarkdown(cloudNames(found.providerIds)))));
    details.appendMarkdown('\n\n');
    details.appendMarkdown(ownText(vscode.l10n.t('Not in the ticket list yet; opening it looks for it in your accounts.')));
  }
  for (const card of owners) appendOwner(details, card);
  if (moreOwners > 0) details.appendMarkdown(ownText(vscode.l10n.t('And {0} more accounts.', moreOwners)));
  const open = new vscode.MarkdownString('', false);
  open.isTrusted = { enabledCommands: [OPEN_BY_ID_COMMAND] };
  open.supportHtml = false;
  open.appendMarkdown(openByIdCommandLink(ownText(vscode.l10n.t('Open ticket {0}', id)), found.id));
  return [details, open];
}

function appendOwner(markdown: vscode.MarkdownString, card: OwnerCard): void {
  const { summary } = card.owner;
  markdown.appendMarkdown(`**${outsideMarkdown(summary.title || summary.id, { maxLength: OUTSIDE_TEXT_LIMITS.label })}**`);
  markdown.appendMarkdown('\n\n');
  const facts: SafeText[] = [
    ownText(vscode.l10n.t('Status: {0}', outsideMarkdown(summary.status.label, { maxLength: OUTSIDE_TEXT_LIMITS.label }))),
    ownText(vscode.l10n.t('Account: {0}', outsideMarkdown(card.accountLabel, { maxLength: OUTSIDE_TEXT_LIMITS.label }))),
  ];
  const lastActivity = summary.updatedAt ?? summary.createdAt;
  if (lastActivity !== undefined) facts.push(ownText(vscode.l10n.t('Last activity: {0}', formatTime(lastActivity))));
  if (summary.unreadCount) facts.push(ownText(vscode.l10n.t('{0} unread replies', summary.unreadCount)));
  markdown.appendMarkdown(facts.join(' · '));
  markdown.appendMarkdown('\n\n');
  appendLastReply(markdown, card.lastReply);
}

function appendLastReply(markdown: vscode.MarkdownString, answer: LastReplyAnswer): void {
  if (answer.kind === 'unavailable') {
    markdown.appendMarkdown(ownText(vscode.l10n.t('_Last reply unavailable._')));
  } else if (answer.kind === 'none') {
    markdown.appendMarkdown(ownText(vscode.l10n.t('_No messages yet._')));
  } else {
    const { reply } = answer;
    markdown.appendMarkdown(ownText(vscode.l10n.t('Last reply from {0}, {1}:', authorOf(reply), formatTime(reply.createdAt))));
    markdown.appendMarkdown('\n\n');
    markdown.appendMarkdown(`> ${bodyOf(reply)}`);
  }
  markdown.appendMarkdown('\n\n');
}

function authorOf(reply: LastReply): SafeText {
  const role = reply.role === 'customer' ? vscode.l10n.t('You') : reply.role === 'support' ? vscode.l10n.t('Support') : vscode.l10n.t('System');
  if (!reply.authorName || reply.role === 'customer') return ownText(`**${role}**`);
  return ownText(vscode.l10n.t('**{0}** ({1})', outsideMarkdown(reply.authorName, { maxLength: OUTSIDE_TEXT_LIMITS.label }), role));
}

/** The excerpt, escaped (it was redacted when it was read), or what stands in for it. */
function bodyOf(reply: LastReply): SafeText {
  if (reply.confidential) return ownText(vscode.l10n.t('_Confidential message, not shown._'));
  if (reply.excerpt) return outsideMarkdown(reply.excerpt, { maxLength: EXCERPT_CHARACTERS });
  return ownText(reply.attachments > 0 ? vscode.l10n.t('_{0} attachment(s), no text._', reply.attachments) : vscode.l10n.t('_No text._'));
}

function formatTime(epochMs: number): SafeText {
  return ownText(new Date(epochMs).toLocaleString(vscode.env.language, { dateStyle: 'medium', timeStyle: 'short' }));
}
