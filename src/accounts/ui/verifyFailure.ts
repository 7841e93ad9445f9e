import * as vscode from 'vscode';
import { isTicketError } from '../../core/errors';

/** Which input of the add-account flow a failed check points at. */
export type CredentialField = 'accessKeyId' | 'secret' | 'securityToken' | 'connection' | 'clock' | 'permission' | 'other';

export interface VerifyFailure {
  readonly field: CredentialField;
  /** One sentence naming the wrong part and what to do. */
  readonly message: string;
}

/**
 * Turns the error of the "prove the keys work" call into the part the user should fix. Provider
 * codes are matched loosely (both clouds name these conditions differently) and the kind decides
 * the rest; the provider's own sentence is kept as detail.
 */
export function diagnoseVerifyFailure(error: unknown): VerifyFailure {
  if (!isTicketError(error)) return { field: 'other', message: error instanceof Error ? error.message : String(error) };
  const code = error.code ?? '';
  const detail = error.message;
  if (/time|clock|expired.*date|sdk-date|APIGW\.0303/i.test(code) && error.kind !== 'auth') {
    return { field: 'clock', message: vscode.l10n.t('The cloud rejected the request time: this computer\'s clock is probably off. Correct the system clock and try again. ({0})', detail) };
  }
  switch (error.kind) {
    case 'auth':
      if (/token/i.test(code)) return { field: 'securityToken', message: vscode.l10n.t('The security token was rejected or has expired. Enter a current STS token, or leave it empty for a permanent key. ({0})', detail) };
      if (/signature/i.test(code)) return { field: 'secret', message: vscode.l10n.t('The access key exists but the secret does not match it (bad signature). Check the secret. ({0})', detail) };
      return { field: 'accessKeyId', message: vscode.l10n.t('The cloud does not know this access key id, or it is disabled. Check the key id. ({0})', detail) };
    case 'permission':
      return { field: 'permission', message: vscode.l10n.t('The keys work, but this identity may not use the ticket API{0}. Ask an administrator for the permission, or save the account anyway.', error.deniedAction ? ` (${error.deniedAction})` : '') };
    case 'network':
      return { field: 'connection', message: vscode.l10n.t('The endpoint could not be reached. Check the endpoint, proxy and network. ({0})', detail) };
    case 'not-found':
      return { field: 'connection', message: vscode.l10n.t('The endpoint answered, but not as a ticket API. Check the endpoint. ({0})', detail) };
    default:
      return { field: 'other', message: detail };
  }
}
