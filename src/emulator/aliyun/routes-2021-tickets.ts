// Version 2021-06-10 ticket actions (spec §4.1–§4.8).
import { parseStatus, severityObject, statusObject, type SeverityCode, type StatusCode } from './status';
import type { StoredTicket } from './store';
import { callerUid, checkUidParameter, checkUploaded, customerName, ownedTicket, type ActionCall, type ActionHandler, type ActionResult } from './routes-types';

const MAX_PAGE_SIZE = 100;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

function severity(call: ActionCall): SeverityCode {
  const value = call.params.requiredInteger('Severity');
  if (value !== 1 && value !== 2) throw call.params.illegal();
  return value;
}

function secretInfo(call: ActionCall): { content?: string; fileNameList: string[] } | undefined {
  const info = call.params.jsonObject('SecretInfo');
  if (!info) return undefined;
  const content = info.Content;
  const files = info.FileNameList ?? [];
  if ((content !== undefined && typeof content !== 'string') || !Array.isArray(files) || files.some((f) => typeof f !== 'string')) {
    throw call.params.illegal();
  }
  return { content, fileNameList: files as string[] };
}

const createTicket: ActionHandler = (call) => {
  const { params } = call;
  const categoryId = params.required('CategoryId');
  const description = params.required('Description');
  const level = severity(call);
  if (!call.store.productOfCategory(categoryId)) throw params.illegal();
  const email = params.optional('Email');
  if (email && !EMAIL.test(email)) throw params.illegal();
  const files = params.commaList('FileNameList') ?? [];
  const secret = secretInfo(call);
  checkUploaded(call, [...files, ...(secret?.fileNameList ?? [])]);
  const ticket = call.store.createTicket({
    title: params.optional('Title') || description.slice(0, 64),
    description,
    categoryId,
    severity: level,
    creatorId: callerUid(call),
    email: email || undefined,
    customerName: customerName(call),
    attachmentKeys: files,
    secretInfo: secret,
  });
  call.lifecycle.scheduleAnswerToNewTicket(call.ctx.agent, ticket.ticketId);
  return { data: ticket.ticketId };
};

function statusFilter(call: ActionCall): StatusCode[] | undefined {
  const items = call.params.repeatList('StatusList') ?? call.params.commaList('StatusList');
  if (!items || items.length === 0) return undefined;
  return items.map((item) => {
    const code = parseStatus(item);
    if (code === undefined) throw call.params.illegal();
    return code;
  });
}

const listTickets: ActionHandler = (call) => {
  const { params } = call;
  checkUidParameter(call);
  const pageNumber = params.requiredInteger('PageNumber');
  const requestedSize = params.requiredInteger('PageSize');
  if (pageNumber < 1 || requestedSize < 1) throw params.illegal();
  const pageSize = Math.min(requestedSize, MAX_PAGE_SIZE);
  const singleId = params.optional('TicketId');
  const idList = params.commaList('TicketIdList');
  const ticketIds = singleId ? [singleId, ...(idList ?? [])] : idList;
  const page = call.store.page(
    callerUid(call),
    {
      statuses: statusFilter(call),
      ticketIds: ticketIds && ticketIds.length > 0 ? ticketIds : undefined,
      keyword: params.optional('Keyword') || undefined,
      createdFrom: params.optionalInteger('StartDate'),
      createdTo: params.optionalInteger('EndDate'),
    },
    (pageNumber - 1) * pageSize,
    pageSize,
  );
  return {
    fields: { PageNumber: pageNumber, PageSize: pageSize, TotalCount: page.total },
    data: page.items.map((ticket) => ({ TicketId: ticket.ticketId, Title: ticket.title, Status: statusObject(ticket.status) })),
  };
};

const getTicket: ActionHandler = (call) => {
  checkUidParameter(call);
  const ticket = ownedTicket(call);
  return {
    fields: { PageNumber: 1, PageSize: 10, TotalCount: call.store.count(callerUid(call)) },
    data: {
      TicketId: ticket.ticketId,
      Title: ticket.title,
      Description: ticket.description,
      CreateTime: ticket.createTime,
      CreatorId: ticket.creatorId,
      CategoryId: ticket.categoryId,
      Status: statusObject(ticket.status),
      Severity: severityObject(ticket.severity),
    },
  };
};

function attachmentList(call: ActionCall, keys: readonly string[]): { Name: string; Url: string }[] {
  return keys.flatMap((key) => {
    const object = call.store.objects.get(key);
    return object ? [{ Name: object.fileName, Url: call.store.objects.presign(call.ctx.baseUrl, object, 'GET') }] : [];
  });
}

const listTicketNotes: ActionHandler = (call) => {
  checkUidParameter(call);
  const ticket = ownedTicket(call);
  const notes = [...ticket.notes].sort((a, b) => a.createTime - b.createTime || a.dialogId - b.dialogId);
  const answer = {
    data: notes.map((note) => ({
      Type: 2,
      // 1 = unread, 2 = read (spec §ListTicketNotes); fixture notes count as read.
      Status: note.readByCustomer === false ? 1 : 2,
      Tip: 'null',
      DialogId: note.dialogId,
      CreateTime: note.createTime,
      Dialog: { Schema: 'null', Content: note.content },
      User: { Role: note.role, Name: note.name },
      Attachments: attachmentList(call, note.attachmentKeys),
    })),
  };
  // Listing the conversation is what reads it.
  for (const note of ticket.notes) note.readByCustomer = true;
  return answer;
};

const replyTicket: ActionHandler = (call) => {
  const { params } = call;
  checkUidParameter(call);
  const ticket = ownedTicket(call);
  const content = params.required('Content');
  const encrypted = params.requiredBoolean('Encrypt');
  const files = params.commaList('FileNameList') ?? [];
  checkUploaded(call, files);
  const note = call.lifecycle.reply(ticket, { name: customerName(call), content, encrypted, attachmentKeys: files });
  if (!note) throw params.illegal();
  call.lifecycle.scheduleAnswerToReply(call.ctx.agent, ticket.ticketId);
  return { data: String(note.dialogId) };
};

const closeTicket: ActionHandler = (call) => {
  checkUidParameter(call);
  call.lifecycle.close(ownedTicket(call));
  return { code: 200 };
};

const reopenTicket: ActionHandler = (call) => {
  checkUidParameter(call);
  const ticket: StoredTicket = ownedTicket(call);
  const content = call.params.required('Content');
  if (!call.lifecycle.reopen(ticket, { name: customerName(call), content })) throw call.params.illegal();
  call.lifecycle.scheduleAnswerToNewTicket(call.ctx.agent, ticket.ticketId);
  return { data: ticket.ticketId };
};

const evaluateTicket: ActionHandler = (call): ActionResult => {
  const { params } = call;
  checkUidParameter(call);
  const ticket = ownedTicket(call);
  const score = params.required('Score');
  const solved = params.requiredBoolean('Solved');
  if (!/^[1-5]$/.test(score)) throw params.illegal();
  if (!call.lifecycle.evaluate(ticket, score, solved, params.optional('Content'), call.ctx.clock.now())) throw params.illegal();
  return { code: 200, message: 'successful' };
};

export const ticketActions2021: Readonly<Record<string, ActionHandler>> = {
  CreateTicket: createTicket,
  ListTickets: listTickets,
  GetTicket: getTicket,
  ListTicketNotes: listTicketNotes,
  ReplyTicket: replyTicket,
  CloseTicket: closeTicket,
  ReopenTicket: reopenTicket,
  EvaluateTicket: evaluateTicket,
};
