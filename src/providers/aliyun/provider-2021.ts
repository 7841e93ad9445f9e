/** `TicketProvider` over Workorder 2021-06-10 (the current API). */
import type { ServerTime } from '../../core/server-clock';
import type { RequestSlots } from '../../core/limiter';
import { TicketError } from '../../core/errors';
import type { CreateFormSchema, FieldOption, FormValues } from '../../core/form-schema';
import { formList, formString } from '../../core/form-validation';
import type { Page, PageRequest } from '../../core/paging';
import {
  countedTickets,
  uploadSize,
  type AttachmentUpload,
  type ChangeSignal,
  type CredentialCheck,
  type CreatedTicket,
  type RatingInput,
  type ReadOptions,
  type ReplyInput,
  type TicketListFilter,
  type TicketProvider,
  type UploadedAttachment,
} from '../../core/provider';
import type { Message, TicketDetail, TicketSummary } from '../../core/ticket';
import { dimensionScore, OVERALL_DIMENSION, ratingProblems, singleScoreForm, type RatingForm } from '../../core/rating-form';
import type { ListTickets2021Request } from './ops/tickets';
import { capabilitiesFor, MAX_ATTACHMENT_BYTES, MAX_TEXT_LENGTH } from './capabilities';
import type { AliyunClient } from './client';
import { PROVIDER_NAME } from './errors';
import { createFormFor, FIELD, loadCascadeOptions, type CatalogDirectory, type ProductCatalog } from './forms';
import { categoryLanguage } from './language';
import { detail2021, message2021, sortByTime, statusNamesFor, summary2021 } from './mapping';
import { asNotFound, writeOnTicket, assertScore, assertValidForm, cachedLoad, changeSignalOf, clampPageSize, cursorOfPage, invalidInput, nextCursor, pageNumberFrom } from './provider-support';
import { readArray, readNumber, readRecord, readString } from './wire/read';
import { uploadContent } from '../http/streamed-body';
import type { AliyunLanguage } from './wire/types';

/** Page size cap for 2021 ListTickets (undocumented; spec §4.0 recommends ≤ 50). */
const MAX_PAGE_SIZE = 50;
/** The rating outline of this version (present: 2021 rates). */
const RATING_OUTLINE = capabilitiesFor('2021-06-10').rating ?? { minScore: 1, maxScore: 5, solvedFlag: true, comment: true };

export class AliyunProvider2021 implements TicketProvider {
  readonly providerId = 'aliyun';
  readonly displayName = PROVIDER_NAME;
  readonly capabilities = capabilitiesFor('2021-06-10');
  /** Server time from the answers' `Date` headers; the duplicate look-ups compare server times with it. */
  readonly serverTime: ServerTime;
  /** The account's request slots: the refresh engine keeps at most their limit in flight. */
  readonly requestSlots: RequestSlots;
  private readonly catalog: ProductCatalog;

  constructor(
    private readonly client: AliyunClient,
    private readonly language: AliyunLanguage,
  ) {
    this.serverTime = client.serverClock;
    this.requestSlots = client.transport.limiter;
    this.catalog = {
      directories: cachedLoad((signal) => this.loadDirectories(signal)),
      categories: (productKey, signal) => this.loadCategories(productKey, signal),
    };
  }

  async verifyCredentials(signal?: AbortSignal): Promise<CredentialCheck> {
    const { envelope } = await this.client.tickets.listTickets({ pageNumber: 1, pageSize: 1 }, signal);
    return countedTickets(envelope.TotalCount);
  }

  async getChangeSignal(signal?: AbortSignal, options?: ReadOptions): Promise<ChangeSignal> {
    const open = statusNamesFor(['needs-action', 'in-progress']);
    const { envelope } = await this.client.tickets.listTickets({ pageNumber: 1, pageSize: MAX_PAGE_SIZE, statusList: open }, signal, options);
    const items = readArray(envelope.Data).map((item) => summary2021(item, this.language));
    return changeSignalOf(envelope.TotalCount, items);
  }

  async listTickets(filter: TicketListFilter, page: PageRequest, signal?: AbortSignal, options?: ReadOptions): Promise<Page<TicketSummary>> {
    const pageNumber = pageNumberFrom(page.cursor);
    const pageSize = clampPageSize(page.pageSize, MAX_PAGE_SIZE);
    if (filter.statusGroups && filter.statusGroups.length === 0) {
      return { items: [], totalCount: 0 };
    }
    const request: ListTickets2021Request = {
      pageNumber,
      pageSize,
      statusList: filter.statusGroups ? statusNamesFor(filter.statusGroups) : undefined,
      ticketIds: filter.ids,
      keyword: filter.keyword?.trim(),
      startDate: filter.createdAfter,
      endDate: filter.createdBefore,
    };
    const { envelope } = await this.client.tickets.listTickets(request, signal, options);
    const items = readArray(envelope.Data).map((item) => summary2021(item, this.language));
    return { items, totalCount: envelope.TotalCount, nextCursor: nextCursor(pageNumber, pageSize, items.length, envelope.TotalCount) };
  }

  cursorForPage(pageIndex: number): string {
    return cursorOfPage(pageIndex);
  }

  async getTicket(ticketId: string, signal?: AbortSignal): Promise<TicketDetail> {
    try {
      const { envelope } = await this.client.tickets.getTicket(ticketId, signal);
      return detail2021(envelope.Data, this.language);
    } catch (error) {
      throw asNotFound(error, ticketId);
    }
  }

