/**
 * `TicketProvider` for Huawei Cloud OSM (service tickets, API v2). One instance serves one account.
 * It offers every optional operation of the contract except `reopen` (OSM has none); labels, contact,
 * delete, verification and filing checks come from `OsmCaseAdministration`. OSM-only operations
 * (relations, agreements …) are on `client`.
 */
import { createHash } from 'node:crypto';
import type { AccountMetadata, CredentialsSupplier } from '../../core/account';
import { unsupportedOperation } from '../../core/errors';
import type { CreateFormSchema, FieldOption, FormField, FormValues } from '../../core/form-schema';
import type { ConcurrencyLimiter, RequestSlots } from '../../core/limiter';
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
import type { RetryPolicy } from '../../core/retry';
import type { ServerTime } from '../../core/server-clock';
import type { Message, TicketDetail, TicketSummary } from '../../core/ticket';
import { OSM_CAPABILITIES, MAX_REPLY_LENGTH } from './capabilities';
import { withDownloadLinks } from './attachment-links';
import { OsmClient } from './client';
import { OsmTicketPanelOperations } from './ticket-panel-operations';
import { uploadContent } from '../http/streamed-body';
import { createTicketFromForm, NEW_TICKET_AGREEMENT_TYPE } from './create-ticket';
import { PROVIDER_NAME } from './errors';
import { buildCreateForm, extendsFields, FIELD, parseProductValue } from './forms';
import { formText } from './form-texts';
import { detailOf, messageOf, sortMessages, summaryOf } from './mapping';
import type { AttachmentLimits } from './ops/attachments';
import { invalidInput } from './provider-errors';
import { rateCase } from './rating';
import { DELETED_STATUS, OPEN_STATUSES, statusesOfGroup } from './status';
import type { ListCasesQuery } from './wire/cases';
import { formatQueryTime } from './wire-readers';
import { siteOf } from './endpoint';

export interface HuaweiCloudProviderOptions {
  readonly account: AccountMetadata;
  /** Called before every request, so refreshed temporary credentials are picked up. */
  readonly credentials: CredentialsSupplier;
  /** UI locale (VS Code's display language) for `X-Language`. */
  readonly locale?: string;
  /** Minutes east of UTC for `X-Time-Zone` (default: this machine). */
  readonly utcOffsetMinutes?: number;
  readonly timeoutMs?: number;
  readonly limiter?: ConcurrencyLimiter;
  readonly retryPolicy?: RetryPolicy;
  readonly userAgent?: string;
}

const MAX_PAGE_SIZE = 100;
const DEFAULT_PAGE_SIZE = 20;
/** A runaway conversation must not loop forever: 20 pages of 100. */
const MAX_MESSAGE_PAGES = 20;

/** Page size as OSM accepts it (1…100, default 20). */
function limitFrom(pageSize: number | undefined): number {
  return Math.min(MAX_PAGE_SIZE, Math.max(1, Math.floor(pageSize ?? DEFAULT_PAGE_SIZE)));
}

function offsetFrom(cursor: string | undefined): number {
  const offset = cursor === undefined ? 0 : Number(cursor);
  if (!Number.isInteger(offset) || offset < 0) throw invalidInput('InvalidCursor', { id: 'invalid-cursor' });
  return offset;
}

function once<T>(load: (signal?: AbortSignal) => Promise<T>): (signal?: AbortSignal) => Promise<T> {
  let pending: Promise<T> | undefined;
  return (signal) =>
    (pending ??= load(signal).catch((error: unknown) => {
      pending = undefined;
      throw error;
    }));
}

export class HuaweiCloudProvider extends OsmTicketPanelOperations implements TicketProvider {
  readonly providerId = 'huaweicloud';
  readonly displayName = PROVIDER_NAME;
  readonly capabilities = OSM_CAPABILITIES;
  /** Server time from the answers' `Date` headers; the duplicate look-ups compare server times with it. */
  readonly serverTime: ServerTime;
  /** The account's request slots: the refresh engine keeps at most their limit in flight. */
  readonly requestSlots: RequestSlots;
  private readonly publishedLimits: (signal?: AbortSignal) => Promise<AttachmentLimits>;
  private readonly ccEmailLimit: (signal?: AbortSignal) => Promise<number>;
  private openCaseIds: string[] = [];
  private pollCursor: string | undefined;
  private messageGeneration = 0;

