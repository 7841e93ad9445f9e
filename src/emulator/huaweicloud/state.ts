/**
 * The OSM emulator's in-memory world: one account with test key pairs, its cases, attachments, labels,
 * new-message cursors and quotas. Route modules read and change it; the control hooks in lifecycle.ts
 * play the support engineer.
 */
import { randomBytes } from 'node:crypto';
import type { OsmAccessKeyFixture, OsmCatalogue } from './fixtures/format';
import { sampleCatalogue } from './fixtures/catalogue';
import type { AccountRecord, AttachmentRecord, CaseRecord, LabelRecord, Localized, MessageRecord, MessageUpdateRecord, OperateLogRecord } from './model';
import { OsmVerificationStore } from './verification';

export interface OsmEmulatorOptions {
  /** Clock used for creation times, urge windows, token expiry and signature freshness. */
  now?: () => Date;
  /** Accept any `X-Sdk-Date` (to replay fixed-date vectors). Default false: ±15 min. */
  ignoreSignatureDate?: boolean;
  /** Bytes an account may upload per day before OSM.01010005. */
  dailyUploadBytes?: number;
  /** The account the emulator serves (default: the demo account). */
  account?: AccountRecord;
  /** Who agent messages come from (default: SUPPORT_ENGINEER). */
  supportEngineer?: { id: string; name: string };
  /** The filing catalogue (default: the built-in one). */
  catalogue?: OsmCatalogue;
  /** Key pairs the emulator accepts (default: DEMO_ACCESS_KEYS). */
  accessKeys?: readonly OsmAccessKeyFixture[];
}

export const DEMO_ACCOUNT: AccountRecord = {
  domainId: '0a1b2c3d4e5f60718293a4b5c6d7e8f9',
  domainName: 'demo-account',
  customerId: 'f9ae1952bf75xxx1a0099d93ba9dd91f',
  subUserId: '3dc0ca7ffd3xxx26a40f5cfa1a0da7f0',
  subUserName: 'dev-user',
  projectIdCnSouth1: 'a4a5d4098fb4474fa22cd05f897d6b99',
  registeredMobile: '13900000000',
  registeredMail: 'owner@example.com',
};

/** Key pairs of the built-in sample. The third belongs to another account (foreign `X-Domain-Id` tests). */
export const DEMO_ACCESS_KEYS: readonly OsmAccessKeyFixture[] = [
  { accessKeyId: 'testak', accessKeySecret: 'testsk', domainId: DEMO_ACCOUNT.domainId, principalName: 'dev-user' },
  { accessKeyId: 'HPUAZ4XKQ1EXAMPLE7ZB', accessKeySecret: 'demoSecretKeyExample0123456789abcdefABCD', domainId: DEMO_ACCOUNT.domainId, principalName: 'dev-user' },
  { accessKeyId: 'OTHERACCOUNTAK000001', accessKeySecret: 'otheraccountsecret', domainId: 'ffffffffffffffffffffffffffffffff', principalName: 'dev-user' },
];

export const SUPPORT_ENGINEER = { id: '8c50e7009bc34556a91ecc33f31b9feb', name: 'op_svc_hecops' };

const TOKEN_LIFETIME_MS = 24 * 3600_000;
export const DEFAULT_DAILY_UPLOAD_BYTES = 200 * 1024 * 1024;

export class OsmEmulatorState {
  readonly account: AccountRecord;
  readonly supportEngineer: { id: string; name: string };
  readonly catalogue: OsmCatalogue;
  readonly accessKeys: readonly OsmAccessKeyFixture[];
  readonly cases = new Map<string, CaseRecord>();
  readonly attachments = new Map<string, AttachmentRecord>();
  readonly labels = new Map<number, LabelRecord>();
  readonly tokens = new Map<string, { domainId: string; expiresAt: Date }>();
  readonly messageUpdates: MessageUpdateRecord[] = [];
  readonly signedAgreements = new Map<string, number>();
  /** Cursor id → sequence number it stands for. */
  private readonly cursors = new Map<string, number>();
  private seq = 0;
  /** `cases` in list order; see newestFirst(). */
  private sortedCases: CaseRecord[] | undefined;
  private nextLabelId = 1;
  private nextLogId = 9000;
  private uploadDay = '';
  private uploadedToday = 0;
  quota = { total: 10, unUsed: 7, measure: 'MONTH' };
  /** CC addresses of the last filed case (5.11.6 pre-fills the form with them). */
  lastCcEmails: string[] = ['a@example.com', 'b@example.com'];
  /** IAM user groups the caller belongs to (`group_id`); others → OSM.01010035. */
  groups = new Set(['g-001']);
  /**
   * Privilege restrictions (5.4): `restricted` = the main account switched the restriction on,
   * `granted` = the caller holds the privilege anyway. Filing without it → OSM.01010007.
   */
  privileges: Record<'createCase' | 'export' | 'assumeCaseAll', { restricted: boolean; granted: boolean }> = {
    createCase: { restricted: false, granted: true },
    export: { restricted: false, granted: true },
    assumeCaseAll: { restricted: false, granted: true },
  };
  /** Verification codes and proven contacts (5.13). */
  readonly verification: OsmVerificationStore;
  /** The site the account is registered on (`X-Site`: 0 China, 1 International); other sites do not know it. */
  site: 0 | 1 = 0;
  readonly now: () => Date;
  readonly ignoreSignatureDate: boolean;
  readonly dailyUploadBytes: number;