  async listMessages(ticketId: string, _page: PageRequest, signal?: AbortSignal): Promise<Page<Message>> {
    try {
      // ListTicketNotes is not paged: one call returns the whole conversation.
      const { envelope } = await this.client.tickets.listTicketNotes(ticketId, signal);
      const items = sortByTime(readArray(envelope.Data).map(message2021));
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
    this.assertReplyLength(body);
    const { maxAttachmentsPerMessage } = this.capabilities;
    if ((input.attachmentIds?.length ?? 0) > maxAttachmentsPerMessage) {
      throw invalidInput('TooManyAttachments', { id: 'too-many-attachments', limit: maxAttachmentsPerMessage });
    }
    const { envelope } = await this.onTicket(ticketId, () => this.client.tickets.replyTicket(ticketId, body, input.secret === true, input.attachmentIds, signal), signal);
    const messageId = readString(envelope.Data);
    return messageId ? { messageId } : {};
  }

  async close(ticketId: string, signal?: AbortSignal): Promise<void> {
    await this.onTicket(ticketId, () => this.client.tickets.closeTicket(ticketId, signal), signal);
  }

  async reopen(ticketId: string, message: string, signal?: AbortSignal): Promise<void> {
    const content = message.trim();
    if (!content) {
      throw invalidInput('EmptyReopenMessage', { id: 'empty-reopen-reason' });
    }
    this.assertReplyLength(content);
    await this.onTicket(ticketId, () => this.client.tickets.reopenTicket(ticketId, content, signal), signal);
  }

  async rate(ticketId: string, rating: RatingInput, signal?: AbortSignal): Promise<void> {
    const score = dimensionScore(rating, OVERALL_DIMENSION);
    assertScore(score, 1, 5);
    const solved = rating.solved;
    if (solved === undefined) {
      throw invalidInput('MissingSolved', { id: 'missing-solved' });
    }
    // The form has no reasons: one given is not what the user thinks will be sent.
    if (ratingProblems(singleScoreForm(RATING_OUTLINE, MAX_TEXT_LENGTH), rating).length > 0) {
      throw invalidInput('InvalidRating', { id: 'single-score-rating' });
    }
    await this.onTicket(ticketId, () => this.client.tickets.evaluateTicket({ ticketId, score, solved, content: rating.comment?.trim() }, signal), signal);
  }

  /** EvaluateTicket takes one overall score, solved or not, and a comment: a form of one dimension. */
  async ratingForm(): Promise<RatingForm> {
    return singleScoreForm(RATING_OUTLINE, MAX_TEXT_LENGTH);
  }

  private onTicket<T>(ticketId: string, write: () => Promise<T>, signal?: AbortSignal): Promise<T> {
    return writeOnTicket(write, () => this.getTicket(ticketId, signal));
  }

  async getCreateForm(): Promise<CreateFormSchema> {
    return createFormFor('2021-06-10');
  }

  loadFieldOptions(fieldId: string, values: FormValues, signal?: AbortSignal): Promise<readonly FieldOption[]> {
    return loadCascadeOptions(this.catalog, fieldId, values, signal);
  }

  async createTicket(values: FormValues, signal?: AbortSignal): Promise<CreatedTicket> {
    const schema = createFormFor('2021-06-10');
    assertValidForm(schema, values);
    const { envelope } = await this.client.tickets.createTicket(
      {
        categoryId: formString(values, FIELD.category),
        severity: formString(values, FIELD.severity) === '2' ? 2 : 1,
        title: formString(values, FIELD.title),
        description: formString(values, FIELD.description),
        email: formString(values, FIELD.email),
        fileNames: formList(values, FIELD.attachments),
        secretInfo: { content: formString(values, FIELD.secretInfo), fileNames: formList(values, FIELD.secretAttachments) },
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

  async uploadAttachment(upload: AttachmentUpload, signal?: AbortSignal): Promise<UploadedAttachment> {
    const size = uploadSize(upload);
    if (size > MAX_ATTACHMENT_BYTES) {
      throw invalidInput('AttachmentTooLarge', { id: 'file-too-large', fileName: upload.fileName, limitBytes: MAX_ATTACHMENT_BYTES });
    }
    const objectKey = await this.client.attachments.upload({ fileName: upload.fileName, content: uploadContent(upload), onProgress: upload.onProgress }, signal);
    return { id: objectKey, fileName: upload.fileName, sizeBytes: size };
  }

  private assertReplyLength(text: string): void {
    if (text.length > this.capabilities.maxReplyLength) {
      throw invalidInput('ReplyTooLong', { id: 'reply-too-long', limit: this.capabilities.maxReplyLength, canAttach: true });
    }
  }

  private async loadDirectories(signal?: AbortSignal): Promise<readonly CatalogDirectory[]> {
    const { envelope } = await this.client.catalogue.listProducts(this.language, undefined, signal);
    return readArray(envelope.Data).map((entry) => {
      const directory = readRecord(entry);
      return {
        key: readString(directory.DirectoryId),
        name: readString(directory.DirectoryName),
        products: readArray(directory.ProductList).map((item) => {
          const product = readRecord(item);
          return { key: readString(product.ProductId), name: readString(product.ProductName) };
        }),
      };
    });
  }

  private async loadCategories(productKey: string, signal?: AbortSignal): Promise<readonly FieldOption[]> {
    const productId = readNumber(productKey);
    if (productId === undefined) {
      return [];
    }
    const { envelope } = await this.client.catalogue.listCategories(productId, categoryLanguage(this.language), signal);
    return readArray(envelope.Data).map((entry) => {
      const category = readRecord(entry);
      return { value: readString(category.CategoryId), label: readString(category.CategoryName) };
    });
  }
}