  constructor(client: OsmClient) {
    super(client);
    this.serverTime = client.transport.serverClock;
    this.requestSlots = client.transport.limiter;
    this.publishedLimits = once((signal) => client.attachments.limits(signal));
    this.ccEmailLimit = once((signal) => client.catalogue.ccEmailLimit(signal));
  }

  async verifyCredentials(signal?: AbortSignal): Promise<CredentialCheck> {
    await this.client.domainId(signal);
    // Counts by status, summed: every case an unfiltered list holds (deleted ones are counted, not listed).
    const counts = await this.client.cases.counts({}, signal);
    return countedTickets([...counts].reduce((sum, [status, count]) => (status === DELETED_STATUS ? sum : sum + count), 0));
  }

  /** Status counts (5.11.3), plus new-message polling (5.10.7) of the open tickets last listed. */
  async getChangeSignal(signal?: AbortSignal, options?: ReadOptions): Promise<ChangeSignal> {
    const counts = await this.client.cases.counts({}, signal, options);
    if (this.openCaseIds.length > 0) {
      const poll = await this.client.messages.pollNew(this.openCaseIds, this.pollCursor, signal, options);
      const changed = [...poll.messages.values(), ...poll.updates.values()].some((list) => list.length > 0);
      // The first poll only sets the high-water mark; later ones report what arrived since.
      if (changed && this.pollCursor !== undefined) this.messageGeneration++;
      this.pollCursor = poll.cursor;
    }
    const lines = [...counts.entries()].sort((a, b) => a[0] - b[0]).map(([s, n]) => `${s}:${n}`);
    const token = createHash('sha256')
      .update(`${lines.join(',')}|${this.messageGeneration}`)
      .digest('hex')
      .slice(0, 32);
    return { token, needsActionCount: (counts.get(2) ?? 0) + (counts.get(17) ?? 0) };
  }

  async listTickets(filter: TicketListFilter, page: PageRequest, signal?: AbortSignal, options?: ReadOptions): Promise<Page<TicketSummary>> {
    if (filter.statusGroups && filter.statusGroups.length === 0) return { items: [], totalCount: 0 };
    const offset = offsetFrom(page.cursor);
    const limit = limitFrom(page.pageSize);
    const query: ListCasesQuery = {
      offset,
      limit,
      trim_osm_rich_text_label: true,
      incident_statuses: filter.statusGroups ? filter.statusGroups.flatMap(statusesOfGroup).join(',') : undefined,
      app_key: filter.keyword?.trim().slice(0, 64) || undefined,
      // At most 5 labels per query (5.11.9).
      label_id_list: filter.labelIds?.length ? filter.labelIds.slice(0, 5) : undefined,
      query_start_time: filter.createdAfter === undefined ? undefined : formatQueryTime(new Date(filter.createdAfter), this.client.utcOffsetMinutes),
      query_end_time: filter.createdBefore === undefined ? undefined : formatQueryTime(new Date(filter.createdBefore), this.client.utcOffsetMinutes),
    };
    const { total, items } = filter.ids?.length ? await this.listByIds(filter.ids, query, signal, options) : await this.client.cases.list(query, signal, options);
    const open = items.filter((c) => OPEN_STATUSES.includes(Number(c.status))).map((c) => c.incident_id);
    const unread = open.length > 0 ? await this.client.messages.unreadCounts(open, signal, options) : new Map<string, number>();
    this.openCaseIds = [...new Set([...open, ...this.openCaseIds])].slice(0, 100);
    const summaries = items.map((c) => {
      const summary = summaryOf(c, this.client.language);
      const count = unread.get(c.incident_id);
      return count === undefined ? summary : { ...summary, unreadCount: count };
    });
    const more = offset + items.length < total && items.length > 0;
    return { items: summaries, totalCount: total, ...(more ? { nextCursor: String(offset + items.length) } : {}) };
  }

  /** List cursors are offsets. */
  cursorForPage(pageIndex: number, pageSize: number): string {
    return String(pageIndex * limitFrom(pageSize));
  }

  /** ListCases filters by one id; several ids are fetched one by one (first page only). */
  private async listByIds(ids: readonly string[], query: ListCasesQuery, signal?: AbortSignal, options?: ReadOptions) {
    const pages = await Promise.all(ids.slice(0, query.limit).map((id) => this.client.cases.list({ ...query, offset: 0, incident_id: id }, signal, options)));
    const items = pages.flatMap((p) => p.items);
    return { total: items.length, items };
  }

