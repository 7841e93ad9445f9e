/**
 * OSM case statuses (spec §2.1) and their place in the three status groups every provider shares.
 * Unknown codes are kept and shown as "Unknown (n)", never dropped.
 */

import type { StatusDefinition, StatusGroup } from '../../core/status';

interface StatusInfo {
  group: StatusGroup;
  en: string;
  zh: string;
}

/** Every documented status. 2 and 17 wait for the customer; 5 (suspended) is agent-side, so "in progress". */
export const OSM_STATUSES: Readonly<Record<number, StatusInfo>> = {
  0: { group: 'in-progress', en: 'Pending acceptance', zh: '待受理' },
  1: { group: 'in-progress', en: 'In progress', zh: '处理中' },
  2: { group: 'needs-action', en: 'Pending your confirmation', zh: '待确认结果' },
  3: { group: 'closed', en: 'Completed', zh: '已完成' },
  4: { group: 'closed', en: 'Cancelled', zh: '已撤销' },
  5: { group: 'in-progress', en: 'Suspended', zh: '暂停' },
  12: { group: 'closed', en: 'Invalid', zh: '无效' },
  13: { group: 'closed', en: 'Deleted', zh: '已删除' },
  17: { group: 'needs-action', en: 'Awaiting your feedback', zh: '待反馈' },
};

/** Statuses in which the ticket may still change (polled for new messages, spec §7.4). */
export const OPEN_STATUSES: readonly number[] = [0, 1, 2, 5, 17];

/** A deleted case: counted by ListCaseCounts, left out of an unfiltered list. */
export const DELETED_STATUS = 13;

/** Deleted cases stay out of group filters: the user removed them. */
const HIDDEN_FROM_GROUPS = DELETED_STATUS;

/** The status table in one UI language, for core's `resolveStatus` (unknown codes → "Unknown (n)"). */
export function statusTable(language: 'zh-cn' | 'en-us'): Record<string, StatusDefinition> {
  return Object.fromEntries(Object.entries(OSM_STATUSES).map(([code, info]) => [code, { group: info.group, label: language === 'zh-cn' ? info.zh : info.en }]));
}

/** The label of a code no table knows ("Unknown (n)"), in one UI language. */
export function unknownStatusLabel(code: string, language: 'zh-cn' | 'en-us'): string {
  return language === 'zh-cn' ? `未知（${code}）` : `Unknown (${code})`;
}

/** Native status codes belonging to a group (for list filters). */
export function statusesOfGroup(group: StatusGroup): number[] {
  return Object.entries(OSM_STATUSES)
    .filter(([code, info]) => info.group === group && Number(code) !== HIDDEN_FROM_GROUPS)
    .map(([code]) => Number(code));
}

/** Operation-log `operate_type` names (spec §2.3). */
export const OPERATE_TYPES: Readonly<Record<number, { en: string; zh: string }>> = {
  0: { en: 'Created', zh: '创建' },
  2: { en: 'Urged', zh: '催单' },
  3: { en: 'Closed', zh: '关单' },
  4: { en: 'Cancelled', zh: '取消单' },
  5: { en: 'Rated', zh: '评价' },
  13: { en: 'Deleted', zh: '删除操作' },
  16: { en: 'Rejected in user center', zh: '用户中心驳回事件' },
  73: { en: 'Authorization confirmed', zh: '租户侧确认授权' },
  74: { en: 'Authorization rejected', zh: '租户侧拒绝授权' },
  83: { en: 'Authorization cancelled', zh: '租户侧取消授权' },
  84: { en: 'Tickets exported', zh: '租户侧导出工单' },
  85: { en: 'Customer replied to feedback request', zh: '客户回复待反馈工单' },
  114: { en: 'Contact method changed', zh: '修改工单客户沟通方式' },
  115: { en: 'Contact method deleted', zh: '删除工单客户沟通方式' },
};
