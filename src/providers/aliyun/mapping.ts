/**
 * Wire ⇄ core mapping for both versions: status digits (2021) vs names (2020), epoch ms (2021) vs
 * seconds (2020), author roles, and list/paging shapes. Status and severity labels are ours, in the
 * UI language the provider was built with (the server's `Label` is informational: its language is the
 * server's choice, spec §4.0).
 */
import type { StatusDefinition, StatusGroup, TicketStatus } from '../../core/status';
import { resolveStatus } from '../../core/status';
import type { Attachment, Message, MessageAuthorRole, TicketDetail, TicketSummary } from '../../core/ticket';
import { epochToMs } from '../../core/time';
import type { StatusName2021 } from './ops/tickets';
import type { AliyunLanguage } from './wire/types';
import { readArray, readBoolean, readNumber, readRecord, readString } from './wire/read';

/** A label in each UI language we write (Japanese falls back to English: we have no Japanese texts). */
export interface AliyunLabel {
  readonly en: string;
  readonly zh: string;
}

/** The label in the provider's UI language. */
export function labelIn(label: AliyunLabel, language: AliyunLanguage): string {
  return language === 'zh' ? label.zh : label.en;
}

interface StatusRow {
  readonly value: string;
  readonly name: StatusName2021;
  readonly group: StatusGroup;
  readonly label: AliyunLabel;
}

// Spec §4.0: the Chinese labels are the ones Alibaba Cloud's console and the 2020 ZH glossary use.
const STATUS_ROWS: readonly StatusRow[] = [
  { value: '1', name: 'assigned', group: 'in-progress', label: { en: 'Pending response', zh: '待处理' } },
  { value: '2', name: 'dealing', group: 'in-progress', label: { en: 'Processing', zh: '处理中' } },
  { value: '3', name: 'wait_feedback', group: 'needs-action', label: { en: 'Waiting for your feedback', zh: '待您反馈' } },
  { value: '4', name: 'feedback', group: 'in-progress', label: { en: 'Feedback received', zh: '已反馈' } },
  { value: '5', name: 'wait_confirm', group: 'needs-action', label: { en: 'Pending your confirmation', zh: '待您确认' } },
  { value: '6', name: 'confirmed', group: 'closed', label: { en: 'Completed', zh: '已完成' } },
];

/** The 2020 docs' filter vocabulary, in case the server echoes it (spec §5.4). */
const STATUS_ALIASES_2020: readonly { readonly name: string; readonly group: StatusGroup; readonly label: AliyunLabel }[] = [
  { name: 'in_progress', group: 'in-progress', label: { en: 'In progress', zh: '处理中' } },
  { name: 'completed', group: 'closed', label: { en: 'Completed', zh: '已完成' } },
  { name: 'handling', group: 'in-progress', label: { en: 'Processing', zh: '处理中' } },
  { name: 'wait-feedback', group: 'needs-action', label: { en: 'Waiting for your feedback', zh: '待您反馈' } },
];

/** Severity values (spec §4.0: only 1 and 2 exist), labelled as the console writes them. */
export const SEVERITY_LABELS: Readonly<Record<string, AliyunLabel>> = {
  '1': { en: 'Normal', zh: '一般问题' },
  '2': { en: 'Urgent', zh: '紧急问题' },
};

const UNKNOWN: AliyunLabel = { en: 'Unknown ({0})', zh: '未知（{0}）' };

/** Every label this file can show, for the test that each has a Chinese form. */
export const ALIYUN_MAPPING_LABELS: readonly AliyunLabel[] = [...STATUS_ROWS.map((row) => row.label), ...STATUS_ALIASES_2020.map((row) => row.label), ...Object.values(SEVERITY_LABELS), UNKNOWN];

function unknownLabel(code: string, language: AliyunLanguage): string {
  return labelIn(UNKNOWN, language).replace('{0}', code);
}

type StatusTable = Readonly<Record<string, StatusDefinition>>;

function tablesIn(language: AliyunLanguage): { byValue: StatusTable; byName: StatusTable } {
  const definition = (row: { group: StatusGroup; label: AliyunLabel }): StatusDefinition => ({ group: row.group, label: labelIn(row.label, language) });
  return {
    byValue: Object.fromEntries(STATUS_ROWS.map((row) => [row.value, definition(row)])),
    byName: Object.fromEntries([...STATUS_ROWS, ...STATUS_ALIASES_2020].map((row) => [row.name, definition(row)])),
  };
}

const TABLES: Readonly<Record<AliyunLanguage, ReturnType<typeof tablesIn>>> = { en: tablesIn('en'), zh: tablesIn('zh'), jp: tablesIn('jp') };

