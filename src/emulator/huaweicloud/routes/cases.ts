/** Case routes (spec §3.3, §3.4): create, list, counts, detail, status, operation log. */
import { SOURCE_ID } from '../fixtures/catalogue';
import { businessError, headerValue, malformed, ok } from '../http';
import type { CaseRecord } from '../model';
import { bodyInt, bodyMap, bodyString, bodyStringList, type JsonObject } from '../params';
import { presentDetail, presentLog, presentSummary } from '../present';
import { OsmCaseLifecycle } from '../lifecycle';
import type { OsmRoute, RouteContext } from '../router';
import { checkGroup, requireCase } from './guards';
import { bindAttachments, checkCcEmails } from './validation';

const QUERY_TIME = /^(\d{4})-(\d{2})-(\d{2}) (\d{2}):(\d{2}):(\d{2})$/;

/** Parses a `yyyy-MM-dd HH:mm:ss` query time in the caller's zone; malformed → 400. */
function queryTime(rc: RouteContext, name: string): number | undefined {
  const raw = rc.query.string(name);
  if (!raw) return undefined;
  const m = QUERY_TIME.exec(raw);
  if (!m) throw malformed(rc.requestId);
  return Date.UTC(+m[1], +m[2] - 1, +m[3], +m[4], +m[5], +m[6]) - rc.tzOffsetMinutes * 60_000;
}

/** A reminder contact other than the registered one needs the serial id that proves it (5.13) in its header. */
function checkContactVerification(rc: RouteContext, mobile: string, areaCode: string, mail: string): void {
  const store = rc.state.verification;
  const proven = (header: string, contact: { way: 0 | 1; value: string; areaCode: string }) => store.isRegistered(contact) || store.proves(headerValue(rc.request, header) ?? '', contact);
  if (mobile && !proven('x-phone-verifiedid', { way: 0, value: mobile, areaCode: areaCode || '86' })) throw businessError('OSM.01010010');
  if (mail && !proven('x-email-verifiedid', { way: 1, value: mail, areaCode: '' })) throw businessError('OSM.01010010');
}

function createCase(rc: RouteContext): ReturnType<typeof ok> {
  const body = rc.json();
  const businessTypeId = bodyString(body, 'business_type_id', { required: true, min: 1, max: 512 }) as string;
  const description = bodyString(body, 'simple_description', { required: true, min: 1, max: 2000 }) as string;
  const sourceId = bodyString(body, 'source_id', { required: true, max: 32 });
  const subTypeId = bodyString(body, 'incident_sub_type_id', { max: 32 }) ?? '';
  const productId = bodyString(body, 'product_category_id', { max: 64 });
  const regionId = bodyString(body, 'region_id', { max: 64 }) ?? '';
  const severityId = bodyString(body, 'severity_id', { max: 64 }) ?? '';
  const mobile = bodyString(body, 'remind_mobile', { max: 32 }) ?? '';
  const mail = bodyString(body, 'remind_mail', { max: 128 }) ?? '';
  const remindTime = bodyString(body, 'remind_time', { max: 16 }) ?? '';
  const areaCode = bodyString(body, 'area_code', { max: 32 }) ?? '';
  bodyString(body, 'project_id', { max: 64 });
  bodyInt(body, 'agreement_signed_record_id', { min: 0, max: 2147483647 });
  const accessoryIds = bodyStringList(body, 'accessory_ids', { maxItems: 100, maxLength: 64 }) ?? [];
  const extendsMap = bodyMap(body, 'extends_map', { maxEntries: 100 }) ?? {};
  const extensionMap = bodyMap(body, 'extension_map', { maxEntries: 100 }) ?? {};
  // "No attachments: do not send accessory_ids at all" (doc 4.1).
  if (body.accessory_ids !== undefined && accessoryIds.length === 0) throw businessError('OSM.01010001');
  if (sourceId !== SOURCE_ID) throw businessError('OSM.01010027');
  const createPrivilege = rc.state.privileges.createCase;
  if (createPrivilege.restricted && !createPrivilege.granted) throw businessError('OSM.01010007');
  checkContactVerification(rc, mobile, areaCode, mail);
  const catalogue = rc.state.catalogue;
  const problem = catalogue.problemTypes.find((p) => p.id === businessTypeId);
  if (!problem) throw businessError('OSM.01010028');
  if (regionId && !catalogue.regions.some((r) => r.id === regionId)) throw businessError('OSM.01010033');
  if (problem.caseType === '5' && !regionId) throw businessError('OSM.01010001');
  if (severityId && !catalogue.severities.some((s) => s.id === severityId)) throw businessError('OSM.01010006');
  const ccEmails = checkCcEmails(extensionMap.remindCCEmail, catalogue.ccEmailMaxCount);
  const state = rc.state;
  bindAttachments(state, accessoryIds, 'incident', 5);
  if (state.quota.unUsed <= 0) throw businessError('OSM.01010037');
  state.quota.unUsed -= 1;
  const now = state.now();
  const c: CaseRecord = {
    id: state.caseId(now),
    status: 0,
    businessTypeId,
    productCategoryId: productId ?? problem.productId,
    subTypeId,
    regionId,
    severityId,
    description,
    createTime: now,
    resolution: '',
    rootCause: '',
    messages: [],
    logs: [],
    labelIds: [],
    relatedIds: [],
    satisfaction: [],
    judgement: '',
    extendsMap: extendsMap as JsonObject,
    serviceType: 'IncidentService',
    contact: { areaCode, remindMobile: mobile, remindMail: mail, remindTime, contactType: String(extensionMap.contactType ?? '0,1'), ccEmail: ccEmails.join(';') },
  };
  if (ccEmails.length > 0) state.lastCcEmails = ccEmails;
  state.cases.set(c.id, c);
  const customer = { id: state.account.subUserId, name: state.account.subUserName };
  state.addMessage(c, {
    type: 0,
    replierId: customer.id,
    replierName: customer.name,
    iamUserType: 1,
    content: description,
    createTime: now,
    accessoryIds,
    displayType: 'NORMAL',
    isFirst: true,
  });
  state.log(c, 0, { zh: '创建工单', en: 'Ticket created' }, customer, now);
  // The simulated agent (off unless an agent delay is configured) answers like a support engineer.
  rc.ctx.agent.schedule(() => new OsmCaseLifecycle(rc.state).autoRespond(c.id));
  return ok({ incident_id: c.id });
}