  constructor(options: OsmEmulatorOptions = {}) {
    this.now = options.now ?? (() => new Date());
    this.ignoreSignatureDate = options.ignoreSignatureDate ?? false;
    this.dailyUploadBytes = options.dailyUploadBytes ?? DEFAULT_DAILY_UPLOAD_BYTES;
    this.account = options.account ?? DEMO_ACCOUNT;
    this.supportEngineer = options.supportEngineer ?? SUPPORT_ENGINEER;
    this.catalogue = options.catalogue ?? sampleCatalogue();
    this.accessKeys = options.accessKeys ?? DEMO_ACCESS_KEYS;
    this.verification = new OsmVerificationStore(this.account, this.now, () => this.hexId());
  }

  /** A fresh 32-hex id (message, attachment, cursor, request ids). */
  hexId(): string {
    return randomBytes(16).toString('hex');
  }

  /** A fresh case id shaped like `TS202603275SQAIEFGS0404`. */
  caseId(at: Date): string {
    const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789';
    const random = Array.from(randomBytes(9), (b) => alphabet[b % alphabet.length]).join('');
    const date = at.toISOString().slice(0, 10).replace(/-/g, '');
    return `TS${date}${random}${String(this.cases.size % 10000).padStart(4, '0')}`;
  }

  nextSeq(): number {
    this.seq += 1;
    return this.seq;
  }

  /** Appends a message to a case and returns it. */
  addMessage(c: CaseRecord, fields: Omit<MessageRecord, 'id' | 'seq' | 'status' | 'readByCustomer'> & { id?: string }): MessageRecord {
    const message: MessageRecord = {
      ...fields,
      id: fields.id ?? this.hexId(),
      seq: this.nextSeq(),
      status: 0,
      readByCustomer: fields.type === 0,
    };
    c.messages.push(message);
    for (const id of message.accessoryIds) {
      const a = this.attachments.get(id);
      if (a) a.boundTo = c.id;
    }
    return message;
  }

  /** Records an operation-log entry. */
  log(c: CaseRecord, operateType: number, description: Localized, by: { id: string; name: string; type?: number }, at?: Date): OperateLogRecord {
    const entry: OperateLogRecord = {
      id: String(this.nextLogId++),
      operateType,
      operatorType: by.type ?? 0,
      operatorId: by.id,
      operatorName: by.name,
      description,
      time: at ?? this.now(),
    };
    c.logs.push(entry);
    return entry;
  }

  /** Reports a message status change (withdrawn/read) to the next new-message polls. */
  recordUpdate(caseId: string, messageId: string, status: -1 | 1): void {
    this.messageUpdates.push({ seq: this.nextSeq(), caseId, messageId, status });
  }

  /** Issues a cursor standing for "everything up to now". */
  issueCursor(): string {
    const id = this.hexId();
    this.cursors.set(id, this.seq);
    return id;
  }

  /** The sequence number behind a cursor; undefined for unknown cursors. */
  cursorSeq(id: string): number | undefined {
    return this.cursors.get(id);
  }

  /** Adds `bytes` to today's upload volume; false when the daily limit would be exceeded. */
  countUpload(bytes: number): boolean {
    const day = this.now().toISOString().slice(0, 10);
    if (day !== this.uploadDay) {
      this.uploadDay = day;
      this.uploadedToday = 0;
    }
    if (this.uploadedToday + bytes > this.dailyUploadBytes) return false;
    this.uploadedToday += bytes;
    return true;
  }

  /** Stores a label that already has an id (fixtures); labels created later get higher ids. */
  putLabel(label: LabelRecord): void {
    this.labels.set(label.id, label);
    this.nextLabelId = Math.max(this.nextLabelId, label.id + 1);
  }

  /** Appends a log entry that already has an id (fixtures); numeric ids of later entries stay higher. */
  putLog(c: CaseRecord, entry: OperateLogRecord): void {
    c.logs.push(entry);
    if (/^\d+$/.test(entry.id)) this.nextLogId = Math.max(this.nextLogId, Number(entry.id) + 1);
  }

  addLabel(name: string, color: string): LabelRecord {
    const label = { id: this.nextLabelId++, name, color };
    this.labels.set(label.id, label);
    return label;
  }

  /** Issues an IAM token for the account (POST /v3/auth/tokens). */
  issueToken(): { token: string; expiresAt: Date } {
    const token = `MII${randomBytes(96).toString('base64url')}`;
    const expiresAt = new Date(this.now().getTime() + TOKEN_LIFETIME_MS);
    this.tokens.set(token, { domainId: this.account.domainId, expiresAt });
    return { token, expiresAt };
  }

  /** Cases visible in lists, newest first: deleted ones (13) only when asked for explicitly. */
  visibleCases(includeDeleted: boolean): CaseRecord[] {
    return this.newestFirst().filter((c) => includeDeleted || c.status !== 13);
  }

  /**
   * Every case, newest first, sorted once per new case rather than once per list call (a 50,000-case
   * listing would otherwise sort 500 times). Cases are only ever added, and their creation time never
   * changes, so the count tells whether the order is still right.
   */
  private newestFirst(): CaseRecord[] {
    if (this.sortedCases?.length !== this.cases.size) {
      this.sortedCases = [...this.cases.values()].sort((a, b) => b.createTime.getTime() - a.createTime.getTime());
    }
    return this.sortedCases;
  }
}
