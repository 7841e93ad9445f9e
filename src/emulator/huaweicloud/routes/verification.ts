/** Contact verification routes (doc 5.13, spec §3.10): need-verify, send, verify, verified list. */
import { businessError, ok } from '../http';
import { bodyInt, bodyString, type JsonObject } from '../params';
import type { OsmRoute, RouteContext } from '../router';
import { zonedTime } from '../present';
import type { ContactKey } from '../verification';

const CODE = /^[0-9A-Za-z]{6}$/;

function wayOf(value: number | undefined): 0 | 1 {
  if (value !== 0 && value !== 1) throw businessError('OSM.01010012');
  return value;
}

function contactFromQuery(rc: RouteContext): ContactKey {
  const value = rc.query.required('contact_value', 64);
  const way = wayOf(rc.query.int('contact_way', { min: 0, max: 1 }));
  const areaCode = rc.query.string('area_code') ?? '';
  if (areaCode.length > 16) throw businessError('OSM.01010001');
  return { way, value, areaCode };
}

function contactFromBody(body: JsonObject): ContactKey {
  const value = bodyString(body, 'contact_value', { required: true, min: 1, max: 64 }) as string;
  const way = wayOf(bodyInt(body, 'contact_way', { required: true, min: 0, max: 1 }));
  const areaCode = bodyString(body, 'area_code', { max: 16 }) ?? '';
  return { way, value, areaCode };
}

/** Shapes a phone or mail must have before a code is sent to it. */
function checkShape(contact: ContactKey): void {
  const valid = contact.way === 0 ? /^\d{5,20}$/.test(contact.value) : /^[^\s@;,]+@[^\s@;,]+\.[^\s@;,]+$/.test(contact.value);
  if (!valid) throw businessError('OSM.01010001');
}

export const verificationRoutes: OsmRoute[] = [
  {
    method: 'GET',
    pattern: '/v2/servicerequest/verifycodes/need-verify',
    op: 'CheckNeedVerify',
    handle: (rc) => {
      const contact = contactFromQuery(rc);
      const store = rc.state.verification;
      const proof = store.proofOf(contact);
      const needed = !store.isRegistered(contact) && !proof;
      return ok({ need_verify_code: needed ? 1 : 0, expire_time: proof ? zonedTime(proof.expiresAt, rc) : '' });
    },
  },
  {
    method: 'POST',
    pattern: '/v2/servicerequest/verifycodes/send',
    op: 'SendVerifyCodes',
    handle: (rc) => {
      const contact = contactFromBody(rc.json());
      checkShape(contact);
      const outcome = rc.state.verification.send(contact);
      if (outcome === 'too-soon') throw businessError('OSM.01010024');
      if (outcome === 'daily-cap') throw businessError('OSM.01010036');
      return ok({});
    },
  },
  {
    method: 'POST',
    pattern: '/v2/servicerequest/verifycodes',
    op: 'CheckVerifyCodes',
    handle: (rc) => {
      const body = rc.json();
      const code = bodyString(body, 'verify_code', { required: true, min: 6, max: 6 }) as string;
      bodyString(body, 'x_customer_id', { max: 64 });
      bodyString(body, 'customer_id', { max: 64 });
      const contact = contactFromBody(body);
      if (!CODE.test(code) || rc.state.verification.verify(contact, code) !== 'verified') throw businessError('OSM.01010010');
      return ok({});
    },
  },
  {
    method: 'GET',
    pattern: '/v2/servicerequest/verifycodes/has-verified',
    op: 'ListHasVerifiedContacts',
    handle: (rc) => {
      const q = rc.query;
      const offset = q.int('offset', { min: 0, max: 2147483647 }, 0) as number;
      const limit = q.int('limit', { min: 1, max: 100 }, 10) as number;
      const way = q.int('contact_way', { min: 0, max: 1 });
      const all = rc.state.verification.list({ way, value: q.string('contact_value'), verifiedId: q.string('verified_id') });
      return ok({
        count: all.length,
        contact_list: all.slice(offset, offset + limit).map((v) => ({ contact_way: v.way, contact_value: v.value, area_code: v.areaCode, verified_id: v.verifiedId })),
      });
    },
  },
];
