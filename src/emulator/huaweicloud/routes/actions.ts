/**
 * Case action routes (spec §3.7): urge/close/cancel/delete with the status rules, rating, contact info,
 * extends parameters requested by support.
 */
import { SERVICE_ACTION_STATUSES, SERVICE_RATEABLE_STATUSES } from '../state-machine';
import { reasonFits, SATISFACTION_IDS } from '../fixtures/satisfaction';
import { businessError, ok } from '../http';
import type { CaseRecord, SatisfactionRecord } from '../model';
import { bodyMap, bodyString, type JsonObject } from '../params';
import type { OsmRoute, RouteContext } from '../router';
import { checkGroup, requireCase } from './guards';
import { checkCcEmails } from './validation';

/** Urge rules (undocumented timings, the emulator's choice per spec §7.2). */
export const URGE_AFTER_CREATION_MS = 5 * 60_000;
export const URGE_INTERVAL_MS = 30 * 60_000;

const ACTION_LOGS = {
  press: { type: 2, zh: '催单', en: 'Urged', to: undefined },
  cancel: { type: 4, zh: '撤销工单', en: 'Ticket cancelled', to: 4 },
  close: { type: 3, zh: '关单', en: 'Ticket closed', to: 3 },
  delete: { type: 13, zh: '删除工单', en: 'Ticket deleted', to: 13 },
} as const;

function satisfactionList(value: unknown, required: boolean): SatisfactionRecord[] {
  if (value === undefined || value === null) {
    if (required) throw businessError('OSM.01010001');
    return [];
  }
  if (!Array.isArray(value) || value.length > 100) throw businessError('OSM.01010001');
  return value.map((item: unknown) => {
    const o = (typeof item === 'object' && item !== null ? item : {}) as Record<string, unknown>;
    const id = o.satisfaction_id;
    const score = o.satisfaction_value;
    if (typeof id !== 'number' || !SATISFACTION_IDS.includes(id) || typeof score !== 'number' || !Number.isInteger(score) || score < 1 || score > 5) {
      throw businessError('OSM.01010001');
    }
    const text = (k: string) => (typeof o[k] === 'string' ? (o[k] as string) : undefined);
    // A reason must be one the configuration offers for that star count (in the named category).
    const reason = text('instance_name');
    if (reason !== undefined && reason !== '' && !reasonFits(text('parent_category_id') || undefined, score, reason)) throw businessError('OSM.01010001');
    return {
      satisfaction_id: id,
      satisfaction_value: score,
      satisfaction_name: text('satisfaction_name'),
      sat_category_id: text('sat_category_id'),
      parent_category_id: text('parent_category_id'),
      instance_name: text('instance_name'),
    };
  });
}

function customerOf(rc: RouteContext) {
  return { id: rc.state.account.subUserId, name: rc.state.account.subUserName };
}

function press(rc: RouteContext, c: CaseRecord): void {
  const now = rc.state.now().getTime();
  if (now - c.createTime.getTime() < URGE_AFTER_CREATION_MS) throw businessError('OSM.01010022');
  if (c.lastPressedAt && now - c.lastPressedAt.getTime() < URGE_INTERVAL_MS) throw businessError('OSM.01010004');
  c.lastPressedAt = new Date(now);
}

function caseAction(rc: RouteContext) {
  const action = rc.query.string('action_id');
  if (action !== 'press' && action !== 'cancel' && action !== 'close' && action !== 'delete') throw businessError('OSM.01010013');
  const body = rc.json();
  checkGroup(rc, body.group_id);
  const judgement = bodyString(body, 'judgement', { max: 400 });
  const description = bodyString(body, 'operate_desc', { max: 400 });
  const ratings = satisfactionList(body.incident_satisfaction_list, false);
  const c = requireCase(rc);
  if (!SERVICE_ACTION_STATUSES[action].includes(c.status)) throw businessError('OSM.01010034');
  if (action === 'press') press(rc, c);
  const effect = ACTION_LOGS[action];
  if (effect.to !== undefined) c.status = effect.to;
  if (action === 'close') {
    c.confirmedTime = rc.state.now();
    if (ratings.length > 0) c.satisfaction = ratings;
    if (judgement) c.judgement = judgement;
  }
  rc.state.log(c, effect.type, { zh: description || effect.zh, en: description || effect.en }, customerOf(rc));
  return ok({});
}

function score(rc: RouteContext) {
  const body = rc.json();
  checkGroup(rc, body.group_id);
  const judgement = bodyString(body, 'judgement', { required: true, max: 400 }) as string;
  const ratings = satisfactionList(body.incident_satisfaction_list, true);
  const c = requireCase(rc);
  if (!SERVICE_RATEABLE_STATUSES.includes(c.status) || c.satisfaction.length > 0) throw businessError('OSM.01010034');
  c.satisfaction = ratings;
  c.judgement = judgement;
  rc.state.log(c, 5, { zh: '评价', en: 'Rated' }, customerOf(rc));
  return ok({});
}

