/** Errors the Huawei provider raises itself, before any request is sent. */
import { TicketError } from '../../core/errors';

/** A setting (endpoint, site) that cannot be used. */
export function invalidSetting(code: string, message: string): TicketError {
  return new TicketError({ kind: 'invalid-input', code, message });
}

/** Input rejected before a request is made; `message` says what to change. */
export function invalidInput(code: string, message: string): TicketError {
  return new TicketError({ kind: 'invalid-input', code, message });
}
