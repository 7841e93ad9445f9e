import * as vscode from 'vscode';
import type { ContactAddress } from '../core/contact';
import { isTicketError } from '../core/errors';
import type { TicketProvider } from '../core/provider';
import { offeredOperation } from '../common/providerOperation';
import { withProgress } from './labelPrompts';
import { outsideText, ownText, type SafeText } from '../shared/outsideText';

/** Attempts at typing a code before the flow gives up (a new code can then be asked for). */
const CODE_ATTEMPTS = 3;

function described(contact: ContactAddress): SafeText {
  return outsideText(contact.way === 'phone' ? `+${contact.areaCode ?? '86'} ${contact.value}` : contact.value);
}

/**
 * Makes sure a reminder phone or e-mail may be used: nothing to do for the registered one; otherwise a
 * code is sent on the user's word and the code they received is checked. Resolves false when the user
 * stopped; cloud refusals (code sent too often, daily cap) are thrown as they are.
 */
export async function ensureContactVerified(provider: TicketProvider, contact: ContactAddress): Promise<boolean> {
  const state = await withProgress(ownText(vscode.l10n.t('Checking {0}…', described(contact))), (signal) => offeredOperation(provider, 'contactVerificationState')(contact, signal));
  if (state !== 'needed') return true;
  const send = vscode.l10n.t('Send Code');
  const question =
    contact.way === 'phone'
      ? vscode.l10n.t('{0} is not the phone number registered with the account. Send a verification code to it by SMS?', described(contact))
      : vscode.l10n.t('{0} is not the e-mail address registered with the account. Send a verification code to it?', described(contact));
  if ((await vscode.window.showInformationMessage(question, { modal: true }, send)) !== send) return false;
  await withProgress(ownText(vscode.l10n.t('Sending a code to {0}…', described(contact))), (signal) => offeredOperation(provider, 'sendVerificationCode')(contact, signal));
  for (let attempt = 1; attempt <= CODE_ATTEMPTS; attempt++) {
    const code = await vscode.window.showInputBox({
      title: vscode.l10n.t('Verify {0}', described(contact)),
      prompt: vscode.l10n.t('The 6-character code sent to {0} (valid for 5 minutes)', described(contact)),
      ignoreFocusOut: true,
      validateInput: (value) => (/^[0-9A-Za-z]{6}$/.test(value.trim()) ? undefined : vscode.l10n.t('The code has 6 characters.')),
    });
    if (code === undefined) return false;
    try {
      await withProgress(ownText(vscode.l10n.t('Checking the code…')), (signal) => offeredOperation(provider, 'verifyContact')(contact, code.trim(), signal));
      return true;
    } catch (error) {
      // A wrong or expired code: let the user type it again; anything else ends the flow.
      if (!isTicketError(error, 'invalid-input') || attempt === CODE_ATTEMPTS) throw error;
      void vscode.window.showWarningMessage(vscode.l10n.t('The code was not accepted. Check it and try again.'));
    }
  }
  return false;
}