function contactInfo(rc: RouteContext) {
  const body = rc.json();
  checkGroup(rc, body.group_id);
  const areaCode = bodyString(body, 'area_code', { min: 1, max: 32 });
  const mobile = bodyString(body, 'remind_mobile', { min: 1, max: 32 });
  const mail = bodyString(body, 'remind_mail', { min: 1, max: 128 });
  const time = bodyString(body, 'remind_time', { min: 1, max: 16 });
  const extension = bodyMap(body, 'extension_map', { maxEntries: 100 }) ?? {};
  if (mail !== undefined && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(mail)) throw businessError('OSM.01010001');
  const cc = extension.remindCCEmail === undefined ? undefined : checkCcEmails(extension.remindCCEmail, rc.state.catalogue.ccEmailMaxCount);
  const c = requireCase(rc);
  if (c.status === 13) throw businessError('OSM.01010034');
  // Only the registered contact or one proven with a code (5.13) may receive reminders.
  const verification = rc.state.verification;
  if (mobile !== undefined && !verification.isUsable({ way: 0, value: mobile, areaCode: areaCode ?? (c.contact.areaCode || '86') })) throw businessError('OSM.01010010');
  if (mail !== undefined && !verification.isUsable({ way: 1, value: mail, areaCode: '' })) throw businessError('OSM.01010010');
  c.contact = {
    areaCode: areaCode ?? c.contact.areaCode,
    remindMobile: mobile ?? c.contact.remindMobile,
    remindMail: mail ?? c.contact.remindMail,
    remindTime: time ?? c.contact.remindTime,
    ccEmail: cc ? cc.join(';') : c.contact.ccEmail,
    contactType: typeof extension.contactType === 'string' ? extension.contactType : c.contact.contactType,
  };
  rc.state.log(c, 114, { zh: '修改工单客户沟通方式', en: 'Contact method changed' }, customerOf(rc));
  return ok({});
}

/** Keys named by the case's parameter requests (`extension: {"param_keys": […]}`); empty when none names any. */
function requestedKeys(c: CaseRecord): Set<string> {
  const keys = new Set<string>();
  for (const m of c.messages) {
    if (m.displayType !== 'EXT_PARAM_REQUEST' || m.status === -1 || !m.extension) continue;
    try {
      const named: unknown = (JSON.parse(m.extension) as { param_keys?: unknown }).param_keys;
      if (Array.isArray(named)) for (const key of named) if (typeof key === 'string') keys.add(key);
    } catch {
      // An extension that is not JSON names nothing.
    }
  }
  return keys;
}

/** 5.3.2: the parameters support asked for (all of the problem type's when no request names them), with their values. */
function showExtendsParams(rc: RouteContext) {
  checkGroup(rc);
  const c = requireCase(rc);
  const asked = requestedKeys(c);
  const params = (rc.state.catalogue.problemTypes.find((p) => p.id === c.businessTypeId)?.extendsParams ?? []).filter((p) => asked.size === 0 || asked.has(p.key));
  return ok({
    error_code: '',
    error_msg: '',
    ext_params: params.map((p) => ({
      param_key: p.key,
      rela_object_properties_value: c.extendsMap[p.key] === undefined ? '' : String(c.extendsMap[p.key]),
      param_name: rc.name(p.name),
      param_desc: rc.name(p.tips),
      param_type: p.type,
      select_item: p.options ? JSON.stringify(Object.fromEntries(Object.entries(p.options).map(([k, v]) => [k, rc.name(v)]))) : '',
    })),
  });
}

function submitExtendsParams(rc: RouteContext) {
  const body = rc.json();
  checkGroup(rc, body.group_id);
  const values = bodyMap(body, 'extends_map', { required: true, maxEntries: 100 }) as JsonObject;
  const messageId = bodyString(body, 'message_id', { max: 64 });
  if (Object.keys(values).length === 0) throw businessError('OSM.01010001');
  const c = requireCase(rc);
  if (messageId && !c.messages.some((m) => m.id === messageId && m.displayType === 'EXT_PARAM_REQUEST')) throw businessError('OSM.01010001');
  if (![0, 1, 2, 5, 17].includes(c.status)) throw businessError('OSM.01010034');
  Object.assign(c.extendsMap, values);
  // An answer to support's question is the feedback it waits for, as a reply would be.
  if (c.status === 17) {
    c.status = 1;
    rc.state.log(c, 85, { zh: '客户回复待反馈工单', en: 'Customer replied to the feedback request' }, customerOf(rc));
  }
  return ok({});
}

export const actionRoutes: OsmRoute[] = [
  { method: 'POST', pattern: '/v2/servicerequest/cases/{case_id}/action', op: 'UpdateCases', handle: caseAction },
  { method: 'POST', pattern: '/v2/servicerequest/cases/{case_id}/score', op: 'CreateScores', handle: score },
  { method: 'PUT', pattern: '/v2/servicerequest/cases/{case_id}/contact-info', op: 'UpdateCaseContactInfo', handle: contactInfo },
  { method: 'GET', pattern: '/v2/servicerequest/cases/{case_id}/extends-param', op: 'ShowCaseExtendsParam', handle: showExtendsParams },
  { method: 'POST', pattern: '/v2/servicerequest/cases/{case_id}/extends-param', op: 'CreateCaseExtendsParam', handle: submitExtendsParams },
];
