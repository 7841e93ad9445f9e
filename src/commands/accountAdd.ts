import * as vscode from 'vscode';
import type { Credentials } from '../core/account';
import { providerDescriptor } from '../providers';
import { newAccountId, type NewAccount, type StoredAccount } from '../accounts/accountStore';
import type { CredentialCheck } from '../core/provider';
import { runAddAccountFlow, runReentryFlow, type Verify } from '../accounts/ui/addAccountFlow';
import { editConnectionSettings } from '../accounts/ui/accountSettingsPick';
import type { CommandModule, CommandServices } from './command';
import { resolveAccount } from './accountManage';
import { OUTSIDE_TEXT_LIMITS, outsideText, ownText } from '../shared/outsideText';

/**
 * The cheap authenticated call that proves keys work before anything is saved; `onChecked` hears what the latest check
 * learned (nothing while it runs or when it failed, so a failed check never passes on an earlier one's count).
 */
export function verifierFor(services: CommandServices, onChecked?: (check: CredentialCheck) => void): Verify {
  return async (account: StoredAccount, credentials: Credentials) => {
    onChecked?.({});
    const provider = await services.providers.createUnsaved(account, async () => credentials);
    onChecked?.(await provider.verifyCredentials());
  };
}

/** Saves an account whose keys were just checked; what the check counted prepares the account's first refresh. */
export async function saveCheckedAccount(services: Pick<CommandServices, 'tickets' | 'accounts'>, account: NewAccount, credentials: Credentials, check: CredentialCheck): Promise<StoredAccount> {
  const id = newAccountId();
  // The check counted the tickets: the first refresh asks for all their pages at once (one round trip, not two).
  if (check.ticketCount !== undefined) services.tickets.expectTickets(id, check.ticketCount);
  return services.accounts.add(account, credentials, id);
}

export const addAccountCommand: CommandModule = {
  id: 'cloudTickets.addAccount',
  create: (services) => async () => {
    let lastCheck: CredentialCheck = {};
    const result = await runAddAccountFlow(verifierFor(services, (check) => (lastCheck = check)));
    if (!result) return;
    const account = await saveCheckedAccount(services, result.account, result.credentials, lastCheck);
    services.log.info(`Added ${account.providerId} account ${account.id}`);
    void services.tickets.refresh(account.id);
    void vscode.window.showInformationMessage(vscode.l10n.t('Account "{0}" added.', outsideText(account.label, { maxLength: OUTSIDE_TEXT_LIMITS.label })));
  },
};

export const reenterCredentialsCommand: CommandModule = {
  id: 'cloudTickets.reenterCredentials',
  create: (services) => async (arg?: unknown) => {
    const account = await resolveAccount(services, arg, ownText(vscode.l10n.t('Account whose credentials to re-enter')));
    if (!account) return;
    const stored = await services.accounts.credentials(account.id);
    // Opens at the input the stored credentials fail on (an expired token at the token step; a wrong clock asks for nothing).
    const result = await runReentryFlow(verifierFor(services), {
      provider: providerDescriptor(account.providerId),
      label: account.label,
      endpoint: account.endpoint,
      apiVersion: account.apiVersion,
      site: account.site,
      domainId: account.domainId,
      extra: account.extra,
      accessKeyId: stored?.accessKeyId,
      accessKeySecret: stored?.accessKeySecret,
      securityToken: stored?.securityToken,
    });
    if (!result) return;
    await services.accounts.update(account.id, { label: result.account.label, endpoint: result.account.endpoint, apiVersion: result.account.apiVersion });
    await services.accounts.replaceCredentials(account.id, result.credentials);
    void services.tickets.refresh(account.id);
    void vscode.window.showInformationMessage(vscode.l10n.t('Credentials of "{0}" updated.', outsideText(account.label, { maxLength: OUTSIDE_TEXT_LIMITS.label })));
  },
};

export const editAccountCommand: CommandModule = {
  id: 'cloudTickets.editAccount',
  create: (services) => async (arg?: unknown) => {
    const account = await resolveAccount(services, arg, ownText(vscode.l10n.t('Account to edit')));
    if (!account) return;
    const provider = providerDescriptor(account.providerId);
    const title = ownText(vscode.l10n.t('Edit "{0}"', outsideText(account.label, { maxLength: OUTSIDE_TEXT_LIMITS.label })));
    // A cloud with its own settings (site, account id …) edits them in one list with the endpoint.
    if (provider.accountSettings.length > 0) {
      const edited = await editConnectionSettings(provider, account, title);
      if (!edited) return;
      await services.accounts.update(account.id, { endpoint: edited.endpoint, site: edited.site, domainId: edited.domainId, extra: edited.extra });
      void services.tickets.refresh(account.id);
      return;
    }
    const versions = provider.apiVersions.map((version) => ({
      label: vscode.l10n.t('API version {0}', outsideText(version)),
      picked: version === (account.apiVersion ?? provider.apiVersions[0]),
      change: { apiVersion: version },
    }));
    const endpoint = { label: vscode.l10n.t('Endpoint: {0}', account.endpoint ? outsideText(account.endpoint) : vscode.l10n.t('default')), change: undefined };
    const picked = await vscode.window.showQuickPick([...versions, endpoint], { title });
    if (!picked) return;
    if (picked.change) {
      await services.accounts.update(account.id, picked.change);
    } else {
      const value = await vscode.window.showInputBox({ title: vscode.l10n.t('Endpoint'), prompt: vscode.l10n.t('Host or URL; leave empty for the default endpoint'), value: account.endpoint ?? '' });
      if (value === undefined) return;
      await services.accounts.update(account.id, { endpoint: value.trim() || undefined });
    }
    void services.tickets.refresh(account.id);
  },
};
