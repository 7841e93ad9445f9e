/**
 * Authorization routes (spec §4, 5.6.2, 5.6.4, 5.6.5, 5.6.6): support's requests for access to the
 * customer's console or hosts, listed per case, read one by one, granted, refused or revoked. Only a
 * pending authorization can be granted or refused (OSM.01010046); revoking takes a granted one.
 */
import { businessError, ok } from '../http';
import type { AuthorizationRecord, CaseRecord } from '../model';
import { bodyInt, bodyString, type JsonObject } from '../params';
import { wireTime } from '../present';
import type { OsmRoute, RouteContext } from '../router';
import { checkGroup } from './guards';

const PENDING = 0;
const AUTHORIZED = 1;
const REJECTED = 2;
const CANCELLED = 5;
/** 5.6.5: `auth_detail_list` holds 0–6 entries. */
const MAX_GRANTED_ITEMS = 6;
const LONG_MAX = Number.MAX_SAFE_INTEGER;
const GRANT_WITHOUT_PERIOD_MS = 24 * 3600_000;

/** Every authorization with its case, the newest first. */
function allAuthorizations(rc: RouteContext): { c: CaseRecord; a: AuthorizationRecord }[] {
  return [...rc.state.cases.values()].flatMap((c) => (c.authorizations ?? []).map((a) => ({ c, a }))).sort((x, y) => y.a.createTime.getTime() - x.a.createTime.getTime());
}

function requireAuthorization(rc: RouteContext): { c: CaseRecord; a: AuthorizationRecord } {
  const id = rc.params.authorization_id;
  const found = /^\d+$/.test(id ?? '') ? allAuthorizations(rc).find((entry) => entry.a.id === Number(id)) : undefined;
  if (!found) throw businessError('OSM.01010032');
  return found;
}

function present(c: CaseRecord, a: AuthorizationRecord, rc: RouteContext) {
  const account = rc.state.account;
  return {
    id: a.id,
    status: a.status,
    incident_id: c.id,
    simple_description: c.description,
    auth_describe: rc.name(a.description),
    resource_type_id: 'HUAWEI_CLOUD_ACCOUNT',
    resource_type_name: rc.name(a.resourceType),
    visit_type_id: a.items.some((item) => item.type === 1) ? 'HOST_LOGIN' : 'CONSOLE_LOGIN',
    visit_type_name: rc.name(a.visitType),
    create_time: wireTime(a.createTime),
    auth_effective_time: a.effectiveTime ? a.effectiveTime.getTime() : null,
    auth_expire_time: a.expireTime ? a.expireTime.getTime() : null,
    reject_reason: a.rejectReason,
    customer_id: account.customerId,
    x_customer_id: account.subUserId,
    xcustomer_name: account.subUserName,
  };
}

function list(rc: RouteContext) {
  checkGroup(rc);
  const caseId = rc.query.string('incident_id');
  const status = rc.query.int('status', { min: -1, max: 10 });
  const offset = rc.query.int('offset', { min: 0, max: 65535 }, 0) as number;
  const limit = rc.query.int('limit', { min: 1, max: 100 }, 10) as number;
  const matching = allAuthorizations(rc).filter(({ c, a }) => (!caseId || c.id === caseId) && (status === undefined || status === -1 || a.status === status));
  return ok({ count: matching.length, incident_auth_list: matching.slice(offset, offset + limit).map(({ c, a }) => present(c, a, rc)) });
}

function detail(rc: RouteContext) {
  checkGroup(rc);
  const { c, a } = requireAuthorization(rc);
  return ok({
    ...present(c, a, rc),
    incident_auth_detail_list: a.items.map((item) => ({ id: item.id, type: item.type, instance_id: item.instanceId, instance_name: item.instanceName, region_id: item.regionId })),
    auth_handler_name: rc.state.supportEngineer.name,
    agency_name: '',
    content_type_id: '',
    content_type_name: '',
    is_need_backup: false,
    is_complete_backup: false,
  });
}

