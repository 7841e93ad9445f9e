/**
 * Case operations (spec §3.3, §3.4, §3.7): create, list, detail, status, counts, operation log, and the
 * case-level writes: urge/close/cancel/delete, rating, contact info, extends parameters.
 */
import type {
  CaseActionBody,
  CaseActionId,
  CaseCountsResponse,
  CaseDetailResponse,
  CaseExtendsParamResponse,
  CaseExtParamWire,
  CaseStatusResponse,
  ContactInfoBody,
  CreateCaseRequest,
  CreateCaseResponse,
  IncidentDetailWire,
  IncidentInfoWire,
  ListCasesQuery,
  ListCasesResponse,
  OperateLogsResponse,
  OperateLogWire,
  ScoreBody,
} from '../wire/cases';
import { firstDefined, readList, readNumber } from '../wire-readers';
import { osmPath, type OsmTransport } from '../transport';
import { unexpectedResponse } from '../errors';
import type { ReadOptions } from '../../../core/provider';

/** Verification serial ids for a reminder contact that is not the account's registered one (5.3.5). */
export interface ContactVerification {
  phoneVerifiedId?: string;
  emailVerifiedId?: string;
}

export class OsmCasesApi {
  constructor(
    private readonly t: OsmTransport,
    private readonly groupId?: string,
  ) {}

  /** 5.3.5: files a case; returns the new case id. Never retried. */
  async create(request: CreateCaseRequest, verification: ContactVerification = {}, signal?: AbortSignal): Promise<string> {
    const body: CreateCaseRequest = { ...request };
    // The doc insists: no `accessory_ids` key at all when there are no attachments.
    if (!body.accessory_ids?.length) delete body.accessory_ids;
    const extra: Record<string, string> = {};
    if (verification.phoneVerifiedId) extra['x-phone-verifiedid'] = verification.phoneVerifiedId;
    if (verification.emailVerifiedId) extra['x-email-verifiedid'] = verification.emailVerifiedId;
    const result = await this.t.json<CreateCaseResponse>({ op: 'CreateCases', method: 'POST', path: '/v2/servicerequest/cases', body, headers: extra, intent: 'write', signal });
    if (!result.incident_id) throw unexpectedResponse('CreateCases', 200, undefined, true);
    return result.incident_id;
  }

  /** 5.11.9: one page of cases, newest first. */
  async list(query: ListCasesQuery, signal?: AbortSignal, options: ReadOptions = {}): Promise<{ total: number; items: IncidentInfoWire[] }> {
    const body = await this.t.json<ListCasesResponse>({
      op: 'ListCases',
      method: 'GET',
      path: '/v2/servicerequest/cases',
      intent: 'read',
      signal,
      burst: options.burst,
      query: { ...query, group_id: query.group_id ?? this.groupId },
    });
    const items = readList(body.incident_info_list);
    return { total: readNumber(firstDefined(body.total_count, body.count), items.length), items };
  }

  async detail(caseId: string, signal?: AbortSignal): Promise<IncidentDetailWire> {
    const body = await this.t.json<CaseDetailResponse>({
      op: 'ShowCaseDetail',
      method: 'GET',
      path: osmPath('/v2/servicerequest/cases/{case_id}', { case_id: caseId }),
      intent: 'read',
      signal,
      query: { group_id: this.groupId, trim_osm_rich_text_label: true },
    });
    if (!body.incident_detail_info) throw unexpectedResponse('ShowCaseDetail', 200, undefined, false);
    return body.incident_detail_info;
  }

  /** 5.11.7: the cheapest per-case poll. */
  async status(caseId: string, signal?: AbortSignal): Promise<number> {
    const body = await this.t.json<CaseStatusResponse>({
      op: 'ShowCaseStatus',
      method: 'GET',
      path: osmPath('/v2/servicerequest/cases/{case_id}/status', { case_id: caseId }),
      intent: 'read',
      signal,
    });
    return readNumber(body.status, -1);
  }

