/** Errors the Huawei provider raises itself, before any request is sent. */
import type { ErrorReason } from '../../core/error-reasons';
import { TicketError } from '../../core/errors';
import { PROVIDER_NAME } from './errors';

/** A setting (endpoint, site) that cannot be used. */
export function invalidSetting(code: string, reason: ErrorReason): TicketError {
  return new TicketError({ kind: 'invalid-input', code, provider: PROVIDER_NAME, reason });
}

/** Input rejected before a request is made, for a reason the host words. */
export function invalidInput(code: string, reason: ErrorReason): TicketError {
  return new TicketError({ kind: 'invalid-input', code, provider: PROVIDER_NAME, reason });
}

/**
 * Input rejected with sentences from the provider's bilingual tables (form-texts.ts, case-administration.ts),
 * already in the account's UI language; they name catalogue fields the host has no words for.
 */
export function invalidInputSaying(code: string, message: string): TicketError {
  return new TicketError({ kind: 'invalid-input', code, provider: PROVIDER_NAME, message });
}