const customerOf = (rc: RouteContext) => ({ id: rc.state.account.subUserId, name: rc.state.account.subUserName });

function grant(rc: RouteContext) {
  const body = rc.json();
  checkGroup(rc, body.group_id);
  const items = body.auth_detail_list;
  if (items !== undefined && (!Array.isArray(items) || items.length > MAX_GRANTED_ITEMS)) throw businessError('OSM.01010001');
  const effective = bodyInt(body, 'auth_effective_time', { min: 0, max: LONG_MAX });
  const expires = bodyInt(body, 'auth_expire_time', { min: 0, max: LONG_MAX });
  const { c, a } = requireAuthorization(rc);
  for (const item of (items ?? []) as unknown[]) {
    const entry = (typeof item === 'object' && item !== null ? item : {}) as JsonObject;
    const id = bodyInt(entry, 'auth_detail_id', { required: true, min: 0, max: LONG_MAX });
    const covered = a.items.find((x) => x.id === id);
    if (!covered) throw businessError('OSM.01010032');
    // A host is reached with its login, which the grant must carry.
    if (covered.type === 1 && (bodyString(entry, 'account', { min: 1, max: 64 }) === undefined || bodyString(entry, 'password', { min: 1, max: 10240 }) === undefined)) {
      throw businessError('OSM.01010001');
    }
  }
  if (effective !== undefined && expires !== undefined && expires <= effective) throw businessError('OSM.01010001');
  if (a.status !== PENDING) throw businessError('OSM.01010046');
  a.status = AUTHORIZED;
  // The grant's own period; one that names none lasts a day from now (the emulator's choice).
  const now = rc.state.now().getTime();
  a.effectiveTime = new Date(effective ?? now);
  a.expireTime = new Date(expires ?? (effective ?? now) + GRANT_WITHOUT_PERIOD_MS);
  rc.state.log(c, 73, { zh: '租户侧确认授权', en: 'Authorization confirmed' }, customerOf(rc));
  return ok({});
}

function act(rc: RouteContext) {
  const action = rc.query.string('action_id');
  if (action !== 'reject' && action !== 'cancel') throw businessError('OSM.01010018');
  const body = rc.json();
  checkGroup(rc, body.group_id);
  const reason = bodyString(body, 'reject_reason', { required: action === 'reject', min: 1, max: 300 });
  const { c, a } = requireAuthorization(rc);
  if (action === 'reject') {
    if (a.status !== PENDING) throw businessError('OSM.01010046');
    a.status = REJECTED;
    a.rejectReason = reason ?? '';
    rc.state.log(c, 74, { zh: '租户侧拒绝授权', en: 'Authorization rejected' }, customerOf(rc));
  } else {
    if (a.status !== AUTHORIZED && a.status !== PENDING) throw businessError('OSM.01010034');
    a.status = CANCELLED;
    rc.state.log(c, 83, { zh: '租户侧取消授权', en: 'Authorization cancelled' }, customerOf(rc));
  }
  return ok({});
}

export const authorizationRoutes: OsmRoute[] = [
  { method: 'GET', pattern: '/v2/servicerequest/authorizations', op: 'ListAuthorizations', handle: list },
  { method: 'GET', pattern: '/v2/servicerequest/authorizations/login-type', op: 'ShowLoginType', handle: () => ok({ login_type: 'ASSUMED' }) },
  { method: 'GET', pattern: '/v2/servicerequest/authorizations/{authorization_id}', op: 'ShowAuthorizationDetail', handle: detail },
  { method: 'PUT', pattern: '/v2/servicerequest/authorizations/{authorization_id}', op: 'ConfirmAuthorizations', handle: grant },
  { method: 'PUT', pattern: '/v2/servicerequest/authorizations/{authorization_id}/action', op: 'UpdateAuthorizations', handle: act },
];
