/**
 * Contact verification (spec §3.10, doc 5.13): a reminder phone or e-mail that is not the account's
 * registered one must be proven with a code before a case may use it. Flow: need-verify → send code
 * (valid 5 min, at most one a minute) → verify → read the serial id from the verified list and send it
 * as `x-phone-verifiedid` / `x-email-verifiedid` when filing.
 */
import { readBoolean, readList, readNumber } from '../wire-readers';
import type { OsmTransport } from '../transport';

/** 0 = mobile phone (SMS), 1 = e-mail (spec §2.5 `contact_way`). */
export type ContactWay = 0 | 1;

export interface OsmContact {
  readonly way: ContactWay;
  readonly value: string;
  /** Phone country code without "+" ("86"); ignored for e-mail. */
  readonly areaCode?: string;
}

interface NeedVerifyResponse {
  need_verify_code?: number | string | boolean;
  expire_time?: string;
}

interface VerifiedContactWire {
  contact_way?: number | string;
  contact_value?: string;
  area_code?: string;
  verified_id?: string;
}

interface VerifiedContactsResponse {
  count?: number | string;
  contact_list?: VerifiedContactWire[] | VerifiedContactWire | null;
}

function contactBody(contact: OsmContact): Record<string, unknown> {
  return { contact_value: contact.value, contact_way: contact.way, ...(contact.way === 0 && contact.areaCode ? { area_code: contact.areaCode } : {}) };
}

export class OsmVerificationApi {
  constructor(private readonly t: OsmTransport) {}

  /** 5.13.1: true when the address must be proven before use. */
  async needsVerification(contact: OsmContact, signal?: AbortSignal): Promise<boolean> {
    const body = await this.t.json<NeedVerifyResponse>({
      op: 'CheckNeedVerify',
      method: 'GET',
      path: '/v2/servicerequest/verifycodes/need-verify',
      intent: 'read',
      signal,
      query: { contact_value: contact.value, contact_way: contact.way, area_code: contact.way === 0 ? contact.areaCode : undefined },
    });
    return readBoolean(body.need_verify_code);
  }

  /** 5.13.4: sends a code by SMS or e-mail. A write: never retried (each send counts against a daily cap). */
  async sendCode(contact: OsmContact, signal?: AbortSignal): Promise<void> {
    await this.t.json({ op: 'SendVerifyCodes', method: 'POST', path: '/v2/servicerequest/verifycodes/send', body: contactBody(contact), intent: 'write', signal });
  }

  /** 5.13.3: proves the address with the 6-character code it received. */
  async verify(contact: OsmContact, code: string, signal?: AbortSignal): Promise<void> {
    await this.t.json({ op: 'CheckVerifyCodes', method: 'POST', path: '/v2/servicerequest/verifycodes', body: { ...contactBody(contact), verify_code: code }, intent: 'write', signal });
  }

  /** 5.13.2: the serial id of a proven address, or undefined when it has none (or it expired). */
  async verifiedId(contact: OsmContact, signal?: AbortSignal): Promise<string | undefined> {
    const body = await this.t.json<VerifiedContactsResponse>({
      op: 'ListHasVerifiedContacts',
      method: 'GET',
      path: '/v2/servicerequest/verifycodes/has-verified',
      intent: 'read',
      signal,
      query: { contact_way: contact.way, contact_value: contact.value, area_code: contact.way === 0 ? contact.areaCode : undefined, offset: 0, limit: 10 },
    });
    const match = readList(body.contact_list).find(
      (c) => readNumber(c.contact_way, -1) === contact.way && c.contact_value === contact.value && (contact.way === 1 || !contact.areaCode || !c.area_code || c.area_code === contact.areaCode),
    );
    return match?.verified_id || undefined;
  }
}