  async getTicket(ticketId: string, signal?: AbortSignal): Promise<TicketDetail> {
    return detailOf(await this.client.cases.detail(ticketId, signal), this.client.language);
  }

  /** The whole conversation, ascending (offset pages de-duplicated by id); marks it read afterwards. */
  async listMessages(ticketId: string, _page: PageRequest, signal?: AbortSignal): Promise<Page<Message>> {
    const byId = new Map<string, Message>();
    let total = 0;
    for (let pageIndex = 0, offset = 0; pageIndex < MAX_MESSAGE_PAGES; pageIndex++) {
      const page = await this.client.messages.list(ticketId, offset, MAX_PAGE_SIZE, signal);
      total = page.total;
      for (const m of page.items) byId.set(m.message_id, messageOf(m));
      offset += page.items.length;
      if (page.items.length === 0 || offset >= total) break;
    }
    // Reading the conversation is what clears the unread badge in the console too; a failure here
    // must not hide the conversation.
    await this.client.messages.markRead(ticketId, signal).catch(() => undefined);
    // The server lists newest first; reversed, equal timestamps keep the server's order.
    const items = await withDownloadLinks(this.client.attachments, sortMessages([...byId.values()].reverse()), signal);
    return { items, totalCount: Math.max(total, items.length) };
  }

  async reply(ticketId: string, input: ReplyInput, signal?: AbortSignal): Promise<{ readonly messageId?: string }> {
    const body = input.body.trim();
    if (!body) throw invalidInput('EmptyReply', { id: 'empty-reply' });
    if (body.length > MAX_REPLY_LENGTH) throw invalidInput('ReplyTooLong', { id: 'reply-too-long', limit: MAX_REPLY_LENGTH, canAttach: true });
    // OSM has no confidential messages: sending one meant to be confidential in the clear would leak it.
    if (input.secret) throw unsupportedOperation(PROVIDER_NAME, 'confidential replies');
    const ids = input.attachmentIds ?? [];
    const limits = ids.length > 0 ? await this.publishedLimits(signal) : undefined;
    if (limits && ids.length > limits.maxFiles) throw invalidInput('TooManyAttachments', { id: 'too-many-attachments', limit: limits.maxFiles });
    await this.client.messages.submit(ticketId, body, ids, signal);
    return {};
  }

  async close(ticketId: string, signal?: AbortSignal): Promise<void> {
    await this.client.cases.act(ticketId, 'close', {}, signal);
  }

  /** Every satisfaction dimension with its own score and reason (rating.ts). */
  rate(ticketId: string, rating: RatingInput, signal?: AbortSignal): Promise<void> {
    return rateCase(this.client, ticketId, rating, signal);
  }

  async urge(ticketId: string, signal?: AbortSignal): Promise<void> {
    await this.client.cases.act(ticketId, 'press', {}, signal);
  }

  async cancel(ticketId: string, signal?: AbortSignal): Promise<void> {
    await this.client.cases.act(ticketId, 'cancel', {}, signal);
  }

  async withdrawMessage(ticketId: string, messageId: string, signal?: AbortSignal): Promise<void> {
    await this.client.messages.withdraw(ticketId, messageId, signal);
  }

  async getCreateForm(signal?: AbortSignal): Promise<CreateFormSchema> {
    const c = this.client.catalogue;
    const [categories, regions, customerRegions, areaCodes, ccEmailLimit, cc, attachmentLimits, signed] = await Promise.all([
      c.categories(signal),
      c.regions(signal),
      c.customerRegions(signal),
      c.areaCodes(signal),
      this.ccEmailLimit(signal),
      c.ccEmails(signal),
      this.publishedLimits(signal),
      c.isLatestAgreementSigned(NEW_TICKET_AGREEMENT_TYPE, signal),
    ]);
    const agreementToSign = signed ? undefined : await c.latestAgreement(NEW_TICKET_AGREEMENT_TYPE, signal);
    return buildCreateForm({
      categories,
      regions,
      customerRegions,
      areaCodes,
      ccEmailLimit,
      attachmentLimits,
      agreementToSign,
      lastCcEmails: cc.emails,
      language: this.client.language,
    });
  }

