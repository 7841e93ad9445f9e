import * as vscode from 'vscode';
import { CreateDrafts } from '../panels/createDrafts';
import type { CreatePrefill } from '../shared/protocol/createPrefill';
import { CreatePanel } from '../panels/createPanel';
import { cloudNameOf } from '../accounts/cloudName';
import type { CommandModule, CommandServices } from './command';
import { accountIdOf } from './nodeArgs';
import { OUTSIDE_TEXT_LIMITS, outsideText } from '../shared/outsideText';

/**
 * The account to file with: the one given (explorer "+" on an account), the only one, or the user's
 * pick with the most recently used first. Undefined when the user cancels or has no account.
 */
async function accountForNewTicket(services: CommandServices, arg?: unknown): Promise<string | undefined> {
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
  const rank = (id: string) => {
    const index = recent.indexOf(id);
    return index < 0 ? Number.MAX_SAFE_INTEGER : index;
  };
  const ordered = [...accounts].sort((a, b) => rank(a.id) - rank(b.id) || a.label.localeCompare(b.label));
  const picked = await vscode.window.showQuickPick(
    ordered.map((account): vscode.QuickPickItem & { accountId: string } => ({
      label: outsideText(account.label, { maxLength: OUTSIDE_TEXT_LIMITS.label }),
      description: cloudNameOf(account.providerId),
      detail: account.id === recent[0] ? vscode.l10n.t('Last used') : undefined,
      accountId: account.id,
    })),
    { title: vscode.l10n.t('New ticket: which account should file it?'), placeHolder: vscode.l10n.t('Type to filter the accounts') },
  );
  return picked?.accountId;
}

/** Opens the form for the chosen account, with optional prefilled text. */
export async function openCreateForm(services: CommandServices, arg: unknown, prefill?: CreatePrefill): Promise<void> {
  const accountId = await accountForNewTicket(services, arg);
  if (accountId) await CreatePanel.show(services, accountId, prefill);
}

export const createTicketCommand: CommandModule = {
  id: 'cloudTickets.createTicket',
  create: (services) => (arg?: unknown) => openCreateForm(services, arg),
};
