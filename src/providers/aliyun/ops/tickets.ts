/**
 * Workorder 2021-06-10 ticket and conversation actions (spec §4): create, list, get, notes, reply,
 * close, reopen, evaluate. One typed function per action; where each parameter travels (query/body,
 * list style) is wire/params.ts's table, here only the action names and whether they read or write.
 * GetMqConsumerTag is deliberately absent (undocumented, spec §4.12).
 */
import type { ReadOptions } from '../../../core/provider';
import type { ActionSpec, WorkorderTransport } from '../transport';
import type { WorkorderRequestModel } from '../wire/params';
import type { AliyunResult } from '../wire/types';

/** A 2021-06-10 action and whether it reads or writes. */
export function action2021(action: string, intent: ActionSpec['intent']): ActionSpec {
  return { action, version: '2021-06-10', intent };
}

const ACTIONS = {
  CreateTicket: action2021('CreateTicket', 'write'),
  ListTickets: action2021('ListTickets', 'read'),
  GetTicket: action2021('GetTicket', 'read'),
  ListTicketNotes: action2021('ListTicketNotes', 'read'),
  ReplyTicket: action2021('ReplyTicket', 'write'),
  CloseTicket: action2021('CloseTicket', 'write'),
  ReopenTicket: action2021('ReopenTicket', 'write'),
  EvaluateTicket: action2021('EvaluateTicket', 'write'),
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

export class AliyunTicketsApi {
  constructor(private readonly t: WorkorderTransport) {}

  createTicket(request: CreateTicket2021Request, signal?: AbortSignal): Promise<AliyunResult> {
    const secret = request.secretInfo;
    const secretInfo =
      secret && (secret.content || secret.fileNames?.length) ? { content: secret.content || undefined, fileNameList: secret.fileNames?.length ? [...secret.fileNames] : undefined } : undefined;
    return this.send(
      ACTIONS.CreateTicket,
      {
        categoryId: request.categoryId,
        description: request.description,
        severity: request.severity,
        title: request.title || undefined,
        email: request.email || undefined,
        fileNameList: nonEmpty(request.fileNames),
        secretInfo,
      },
      signal,
    );
  }

  listTickets(request: ListTickets2021Request, signal?: AbortSignal, options?: ReadOptions): Promise<AliyunResult> {
    return this.t.call(
      ACTIONS.ListTickets,
      {
        pageNumber: request.pageNumber,
        pageSize: request.pageSize,
        startDate: request.startDate,
        endDate: request.endDate,
        statusList: nonEmpty(request.statusList),
        ticketIdList: nonEmpty(request.ticketIds),
        keyword: request.keyword || undefined,
      },
      signal,
      options,
    );
  }

  getTicket(ticketId: string, signal?: AbortSignal): Promise<AliyunResult> {
    return this.send(ACTIONS.GetTicket, { ticketId }, signal);
  }

  listTicketNotes(ticketId: string, signal?: AbortSignal): Promise<AliyunResult> {
    return this.send(ACTIONS.ListTicketNotes, { ticketId }, signal);
  }

  replyTicket(ticketId: string, content: string, encrypt: boolean, fileNames: readonly string[] | undefined, signal?: AbortSignal): Promise<AliyunResult> {
    return this.send(ACTIONS.ReplyTicket, { ticketId, content, encrypt, fileNameList: nonEmpty(fileNames) }, signal);
  }

  closeTicket(ticketId: string, signal?: AbortSignal): Promise<AliyunResult> {
    return this.send(ACTIONS.CloseTicket, { ticketId }, signal);
  }

  reopenTicket(ticketId: string, content: string, signal?: AbortSignal): Promise<AliyunResult> {
    return this.send(ACTIONS.ReopenTicket, { ticketId, content }, signal);
  }

  evaluateTicket(request: EvaluateTicket2021Request, signal?: AbortSignal): Promise<AliyunResult> {
    return this.send(
      ACTIONS.EvaluateTicket,
      {
        ticketId: request.ticketId,
        // Score is a string in the SDK model ("1".."5").
        score: String(request.score),
        solved: request.solved,
        content: request.content || undefined,
      },
      signal,
    );
  }

  private send(action: ActionSpec, request: WorkorderRequestModel, signal?: AbortSignal): Promise<AliyunResult> {
    return this.t.call(action, request, signal);
  }
}

/** Empty lists are omitted rather than sent as empty parameters (spec §3.6). */
function nonEmpty<T>(list: readonly T[] | undefined): T[] | undefined {
  return list && list.length > 0 ? [...list] : undefined;
}
