/**
 * Connection settings a cloud asks for beyond the keys and the endpoint (a site, an account id, an
 * identity endpoint, a user group), described as data by its descriptor so the add-account and
 * edit-settings flows render them without knowing the cloud.
 */
import type { AccountMetadata } from './account';

/** One choice of a setting offered as a pick. */
export interface AccountSettingChoice {
  readonly value: string;
  /** English; the host translates it (it doubles as the l10n key). */
  readonly label: string;
  readonly description?: string;
}

/** Where a setting's value is kept in the account metadata. */
export type AccountSettingKey = 'site' | 'domainId' | `extra.${string}`;

export interface AccountSetting {
  readonly key: AccountSettingKey;
  /** Short English name ("Account ID"); the host translates it. */
  readonly label: string;
  /** English sentence shown while the value is entered; the host translates it. */
  readonly prompt: string;
  /** A pick among these instead of free text; the first is the default. */
  readonly choices?: readonly AccountSettingChoice[];
  /** Shape of a typed value (an empty value always means "default"). */
  readonly pattern?: RegExp;
  /** English sentence for a value that does not match `pattern`. */
  readonly invalid?: string;
  readonly placeholder?: string;
}

/** The value an account holds for a setting ('' when unset). */
export function accountSettingValue(account: Pick<AccountMetadata, 'site' | 'domainId' | 'extra'>, setting: AccountSetting): string {
  if (setting.key === 'site') return account.site ?? '';
  if (setting.key === 'domainId') return account.domainId ?? '';
  return account.extra?.[setting.key.slice('extra.'.length)] ?? '';
}

/** True when a typed value may be saved ('' = default is always fine). */
export function isValidAccountSetting(setting: AccountSetting, value: string): boolean {
  const text = value.trim();
  if (text === '') return true;
  if (setting.choices) return setting.choices.some((choice) => choice.value === text);
  return setting.pattern ? setting.pattern.test(text) : true;
}

/** The metadata change that stores `value` (trimmed; '' removes it). */
export function withAccountSetting(account: Pick<AccountMetadata, 'site' | 'domainId' | 'extra'>, setting: AccountSetting, value: string): Pick<AccountMetadata, 'site' | 'domainId' | 'extra'> {
  const text = value.trim() || undefined;
  if (setting.key === 'site') return { site: text };
  if (setting.key === 'domainId') return { domainId: text };
  const name = setting.key.slice('extra.'.length);
  const extra: Record<string, string> = { ...account.extra };
  if (text) extra[name] = text;
  else delete extra[name];
  return { extra: Object.keys(extra).length > 0 ? extra : undefined };
}
