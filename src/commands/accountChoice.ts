import * as vscode from 'vscode';
import type { StoredAccount } from '../accounts/accountStore';
import { cloudNameOf } from '../accounts/cloudName';
import type { CommandServices } from './command';
import { OUTSIDE_TEXT_LIMITS, outsideText, ownText, type SafeText } from '../shared/outsideText';

export interface AccountChoiceOptions {
  /** What the pick is for ("New ticket: which account should file it?"). */
  readonly title?: SafeText;
  readonly placeHolder?: SafeText;
  /** Accounts listed first, in this order (the row selected in the Tickets view, the most recently used …). */
  readonly preferred?: readonly string[];
  /** A note under a preferred account, by id ("Selected in the Tickets view", "Last used"). */
  readonly notes?: ReadonlyMap<string, SafeText>;
}

/** An account's label for one-line surfaces (quick pick titles, placeholders). */
export function accountName(account: StoredAccount): SafeText {
  return outsideText(account.label, { maxLength: OUTSIDE_TEXT_LIMITS.label });
}

/**
 * Asks which account a command should act on, naming each account's cloud. Undefined when the user
 * cancels. Callers ask only when the account is not obvious (several accounts and no row given).
 */
export async function chooseAccount(services: CommandServices, options: AccountChoiceOptions): Promise<StoredAccount | undefined> {
  const preferred = options.preferred ?? [];
  const rank = (id: string): number => {
    const index = preferred.indexOf(id);
    return index < 0 ? Number.MAX_SAFE_INTEGER : index;
  };
  const ordered = [...services.accounts.list()].sort((a, b) => rank(a.id) - rank(b.id) || a.label.localeCompare(b.label));
  const picked = await vscode.window.showQuickPick(
    ordered.map((account): vscode.QuickPickItem & { account: StoredAccount } => ({
      label: accountName(account),
      description: cloudNameOf(account.providerId),
      detail: options.notes?.get(account.id),
      account,
    })),
    { title: options.title, placeHolder: options.placeHolder ?? ownText(vscode.l10n.t('Type to filter the accounts')) },
  );
  return picked?.account;
}
