import * as vscode from 'vscode';
import { isContactTime, isEmailAddress, isPhoneNumber, parseEmailList, type TicketContact, type TicketContactUpdate } from '../core/contact';
import { offeredOperation } from '../common/providerOperation';
import type { CommandModule } from './command';
import { ensureContactVerified } from './contactVerification';
import { withProgress } from './labelPrompts';
import { ticketFromArgsOrPick } from './ticketTarget';
import { OUTSIDE_TEXT_LIMITS, outsideText, ownText, type SafeText } from '../shared/outsideText';

const STEPS = 4;

/** One step of the contact form: blank or unchanged keeps the current value. */
async function askValue(step: number, prompt: SafeText, current: string | undefined, valid: (value: string) => boolean, invalid: string): Promise<string | undefined> {
  const value = await vscode.window.showInputBox({
    title: vscode.l10n.t('Edit Contact ({0}/{1})', step, STEPS),
    prompt,
    value: current ?? '',
    ignoreFocusOut: true,
    validateInput: (text) => (text.trim() === '' || text.trim() === (current ?? '') || valid(text) ? undefined : invalid),
  });
  return value?.trim();
}

/** Only the fields the user changed; undefined when cancelled. */
async function askUpdate(current: TicketContact): Promise<TicketContactUpdate | undefined> {
  const changed = (value: string, before: string | undefined) => value !== '' && value !== (before ?? '');
  const phone = await askValue(
    1,
    ownText(vscode.l10n.t('Mobile phone for reminders (digits only; leave it as it is to keep it)')),
    current.phone,
    isPhoneNumber,
    vscode.l10n.t('A phone number has 5 to 20 digits and nothing else.'),
  );
  if (phone === undefined) return undefined;
  const email = await askValue(
    2,
    ownText(vscode.l10n.t('E-mail for reminders (leave it as it is to keep it)')),
    current.email,
    isEmailAddress,
    vscode.l10n.t('Enter one e-mail address, like name@example.com.'),
  );
  if (email === undefined) return undefined;
  const time = await askValue(3, ownText(vscode.l10n.t('Preferred contact time, like 9:00-18:00')), current.contactTime, isContactTime, vscode.l10n.t('Write the time as a range, like 9:00-18:00.'));
  if (time === undefined) return undefined;
  const cc = await vscode.window.showInputBox({
    title: vscode.l10n.t('Edit Contact ({0}/{1})', 4, STEPS),
    prompt: vscode.l10n.t('CC e-mail addresses, separated by ";" (empty removes them all)'),
    value: current.ccEmails.join('; '),
    ignoreFocusOut: true,
    validateInput: (text) => {
      const bad = parseEmailList(text).find((address) => !isEmailAddress(address));
      return bad ? vscode.l10n.t('"{0}" is not an e-mail address.', outsideText(bad)) : undefined;
    },
  });
  if (cc === undefined) return undefined;
  const ccEmails = parseEmailList(cc);
  return {
    ...(changed(phone, current.phone) ? { phone, areaCode: current.areaCode?.trim() || '86' } : {}),
    ...(changed(email, current.email) ? { email } : {}),
    ...(changed(time, current.contactTime) ? { contactTime: time } : {}),
    ...(ccEmails.join(';') !== current.ccEmails.join(';') ? { ccEmails } : {}),
  };
}

/**
 * Changes how support reaches the user about one open ticket (OSM 5.3.1): reminder phone, e-mail,
 * contact time and CC list. A phone or e-mail other than the registered one is verified with a code
 * first, because the cloud refuses it otherwise.
 */
export const editTicketContactCommand: CommandModule = {
  id: 'cloudTickets.editTicketContact',
  create:
    (services) =>
    async (...args: unknown[]) => {
      const target = await ticketFromArgsOrPick(services, args);
      if (!target) return false;
      const id = outsideText(target.ticketId, { maxLength: OUTSIDE_TEXT_LIMITS.label });
      const current = await services.providers.run(target.accountId, (provider) =>
        withProgress(ownText(vscode.l10n.t('Reading the contact of ticket {0}…', id)), (signal) => offeredOperation(provider, 'ticketContact')(target.ticketId, signal)),
      );
      const update = await askUpdate(current);
      if (!update) return false;
      if (Object.keys(update).length === 0) {
        void vscode.window.showInformationMessage(vscode.l10n.t('Nothing was changed.'));
        return false;
      }
      const done = await services.providers.run(target.accountId, async (provider) => {
        if (update.phone && !(await ensureContactVerified(provider, { way: 'phone', value: update.phone, areaCode: update.areaCode }))) return false;
        if (update.email && !(await ensureContactVerified(provider, { way: 'email', value: update.email }))) return false;
        await withProgress(ownText(vscode.l10n.t('Saving the contact of ticket {0}…', id)), (signal) => offeredOperation(provider, 'updateTicketContact')(target.ticketId, update, signal));
        return true;
      });
      if (!done) return false;
      await services.panels.get(target)?.reload();
      void vscode.window.showInformationMessage(vscode.l10n.t('The contact of ticket {0} was updated.', id));
      return true;
    },
};
