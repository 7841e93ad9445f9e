// In-memory Workorder state seeded from fixtures: catalogue, tickets with their notes, attachment
// objects. Routes of both API versions read and write the same store, so a ticket created through
// 2020-03-26 is visible through 2021-06-10 and vice versa.
import { createHash } from 'node:crypto';
import type { Clock } from '../types';
import type { AliyunCategoryFixture, AliyunFixtures, AliyunProductFixture, AliyunTicketFixture } from './fixtures';
import { AttachmentObjects } from './objects';
import { parseStatus, type SeverityCode, type StatusCode } from './status';

export interface StoredNote {
  readonly dialogId: number;
  readonly createTime: number;
  /** 2 = agent, 3 = customer. */
  readonly role: 2 | 3;
  readonly name: string;
  readonly content: string;
  readonly encrypted: boolean;
  readonly attachmentKeys: readonly string[];
  /** ListTicketNotes answers `Status` 1 (unread) for a support note until the customer has listed it once. */
  readByCustomer?: boolean;
}

export interface StoredTicket {
  readonly ticketId: string;
  title: string;
  description: string;
  categoryId: string;
  productCode: string | undefined;
  severity: SeverityCode;
  status: StatusCode;
  readonly creatorId: string;
  readonly createTime: number;
  email: string | undefined;
  phone: string | undefined;
  secretInfo: { content?: string; fileNameList: readonly string[] } | undefined;
  evaluation: { score: string; solved: boolean; content?: string; at: number } | undefined;
  readonly notes: StoredNote[];
}

export interface NewTicket {
  readonly title: string;
  readonly description: string;
  readonly categoryId: string;
  readonly severity: SeverityCode;
  readonly creatorId: string;
  readonly email?: string;
  readonly phone?: string;
  readonly customerName: string;
  readonly attachmentKeys: readonly string[];
  readonly secretInfo?: { content?: string; fileNameList: readonly string[] };
}

export interface NewNote {
  readonly role: 2 | 3;
  readonly name: string;
  readonly content: string;
  readonly encrypted?: boolean;
  readonly attachmentKeys?: readonly string[];
}

export interface ListFilter {
  readonly statuses?: readonly StatusCode[];
  readonly ticketIds?: readonly string[];
  readonly keyword?: string;
  readonly createdFrom?: number;
  readonly createdTo?: number;
  readonly productCode?: string;
}

