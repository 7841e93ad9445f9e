import * as vscode from 'vscode';
import { CreateDrafts } from '../panels/createDrafts';
import type { CreatePrefill } from '../shared/protocol/createPrefill';
import { CreatePanel } from '../panels/createPanel';
import type { CommandModule, CommandServices } from './command';
import { accountIdOf } from './nodeArgs';
import { ownText, type SafeText } from '../shared/outsideText';
import { chooseAccount } from './accountChoice';

/**
 * The account to file with: the one given (explorer "+" on an account), the only one, or the user's
 * pick — the account selected in the Tickets view first (`selectedId`), then the most recently used.
 * Undefined when the user cancels or has no account.
 */
async function accountForNewTicket(services: CommandServices, arg?: unknown, selectedId?: string): Promise<string | undefined> {
  const given = accountIdOf(arg);
  if (given && services.accounts.get(given)) return given;
  const accounts = services.accounts.list();
  if (accounts.length === 0) {
    const add = vscode.l10n.t('Add Account');
    const demo = vscode.l10n.t('Try the Demo');
    const choice = await vscode.window.showInformationMessage(vscode.l10n.t('Add a cloud account first; tickets are filed with its access key.'), add, demo);
    if (choice === add) await vscode.commands.executeCommand('cloudTickets.addAccount');
    if (choice === demo) await vscode.commands.executeCommand('cloudTickets.tryDemo');
    return undefined;
  }
  if (accounts.length === 1) return accounts[0].id;
  const recent = new CreateDrafts(services.drafts).recentAccounts();
  const notes = new Map<string, SafeText>();
  if (recent[0]) notes.set(recent[0], ownText(vscode.l10n.t('Last used')));
  if (selectedId) notes.set(selectedId, ownText(vscode.l10n.t('Selected in the Tickets view')));
  const picked = await chooseAccount(services, {
    title: ownText(vscode.l10n.t('New ticket: which account should file it?')),
    preferred: selectedId ? [selectedId, ...recent] : recent,
    notes,
  });
  return picked?.id;
}

/** Opens the form for the chosen account, with optional prefilled text. */
export async function openCreateForm(services: CommandServices, arg: unknown, prefill?: CreatePrefill): Promise<void> {
  const accountId = await accountForNewTicket(services, arg);
  if (accountId) await CreatePanel.show(services, accountId, prefill);
}

/**
 * New Ticket from the view's title bar. VS Code passes the focused row, which may belong to any account,
 * so it only puts that account first in the pick instead of filing with it unasked.
 */
export async function openCreateFormAsking(services: CommandServices, focusedRow: unknown): Promise<void> {
  const accountId = await accountForNewTicket(services, undefined, accountIdOf(focusedRow));
  if (accountId) await CreatePanel.show(services, accountId);
}

export const createTicketCommand: CommandModule = {
  id: 'cloudTickets.createTicket',
  create: (services) => (arg?: unknown) => openCreateForm(services, arg),
};
