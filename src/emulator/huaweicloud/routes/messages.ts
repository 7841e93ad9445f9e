/**
 * Message routes (spec §3.5): submit, list, history cursor, new-message polling with opaque cursors,
 * unread counters, mark read, withdraw.
 */
import { serviceAcceptsMessages } from '../state-machine';
import { businessError, ok } from '../http';
import type { CaseRecord, MessageRecord } from '../model';
import { bodyString, bodyStringList } from '../params';
import { presentMessage } from '../present';
import { OsmCaseLifecycle } from '../lifecycle';
import type { OsmRoute, RouteContext } from '../router';
import { checkGroup, requireCase } from './guards';
import { bindAttachments } from './validation';

/** How long after sending a customer may withdraw a message (undocumented; the emulator's choice). */
export const WITHDRAW_WINDOW_MS = 2 * 60_000;
/** Attachments per message, as `limit_count` of the attachment limits. */
const MAX_MESSAGE_ATTACHMENTS = 5;

const newestFirst = (a: MessageRecord, b: MessageRecord) => b.createTime.getTime() - a.createTime.getTime() || b.seq - a.seq;

function isUnread(m: MessageRecord): boolean {
  return m.type === 1 && !m.readByCustomer && m.status !== -1;
}

function submitMessage(rc: RouteContext) {
  const body = rc.json();
  checkGroup(rc, body.group_id);
  const c = requireCase(rc);
  const message = body.message;
  if (typeof message !== 'object' || message === null || Array.isArray(message)) throw businessError('OSM.01010001');
  const fields = message as Record<string, unknown>;
  const content = bodyString(fields, 'content', { required: true, min: 1, max: 10000 }) as string;
  const accessoryIds = bodyStringList(fields, 'accessory_ids', { maxItems: 10, maxLength: 64 }) ?? [];
  if (!serviceAcceptsMessages(c.status)) throw businessError('OSM.01010034');
  bindAttachments(rc.state, accessoryIds, 'message', MAX_MESSAGE_ATTACHMENTS);
  const state = rc.state;
  const customer = { id: state.account.subUserId, name: state.account.subUserName };
  state.addMessage(c, {
    type: 0,
    replierId: customer.id,
    replierName: customer.name,
    iamUserType: 1,
    content,
    createTime: state.now(),
    accessoryIds,
    displayType: 'NORMAL',
    isFirst: false,
  });
  // The simulated agent (off unless an agent delay is configured) answers like a support engineer.
  rc.ctx.agent.schedule(() => new OsmCaseLifecycle(rc.state).autoRespond(c.id));
  if (c.status === 17) {
    c.status = 1;
    state.log(c, 85, { zh: '客户回复待反馈工单', en: 'Customer replied to the feedback request' }, customer);
  }
  return ok({});
}

function listMessages(rc: RouteContext) {
  checkGroup(rc);
  const c = requireCase(rc);
  const offset = rc.query.int('offset', { min: 0, max: 65535 }, 0) as number;
  const limit = rc.query.int('limit', { min: 0, max: 100 }, 10) as number;
  const sorted = [...c.messages].sort(newestFirst);
  return ok({ count: sorted.length, message_list: sorted.slice(offset, offset + limit).map((m) => presentMessage(m, rc)) });
}

function moreMessages(rc: RouteContext) {
  checkGroup(rc);
  const c = requireCase(rc);
  const raw = rc.query.required('create_time', 100);
  if (!/^\d+$/.test(raw)) throw businessError('OSM.01010001');
  const type = rc.query.int('type', { min: -1000, max: 1000 });
  if (type !== 0 && type !== 1) throw businessError('OSM.01010012');
  const limit = rc.query.int('limit', { min: 1, max: 100 });
  if (limit === undefined) throw businessError('OSM.01010001');
  const before = Number(raw);
  const older = c.messages.filter((m) => m.createTime.getTime() < before).sort(newestFirst);
  return ok({ count: older.length, message_list: older.slice(0, limit).map((m) => presentMessage(m, rc)) });
}