  /**
   * Fields that depend on the values entered so far: the extends parameters (`ext.<key>`) of the chosen
   * problem type, which `createTicket` checks.
   */
  async loadDependentFields(values: FormValues, signal?: AbortSignal): Promise<FormField[]> {
    const product = parseProductValue(String(values[FIELD.product] ?? ''));
    const businessTypeId = String(values[FIELD.businessType] ?? '');
    if (!businessTypeId) return [];
    const params = await this.client.catalogue.extendsParams(businessTypeId, { subTypeId: product?.subTypeId, productCategoryId: product?.productId }, signal);
    return extendsFields(params.params, params.common, this.client.language);
  }

  async loadFieldOptions(fieldId: string, values: FormValues, signal?: AbortSignal): Promise<readonly FieldOption[]> {
    const product = parseProductValue(String(values[FIELD.product] ?? ''));
    const businessTypeId = String(values[FIELD.businessType] ?? '');
    const c = this.client.catalogue;
    if (fieldId === FIELD.businessType && product) {
      return (await c.problemTypes(product.productId, product.subTypeId, signal)).map((t) => ({
        value: t.id,
        label: t.name,
        description: formText(t.isFault ? 'faultReport' : 'consultation', this.client.language),
      }));
    }
    if (fieldId === FIELD.template && businessTypeId) {
      return (await c.templates(businessTypeId, signal)).map((t) => ({ value: t.id, label: t.name, description: t.content }));
    }
    if (fieldId === FIELD.severity && product && businessTypeId) {
      const severities = await c.severities(product.productId, businessTypeId, signal);
      return severities.show ? severities.list.map((s) => ({ value: s.id, label: s.name })) : [];
    }
    return [];
  }

  async createTicket(values: FormValues, signal?: AbortSignal): Promise<CreatedTicket> {
    const [schema, ccEmailLimit] = await Promise.all([this.getCreateForm(signal), this.ccEmailLimit(signal), this.requireFiling(values, signal)]);
    const ticketId = await createTicketFromForm({ client: this.client, schema, ccEmailLimit }, values, signal);
    return { ticketId };
  }

  /** ShowAccessoryLimits (5.5.6), asked once per provider instance. */
  attachmentLimits(signal?: AbortSignal): Promise<AttachmentLimits> {
    return this.publishedLimits(signal);
  }

  async uploadAttachment(upload: AttachmentUpload, signal?: AbortSignal): Promise<UploadedAttachment> {
    const limits = await this.publishedLimits(signal);
    const extension = upload.fileName.includes('.') ? upload.fileName.slice(upload.fileName.lastIndexOf('.') + 1).toLowerCase() : '';
    if (limits.fileTypes.length > 0 && !limits.fileTypes.includes(extension)) {
      throw invalidInput('FileTypeNotAllowed', { id: 'file-type-not-allowed', extension, allowed: limits.fileTypes });
    }
    const size = uploadSize(upload);
    if (size === 0) throw invalidInput('EmptyFile', { id: 'empty-file', fileName: upload.fileName });
    if (size > limits.maxBytesPerFile) {
      throw invalidInput('FileTooLarge', { id: 'file-too-large', fileName: upload.fileName, limitBytes: limits.maxBytesPerFile });
    }
    const id = await this.client.attachments.upload(
      { fileName: upload.fileName, content: uploadContent(upload), contentType: upload.contentType, onProgress: upload.onProgress },
      upload.purpose === 'create' ? 'incident' : 'message',
      signal,
    );
    return { id, fileName: upload.fileName, sizeBytes: size };
  }
}

/** Creates the provider for one Huawei Cloud account; throws `invalid-input` for an unusable endpoint. */
export function createHuaweiCloudProvider(options: HuaweiCloudProviderOptions): HuaweiCloudProvider {
  const account = options.account;
  return new HuaweiCloudProvider(
    new OsmClient({
      credentials: options.credentials,
      endpoint: account.endpoint,
      iamEndpoint: account.extra?.iamEndpoint,
      domainId: account.domainId,
      site: siteOf(account.site),
      locale: options.locale,
      utcOffsetMinutes: options.utcOffsetMinutes,
      groupId: account.extra?.groupId,
      timeoutMs: options.timeoutMs,
      limiter: options.limiter,
      retryPolicy: options.retryPolicy,
      userAgent: options.userAgent,
    }),
  );
}
