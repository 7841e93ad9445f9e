/**
 * Workorder 2021-06-10 actions (spec §4): one typed function per action. GetMqConsumerTag is
 * deliberately absent (undocumented, spec §4.12).
 */
import type { ActionSpec, AliyunCaller } from './client-types';
import type { WorkorderRequestModel } from './rpc-params';
import type { AliyunResult } from './wire-types';

// Where each parameter travels (query/body, list style) is rpc-params.ts's table; here only the
// action names and their read/write nature.
function spec(action: string, intent: 'read' | 'write'): ActionSpec {
  return { action, version: '2021-06-10', intent };
}

export const ACTIONS_2021 = {
  CreateTicket: spec('CreateTicket', 'write'),
  ListTickets: spec('ListTickets', 'read'),
  GetTicket: spec('GetTicket', 'read'),
  ListTicketNotes: spec('ListTicketNotes', 'read'),
  ReplyTicket: spec('ReplyTicket', 'write'),
  CloseTicket: spec('CloseTicket', 'write'),
  ReopenTicket: spec('ReopenTicket', 'write'),
  EvaluateTicket: spec('EvaluateTicket', 'write'),
  ListProducts: spec('ListProducts', 'read'),
  ListCategories: spec('ListCategories', 'read'),
  // Only mints presigned URLs; nothing is stored until the PUT, so retrying it is harmless.
  GetAttachmentUploadUrl: spec('GetAttachmentUploadUrl', 'read'),
} as const satisfies Record<string, ActionSpec>;

/** Status names sent in `StatusList` (spec §4.0: names, per the newest docs). */
export type StatusName2021 = 'assigned' | 'dealing' | 'wait_feedback' | 'feedback' | 'wait_confirm' | 'confirmed';

export interface CreateTicket2021Request {
  readonly categoryId: string;
  readonly description: string;
  readonly severity: 1 | 2;
  readonly title?: string;
  readonly email?: string;
  readonly fileNames?: readonly string[];
  readonly secretInfo?: { readonly content?: string; readonly fileNames?: readonly string[] };
}

export interface ListTickets2021Request {
  readonly pageNumber: number;
  readonly pageSize: number;
  readonly startDate?: number;
  readonly endDate?: number;
  readonly statusList?: readonly StatusName2021[];
  readonly ticketIds?: readonly string[];
  readonly keyword?: string;
}

export interface EvaluateTicket2021Request {
  readonly ticketId: string;
  readonly score: number;
  readonly solved: boolean;
  readonly content?: string;
}

/** Thin typed wrappers; they only name parameters, the caller does the HTTP. */
export class Workorder2021 {
  constructor(private readonly caller: AliyunCaller) {}

  createTicket(request: CreateTicket2021Request, signal?: AbortSignal): Promise<AliyunResult> {
    const secret = request.secretInfo;
    const secretInfo = secret && (secret.content || secret.fileNames?.length)
      ? { content: secret.content || undefined, fileNameList: secret.fileNames?.length ? [...secret.fileNames] : undefined }
      : undefined;
    return this.send(ACTIONS_2021.CreateTicket, {
      categoryId: request.categoryId,
      description: request.description,
      severity: request.severity,
      title: request.title || undefined,
      email: request.email || undefined,
      fileNameList: nonEmpty(request.fileNames),
      secretInfo,
    }, signal);
  }

  listTickets(request: ListTickets2021Request, signal?: AbortSignal): Promise<AliyunResult> {
    return this.send(ACTIONS_2021.ListTickets, {
      pageNumber: request.pageNumber,
      pageSize: request.pageSize,
      startDate: request.startDate,
      endDate: request.endDate,
      statusList: nonEmpty(request.statusList),
      ticketIdList: nonEmpty(request.ticketIds),
      keyword: request.keyword || undefined,
    }, signal);
  }

  getTicket(ticketId: string, signal?: AbortSignal): Promise<AliyunResult> {
    return this.send(ACTIONS_2021.GetTicket, { ticketId }, signal);
  }

  listTicketNotes(ticketId: string, signal?: AbortSignal): Promise<AliyunResult> {
    return this.send(ACTIONS_2021.ListTicketNotes, { ticketId }, signal);
  }

  replyTicket(ticketId: string, content: string, encrypt: boolean, fileNames: readonly string[] | undefined, signal?: AbortSignal): Promise<AliyunResult> {
    return this.send(ACTIONS_2021.ReplyTicket, { ticketId, content, encrypt, fileNameList: nonEmpty(fileNames) }, signal);
  }

  closeTicket(ticketId: string, signal?: AbortSignal): Promise<AliyunResult> {
    return this.send(ACTIONS_2021.CloseTicket, { ticketId }, signal);
  }

  reopenTicket(ticketId: string, content: string, signal?: AbortSignal): Promise<AliyunResult> {
    return this.send(ACTIONS_2021.ReopenTicket, { ticketId, content }, signal);
  }

  evaluateTicket(request: EvaluateTicket2021Request, signal?: AbortSignal): Promise<AliyunResult> {
    return this.send(ACTIONS_2021.EvaluateTicket, {
      ticketId: request.ticketId,
      // Score is a string in the SDK model ("1".."5").
      score: String(request.score),
      solved: request.solved,
      content: request.content || undefined,
    }, signal);
  }

  listProducts(language: string, name?: string, signal?: AbortSignal): Promise<AliyunResult> {
    return this.send(ACTIONS_2021.ListProducts, { language, name: name || undefined }, signal);
  }

  listCategories(productId: number, language: string, signal?: AbortSignal): Promise<AliyunResult> {
    return this.send(ACTIONS_2021.ListCategories, { productId, language }, signal);
  }

  getAttachmentUploadUrl(fileName: string, signal?: AbortSignal): Promise<AliyunResult> {
    return this.send(ACTIONS_2021.GetAttachmentUploadUrl, { fileName }, signal);
  }

  private send(action: ActionSpec, request: WorkorderRequestModel, signal?: AbortSignal): Promise<AliyunResult> {
    return this.caller.call(action, request, signal);
  }
}

/** Empty lists are omitted rather than sent as empty parameters (spec §3.6). */
function nonEmpty<T>(list: readonly T[] | undefined): T[] | undefined {
  return list && list.length > 0 ? [...list] : undefined;
}
