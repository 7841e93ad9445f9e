/**
 * Workorder 2020-03-26, the legacy API (spec §5, seeds 000/001): its few actions in one area, since
 * accounts on it use nothing else. Every parameter travels in the query. ReplyTicket is hand-rolled
 * (the official SDK dropped it, spec §12.13).
 */
import type { ReadOptions } from '../../../core/provider';
import type { ActionSpec, WorkorderTransport } from '../transport';
import type { WorkorderRequestModel } from '../wire/params';
import type { AliyunLanguage, AliyunResult } from '../wire/types';

function spec(action: string, intent: ActionSpec['intent']): ActionSpec {
  return { action, version: '2020-03-26', intent };
}

const ACTIONS_2020 = {
  CreateTicket: spec('CreateTicket', 'write'),
  ListProducts: spec('ListProducts', 'read'),
  ListCategories: spec('ListCategories', 'read'),
  ListTickets: spec('ListTickets', 'read'),
  ListTicketNotes: spec('ListTicketNotes', 'read'),
  ReplyTicket: spec('ReplyTicket', 'write'),
  CloseTicket: spec('CloseTicket', 'write'),
} as const satisfies Record<string, ActionSpec>;

export type NotifyTimeRange = 'all' | 'normal' | 'never';

export interface CreateTicket2020Request {
  readonly categoryId: string;
  readonly productCode: string;
  readonly content: string;
  readonly email: string;
  readonly title?: string;
  readonly secretContent?: string;
  readonly phone?: string;
  readonly notifyTimeRange?: NotifyTimeRange;
}

export interface ListTickets2020Request {
  readonly pageStart: number;
  readonly pageSize: number;
  /** Epoch seconds (spec §10.3). */
  readonly createdAfterSeconds?: number;
  readonly createdBeforeSeconds?: number;
  readonly ids?: readonly string[];
  readonly statuses?: readonly string[];
  readonly productCode?: string;
}

/** Thin typed wrappers; every call carries the account's `Language`. */
export class Workorder2020Api {
  constructor(
    private readonly t: WorkorderTransport,
    private readonly language: AliyunLanguage,
  ) {}

  createTicket(request: CreateTicket2020Request, signal?: AbortSignal): Promise<AliyunResult> {
    return this.send(
      ACTIONS_2020.CreateTicket,
      {
        category: request.categoryId,
        productCode: request.productCode,
        content: request.content,
        email: request.email,
        title: request.title || undefined,
        secretContent: request.secretContent || undefined,
        phone: request.phone || undefined,
        notifyTimeRange: request.notifyTimeRange,
      },
      signal,
    );
  }

  listProducts(signal?: AbortSignal): Promise<AliyunResult> {
    return this.send(ACTIONS_2020.ListProducts, {}, signal);
  }

  listCategories(productCode: string, signal?: AbortSignal): Promise<AliyunResult> {
    return this.send(ACTIONS_2020.ListCategories, { productCode }, signal);
  }

  listTickets(request: ListTickets2020Request, signal?: AbortSignal, options?: ReadOptions): Promise<AliyunResult> {
    return this.t.call(
      ACTIONS_2020.ListTickets,
      {
        pageStart: request.pageStart,
        pageSize: request.pageSize,
        createdAfterTime: request.createdAfterSeconds,
        createdBeforeTime: request.createdBeforeSeconds,
        // Comma-separated single parameters in this version.
        ids: request.ids?.length ? request.ids.join(',') : undefined,
        ticketStatus: request.statuses?.length ? request.statuses.join(',') : undefined,
        productCode: request.productCode || undefined,
      },
      signal,
      options,
    );
  }

  listTicketNotes(ticketId: string, signal?: AbortSignal): Promise<AliyunResult> {
    return this.send(ACTIONS_2020.ListTicketNotes, { ticketId }, signal);
  }

  replyTicket(ticketId: string, content: string | undefined, secretContent: string | undefined, signal?: AbortSignal): Promise<AliyunResult> {
    return this.send(ACTIONS_2020.ReplyTicket, { ticketId, content: content || undefined, secretContent: secretContent || undefined }, signal);
  }

  closeTicket(ticketId: string, signal?: AbortSignal): Promise<AliyunResult> {
    return this.send(ACTIONS_2020.CloseTicket, { ticketId }, signal);
  }

  private send(action: ActionSpec, request: WorkorderRequestModel, signal?: AbortSignal): Promise<AliyunResult> {
    return this.t.call(action, { ...request, language: this.language }, signal);
  }
}
