// Version 2020-03-26 (legacy) actions on the same store (spec §5, §11): every parameter in the query,
// Code 200, paging inside Data, times in epoch seconds, 2020 status vocabulary.
import { AliyunRequestError, workorderErrors } from './errors';
import type { AliyunProductFixture } from './fixtures';
import { parseStatusFilter2020, STATUS_NAMES, type StatusCode } from './status';
import { callerUid, customerName, ownedTicket, wantsChinese, type ActionCall, type ActionHandler } from './routes-types';

const OK = { code: 200, message: 'success' } as const;
const NOTIFY_TIME_RANGES = ['normal', 'all', 'never'];
const seconds = (ms: number) => Math.floor(ms / 1000);

function productEntry(product: AliyunProductFixture, chinese: boolean) {
  return {
    Description: product.Description ?? '',
    Id: product.ProductId,
    Name: chinese ? (product.ProductNameZh ?? product.ProductName) : product.ProductName,
    ProductCode: product.ProductCode,
  };
}

const listProducts: ActionHandler = (call) => {
  const chinese = wantsChinese(call.params.optional('Language'));
  const all = call.store.products();
  const technical = (product: AliyunProductFixture) => product.Consultation !== true;
  return {
    ...OK,
    data: {
      HotTech: all.filter((p) => p.Hot && technical(p)).map((p) => productEntry(p, chinese)),
      HotConsultation: all.filter((p) => p.Hot && !technical(p)).map((p) => productEntry(p, chinese)),
      ConsultationMore: all.filter((p) => !p.Hot && !technical(p)).map((p) => productEntry(p, chinese)),
      TechMore: call.store.fixtures.directories
        .map((directory) => ({
          GroupName: chinese ? (directory.DirectoryNameZh ?? directory.DirectoryName) : directory.DirectoryName,
          ProductList: directory.ProductList.filter(technical).map((p) => productEntry(p, chinese)),
        }))
        .filter((group) => group.ProductList.length > 0),
    },
  };
};

const listCategories: ActionHandler = (call) => {
  const product = call.store.productByCode(call.params.required('ProductCode'));
  if (!product) throw call.params.illegal();
  const chinese = wantsChinese(call.params.optional('Language'));
  const list = call.store.categoriesOf(product.ProductId).map((c) => ({ Id: c.CategoryId, Name: chinese ? (c.CategoryNameZh ?? c.CategoryName) : c.CategoryName }));
  return { ...OK, data: { List: list } };
};

function contactAllowed(call: ActionCall, email: string): boolean {
  const account = call.store.fixtures.accounts.find((a) => a.accessKeyId === call.caller.credential.accessKeyId);
  const registered = account?.contactEmails;
  return !registered || registered.includes(email);
}

const createTicket: ActionHandler = (call) => {
  const { params } = call;
  const categoryId = params.required('Category');
  const content = params.required('Content');
  const email = params.required('Email');
  const product = call.store.productByCode(params.required('ProductCode'));
  if (!product || !call.store.categoriesOf(product.ProductId).some((c) => String(c.CategoryId) === categoryId)) throw params.illegal();
  const notify = params.optional('NotifyTimeRange');
  if (notify && !NOTIFY_TIME_RANGES.includes(notify)) throw params.illegal();
  const phone = params.optional('Phone');
  if (phone && !/^\+?[\d-]{5,20}$/.test(phone)) throw params.illegal();
  if (!contactAllowed(call, email)) throw new AliyunRequestError(workorderErrors.emailOrPhone);
  const secret = params.optional('SecretContent');
  const ticket = call.store.createTicket({
    title: params.optional('Title') || content.slice(0, 64),
    description: content,
    categoryId,
    severity: 1,
    creatorId: callerUid(call),
    email,
    phone: phone || undefined,
    customerName: customerName(call),
    attachmentKeys: [],
    secretInfo: secret ? { content: secret, fileNameList: [] } : undefined,
  });
  call.lifecycle.scheduleAnswerToNewTicket(call.ctx.agent, ticket.ticketId);
  return { ...OK, data: ticket.ticketId };
};

function statusFilter(call: ActionCall): StatusCode[] | undefined {
  const items = call.params.commaList('TicketStatus');
  if (!items || items.length === 0) return undefined;
  return items.flatMap((item) => {
    const codes = parseStatusFilter2020(item);
    if (!codes) throw call.params.illegal();
    return codes;
  });
}

const listTickets: ActionHandler = (call) => {
  const { params } = call;
  const pageSize = Math.min(params.optionalInteger('PageSize') ?? 20, 100);
  const pageStart = params.optionalInteger('PageStart') ?? 1;
  if (pageSize < 1 || pageStart < 1) throw params.illegal();
  const after = params.optionalInteger('CreatedAfterTime');
  const before = params.optionalInteger('CreatedBeforeTime');
  const ids = params.commaList('Ids');
  const matches = call.store.page(
    callerUid(call),
    {
      statuses: statusFilter(call),
      ticketIds: ids && ids.length > 0 ? ids : undefined,
      createdFrom: after === undefined ? undefined : after * 1000,
      createdTo: before === undefined ? undefined : before * 1000 + 999,
      productCode: params.optional('ProductCode') || undefined,
    },
    (pageStart - 1) * pageSize,
    pageSize,
  );
  return {
    ...OK,
    data: {
      PageSize: pageSize,
      CurrentPage: pageStart,
      Total: matches.total,
      List: matches.items.map((t) => ({ Title: t.title, TicketStatus: STATUS_NAMES[t.status], Id: t.ticketId, AddTime: seconds(t.createTime), CreatorId: t.creatorId })),
    },
  };
};

const listTicketNotes: ActionHandler = (call) => {
  const ticket = ownedTicket(call);
  const notes = [...ticket.notes].sort((a, b) => a.createTime - b.createTime || a.dialogId - b.dialogId);
  return {
    ...OK,
    data: { List: notes.map((n) => ({ NoteId: String(n.dialogId), FromOfficial: n.role === 2, Content: n.content, GmtCreated: seconds(n.createTime) })) },
  };
};

const replyTicket: ActionHandler = (call) => {
  const ticket = ownedTicket(call);
  const content = call.params.optional('Content');
  const secret = call.params.optional('SecretContent');
  if (!content && !secret) throw call.params.illegal();
  const name = customerName(call);
  if (content && !call.lifecycle.reply(ticket, { name, content })) throw call.params.illegal();
  if (secret && !call.lifecycle.reply(ticket, { name, content: secret, encrypted: true })) throw call.params.illegal();
  call.lifecycle.scheduleAnswerToReply(call.ctx.agent, ticket.ticketId);
  return OK;
};

const closeTicket: ActionHandler = (call) => {
  call.lifecycle.close(ownedTicket(call));
  return OK;
};

export const actions2020: Readonly<Record<string, ActionHandler>> = {
  CreateTicket: createTicket,
  ListProducts: listProducts,
  ListCategories: listCategories,
  ListTickets: listTickets,
  ListTicketNotes: listTicketNotes,
  ReplyTicket: replyTicket,
  CloseTicket: closeTicket,
};
