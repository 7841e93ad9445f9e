import * as vscode from 'vscode';
import { isTicketError } from '../../core/errors';
import { errorMessage } from '../../common/errorMessage';
import { OUTSIDE_TEXT_LIMITS, outsideText, ownText, type SafeText } from '../../shared/outsideText';
import { credentialFieldOf, type CredentialField } from './credentialField';

export type { CredentialField } from './credentialField';

export interface VerifyFailure {
  readonly field: CredentialField;
  /** One sentence naming the wrong part and what to do. */
  readonly message: SafeText;
}

/**
 * Turns the error of the "prove the keys work" call into the part the user should fix
 * (credentialField.ts) and a sentence for it; the provider's own sentence is kept as detail.
 */
export function diagnoseVerifyFailure(error: unknown): VerifyFailure {
  const shown = (text: string) => outsideText(text, { maxLength: OUTSIDE_TEXT_LIMITS.message });
  if (!isTicketError(error)) return { field: 'other', message: shown(error instanceof Error ? error.message : String(error)) };
  // Worded from the error's facts; the cloud's own words in it are outside text, already neutralised.
  const detail = errorMessage(error);
  const field = credentialFieldOf(error);
  switch (field) {
    case 'clock':
      return { field, message: ownText(vscode.l10n.t("The cloud rejected the request time: this computer's clock is probably off. Correct the system clock and try again. ({0})", detail)) };
    case 'securityToken':
      return error.authFailure === 'token-expired'
        ? {
            field,
            message: ownText(
              vscode.l10n.t(
                'The temporary security token has expired; the access key was not rejected. Enter a current STS token (go back if the temporary key id and secret changed with it). ({0})',
                detail,
              ),
            ),
          }
        : { field, message: ownText(vscode.l10n.t('The security token was rejected or has expired. Enter a current STS token, or leave it empty for a permanent key. ({0})', detail)) };
    case 'secret':
      return { field, message: ownText(vscode.l10n.t('The access key exists but the secret does not match it (bad signature). Check the secret. ({0})', detail)) };
    case 'accessKeyId':
      return { field, message: ownText(vscode.l10n.t('The cloud does not know this access key id, or it is disabled. Check the key id. ({0})', detail)) };
    case 'permission':
      return {
        field,
        message: ownText(
          vscode.l10n.t(
            'The keys work, but this identity may not use the ticket API{0}. Ask an administrator for the permission, or save the account anyway.',
            error.deniedAction ? ` (${outsideText(error.deniedAction)})` : '',
          ),
        ),
      };
    case 'connection':
      return error.kind === 'network'
        ? { field, message: ownText(vscode.l10n.t('The endpoint could not be reached. Check the endpoint, proxy and network. ({0})', detail)) }
        : { field, message: ownText(vscode.l10n.t('The endpoint answered, but not as a ticket API. Check the endpoint. ({0})', detail)) };
    case 'other':
      return { field, message: detail };
  }
}