function casesOf(rc: RouteContext): CaseRecord[] {
  const ids = rc.query.list('case_ids');
  if (ids.length === 0 || ids.length > 100) throw businessError('OSM.01010001');
  return ids.flatMap((id) => {
    const c = rc.state.cases.get(id);
    return c ? [c] : [];
  });
}

/** 5.10.7: messages and status changes after the cursor; a missing or unknown cursor returns the unread ones. */
function pollNewMessages(rc: RouteContext) {
  checkGroup(rc);
  const cases = casesOf(rc);
  const cursor = rc.query.string('last_message_time_id');
  const since = cursor ? rc.state.cursorSeq(cursor) : undefined;
  const immsg = cases.flatMap((c) => {
    const messages = c.messages.filter((m) => (since === undefined ? isUnread(m) : m.seq > since)).sort((a, b) => a.seq - b.seq);
    const updates = since === undefined ? [] : rc.state.messageUpdates.filter((u) => u.caseId === c.id && u.seq > since);
    if (messages.length === 0 && updates.length === 0) return [];
    return [
      {
        incident_id: c.id,
        message_list: messages.map((m) => presentMessage(m, rc)),
        update_messages: updates.map((u) => ({ message_id: u.messageId, status: u.status })),
      },
    ];
  });
  const imstatus = cases.map((c) => ({ status: c.messages.some(isUnread) ? 0 : 1, incident_id: c.id }));
  return ok({ imstatus, immsg, last_message_time_id: rc.state.issueCursor() });
}

function unreadCounts(rc: RouteContext) {
  checkGroup(rc);
  return ok({
    imunread: casesOf(rc).map((c) => ({
      status: serviceAcceptsMessages(c.status) ? 1 : 0,
      incident_id: c.id,
      unread_num: c.messages.filter(isUnread).length,
    })),
  });
}

function markRead(rc: RouteContext) {
  checkGroup(rc, rc.json().group_id);
  const c = requireCase(rc);
  for (const m of c.messages) {
    if (!isUnread(m)) continue;
    m.readByCustomer = true;
    rc.state.recordUpdate(c.id, m.id, 1);
  }
  return ok({});
}

function withdraw(rc: RouteContext) {
  const c = requireCase(rc);
  const m = c.messages.find((x) => x.id === rc.params.message_id);
  if (!m || m.type !== 0 || m.isFirst) throw businessError('OSM.01010019');
  if (m.status === -1 || rc.state.now().getTime() - m.createTime.getTime() > WITHDRAW_WINDOW_MS) throw businessError('OSM.01010034');
  m.status = -1;
  rc.state.recordUpdate(c.id, m.id, -1);
  return ok({});
}

export const messageRoutes: OsmRoute[] = [
  { method: 'POST', pattern: '/v2/servicerequest/cases/{case_id}/message', op: 'CreateMessages', handle: submitMessage },
  { method: 'GET', pattern: '/v2/servicerequest/cases/{case_id}/messages', op: 'ListMessages', handle: listMessages },
  { method: 'GET', pattern: '/v2/servicerequest/cases/{case_id}/instant-messages/more', op: 'ListMoreInstantMessages', handle: moreMessages },
  { method: 'GET', pattern: '/v2/servicerequest/cases/instant-messages', op: 'ListNewInstantMessages', handle: pollNewMessages },
  { method: 'GET', pattern: '/v2/servicerequest/cases/instant-messages/unread', op: 'ListUnreadNewInstantMessages', handle: unreadCounts },
  { method: 'POST', pattern: '/v2/servicerequest/cases/{case_id}/instant-messages/unread', op: 'UpdateNewInstantMessagesRead', handle: markRead },
  { method: 'POST', pattern: '/v2/servicerequest/cases/{case_id}/instant-messages/{message_id}/withdraw', op: 'RevokeMessage', handle: withdraw },
];
