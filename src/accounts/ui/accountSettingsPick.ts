import * as vscode from 'vscode';
import type { AccountMetadata } from '../../core/account';
import { accountSettingValue, isValidAccountSetting, withAccountSetting, type AccountSetting } from '../../core/account-settings';
import type { ProviderDescriptor } from '../../core/provider-descriptor';
import { outsideText, ownText, type SafeText } from '../../shared/outsideText';

/** The connection part of an account that the settings list edits. */
export type ConnectionSettings = Pick<AccountMetadata, 'endpoint' | 'site' | 'domainId' | 'extra'>;

interface SettingItem extends vscode.QuickPickItem {
  readonly action: 'done' | 'endpoint' | AccountSetting;
}

function shownValue(setting: AccountSetting, value: string): SafeText {
  const choice = setting.choices?.find((candidate) => candidate.value === value) ?? (value === '' ? setting.choices?.[0] : undefined);
  if (choice) return ownText(vscode.l10n.t(choice.label));
  return value === '' ? ownText(vscode.l10n.t('default')) : outsideText(value);
}

/** Asks for one setting: a pick among its choices, or a value checked against its shape. Undefined when cancelled. */
async function askSetting(setting: AccountSetting, current: string): Promise<string | undefined> {
  if (setting.choices) {
    const picked = await vscode.window.showQuickPick(
      setting.choices.map((choice) => ({ label: vscode.l10n.t(choice.label), description: choice.description, value: choice.value, picked: choice.value === current })),
      { title: vscode.l10n.t(setting.label), placeHolder: vscode.l10n.t(setting.prompt), ignoreFocusOut: true },
    );
    return picked?.value;
  }
  return vscode.window.showInputBox({
    title: vscode.l10n.t(setting.label),
    prompt: vscode.l10n.t(setting.prompt),
    value: current,
    placeHolder: setting.placeholder === undefined ? undefined : outsideText(setting.placeholder),
    ignoreFocusOut: true,
    validateInput: (value) => (isValidAccountSetting(setting, value) ? undefined : vscode.l10n.t(setting.invalid ?? 'This value cannot be used.')),
  });
}

async function askEndpoint(current: string | undefined): Promise<string | undefined> {
  return vscode.window.showInputBox({
    title: vscode.l10n.t('Endpoint'),
    prompt: vscode.l10n.t('Host or URL; leave empty for the default endpoint'),
    value: current ?? '',
    ignoreFocusOut: true,
    validateInput: (value) => (value.trim() === '' || /^(https?:\/\/)?[\w.-]+(:\d+)?(\/.*)?$/.test(value.trim()) ? undefined : vscode.l10n.t('Enter a host name or an http(s) URL.')),
  });
}

/**
 * A list of the account's connection settings (endpoint and the cloud's own: site, account id …) with
 * their values; picking one edits it, "Done" ends. Resolves with the settings as edited, or undefined
 * when the user closed the list.
 */
export async function editConnectionSettings(provider: ProviderDescriptor, start: ConnectionSettings, title: SafeText): Promise<ConnectionSettings | undefined> {
  let settings: ConnectionSettings = { ...start };
  for (;;) {
    const items: SettingItem[] = [
      { label: vscode.l10n.t('$(check) Done'), action: 'done' },
      { label: vscode.l10n.t('Endpoint'), description: settings.endpoint ? outsideText(settings.endpoint) : vscode.l10n.t('default'), action: 'endpoint' },
      ...provider.accountSettings.map((setting): SettingItem => ({ label: vscode.l10n.t(setting.label), description: shownValue(setting, accountSettingValue(settings, setting)), action: setting })),
    ];
    const picked = await vscode.window.showQuickPick(items, {
      title: ownText(vscode.l10n.t('{0}: settings', title)),
      placeHolder: vscode.l10n.t('Pick a setting to change, then Done'),
      ignoreFocusOut: true,
    });
    if (!picked) return undefined;
    if (picked.action === 'done') return settings;
    if (picked.action === 'endpoint') {
      const endpoint = await askEndpoint(settings.endpoint);
      if (endpoint !== undefined) settings = { ...settings, endpoint: endpoint.trim() || undefined };
      continue;
    }
    const value = await askSetting(picked.action, accountSettingValue(settings, picked.action));
    if (value !== undefined) settings = { ...settings, ...withAccountSetting(settings, picked.action, value) };
  }
}
