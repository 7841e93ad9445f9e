/**
 * The Tickets view's title-bar buttons. VS Code runs a title-bar command with the focused row as its
 * argument (`$focusedTreeItem`), so the row commands (`cloudTickets.createTicket`, `.filter` …) would act
 * on whichever account happens to be focused without saying so. These act on every account or ask which
 * one; the focused row only puts its account first in the pick.
 */
import * as vscode from 'vscode';
import type { CommandModule } from './command';
import { accountIdOf } from './nodeArgs';
import { chooseAccount } from './accountChoice';
import { loadBundle } from '../lazy/load';
import { filterAccount } from './ticketsView';
import { ownText, type SafeText } from '../shared/outsideText';
import { isEmptyFilter } from '../core/refresh';

export const viewTitleRefreshCommand: CommandModule = {
  id: 'cloudTickets.viewTitle.refresh',
  create: (services) => () => services.tickets.refreshAndCheckReplies(),
};

export const viewTitleCreateTicketCommand: CommandModule = {
  id: 'cloudTickets.viewTitle.createTicket',
  // The create form is a bundle of its own, loaded on the first New Ticket.
  create: (services) => (focusedRow?: unknown) => loadBundle('createForm').openCreateFormAsking(services, focusedRow),
};

export const viewTitleFilterCommand: CommandModule = {
  id: 'cloudTickets.viewTitle.filter',
  create: (services) => async (focusedRow?: unknown) => {
    const accounts = services.accounts.list();
    const focused = accountIdOf(focusedRow);
    const notes = new Map<string, SafeText>(focused ? [[focused, ownText(vscode.l10n.t('Selected in the Tickets view'))]] : []);
    const account = accounts.length <= 1 ? accounts[0] : await chooseAccount(services, { title: ownText(vscode.l10n.t('Filter Tickets: which account?')), preferred: focused ? [focused] : [], notes });
    if (account) await filterAccount(services, account);
  },
};

export const viewTitleClearFilterCommand: CommandModule = {
  id: 'cloudTickets.viewTitle.clearFilter',
  create: (services) => async () => {
    const filtered = services.accounts.list().filter((account) => !isEmptyFilter(services.explorer.filterOf(account.id)));
    await Promise.all(filtered.map((account) => services.explorer.setFilter(account.id, {})));
  },
};
