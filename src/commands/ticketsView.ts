import * as vscode from 'vscode';
import type { AccountFilter, FilterLabel } from '../core/refresh';
import type { TicketLabel } from '../core/ticket-labels';
import { offeredOperation } from '../common/providerOperation';
import { labelItem } from './labelPrompts';
import { STATUS_GROUPS, type StatusGroup } from '../core/status';
import { groupLabel } from '../views/treeNodes';
import type { CommandModule, CommandServices } from './command';
import { resolveAccount } from './accountManage';
import { accountIdOf } from './nodeArgs';
import { OUTSIDE_TEXT_LIMITS, outsideText } from '../shared/outsideText';
import { ownText, type SafeText } from '../shared/outsideText';
import type { StoredAccount } from '../accounts/accountStore';
import { accountName } from './accountChoice';

export const loadMoreCommand: CommandModule = {
  id: 'cloudTickets.loadMore',
  create:
    ({ explorer }) =>
    (accountId?: unknown, group?: unknown) => {
      if (typeof accountId === 'string' && typeof group === 'string') explorer.showMore(accountId, group as StatusGroup);
    },
};

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * Asks for a filter step by step; every step shows the current value so editing one part is quick, and
 * its title names the account the filter is for. `labels`: the account's labels, when its cloud lists
 * tickets by label (a fourth step).
 */
async function askFilter(account: SafeText, current: AccountFilter, labels?: readonly TicketLabel[]): Promise<AccountFilter | undefined> {
  const steps = labels?.length ? 4 : 3;
  const groups = await vscode.window.showQuickPick(
    STATUS_GROUPS.map((group) => ({ label: groupLabel(group), group, picked: !current.statusGroups?.length || current.statusGroups.includes(group) })),
    { canPickMany: true, title: vscode.l10n.t('Filter Tickets of {0} ({1}/{2}): statuses', account, 1, steps) },
  );
  if (!groups) return undefined;
  const keyword = await vscode.window.showInputBox({
    title: vscode.l10n.t('Filter Tickets of {0} ({1}/{2}): keyword', account, 2, steps),
    prompt: vscode.l10n.t('Words in the title or description; empty for all'),
    value: current.keyword ?? '',
  });
  if (keyword === undefined) return undefined;
  const ranges = [
    { label: vscode.l10n.t('Any time'), days: undefined },
    { label: vscode.l10n.t('Last 7 days'), days: 7 },
    { label: vscode.l10n.t('Last 30 days'), days: 30 },
    { label: vscode.l10n.t('Last 365 days'), days: 365 },
  ];
  const range = await vscode.window.showQuickPick(ranges, { title: vscode.l10n.t('Filter Tickets of {0} ({1}/{2}): created', account, 3, steps) });
  if (!range) return undefined;
  const chosen = labels?.length ? await askLabels(account, current, labels) : (current.labels ?? []);
  if (chosen === undefined) return undefined;
  return {
    statusGroups: groups.map((item) => item.group),
    ...(keyword.trim() ? { keyword: keyword.trim() } : {}),
    ...(range.days ? { createdAfter: Date.now() - range.days * DAY_MS } : {}),
    ...(chosen.length ? { labels: chosen } : {}),
  };
}

/** The labels step: none picked = any label. Undefined when cancelled. */
async function askLabels(account: SafeText, current: AccountFilter, labels: readonly TicketLabel[]): Promise<FilterLabel[] | undefined> {
  const wanted = new Set(current.labels?.map((label) => label.id));
  const picked = await vscode.window.showQuickPick(
    labels.map((label) => labelItem(label, wanted.has(label.id))),
    { canPickMany: true, title: vscode.l10n.t('Filter Tickets of {0} ({1}/{2}): labels', account, 4, 4), placeHolder: vscode.l10n.t('Tickets with any of these labels; none for all') },
  );
  return picked?.flatMap((item) => (item.labelRef ? [{ id: item.labelRef.id, name: item.labelRef.name }] : []));
}

/** The account's labels when its cloud filters tickets by label; undefined otherwise or when they cannot be read now. */
async function filterableLabels(services: CommandServices, accountId: string): Promise<readonly TicketLabel[] | undefined> {
  try {
    return await services.providers.run(accountId, (provider) =>
      provider.capabilities.labels && provider.capabilities.listFilters.labels ? offeredOperation(provider, 'listLabels')() : Promise.resolve(undefined),
    );
  } catch (error) {
    services.log.warn(`Filter: the labels could not be read, so the filter offers none: ${String(error)}`);
    return undefined;
  }
}

/** Asks for the account's filter (its current one shown) and applies it. */
export async function filterAccount(services: CommandServices, account: StoredAccount): Promise<void> {
  const filter = await askFilter(accountName(account), services.explorer.filterOf(account.id), await filterableLabels(services, account.id));
  if (filter) await services.explorer.setFilter(account.id, filter);
}

export const filterCommand: CommandModule = {
  id: 'cloudTickets.filter',
  create: (services) => async (arg?: unknown) => {
    const account = await resolveAccount(services, arg, ownText(vscode.l10n.t('Account to filter')));
    if (account) await filterAccount(services, account);
  },
};

export const clearFilterCommand: CommandModule = {
  id: 'cloudTickets.clearFilter',
  create: (services) => async (arg?: unknown) => {
    const ids = accountIdOf(arg) ? [accountIdOf(arg)!] : services.accounts.list().map((account) => account.id);
    await Promise.all(ids.map((id) => services.explorer.setFilter(id, {})));
  },
};

export const searchTicketsCommand: CommandModule = {
  id: 'cloudTickets.searchTickets',
  create: (services) => async () => {
    const items: Array<vscode.QuickPickItem & { accountId?: string; ticketId?: string }> = [];
    for (const account of services.accounts.list()) {
      const tickets = services.tickets.summaries(account.id);
      if (tickets.length === 0) continue;
      const short = { maxLength: OUTSIDE_TEXT_LIMITS.label };
      items.push({ label: outsideText(account.label, short), kind: vscode.QuickPickItemKind.Separator });
      for (const ticket of tickets) {
        items.push({
          label: outsideText(ticket.title || ticket.id, short),
          description: `${outsideText(ticket.id, short)} · ${outsideText(ticket.status.label, short)}`,
          detail: outsideText(ticket.productName, short),
          accountId: account.id,
          ticketId: ticket.id,
        });
      }
    }
    const picked = await vscode.window.showQuickPick(items, {
      title: vscode.l10n.t('Search Tickets'),
      placeHolder: items.length ? vscode.l10n.t('Type words of a title, a ticket id or a status') : vscode.l10n.t('No tickets loaded yet'),
      matchOnDescription: true,
      matchOnDetail: true,
    });
    if (picked?.accountId && picked.ticketId) {
      await services.tickets.reveal(picked.accountId, picked.ticketId);
      await vscode.commands.executeCommand('cloudTickets.openTicket', picked.accountId, picked.ticketId);
    }
  },
};
