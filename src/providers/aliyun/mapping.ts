/**
 * Wire ⇄ core mapping for both versions: status digits (2021) vs names (2020), epoch ms (2021) vs
 * seconds (2020), author roles, and list/paging shapes.
 */
import type { StatusDefinition, StatusGroup, TicketStatus } from '../../core/status';
import { resolveStatus } from '../../core/status';
import type { Attachment, Message, MessageAuthorRole, TicketDetail, TicketSummary } from '../../core/ticket';
import { epochToMs } from '../../core/time';
import type { StatusName2021 } from './ops/tickets';
import { readArray, readBoolean, readNumber, readRecord, readString } from './wire/read';

interface StatusRow extends StatusDefinition {
  readonly value: string;
  readonly name: StatusName2021;
}

// Spec §4.0. Labels are our own English texts (the server's Label is informational and often Chinese).
const STATUS_ROWS: readonly StatusRow[] = [
  { value: '1', name: 'assigned', group: 'in-progress', label: 'Pending response' },
  { value: '2', name: 'dealing', group: 'in-progress', label: 'Processing' },
  { value: '3', name: 'wait_feedback', group: 'needs-action', label: 'Waiting for your feedback' },
  { value: '4', name: 'feedback', group: 'in-progress', label: 'Feedback received' },
  { value: '5', name: 'wait_confirm', group: 'needs-action', label: 'Pending your confirmation' },
  { value: '6', name: 'confirmed', group: 'closed', label: 'Completed' },
];

const BY_VALUE: Readonly<Record<string, StatusDefinition>> = Object.fromEntries(STATUS_ROWS.map((row) => [row.value, row]));
const BY_NAME: Readonly<Record<string, StatusDefinition>> = Object.fromEntries([
  ...STATUS_ROWS.map((row): [string, StatusDefinition] => [row.name, row]),
  // The 2020 docs' filter vocabulary, in case the server echoes it (spec §5.4).
  ['in_progress', { group: 'in-progress', label: 'In progress' }],
  ['completed', { group: 'closed', label: 'Completed' }],
  ['handling', { group: 'in-progress', label: 'Processing' }],
  ['wait-feedback', { group: 'needs-action', label: 'Waiting for your feedback' }],
]);

/** Status names whose tickets belong to the given groups (used for server-side filters). */
export function statusNamesFor(groups: readonly StatusGroup[]): StatusName2021[] {
  return STATUS_ROWS.filter((row) => groups.includes(row.group)).map((row) => row.name);
}

/** 2021 `Status {Label, Value}` → core status. */
export function status2021(value: unknown): TicketStatus {
  const record = readRecord(value);
  return resolveStatus(readString(record.Value, '?'), BY_VALUE, readString(record.Label) || undefined);
}

/** 2020 `TicketStatus` name → core status. */
export function status2020(name: unknown): TicketStatus {
  return resolveStatus(readString(name, '?'), BY_NAME);
}

const SEVERITY_LABELS: Readonly<Record<string, string>> = { '1': 'Normal', '2': 'Urgent' };

/** 2021 ListTickets `Data[]` item → summary (the list carries only id, title and status). */
export function summary2021(item: unknown): TicketSummary {
  const record = readRecord(item);
  return { id: readString(record.TicketId), title: readString(record.Title), status: status2021(record.Status) };
}

/** 2021 GetTicket `Data` → detail. */
export function detail2021(data: unknown): TicketDetail {
  const record = readRecord(data);
  const severity = readRecord(record.Severity);
  const severityCode = readString(severity.Value);
  const createdAt = epochToMs(readString(record.CreateTime));
  return {
    id: readString(record.TicketId),
    title: readString(record.Title),
    description: readString(record.Description),
    status: status2021(record.Status),
    ...(createdAt !== undefined ? { createdAt } : {}),
    ...(severityCode ? { severity: { code: severityCode, label: SEVERITY_LABELS[severityCode] ?? (readString(severity.Label) || `Unknown (${severityCode})`) } } : {}),
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
export function summary2020(item: unknown): TicketSummary {
  const record = readRecord(item);
  const createdAt = epochToMs(readString(record.AddTime));
  return {
    id: readString(record.Id),
    title: readString(record.Title),
    status: status2020(record.TicketStatus),
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
