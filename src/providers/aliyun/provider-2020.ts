/**
 * `TicketProvider` over the legacy Workorder 2020-03-26 API: no GetTicket (details come from
 * ListTickets + ListTicketNotes); no reopen, rating or attachments, so those optional operations are
 * absent (capabilities say so); times are epoch seconds.
 */
import type { ServerTime } from '../../core/server-clock';
import type { RequestSlots } from '../../core/limiter';
import { TicketError, unsupportedOperation } from '../../core/errors';
import type { CreateFormSchema, FieldOption, FormValues } from '../../core/form-schema';
import { formString } from '../../core/form-validation';
import type { Page, PageRequest } from '../../core/paging';
import { countedTickets, type ChangeSignal, type CreatedTicket, type CredentialCheck, type ReadOptions, type ReplyInput, type TicketListFilter, type TicketProvider } from '../../core/provider';
import type { Message, TicketDetail, TicketSummary } from '../../core/ticket';
import type { NotifyTimeRange, Workorder2020Api } from './ops/legacy-2020';
import { capabilitiesFor } from './capabilities';
import type { AliyunClient } from './client';
import type { AliyunLanguage } from './wire/types';
import { PROVIDER_NAME } from './errors';
import { createFormFor, FIELD, loadCascadeOptions, type CatalogDirectory, type CatalogProduct, type ProductCatalog } from './forms';
import { message2020, sortByTime, statusNamesFor, summary2020 } from './mapping';
import { asNotFound, writeOnTicket, assertValidForm, cachedLoad, changeSignalOf, clampPageSize, cursorOfPage, invalidInput, nextCursor, pageNumberFrom } from './provider-support';
import { readArray, readNumber, readRecord, readString } from './wire/read';

/** Documented maximum page size of 2020 ListTickets (spec §5.4). */
const MAX_PAGE_SIZE = 100;

export class AliyunProvider2020 implements TicketProvider {
  readonly providerId = 'aliyun';
  readonly displayName = PROVIDER_NAME;
  readonly capabilities = capabilitiesFor('2020-03-26');
  /** Server time from the answers' `Date` headers; the duplicate look-ups compare server times with it. */
  readonly serverTime: ServerTime;
  /** The account's request slots: the refresh engine keeps at most their limit in flight. */
  readonly requestSlots: RequestSlots;
  private readonly api: Workorder2020Api;
  /** UI language of status labels. */
  private readonly language: AliyunLanguage;
  private readonly catalog: ProductCatalog;

  constructor(client: AliyunClient) {
    this.serverTime = client.serverClock;
    this.requestSlots = client.transport.limiter;
    this.api = client.legacy;
    this.language = client.language;
    this.catalog = {
      directories: cachedLoad((signal) => this.loadDirectories(signal)),
      categories: (productKey, signal) => this.loadCategories(productKey, signal),
    };
  }

  async verifyCredentials(signal?: AbortSignal): Promise<CredentialCheck> {
    return countedTickets((await this.fetchPage({ pageStart: 1, pageSize: 1 }, signal)).total);
  }

  async getChangeSignal(signal?: AbortSignal, options?: ReadOptions): Promise<ChangeSignal> {
    const statuses = statusNamesFor(['needs-action', 'in-progress']);
    const page = await this.fetchPage({ pageStart: 1, pageSize: MAX_PAGE_SIZE, statuses }, signal, options);
    return changeSignalOf(page.total, page.items);
  }

  async listTickets(filter: TicketListFilter, page: PageRequest, signal?: AbortSignal, options?: ReadOptions): Promise<Page<TicketSummary>> {
    const pageStart = pageNumberFrom(page.cursor);
    const pageSize = clampPageSize(page.pageSize, MAX_PAGE_SIZE);
    if (filter.statusGroups && filter.statusGroups.length === 0) {
      return { items: [], totalCount: 0 };
    }
    const result = await this.fetchPage(
      {
        pageStart,
        pageSize,
        statuses: filter.statusGroups ? statusNamesFor(filter.statusGroups) : undefined,
        ids: filter.ids,
        createdAfterSeconds: toSeconds(filter.createdAfter, Math.ceil),
        createdBeforeSeconds: toSeconds(filter.createdBefore, Math.floor),
      },
      signal,
      options,
    );
    return { items: result.items, totalCount: result.total, nextCursor: nextCursor(pageStart, pageSize, result.items.length, result.total) };
  }

  cursorForPage(pageIndex: number): string {
    return cursorOfPage(pageIndex);
  }

  async getTicket(ticketId: string, signal?: AbortSignal): Promise<TicketDetail> {
    const [page, messages] = await Promise.all([
      this.fetchPage({ pageStart: 1, pageSize: 1, ids: [ticketId] }, signal),
      this.listMessages(ticketId, {}, signal).catch((error: unknown) => {
        throw asNotFound(error, ticketId);
      }),
    ]);
    const summary = page.items.find((item) => item.id === ticketId);
    if (!summary) {
      throw asNotFound(invalidInput('param.illegal', { id: 'unknown-ticket', ticketId }), ticketId);
    }
    // The legacy API has no description field: the first customer note is the ticket's text.
    const first = messages.items.find((message) => message.author.role === 'customer');
    return { ...summary, description: first?.body ?? '' };
  }

