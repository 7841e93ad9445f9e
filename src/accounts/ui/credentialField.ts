/**
 * Which input of the add-account flow a failed "prove the keys work" call points at. Free of `vscode`
 * so the mapping is tested in plain Node; verifyFailure.ts adds the sentences.
 */
import { isTicketError } from '../../core/errors';

/** Which input of the add-account flow a failed check points at. */
export type CredentialField = 'accessKeyId' | 'secret' | 'securityToken' | 'connection' | 'clock' | 'permission' | 'other';

/**
 * The field to fix. A provider that narrowed an authentication failure (`authFailure`) is followed
 * exactly; otherwise codes are matched loosely (both clouds name these conditions differently) and
 * the kind decides the rest.
 */
export function credentialFieldOf(error: unknown): CredentialField {
  if (!isTicketError(error)) return 'other';
  switch (error.authFailure) {
    case 'clock-skew':
      return 'clock';
    case 'token-expired':
    case 'token-invalid':
      return 'securityToken';
    case 'bad-secret':
      return 'secret';
    case 'unknown-key':
    case 'key-disabled':
      return 'accessKeyId';
    case undefined:
      break;
  }
  const code = error.code ?? '';
  if (/time|clock|expired.*date|sdk-date|APIGW\.0303/i.test(code) && error.kind !== 'auth') return 'clock';
  switch (error.kind) {
    case 'auth':
      if (/token/i.test(code)) return 'securityToken';
      if (/signature/i.test(code)) return 'secret';
      return 'accessKeyId';
    case 'permission':
      return 'permission';
    case 'network':
    case 'not-found':
      return 'connection';
    default:
      return 'other';
  }
}