/** A uuid-shaped ObjectKey derived from the fixture position, so seeded keys survive a reset. */
function stableObjectKey(seed: string, fileName: string): string {
  const hex = createHash('sha1').update(seed).digest('hex');
  const extension = /\.[A-Za-z0-9]{1,10}$/.exec(fileName)?.[0].toLowerCase() ?? '';
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20, 32)}${extension}`;
}

const ID_ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZ0123456789';

/** Newest first; equal times by ticket id, descending (the order the list calls answer in). */
function newestFirst(a: StoredTicket, b: StoredTicket): number {
  return b.createTime - a.createTime || (a.ticketId < b.ticketId ? 1 : a.ticketId > b.ticketId ? -1 : 0);
}

/** One page of a filtered list and how many tickets match in all. */
export interface ListPage {
  readonly total: number;
  readonly items: readonly StoredTicket[];
}

export class WorkorderStore {
  readonly tickets = new Map<string, StoredTicket>();
  /** Each owner's tickets, newest first: a page costs its own size, not a filter and sort of every ticket. */
  private readonly byOwner = new Map<string, StoredTicket[]>();
  readonly objects: AttachmentObjects;
  private nextDialogId = 46434030;

  constructor(
    readonly fixtures: AliyunFixtures,
    private readonly clock: Clock,
  ) {
    this.objects = new AttachmentObjects(clock, fixtures.behaviour?.presignedUrlTtlSeconds ?? 900);
    this.reset();
  }

  /** Re-seeds every ticket, note and attachment from the fixtures. */
  reset(): void {
    this.tickets.clear();
    this.objects.clear();
    this.byOwner.clear();
    for (const ticket of this.fixtures.tickets) this.tickets.set(ticket.TicketId, this.seedTicket(ticket));
    for (const ticket of this.tickets.values()) this.ownedBy(ticket.creatorId).push(ticket);
    for (const owned of this.byOwner.values()) owned.sort(newestFirst);
    const highest = Math.max(0, ...[...this.tickets.values()].flatMap((t) => t.notes.map((n) => n.dialogId)));
    this.nextDialogId = Math.max(46434030, highest + 1);
  }

  private seedTicket(fixture: AliyunTicketFixture): StoredTicket {
    const status = parseStatus(fixture.Status);
    if (status === undefined) throw new Error(`aliyun ticket ${fixture.TicketId}: unknown Status ${String(fixture.Status)}`);
    const notes = fixture.Notes.map((note) => ({
      dialogId: note.DialogId,
      createTime: note.CreateTime,
      role: note.Role,
      name: note.Name,
      content: note.Content,
      encrypted: note.Encrypt === true,
      attachmentKeys: (note.Attachments ?? []).map((attachment, index) => {
        const bytes = attachment.Base64 !== undefined ? Buffer.from(attachment.Base64, 'base64') : Buffer.from(attachment.Text ?? '', 'utf8');
        const key = attachment.ObjectKey ?? stableObjectKey(`${fixture.TicketId}/${note.DialogId}/${index}`, attachment.Name);
        return this.objects.seed(attachment.Name, bytes, fixture.CreatorId, note.CreateTime, key).objectKey;
      }),
    }));
    return {
      ticketId: fixture.TicketId,
      title: fixture.Title,
      description: fixture.Description,
      categoryId: fixture.CategoryId,
      productCode: fixture.ProductCode ?? this.productOfCategory(fixture.CategoryId)?.ProductCode,
      severity: fixture.Severity,
      status,
      creatorId: fixture.CreatorId,
      createTime: fixture.CreateTime,
      email: fixture.Email,
      phone: undefined,
      secretInfo: fixture.SecretInfo ? { content: fixture.SecretInfo.Content, fileNameList: fixture.SecretInfo.FileNameList ?? [] } : undefined,
      evaluation: fixture.Evaluation ? { score: fixture.Evaluation.Score, solved: fixture.Evaluation.Solved, content: fixture.Evaluation.Content, at: fixture.CreateTime } : undefined,
      notes: [...notes].sort((a, b) => a.createTime - b.createTime),
    };
  }

  products(): readonly AliyunProductFixture[] {
    return this.fixtures.directories.flatMap((directory) => directory.ProductList);
  }

  productById(productId: number): AliyunProductFixture | undefined {
    return this.products().find((product) => product.ProductId === productId);
  }

  productByCode(code: string): AliyunProductFixture | undefined {
    return this.products().find((product) => product.ProductCode === code);
  }

  categoriesOf(productId: number): readonly AliyunCategoryFixture[] {
    return this.fixtures.categories[String(productId)] ?? [];
  }

  productOfCategory(categoryId: string): AliyunProductFixture | undefined {
    for (const [productId, list] of Object.entries(this.fixtures.categories)) {
      if (list.some((category) => String(category.CategoryId) === categoryId)) return this.productById(Number(productId));
    }
    return undefined;
  }

  /** The ticket if it exists and belongs to `uid`. */
  ownedTicket(uid: string, ticketId: string): StoredTicket | undefined {
    const ticket = this.tickets.get(ticketId);
    return ticket && ticket.creatorId === uid ? ticket : undefined;
  }

  createTicket(input: NewTicket): StoredTicket {
    const now = this.clock.now();
    const ticket: StoredTicket = {
      ticketId: this.newTicketId(),
      title: input.title,
      description: input.description,
      categoryId: input.categoryId,
      productCode: this.productOfCategory(input.categoryId)?.ProductCode,
      severity: input.severity,
      status: 1,
      creatorId: input.creatorId,
      createTime: now,
      email: input.email,
      phone: input.phone,
      secretInfo: input.secretInfo,
      evaluation: undefined,
      notes: [],
    };
    this.tickets.set(ticket.ticketId, ticket);
    insertSorted(this.ownedBy(ticket.creatorId), ticket);
    this.addNote(ticket, { role: 3, name: input.customerName, content: input.description, attachmentKeys: input.attachmentKeys });
    return ticket;
  }

  addNote(ticket: StoredTicket, input: NewNote): StoredNote {
    const note: StoredNote = {
      dialogId: this.nextDialogId++,
      createTime: Math.max(this.clock.now(), ticket.notes.at(-1)?.createTime ?? 0),
      role: input.role,
      name: input.name,
      content: input.content,
      encrypted: input.encrypted === true,
      attachmentKeys: input.attachmentKeys ?? [],
      // A new answer from support is unread; the customer's own notes never are.
      readByCustomer: input.role !== 2,
    };
    ticket.notes.push(note);
    return note;
  }

  /** How many tickets the account has. */
  count(uid: string): number {
    return this.byOwner.get(uid)?.length ?? 0;
  }

  /**
   * The account's tickets matching every given filter, newest first, from `offset` (at most `limit`), and
   * the number of matches. Unfiltered, it costs the page; filtered, one pass over the account's tickets
   * (or over the named ids); never a sort.
   */
  page(uid: string, filter: ListFilter, offset: number, limit: number): ListPage {
    const owned = this.byOwner.get(uid) ?? [];
    const keyword = filter.keyword?.toLowerCase();
    const matches = (t: StoredTicket) =>
      (!filter.statuses || filter.statuses.includes(t.status)) &&
      (!keyword || t.description.toLowerCase().includes(keyword) || t.title.toLowerCase().includes(keyword)) &&
      (filter.createdFrom === undefined || t.createTime >= filter.createdFrom) &&
      (filter.createdTo === undefined || t.createTime <= filter.createdTo) &&
      (!filter.productCode || t.productCode === filter.productCode);
    const unfiltered = !filter.statuses && !filter.ticketIds && !keyword && filter.createdFrom === undefined && filter.createdTo === undefined && !filter.productCode;
    if (unfiltered) return { total: owned.length, items: owned.slice(offset, offset + limit) };
    const candidates = filter.ticketIds ? [...new Set(filter.ticketIds)].flatMap((id) => this.ownedTicket(uid, id) ?? []).sort(newestFirst) : owned;
    const items: StoredTicket[] = [];
    let total = 0;
    for (const ticket of candidates) {
      if (!matches(ticket)) continue;
      if (total >= offset && items.length < limit) items.push(ticket);
      total += 1;
    }
    return { total, items };
  }

  private ownedBy(uid: string): StoredTicket[] {
    let owned = this.byOwner.get(uid);
    if (!owned) this.byOwner.set(uid, (owned = []));
    return owned;
  }

  private newTicketId(): string {
    for (;;) {
      let id = '00';
      for (let i = 0; i < 7; i++) id += ID_ALPHABET[Math.floor(Math.random() * ID_ALPHABET.length)];
      if (!this.tickets.has(id)) return id;
    }
  }
}

/** Inserts a ticket into a newest-first list (new tickets land at or near the front). */
function insertSorted(list: StoredTicket[], ticket: StoredTicket): void {
  let low = 0;
  let high = list.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (newestFirst(list[middle], ticket) <= 0) low = middle + 1;
    else high = middle;
  }
  list.splice(low, 0, ticket);
}