  async listMessages(ticketId: string, _page: PageRequest, signal?: AbortSignal): Promise<Page<Message>> {
    try {
      const { envelope } = await this.api.listTicketNotes(ticketId, signal);
      const items = sortByTime(readArray(readRecord(envelope.Data).List).map(message2020));
      return { items, totalCount: items.length };
    } catch (error) {
      throw asNotFound(error, ticketId);
    }
  }

  async reply(ticketId: string, input: ReplyInput, signal?: AbortSignal): Promise<{ readonly messageId?: string }> {
    const body = input.body.trim();
    if (!body) {
      throw invalidInput('EmptyReply', { id: 'empty-reply' });
    }
    if (input.attachmentIds?.length) {
      throw unsupportedOperation(PROVIDER_NAME, 'attachments (API version 2020-03-26)');
    }
    if (body.length > this.capabilities.maxReplyLength) {
      throw invalidInput('ReplyTooLong', { id: 'reply-too-long', limit: this.capabilities.maxReplyLength, canAttach: false });
    }
    // A confidential reply travels as SecretContent instead of Content.
    await this.onTicket(ticketId, () => this.api.replyTicket(ticketId, input.secret ? undefined : body, input.secret ? body : undefined, signal), signal);
    return {};
  }

  async close(ticketId: string, signal?: AbortSignal): Promise<void> {
    await this.onTicket(ticketId, () => this.api.closeTicket(ticketId, signal), signal);
  }

  private onTicket<T>(ticketId: string, write: () => Promise<T>, signal?: AbortSignal): Promise<T> {
    return writeOnTicket(write, () => this.getTicket(ticketId, signal));
  }

  async getCreateForm(): Promise<CreateFormSchema> {
    return createFormFor('2020-03-26');
  }

  loadFieldOptions(fieldId: string, values: FormValues, signal?: AbortSignal): Promise<readonly FieldOption[]> {
    return loadCascadeOptions(this.catalog, fieldId, values, signal);
  }

  async createTicket(values: FormValues, signal?: AbortSignal): Promise<CreatedTicket> {
    assertValidForm(createFormFor('2020-03-26'), values);
    const notify = formString(values, FIELD.notifyTimeRange);
    const { envelope } = await this.api.createTicket(
      {
        categoryId: formString(values, FIELD.category),
        productCode: formString(values, FIELD.product),
        content: formString(values, FIELD.description),
        email: formString(values, FIELD.email),
        title: formString(values, FIELD.title),
        phone: formString(values, FIELD.phone),
        secretContent: formString(values, FIELD.secretInfo),
        notifyTimeRange: notify === 'normal' || notify === 'never' || notify === 'all' ? (notify as NotifyTimeRange) : undefined,
      },
      signal,
    );
    const ticketId = readString(envelope.Data);
    if (!ticketId) {
      throw new TicketError({
        kind: 'server',
        code: 'MissingTicketId',
        operation: 'CreateTicket',
        ambiguous: true,
        provider: PROVIDER_NAME,
        reason: { id: 'no-new-ticket-id' },
      });
    }
    return { ticketId };
  }

  private async fetchPage(request: Parameters<Workorder2020Api['listTickets']>[0], signal?: AbortSignal, options?: ReadOptions): Promise<{ items: TicketSummary[]; total?: number }> {
    const { envelope } = await this.api.listTickets(request, signal, options);
    const data = readRecord(envelope.Data);
    return { items: readArray(data.List).map((item) => summary2020(item, this.language)), total: readNumber(data.Total) };
  }

  private async loadDirectories(signal?: AbortSignal): Promise<readonly CatalogDirectory[]> {
    const { envelope } = await this.api.listProducts(signal);
    const data = readRecord(envelope.Data);
    const directories: CatalogDirectory[] = [];
    const add = (key: string, name: string, list: unknown): void => {
      const products = readArray(list)
        .map(product2020)
        .filter((product) => product.key !== '');
      if (products.length > 0) {
        directories.push({ key, name, products });
      }
    };
    add('hot-tech', 'Popular technical products', data.HotTech);
    readArray(data.TechMore).forEach((group, index) => {
      const record = readRecord(group);
      add(`tech-${index}`, readString(record.GroupName, 'Technical'), record.ProductList);
    });
    add('consultation', 'Consultation', [...readArray(data.HotConsultation), ...readArray(data.ConsultationMore)]);
    return directories;
  }

  private async loadCategories(productCode: string, signal?: AbortSignal): Promise<readonly FieldOption[]> {
    const { envelope } = await this.api.listCategories(productCode, signal);
    return readArray(readRecord(envelope.Data).List).map((entry) => {
      const category = readRecord(entry);
      return { value: readString(category.Id), label: readString(category.Name) };
    });
  }
}

/** Clients use `ProductCode` (spec §5.2); products without one cannot be filed against. */
function product2020(entry: unknown): CatalogProduct {
  const record = readRecord(entry);
  const description = readString(record.Description);
  return { key: readString(record.ProductCode), name: readString(record.Name), ...(description ? { description } : {}) };
}

function toSeconds(ms: number | undefined, round: (value: number) => number): number | undefined {
  return ms === undefined ? undefined : round(ms / 1000);
}
