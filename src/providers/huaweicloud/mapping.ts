/** OSM wire shapes → core tickets and messages (statuses, display types, authors, times). */
import { resolveStatus, type TicketStatus } from '../../core/status';
import type { Message, MessageAuthorRole, MessageDisplayType, TicketDetail, TicketField, TicketSummary } from '../../core/ticket';
import { OPERATE_TYPES, statusTable, unknownStatusLabel } from './status';
import type { DetailExtInfo, IncidentDetailWire, IncidentInfoWire, OperateLogWire } from './wire/cases';
import type { MessageWire } from './wire/messages';
import { readList, readNumber, readTime } from './wire-readers';

export type OsmLanguage = 'zh-cn' | 'en-us';

const TITLE_LENGTH = 120;

/** A ticket status from a native code, labelled in the UI language. */
export function statusOf(code: unknown, language: OsmLanguage): TicketStatus {
  return resolveStatus(readNumber(code, -1), statusTable(language), undefined, (unknown) => unknownStatusLabel(unknown, language));
}

/** OSM has no title: the first line of the description, shortened. */
export function titleOf(description: string | undefined): string {
  const firstLine =
    (description ?? '')
      .split(/\r?\n/)
      .map((l) => l.trim())
      .find((l) => l !== '') ?? '';
  return firstLine.length > TITLE_LENGTH ? `${firstLine.slice(0, TITLE_LENGTH - 1)}…` : firstLine;
}

const timeMs = (value: unknown): number | undefined => readTime(value)?.getTime();

export function summaryOf(wire: IncidentInfoWire, language: OsmLanguage): TicketSummary {
  const labels = readList(wire.label_list)
    .map((l) => l.name)
    .filter((n) => n);
  return {
    id: wire.incident_id,
    title: titleOf(wire.simple_description) || wire.incident_id,
    status: statusOf(wire.status, language),
    createdAt: timeMs(wire.create_time),
    productName: wire.product_category_name || undefined,
    ...(labels.length > 0 ? { labels } : {}),
  };
}

/**
 * Labels of the facts a detail adds to the shared ones (the product is `productName`, shown once as
 * Product). Each names one fact as the console does: the product category (计算类 Compute) and the
 * problem type (远程登录 Remote login) both used to read "Category".
 */
const FIELD_LABELS: Record<string, { en: string; zh: string }> = {
  type: { en: 'Ticket type', zh: '工单类型' },
  productCategory: { en: 'Product category', zh: '产品类别' },
  problemType: { en: 'Problem type', zh: '问题类型' },
  region: { en: 'Region', zh: '区域' },
  source: { en: 'Source', zh: '来源' },
  filedBy: { en: 'Filed by', zh: '提单人' },
  resolution: { en: 'Solution', zh: '解决方案' },
  rootCause: { en: 'Root cause', zh: '问题归因' },
  resolved: { en: 'Resolved at', zh: '解决时间' },
  contact: { en: 'Contact', zh: '联系方式' },
  contactTime: { en: 'Contact time', zh: '联系时间' },
  cc: { en: 'CC e-mails', zh: '抄送邮箱' },
  judgement: { en: 'Your rating comment', zh: '评价内容' },
};

function contactText(ext: DetailExtInfo | undefined): string {
  if (!ext) return '';
  const phone = ext.remind_mobile ? `${ext.area_code ? `+${ext.area_code} ` : ''}${ext.remind_mobile}` : '';
  return [phone, ext.remind_mail ?? ''].filter((v) => v).join(', ');
}

export function detailOf(wire: IncidentDetailWire, language: OsmLanguage): TicketDetail {
  const ext = readList(wire.ext_info)[0];
  const resolved = timeMs(wire.confirmed_time);
  const rows: [keyof typeof FIELD_LABELS, string | undefined][] = [
    ['type', wire.incident_type_name],
    ['productCategory', wire.incident_sub_type_name],
    ['problemType', wire.business_type_name],
    ['region', wire.dc_name],
    ['source', wire.source_name],
    ['filedBy', wire.xcustomer_name],
    ['resolution', wire.resolution],
    ['rootCause', wire.root_cause],
    ['resolved', resolved === undefined ? undefined : new Date(resolved).toISOString()],
    ['contact', contactText(ext)],
    ['contactTime', ext?.remind_time],
    ['cc', ext?.cc_email],
    ['judgement', wire.judgement],
  ];
  const fields: TicketField[] = rows
    .filter((row): row is [keyof typeof FIELD_LABELS, string] => typeof row[1] === 'string' && row[1] !== '' && row[1] !== '0')
    .map(([key, value]) => ({ label: language === 'zh-cn' ? FIELD_LABELS[key].zh : FIELD_LABELS[key].en, value }));
  return {
    ...summaryOf(wire, language),
    description: wire.simple_description ?? '',
    creatorId: wire.xcustomer_id || undefined,
    // The problem type is a field under its own name: a generic "Category" beside "Product category" says less.
    categoryId: wire.business_type_id || undefined,
    ...(wire.severity_name ? { severity: { code: wire.severity_name, label: wire.severity_name } } : {}),
    fields,
  };
}

const DISPLAY_TYPES: Record<string, MessageDisplayType> = {
  NORMAL: 'normal',
  QA_BOT: 'qa-bot',
  EXT_PARAM_REQUEST: 'extends-param-request',
  AUTH: 'authorization-request',
};

/** `display_type` → core display type; unknown values render as normal messages. */
export function displayTypeOf(value: string | null | undefined): MessageDisplayType {
  return DISPLAY_TYPES[(value ?? '').toUpperCase()] ?? 'normal';
}

/** `replier_type` wins over the deprecated `type` (0 customer, 1 support); 2/3 are system senders. */
export function authorRoleOf(wire: Pick<MessageWire, 'type' | 'replier_type'>): MessageAuthorRole {
  const replier = wire.replier_type;
  if (replier === 0) return 'customer';
  if (replier === 1) return 'support';
  if (replier === 2 || replier === 3) return 'system';
  return wire.type === 1 ? 'support' : 'customer';
}

export function messageOf(wire: MessageWire): Message {
  const withdrawn = wire.status === -1;
  return {
    id: wire.message_id,
    author: { role: authorRoleOf(wire), ...(wire.replier_name ? { name: wire.replier_name } : {}) },
    displayType: displayTypeOf(wire.display_type),
    body: wire.content ?? '',
    createdAt: timeMs(wire.create_time) ?? 0,
    attachments: readList(wire.accessory_list).map((a) => ({ id: a.accessory_id, name: a.file_actual_name || a.accessory_id })),
    secret: false,
    ...(withdrawn ? { withdrawn: true } : {}),
  };
}

/** Ascending by time; messages with equal times keep their given order (the sort is stable). */
export function sortMessages(messages: readonly Message[]): Message[] {
  return [...messages].sort((a, b) => a.createdAt - b.createdAt);
}

/** An operation-log line for display: "Urged by dev-user". */
export function operateLogText(log: OperateLogWire, language: OsmLanguage): string {
  const names = OPERATE_TYPES[log.operate_type];
  const what = names ? (language === 'zh-cn' ? names.zh : names.en) : log.operate_desc || `#${log.operate_type}`;
  return log.operator_name ? `${what} (${log.operator_name})` : what;
}
