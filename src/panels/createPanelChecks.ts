import * as vscode from 'vscode';
import { errorMessage } from '../common/errorMessage';
import type { ContactAddress } from '../core/contact';
import { isEmailAddress, isPhoneNumber } from '../core/contact';
import { isTicketError } from '../core/errors';
import type { FilingCheck } from '../core/filing';
import type { ContactField, FormField } from '../core/form-schema';
import type { TicketProvider } from '../core/provider';
import { operationIfOffered } from '../core/provider-operations';
import type { CreateContactVerificationRequest, CreateFilingNoticeView, CreateFormValues, CreateVerificationView } from '../shared/protocol/create';

/** The filing check in the UI language; null when nothing needs saying. */
export function filingNotice(check: FilingCheck): CreateFilingNoticeView | null {
  const quota = check.quota;
  const period = quota?.period === 'year' ? vscode.l10n.t('this year') : quota?.period === 'quarter' ? vscode.l10n.t('this quarter') : vscode.l10n.t('this month');
  switch (check.verdict) {
    case 'no-privilege':
      return {
        blocking: true,
        text: vscode.l10n.t('The main account allows only users with the ticket privilege to file tickets, and this user does not have it. Ask the account administrator to grant it.'),
      };
    case 'quota-exhausted':
      return {
        blocking: true,
        text: vscode.l10n.t('The ticket quota of this problem type is used up {0} ({1} of {1}). Choose another problem type, or file when the quota renews.', period, quota?.total ?? 0),
      };
    case 'allowed':
      return quota ? { blocking: false, text: vscode.l10n.t('{0} of {1} tickets of this problem type left {2}.', quota.remaining, quota.total, period) } : null;
  }
}

/**
 * Asks the provider whether filing is allowed with these answers. Only select answers decide it (the
 * product and problem type), so a check per distinct set of them is enough; a failed check says
 * nothing rather than block (the provider checks again when filing).
 */
export class FilingChecks {
  private last: { key: string; notice: Promise<CreateFilingNoticeView | null> } | undefined;

  constructor(
    private readonly run: <T>(call: (provider: TicketProvider) => Promise<T>) => Promise<T>,
    private readonly log: vscode.LogOutputChannel,
  ) {}

  check(fields: readonly FormField[], values: CreateFormValues): Promise<CreateFilingNoticeView | null> {
    const key = JSON.stringify(fields.filter((field) => field.kind === 'select').map((field) => values[field.id] ?? null));
    if (this.last?.key !== key) this.last = { key, notice: this.ask(values) };
    return this.last.notice;
  }

  private async ask(values: CreateFormValues): Promise<CreateFilingNoticeView | null> {
    try {
      const check = await this.run(async (provider) => operationIfOffered(provider, 'checkFiling')?.(values));
      return check ? filingNotice(check) : null;
    } catch (error) {
      this.last = undefined;
      this.log.warn(`Create form: the filing check failed, the form says nothing about it: ${String(error)}`);
      return null;
    }
  }
}

/** The address a contact field holds, when it has one of the right shape. */
function addressOf(field: ContactField, values: CreateFormValues): ContactAddress | undefined {
  const value = String(values[field.id] ?? '').trim();
  const areaCode = field.areaCodeField ? String(values[field.areaCodeField] ?? '').trim() : '';
  if (field.kind === 'phone') return isPhoneNumber(value) ? { way: 'phone', value, areaCode: areaCode || undefined } : undefined;
  return isEmailAddress(value) ? { way: 'email', value } : undefined;
}

function refusal(error: unknown, action: CreateContactVerificationRequest['action']): string {
  if (isTicketError(error, 'throttled')) return vscode.l10n.t('A code was sent less than a minute ago, or too many today. Wait before asking for another.');
  if (isTicketError(error, 'invalid-input') && action === 'verify') return vscode.l10n.t('The code was not accepted. Check it, or send a new one.');
  return errorMessage(error);
}

/** One step of proving a contact field: check whether it needs a code, send one, or check the code. */
export async function contactVerificationStep(
  run: <T>(call: (provider: TicketProvider) => Promise<T>) => Promise<T>,
  fields: readonly FormField[],
  request: CreateContactVerificationRequest,
): Promise<CreateVerificationView> {
  const field = fields.find((candidate): candidate is ContactField => candidate.id === request.fieldId && (candidate.kind === 'phone' || candidate.kind === 'email'));
  const address = field?.verification ? addressOf(field, request.values) : undefined;
  if (!address) return { state: 'not-needed' };
  try {
    return await run(async (provider): Promise<CreateVerificationView> => {
      const state = operationIfOffered(provider, 'contactVerificationState');
      if (!state) return { state: 'not-needed' };
      if (request.action === 'check') return { state: await state(address) };
      if (request.action === 'send') {
        await operationIfOffered(provider, 'sendVerificationCode')?.(address);
        return { state: 'sent' };
      }
      await operationIfOffered(provider, 'verifyContact')?.(address, request.code ?? '');
      return { state: 'verified' };
    });
  } catch (error) {
    return { state: request.action === 'verify' ? 'sent' : 'needed', message: refusal(error, request.action) };
  }
}