/** Status names whose tickets belong to the given groups (used for server-side filters). */
export function statusNamesFor(groups: readonly StatusGroup[]): StatusName2021[] {
  return STATUS_ROWS.filter((row) => groups.includes(row.group)).map((row) => row.name);
}

/** 2021 `Status {Label, Value}` → core status, labelled in `language`. */
export function status2021(value: unknown, language: AliyunLanguage = 'en'): TicketStatus {
  const record = readRecord(value);
  return resolveStatus(readString(record.Value, '?'), TABLES[language].byValue, readString(record.Label) || undefined, (code) => unknownLabel(code, language));
}

/** 2020 `TicketStatus` name → core status, labelled in `language`. */
export function status2020(name: unknown, language: AliyunLanguage = 'en'): TicketStatus {
  return resolveStatus(readString(name, '?'), TABLES[language].byName, undefined, (code) => unknownLabel(code, language));
}

function severityLabel(code: string, serverLabel: string, language: AliyunLanguage): string {
  const known = Object.prototype.hasOwnProperty.call(SEVERITY_LABELS, code) ? SEVERITY_LABELS[code] : undefined;
  return known ? labelIn(known, language) : serverLabel || unknownLabel(code, language);
}

/** 2021 ListTickets `Data[]` item → summary (the list carries only id, title and status). */
export function summary2021(item: unknown, language: AliyunLanguage = 'en'): TicketSummary {
  const record = readRecord(item);
  return { id: readString(record.TicketId), title: readString(record.Title), status: status2021(record.Status, language) };
}

/** 2021 GetTicket `Data` → detail. */
export function detail2021(data: unknown, language: AliyunLanguage = 'en'): TicketDetail {
  const record = readRecord(data);
  const severity = readRecord(record.Severity);
  const severityCode = readString(severity.Value);
  const createdAt = epochToMs(readString(record.CreateTime));
  return {
    id: readString(record.TicketId),
    title: readString(record.Title),
    description: readString(record.Description),
    status: status2021(record.Status, language),
    ...(createdAt !== undefined ? { createdAt } : {}),
    ...(severityCode ? { severity: { code: severityCode, label: severityLabel(severityCode, readString(severity.Label), language) } } : {}),
    ...(readString(record.CreatorId) ? { creatorId: readString(record.CreatorId) } : {}),
    ...(readString(record.CategoryId) ? { categoryId: readString(record.CategoryId) } : {}),
  };
}

function role2021(role: unknown): MessageAuthorRole {
  switch (readNumber(role)) {
    case 2:
      return 'support';
    case 3:
      return 'customer';
    default:
      return 'system';
  }
}

function attachments2021(value: unknown): Attachment[] {
  return readArray(value).map((item) => {
    const record = readRecord(item);
    const url = readString(record.Url);
    return { name: readString(record.Name, 'attachment'), ...(url ? { url } : {}) };
  });
}

/** 2021 ListTicketNotes `Data[]` item → message. */
export function message2021(item: unknown): Message {
  const record = readRecord(item);
  const user = readRecord(record.User);
  const dialog = readRecord(record.Dialog);
  const name = readString(user.Name);
  return {
    id: readString(record.DialogId),
    author: { role: role2021(user.Role), ...(name ? { name } : {}) },
    displayType: 'normal',
    body: readString(dialog.Content),
    createdAt: epochToMs(readString(record.CreateTime)) ?? 0,
    attachments: attachments2021(record.Attachments),
    secret: false,
    unread: readNumber(record.Status) === 1,
  };
}

/** 2020 ListTickets `Data.List[]` item → summary (AddTime in seconds). */
export function summary2020(item: unknown, language: AliyunLanguage = 'en'): TicketSummary {
  const record = readRecord(item);
  const createdAt = epochToMs(readString(record.AddTime));
  return {
    id: readString(record.Id),
    title: readString(record.Title),
    status: status2020(record.TicketStatus, language),
    ...(createdAt !== undefined ? { createdAt } : {}),
  };
}

/** 2020 ListTicketNotes `Data.List[]` item → message (GmtCreated in seconds). */
export function message2020(item: unknown): Message {
  const record = readRecord(item);
  const official = readBoolean(record.FromOfficial);
  return {
    id: readString(record.NoteId),
    author: { role: official ? 'support' : 'customer' },
    displayType: 'normal',
    body: readString(record.Content),
    createdAt: epochToMs(readString(record.GmtCreated)) ?? 0,
    attachments: [],
    secret: false,
  };
}

/** Sorts a conversation ascending by time (the API does not document an order). */
export function sortByTime(messages: Message[]): Message[] {
  return messages.sort((a, b) => a.createdAt - b.createdAt);
}
