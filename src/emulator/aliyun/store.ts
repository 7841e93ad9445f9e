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

export class WorkorderStore {
  readonly tickets = new Map<string, StoredTicket>();
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
    for (const ticket of this.fixtures.tickets) this.tickets.set(ticket.TicketId, this.seedTicket(ticket));
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

  /** The account's tickets matching every given filter, newest first. */
  list(uid: string, filter: ListFilter): StoredTicket[] {
    const keyword = filter.keyword?.toLowerCase();
    return [...this.tickets.values()]
      .filter((t) => t.creatorId === uid)
      .filter((t) => !filter.statuses || filter.statuses.includes(t.status))
      .filter((t) => !filter.ticketIds || filter.ticketIds.includes(t.ticketId))
      .filter((t) => !keyword || t.description.toLowerCase().includes(keyword) || t.title.toLowerCase().includes(keyword))
      .filter((t) => filter.createdFrom === undefined || t.createTime >= filter.createdFrom)
      .filter((t) => filter.createdTo === undefined || t.createTime <= filter.createdTo)
      .filter((t) => !filter.productCode || t.productCode === filter.productCode)
      .sort((a, b) => b.createTime - a.createTime || (a.ticketId < b.ticketId ? 1 : -1));
  }

  private newTicketId(): string {
    for (;;) {
      let id = '00';
      for (let i = 0; i < 7; i++) id += ID_ALPHABET[Math.floor(Math.random() * ID_ALPHABET.length)];
      if (!this.tickets.has(id)) return id;
    }
  }
}