function matchesFilters(c: CaseRecord, rc: RouteContext, statuses: number[] | undefined, labelIds: number[]): boolean {
  const q = rc.query;
  const keywords = q.list('search_key');
  const appKey = q.string('app_key');
  const start = queryTime(rc, 'query_start_time');
  const end = queryTime(rc, 'query_end_time');
  const text = c.description.toLowerCase();
  if (statuses && !statuses.includes(c.status)) return false;
  if (keywords.some((k) => !text.includes(k.toLowerCase()))) return false;
  if (appKey && !c.id.includes(appKey) && !text.includes(appKey.toLowerCase())) return false;
  if (q.string('incident_id') && c.id !== q.string('incident_id')) return false;
  if (start !== undefined && c.createTime.getTime() < start) return false;
  if (end !== undefined && c.createTime.getTime() > end) return false;
  if (labelIds.length > 0 && !labelIds.some((id) => c.labelIds.includes(id))) return false;
  if (q.string('product_category_id') && c.productCategoryId !== q.string('product_category_id')) return false;
  if (q.string('business_type_id') && c.businessTypeId !== q.string('business_type_id')) return false;
  if (q.string('incident_sub_type_id') && c.subTypeId !== q.string('incident_sub_type_id')) return false;
  return true;
}

function listCases(rc: RouteContext): ReturnType<typeof ok> {
  const q = rc.query;
  checkGroup(rc);
  const status = q.int('status', { min: 0, max: 20 });
  const many = q.list('incident_statuses').concat(q.list('incident_status'));
  if (many.some((s) => !/^\d+$/.test(s))) throw malformed(rc.requestId);
  const statuses = status !== undefined ? [status] : many.length > 0 ? many.map(Number) : undefined;
  const labelIds = q.list('label_id_list').map(Number);
  if (q.list('search_key').length > 3 || labelIds.length > 5) throw businessError('OSM.01010001');
  if (labelIds.some((id) => !rc.state.labels.has(id))) throw businessError('OSM.01010039');
  const offset = q.int('offset', { min: 0, max: 65535 }, 0) as number;
  const limit = q.int('limit', { min: 0, max: 100 }, 10) as number;
  const all = rc.state.visibleCases(statuses?.includes(13) ?? false).filter((c) => matchesFilters(c, rc, statuses, labelIds));
  return ok({ total_count: all.length, incident_info_list: all.slice(offset, offset + limit).map((c) => presentSummary(c, rc)) });
}

function countCases(rc: RouteContext): ReturnType<typeof ok> {
  const status = rc.query.int('status', { min: 0, max: 20 });
  const product = rc.query.string('product_category_id');
  const business = rc.query.string('business_type_id');
  const counts = new Map<number, number>();
  for (const c of rc.state.cases.values()) {
    if ((status !== undefined && c.status !== status) || (product && c.productCategoryId !== product) || (business && c.businessTypeId !== business)) continue;
    counts.set(c.status, (counts.get(c.status) ?? 0) + 1);
  }
  const list = [...counts.entries()].sort((a, b) => a[0] - b[0]).map(([s, count]) => ({ status: s, count }));
  return ok({ incident_status_counts: list });
}

export const caseRoutes: OsmRoute[] = [
  { method: 'POST', pattern: '/v2/servicerequest/cases', op: 'CreateCases', handle: createCase },
  { method: 'GET', pattern: '/v2/servicerequest/cases', op: 'ListCases', handle: listCases },
  { method: 'GET', pattern: '/v2/servicerequest/cases/count', op: 'ListCaseCounts', handle: countCases },
  {
    method: 'GET',
    pattern: '/v2/servicerequest/cases/{case_id}',
    op: 'ShowCaseDetail',
    handle: (rc) => {
      checkGroup(rc);
      return ok({ incident_detail_info: presentDetail(requireCase(rc), rc) });
    },
  },
  { method: 'GET', pattern: '/v2/servicerequest/cases/{case_id}/status', op: 'ShowCaseStatus', handle: (rc) => ok({ status: requireCase(rc).status }) },
  {
    method: 'GET',
    pattern: '/v2/servicerequest/cases/{case_id}/operate-logs',
    op: 'ListCaseOperateLogs',
    handle: (rc) => {
      checkGroup(rc);
      const c = requireCase(rc);
      const offset = rc.query.int('offset', { min: 0, max: 65535 }, 0) as number;
      const limit = rc.query.int('limit', { min: 1, max: 100 }, 10) as number;
      const logs = [...c.logs].sort((a, b) => b.time.getTime() - a.time.getTime());
      return ok({ total_count: logs.length, incident_operate_log_list: logs.slice(offset, offset + limit).map((l) => presentLog(c, l, rc)) });
    },
  },
];
