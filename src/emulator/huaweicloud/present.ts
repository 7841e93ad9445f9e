/** Renders emulator records as OSM wire shapes, in the caller's language and time zone. */
import type { IncidentDetailWire, IncidentInfoWire, OperateLogWire } from '../../providers/huaweicloud/wire/cases';
import type { MessageWire } from '../../providers/huaweicloud/wire/messages';
import type { OsmCatalogue, OsmProduct } from './fixtures/format';
import type { CaseRecord, MessageRecord, OperateLogRecord } from './model';
import type { RouteContext } from './router';

export function findProduct(catalogue: OsmCatalogue, id: string): OsmProduct | undefined {
  for (const sub of catalogue.subTypes) for (const p of sub.products) if (p.id === id) return p;
  return undefined;
}

const RICH_TEXT_TAG = /<[^>]+>/g;

/** Strips OSM rich-text markup when `trim_osm_rich_text_label` is true (the default). */
export function renderContent(content: string, rc: RouteContext): string {
  return rc.query.bool('trim_osm_rich_text_label', true) ? content.replace(RICH_TEXT_TAG, '') : content;
}

/** `yyyy-MM-dd HH:mm:ss` in the request's `X-Time-Zone` (operation-log times). */
export function zonedTime(at: Date, rc: RouteContext): string {
  const shifted = new Date(at.getTime() + rc.tzOffsetMinutes * 60_000);
  return shifted.toISOString().slice(0, 19).replace('T', ' ');
}

/** ISO time with milliseconds and an explicit offset, as message times appear on the wire. */
export function wireTime(at: Date): string {
  return at.toISOString().replace('Z', '+00:00');
}

export function presentMessage(m: MessageRecord, rc: RouteContext): MessageWire {
  return {
    type: m.type,
    replier_type: m.type,
    replier: m.replierId,
    content: m.status === -1 ? '' : renderContent(m.content, rc),
    create_time: wireTime(m.createTime),
    replier_name: m.replierName,
    iam_user_type: m.iamUserType,
    accessory_list: m.status === -1 ? [] : m.accessoryIds.map((id) => ({ accessory_id: id, file_actual_name: rc.state.attachments.get(id)?.name ?? '' })),
    message_id: m.id,
    status: m.status,
    display_type: m.displayType,
    extension: m.extension ?? '',
    is_first_message: m.isFirst ? 1 : 0,
  };
}

export function presentSummary(c: CaseRecord, rc: RouteContext): IncidentInfoWire {
  const catalogue = rc.state.catalogue;
  const problem = catalogue.problemTypes.find((p) => p.id === c.businessTypeId);
  const product = findProduct(catalogue, c.productCategoryId);
  const region = catalogue.regions.find((r) => r.id === c.regionId);
  const account = rc.state.account;
  return {
    xcustomer_id: account.subUserId,
    xcustomer_name: account.subUserName,
    status: c.status,
    incident_id: c.id,
    business_type_name: problem ? rc.name(problem.name) : '',
    product_category_name: product ? rc.name(product.name) : '',
    incident_service_type: c.serviceType,
    incident_type_name: problem?.caseType === '5' ? rc.name({ zh: '报障', en: 'Fault' }) : rc.name({ zh: '咨询', en: 'Consultation' }),
    customer_id: account.customerId,
    dc_name: region ? rc.name(region.name) : '',
    simple_description: renderContent(c.description, rc),
    root_cause: c.rootCause,
    resolution: c.resolution,
    create_time: c.createTime.toISOString().replace('.000Z', 'Z'),
    confirmed_time: c.confirmedTime ? c.confirmedTime.toISOString() : null,
    label_list: c.labelIds.flatMap((id) => {
      const label = rc.state.labels.get(id);
      return label ? [{ label_id: label.id, name: label.name, color: label.color }] : [];
    }),
    gray: false,
    type: problem?.caseType === '5' ? 5 : 0,
  };
}

export function presentDetail(c: CaseRecord, rc: RouteContext): IncidentDetailWire {
  const catalogue = rc.state.catalogue;
  const problem = catalogue.problemTypes.find((p) => p.id === c.businessTypeId);
  const sub = catalogue.subTypes.find((s) => s.id === c.subTypeId);
  const severity = catalogue.severities.find((s) => s.id === c.severityId);
  const first = c.messages.find((m) => m.isFirst);
  return {
    ...presentSummary(c, rc),
    judgement: c.judgement,
    source_name: rc.name({ zh: '用户中心', en: 'User center' }),
    // The detail carries only the initial description message (doc 4.1); the thread comes from 5.10.5.
    message_list: first
      ? [
          {
            type: first.type,
            replier: first.replierId,
            content: renderContent(first.content, rc),
            message_id: first.id,
            replier_name: first.replierName,
            create_time: wireTime(first.createTime),
            is_first_message: 1,
            accessory_list: presentMessage(first, rc).accessory_list ?? [],
          },
        ]
      : [],
    incident_satisfaction: c.satisfaction,
    severity_name: severity ? rc.name(severity.name) : '',
    business_ownership: 0,
    resolve_time: c.confirmedTime ? c.confirmedTime.getTime() : 0,
    ext_info: {
      area_code: c.contact.areaCode,
      remind_mobile: c.contact.remindMobile,
      remind_mail: c.contact.remindMail,
      contact_type: c.contact.contactType,
      remind_time: c.contact.remindTime,
      cc_email: c.contact.ccEmail,
      commodity_id: '',
    },
    incident_sub_type_name: sub ? rc.name(sub.name) : '',
    case_type_id: problem?.caseType === '5' ? 5 : 0,
    case_subtype_id: c.subTypeId,
    business_type_id: c.businessTypeId,
    problem_type_id: c.businessTypeId,
    product_category_id: c.productCategoryId,
    is_authorized: 0,
  };
}

export function presentLog(c: CaseRecord, log: OperateLogRecord, rc: RouteContext): OperateLogWire {
  return {
    incident_log_id: log.id,
    incident_id: c.id,
    operate_type: log.operateType,
    operator_type: log.operatorType,
    operator_id: log.operatorId,
    operator_name: log.operatorName,
    operate_desc: rc.name(log.description),
    operate_time: zonedTime(log.time, rc),
    timestamp_operate_time: log.time.toISOString().replace('.000Z', 'Z'),
  };
}
