/**
 * Contact verification in the OSM emulator (doc 5.13): codes sent by "SMS" or "e-mail" (kept here, read
 * back through the `verification-code` control command), their timing rules, and the addresses proven
 * with them. A proven address gets a serial id that filing (5.3.5) must present in
 * `x-phone-verifiedid` / `x-email-verifiedid`; contact changes (5.3.1) accept only proven addresses.
 */
import { randomInt } from 'node:crypto';
import type { AccountRecord } from './model';

/** A code is valid 5 minutes, and one may be sent per address each minute (spec §3.10). */
export const CODE_LIFETIME_MS = 5 * 60_000;
export const RESEND_INTERVAL_MS = 60_000;
/** Codes an account may send per day (undocumented; the emulator's choice) before OSM.01010036. */
export const DAILY_SENDS = 10;
/** How long a proven address stays usable (undocumented; the emulator's choice). */
export const VERIFIED_LIFETIME_MS = 24 * 3600_000;

export interface ContactKey {
  /** 0 phone, 1 e-mail. */
  readonly way: 0 | 1;
  readonly value: string;
  readonly areaCode: string;
}

export interface VerifiedContact extends ContactKey {
  readonly verifiedId: string;
  readonly expiresAt: Date;
}

type SendOutcome = 'sent' | 'too-soon' | 'daily-cap';
type VerifyOutcome = 'verified' | 'wrong-code';

function keyOf(contact: ContactKey): string {
  return contact.way === 0 ? `0:${contact.areaCode || '86'}:${contact.value}` : `1::${contact.value.toLowerCase()}`;
}

export class OsmVerificationStore {
  private readonly codes = new Map<string, { code: string; sentAt: Date }>();
  private readonly verified = new Map<string, VerifiedContact>();
  private sendDay = '';
  private sendsToday = 0;

  constructor(
    private readonly account: AccountRecord,
    private readonly now: () => Date,
    private readonly newId: () => string,
  ) {}

  /** The account's own phone or e-mail needs no proof. */
  isRegistered(contact: ContactKey): boolean {
    return contact.way === 0 ? contact.value === this.account.registeredMobile : contact.value.toLowerCase() === this.account.registeredMail.toLowerCase();
  }

  /** The unexpired proof of an address, if any. */
  proofOf(contact: ContactKey): VerifiedContact | undefined {
    const proof = this.verified.get(keyOf(contact));
    return proof && proof.expiresAt.getTime() > this.now().getTime() ? proof : undefined;
  }

  /** True when the address may be used without (more) proof. */
  isUsable(contact: ContactKey): boolean {
    return this.isRegistered(contact) || this.proofOf(contact) !== undefined;
  }

  send(contact: ContactKey): SendOutcome {
    const now = this.now();
    const previous = this.codes.get(keyOf(contact));
    if (previous && now.getTime() - previous.sentAt.getTime() < RESEND_INTERVAL_MS) return 'too-soon';
    const day = now.toISOString().slice(0, 10);
    if (day !== this.sendDay) {
      this.sendDay = day;
      this.sendsToday = 0;
    }
    if (this.sendsToday >= DAILY_SENDS) return 'daily-cap';
    this.sendsToday += 1;
    this.codes.set(keyOf(contact), { code: String(randomInt(0, 1_000_000)).padStart(6, '0'), sentAt: now });
    return 'sent';
  }

  verify(contact: ContactKey, code: string): VerifyOutcome {
    const key = keyOf(contact);
    const sent = this.codes.get(key);
    const now = this.now();
    if (!sent || sent.code !== code || now.getTime() - sent.sentAt.getTime() > CODE_LIFETIME_MS) return 'wrong-code';
    this.codes.delete(key);
    this.verified.set(key, { ...contact, verifiedId: this.newId(), expiresAt: new Date(now.getTime() + VERIFIED_LIFETIME_MS) });
    return 'verified';
  }

  /** The last code sent to an address (what the user would read in the SMS or e-mail). */
  lastCode(contact: ContactKey): string | undefined {
    return this.codes.get(keyOf(contact))?.code;
  }

  /** Unexpired proofs, filtered like 5.13.2's query. */
  list(filter: { way?: number; value?: string; verifiedId?: string }): VerifiedContact[] {
    const now = this.now().getTime();
    return [...this.verified.values()].filter(
      (v) =>
        v.expiresAt.getTime() > now &&
        (filter.way === undefined || v.way === filter.way) &&
        (filter.value === undefined || v.value === filter.value) &&
        (filter.verifiedId === undefined || v.verifiedId === filter.verifiedId),
    );
  }

  /** True when `verifiedId` proves exactly this address. */
  proves(verifiedId: string, contact: ContactKey): boolean {
    return this.proofOf(contact)?.verifiedId === verifiedId;
  }
}
