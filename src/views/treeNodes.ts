import * as vscode from 'vscode';
import { formatDateTime, formatNumber } from '../common/localeFormat';
import type { Capabilities } from '../core/capabilities';
import type { StatusGroup, TicketStatus } from '../core/status';
import { allowedActions } from '../core/status-actions';
import type { TicketSummary } from '../core/ticket';
import type { AccountHealth, StoredAccount } from '../accounts/accountStore';
import { OUTSIDE_TEXT_LIMITS, outsideMarkdown, outsideText, ownText, type SafeText } from '../shared/outsideText';
import { labelNamesCloud } from '../shared/accountWithCloud';

export interface AccountNode {
  readonly kind: 'account';
  readonly account: StoredAccount;
}
export interface GroupNode {
  readonly kind: 'group';
  readonly accountId: string;
  readonly group: StatusGroup;
}
export interface TicketNode {
  readonly kind: 'ticket';
  readonly accountId: string;
  readonly ticketId: string;
  readonly ticket: TicketSummary;
}
export interface InfoNode {
  readonly kind: 'info';
  readonly accountId: string;
  readonly text: SafeText;
  readonly icon: string;
  readonly command?: vscode.Command;
}
export type ExplorerNode = AccountNode | GroupNode | TicketNode | InfoNode;

const GROUP_ICONS: Record<StatusGroup, vscode.ThemeIcon> = {
  'needs-action': new vscode.ThemeIcon('bell-dot', new vscode.ThemeColor('notificationsWarningIcon.foreground')),
  'in-progress': new vscode.ThemeIcon('sync'),
  closed: new vscode.ThemeIcon('pass'),
};

const HEALTH_ICONS: Record<AccountHealth, vscode.ThemeIcon> = {
  ok: new vscode.ThemeIcon('cloud'),
  offline: new vscode.ThemeIcon('debug-disconnect', new vscode.ThemeColor('disabledForeground')),
  credentials: new vscode.ThemeIcon('warning', new vscode.ThemeColor('list.warningForeground')),
  throttled: new vscode.ThemeIcon('watch'),
};

export function groupLabel(group: StatusGroup): SafeText {
  switch (group) {
    case 'needs-action':
      return ownText(vscode.l10n.t('Needs your action'));
    case 'in-progress':
      return ownText(vscode.l10n.t('In progress'));
    case 'closed':
      return ownText(vscode.l10n.t('Closed'));
  }
}

function healthLabel(health: AccountHealth): SafeText | undefined {
  switch (health) {
    case 'offline':
      return ownText(vscode.l10n.t('offline'));
    case 'credentials':
      return ownText(vscode.l10n.t('credentials need attention'));
    case 'throttled':
      return ownText(vscode.l10n.t('throttled'));
    case 'ok':
      return undefined;
  }
}

/** Flags for `when` clauses: menus show only what the provider can do. */
export function capabilityContext(capabilities: Capabilities | undefined): string {
  if (!capabilities) return '';
  const flags = {
    reply: capabilities.canReply,
    close: capabilities.canClose,
    reopen: capabilities.canReopen,
    rate: capabilities.canRate,
    urge: capabilities.canUrge,
    cancel: capabilities.canCancel,
    attach: capabilities.attachments,
    create: capabilities.canCreate,
    labels: capabilities.labels,
  };
  return Object.entries(flags)
    .filter(([, on]) => on)
    .map(([name]) => `:${name}:`)
    .join('');
}

/**
 * Flags for a ticket row's menus: the writes `allowedActions` gives the ticket in its status (what its
 * panel offers too), then what the account can do with any ticket it is in the right state for.
 */
export function ticketActionContext(capabilities: Capabilities | undefined, status: TicketStatus): string {
  if (!capabilities) return '';
  const allowed = allowedActions(capabilities, status);
  const flags: string[] = [...allowed];
  if (capabilities.attachments && allowed.has('reply')) flags.push('attach');
  if (capabilities.labels) flags.push('labels');
  if (capabilities.editContact && status.group !== 'closed') flags.push('contact');
  return flags.map((flag) => `:${flag}:`).join('');
}

export interface AccountItemState {
  readonly health: AccountHealth;
  readonly providerName: string;
  readonly capabilities: Capabilities | undefined;
  readonly loading: boolean;
  /** Showing cached tickets while the first refresh runs. */
  readonly stale: boolean;
  /** Active filter in words, if any. */
  readonly filter?: SafeText;
}

export function accountItem(node: AccountNode, state: AccountItemState): vscode.TreeItem {
  const item = new vscode.TreeItem(outsideText(node.account.label, { maxLength: OUTSIDE_TEXT_LIMITS.label }), vscode.TreeItemCollapsibleState.Expanded);
  item.id = `account:${node.account.id}`;
  const status = healthLabel(state.health);
  const showProvider = !labelNamesCloud(node.account.label, state.providerName);
  item.description = [
    showProvider ? outsideText(state.providerName) : undefined,
    status,
    state.stale ? vscode.l10n.t('cached') : undefined,
    state.filter ? vscode.l10n.t('filter: {0}', state.filter) : undefined,
    state.loading ? vscode.l10n.t('refreshing…') : undefined,
  ]
    .filter(Boolean)
    .join(' · ');
  item.iconPath = state.loading ? new vscode.ThemeIcon('loading~spin') : HEALTH_ICONS[state.health];
  item.contextValue = `account:provider-${node.account.providerId}:health-${state.health}:${node.account.demo ? 'demo:' : ''}${state.filter ? 'filtered:' : ''}${capabilityContext(state.capabilities)}`;
  const cloud = showProvider ? ` — ${outsideMarkdown(state.providerName)}` : '';
  item.tooltip = untrustedMarkdown(ownText(`**${outsideMarkdown(node.account.label)}**${cloud}${status ? `\n\n${outsideMarkdown(status)}` : ''}`));
  return item;
}

