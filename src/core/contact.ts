/**
 * How support reaches the customer about one ticket (reminder phone, e-mail, contact time, CC list),
 * and contact verification: a reminder phone or e-mail that is not the account's registered one must be
 * proven with a code first (OSM 5.13). Shapes are checked here before any request is made.
 */

/** A phone number or e-mail address that may need verifying. */
export interface ContactAddress {
  readonly way: 'phone' | 'email';
  readonly value: string;
  /** Country/area calling code without "+", for phones ("86"). */
  readonly areaCode?: string;
}

/**
 * `not-needed`: the account's registered contact (nothing to prove); `needed`: a code must be sent and
 * entered; `verified`: proven recently, usable as it is.
 */
export type ContactVerificationState = 'not-needed' | 'needed' | 'verified';

/** The contact of a ticket as the cloud reports it; values may be masked (`138****0000`). */
export interface TicketContact {
  readonly areaCode?: string;
  readonly phone?: string;
  readonly email?: string;
  /** Preferred contact time, e.g. `9:00-18:00`. */
  readonly contactTime?: string;
  readonly ccEmails: readonly string[];
}

/** A change of the contact: only the present fields change; `ccEmails: []` removes every CC address. */
export interface TicketContactUpdate {
  readonly areaCode?: string;
  readonly phone?: string;
  readonly email?: string;
  readonly contactTime?: string;
  readonly ccEmails?: readonly string[];
}

export type ContactProblem = 'phone' | 'area-code' | 'email' | 'contact-time' | 'cc-email' | 'cc-count' | 'masked' | 'nothing';

const PHONE = /^\d{5,20}$/;
const AREA_CODE = /^\d{1,4}$/;
const EMAIL = /^[^\s@;,]+@[^\s@;,]+\.[^\s@;,]+$/;
const TIME = /^([01]?\d|2[0-3]):[0-5]\d-([01]?\d|2[0-3]):[0-5]\d$/;

/** True for a phone number as the clouds take it: digits only, 5–20 of them. */
export function isPhoneNumber(value: string): boolean {
  return PHONE.test(value.trim());
}

/** True for a plain e-mail address (no list separators, one @, a dot in the domain), at most 128 characters. */
export function isEmailAddress(value: string): boolean {
  const text = value.trim();
  return text.length <= 128 && EMAIL.test(text);
}

/** `9:00-18:00`-shaped contact times (OSM `remind_time`, at most 16 characters). */
export function isContactTime(value: string): boolean {
  return TIME.test(value.trim());
}

/** CC addresses from free text separated by `;`, `,` or spaces. */
export function parseEmailList(text: string): string[] {
  return text
    .split(/[;,\s]+/)
    .map((e) => e.trim())
    .filter((e) => e !== '');
}

/** The first problem of an update, or undefined when it may be sent; `maxCc` is the account's CC limit. */
export function contactUpdateProblem(update: TicketContactUpdate, maxCc: number): ContactProblem | undefined {
  const values = [update.phone, update.email, update.areaCode, update.contactTime];
  if (values.every((v) => v === undefined) && update.ccEmails === undefined) return 'nothing';
  // A masked value read back from the cloud is not a number or address the user typed.
  if (values.some((v) => v?.includes('*'))) return 'masked';
  if (update.phone !== undefined && !isPhoneNumber(update.phone)) return 'phone';
  if (update.areaCode !== undefined && !AREA_CODE.test(update.areaCode.trim())) return 'area-code';
  if (update.email !== undefined && !isEmailAddress(update.email)) return 'email';
  if (update.contactTime !== undefined && !isContactTime(update.contactTime)) return 'contact-time';
  if (update.ccEmails?.some((e) => !isEmailAddress(e))) return 'cc-email';
  if (update.ccEmails && update.ccEmails.length > maxCc) return 'cc-count';
  return undefined;
}
