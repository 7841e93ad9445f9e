import * as vscode from 'vscode';
import { maskKeyId } from '../accounts/importers/mask-key-id';
import type { StoredAccount } from '../accounts/accountStore';
import type { CommandModule, CommandServices } from './command';
import { accountIdOf } from './nodeArgs';
import { chooseAccount } from './accountChoice';
import { OUTSIDE_TEXT_LIMITS, outsideText, ownText, type SafeText } from '../shared/outsideText';

/** The account a command applies to: the tree node it was run on, the only one, or one the user picks. */
export async function resolveAccount(services: CommandServices, arg: unknown, placeHolder: SafeText): Promise<StoredAccount | undefined> {
  const id = accountIdOf(arg);
  if (id) return services.accounts.get(id);
  const accounts = services.accounts.list();
  if (accounts.length <= 1) return accounts[0];
  return chooseAccount(services, { placeHolder });
}

export const removeAccountCommand: CommandModule = {
  id: 'cloudTickets.removeAccount',
  create: (services) => async (arg?: unknown) => {
    const account = await resolveAccount(services, arg, ownText(vscode.l10n.t('Account to remove')));
    if (!account) return;
    const remove = vscode.l10n.t('Remove');
    const answer = await vscode.window.showWarningMessage(
      vscode.l10n.t(
        'Remove the account "{0}"? Its stored access key and cached tickets are deleted from VS Code. Tickets in the cloud are not affected.',
        outsideText(account.label, { maxLength: OUTSIDE_TEXT_LIMITS.label }),
      ),
      { modal: true },
      remove,
    );
    if (answer !== remove) return;
    await services.accounts.remove(account.id);
    await services.demo.stopIfUnused();
    services.log.info(`Removed account ${account.id}`);
  },
};

export const renameAccountCommand: CommandModule = {
  id: 'cloudTickets.renameAccount',
  create: (services) => async (arg?: unknown) => {
    const account = await resolveAccount(services, arg, ownText(vscode.l10n.t('Account to rename')));
    if (!account) return;
    const label = await vscode.window.showInputBox({
      title: vscode.l10n.t('Rename Account'),
      value: account.label,
      validateInput: (value) => (value.trim() ? undefined : vscode.l10n.t('Enter a name.')),
    });
    if (label?.trim()) await services.accounts.update(account.id, { label: label.trim() });
  },
};

export const copyAccountIdCommand: CommandModule = {
  id: 'cloudTickets.copyAccountId',
  create: (services) => async (arg?: unknown) => {
    const account = await resolveAccount(services, arg, ownText(vscode.l10n.t('Account whose access key id to copy')));
    if (!account) return;
    const credentials = await services.accounts.credentials(account.id);
    const value = account.domainId ?? credentials?.accessKeyId;
    if (!value) return;
    await vscode.env.clipboard.writeText(value);
    void vscode.window.showInformationMessage(vscode.l10n.t('Copied {0}.', outsideText(account.domainId ? account.domainId : maskKeyId(value))));
  },
};