  /** 5.11.3: number of cases per status. */
  async counts(filter: { status?: number; productCategoryId?: string; businessTypeId?: string } = {}, signal?: AbortSignal, options: ReadOptions = {}): Promise<Map<number, number>> {
    const body = await this.t.json<CaseCountsResponse>({
      op: 'ListCaseCounts',
      method: 'GET',
      path: '/v2/servicerequest/cases/count',
      intent: 'read',
      signal,
      burst: options.burst,
      query: { status: filter.status, product_category_id: filter.productCategoryId, business_type_id: filter.businessTypeId },
    });
    const list = readList(firstDefined(body.incident_status_counts, body.incident_statuses_counts));
    return new Map(list.map((c) => [readNumber(c.status, -1), readNumber(c.count, 0)]));
  }

  async operateLogs(caseId: string, offset = 0, limit = 100, signal?: AbortSignal): Promise<{ total: number; items: OperateLogWire[] }> {
    const body = await this.t.json<OperateLogsResponse>({
      op: 'ListCaseOperateLogs',
      method: 'GET',
      path: osmPath('/v2/servicerequest/cases/{case_id}/operate-logs', { case_id: caseId }),
      intent: 'read',
      signal,
      query: { group_id: this.groupId, offset, limit },
    });
    const items = readList(body.incident_operate_log_list);
    return { total: readNumber(firstDefined(body.total_count, body.count), items.length), items };
  }

  /** 5.3.8: urge (`press`), close, cancel or delete. Never retried. */
  async act(caseId: string, action: CaseActionId, body: CaseActionBody = {}, signal?: AbortSignal): Promise<void> {
    await this.t.json({
      op: 'UpdateCases',
      method: 'POST',
      path: osmPath('/v2/servicerequest/cases/{case_id}/action', { case_id: caseId }),
      intent: 'write',
      signal,
      query: { action_id: action },
      body: { ...body, group_id: body.group_id ?? this.groupId },
    });
  }

  /** 5.3.6: rates a completed case. */
  async score(caseId: string, body: ScoreBody, signal?: AbortSignal): Promise<void> {
    await this.t.json({
      op: 'CreateScores',
      method: 'POST',
      path: osmPath('/v2/servicerequest/cases/{case_id}/score', { case_id: caseId }),
      intent: 'write',
      signal,
      body: { ...body, group_id: body.group_id ?? this.groupId },
    });
  }

  /** 5.3.1: changes how support reaches the customer for this case. */
  async updateContact(caseId: string, body: ContactInfoBody, signal?: AbortSignal): Promise<void> {
    await this.t.json({
      op: 'UpdateCaseContactInfo',
      method: 'PUT',
      path: osmPath('/v2/servicerequest/cases/{case_id}/contact-info', { case_id: caseId }),
      intent: 'write',
      signal,
      body: { ...body, group_id: body.group_id ?? this.groupId },
    });
  }

  /** 5.3.2: the extends parameters support asked for, with current values. */
  async extendsParams(caseId: string, signal?: AbortSignal): Promise<CaseExtParamWire[]> {
    const body = await this.t.json<CaseExtendsParamResponse>({
      op: 'ShowCaseExtendsParam',
      method: 'GET',
      path: osmPath('/v2/servicerequest/cases/{case_id}/extends-param', { case_id: caseId }),
      intent: 'read',
      signal,
      query: { group_id: this.groupId },
    });
    return readList(body.ext_params);
  }

  /** 5.3.3: answers an EXT_PARAM_REQUEST message. */
  async submitExtendsParams(caseId: string, values: Record<string, unknown>, messageId?: string, signal?: AbortSignal): Promise<void> {
    await this.t.json({
      op: 'CreateCaseExtendsParam',
      method: 'POST',
      path: osmPath('/v2/servicerequest/cases/{case_id}/extends-param', { case_id: caseId }),
      intent: 'write',
      signal,
      body: { extends_map: values, message_id: messageId, group_id: this.groupId },
    });
  }
}