export function infoItem(node: InfoNode): vscode.TreeItem {
  const item = new vscode.TreeItem(node.text, vscode.TreeItemCollapsibleState.None);
  item.iconPath = new vscode.ThemeIcon(node.icon);
  item.command = node.command;
  item.tooltip = node.text;
  item.contextValue = 'info';
  return item;
}

export function groupItem(node: GroupNode, count: number): vscode.TreeItem {
  const collapsed = node.group === 'closed' ? vscode.TreeItemCollapsibleState.Collapsed : vscode.TreeItemCollapsibleState.Expanded;
  const item = new vscode.TreeItem(groupLabel(node.group), count === 0 ? vscode.TreeItemCollapsibleState.None : collapsed);
  item.id = `group:${node.accountId}:${node.group}`;
  item.description = formatNumber(count);
  item.iconPath = GROUP_ICONS[node.group];
  item.contextValue = `group:${node.group}`;
  return item;
}

export function ticketItem(node: TicketNode, capabilities: Capabilities | undefined, now: number): vscode.TreeItem {
  const { ticket } = node;
  const title = ticket.title ? outsideText(ticket.title, { maxLength: OUTSIDE_TEXT_LIMITS.label }) : ownText(vscode.l10n.t('(no title)'));
  const item = new vscode.TreeItem(title, vscode.TreeItemCollapsibleState.None);
  item.id = `ticket:${node.accountId}:${ticket.id}`;
  const when = ticket.updatedAt ?? ticket.createdAt;
  const status = outsideText(ticket.status.label, { maxLength: OUTSIDE_TEXT_LIMITS.label });
  item.description = [status, outsideText(ticket.severity?.label, { maxLength: OUTSIDE_TEXT_LIMITS.label }), when ? relativeTime(when, now) : undefined].filter(Boolean).join(' · ');
  const unread = (ticket.unreadCount ?? 0) > 0;
  item.iconPath = unread ? new vscode.ThemeIcon('circle-filled', new vscode.ThemeColor('notificationsInfoIcon.foreground')) : GROUP_ICONS[ticket.status.group];
  // `:unread:` picks "Mark as Read" or "Mark as Unread" for the context menu.
  item.contextValue = `ticket:group-${ticket.status.group}:${ticketActionContext(capabilities, ticket.status)}${unread ? ':unread:' : ''}`;
  item.tooltip = ticketTooltip(ticket);
  item.accessibilityInformation = { label: `${title}, ${status}${unread ? `, ${vscode.l10n.t('unread')}` : ''}` };
  item.command = { command: 'cloudTickets.openTicket', title: vscode.l10n.t('Open Ticket'), arguments: [node.accountId, ticket.id] };
  return item;
}

function ticketTooltip(ticket: TicketSummary): vscode.MarkdownString {
  const short = { maxLength: OUTSIDE_TEXT_LIMITS.label };
  const rows: SafeText[] = [
    ownText(`**${outsideMarkdown(ticket.title)}**`),
    ownText(''),
    ownText(`${vscode.l10n.t('Ticket')}: ${outsideMarkdown(ticket.id, short)}`),
    ownText(`${vscode.l10n.t('Status')}: ${outsideMarkdown(ticket.status.label, short)} (${groupLabel(ticket.status.group)})`),
  ];
  if (ticket.severity) rows.push(ownText(`${vscode.l10n.t('Severity')}: ${outsideMarkdown(ticket.severity.label, short)}`));
  if (ticket.productName) rows.push(ownText(`${vscode.l10n.t('Product')}: ${outsideMarkdown(ticket.productName, short)}`));
  if (ticket.createdAt) rows.push(ownText(`${vscode.l10n.t('Created')}: ${formatDateTime(ticket.createdAt)}`));
  if (ticket.updatedAt) rows.push(ownText(`${vscode.l10n.t('Updated')}: ${formatDateTime(ticket.updatedAt)}`));
  if (ticket.unreadCount) rows.push(ownText(vscode.l10n.t('{0} unread message(s)', ticket.unreadCount)));
  return untrustedMarkdown(ownText(rows.join('  \n')));
}

/** A tooltip whose outside parts went through outsideMarkdown: no command links, HTML or theme icons. */
function untrustedMarkdown(value: SafeText): vscode.MarkdownString {
  const markdown = new vscode.MarkdownString(value, false);
  markdown.isTrusted = false;
  markdown.supportHtml = false;
  return markdown;
}

export function relativeTime(epochMs: number, now: number): SafeText {
  const minutes = Math.round((now - epochMs) / 60_000);
  if (minutes < 1) return ownText(vscode.l10n.t('just now'));
  if (minutes < 60) return ownText(vscode.l10n.t('{0} min ago', minutes));
  const hours = Math.round(minutes / 60);
  if (hours < 48) return ownText(vscode.l10n.t('{0} h ago', hours));
  return ownText(vscode.l10n.t('{0} d ago', Math.round(hours / 24)));
}
