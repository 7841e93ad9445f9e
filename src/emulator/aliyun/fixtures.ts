// The Alibaba section of the emulator fixtures document (docs/emulator-fixtures.md): its types and a
// validating reader that names the offending field, so a hand-written customer scenario fails loudly.

export interface AliyunAccountFixture {
  readonly accessKeyId: string;
  readonly accessKeySecret: string;
  /** Account UID; tickets whose CreatorId equals it belong to this key. */
  readonly uid: string;
  /** STS token: the key must then present it (`SecurityToken` / `x-acs-security-token`). */
  readonly securityToken?: string;
  /** ISO-8601 expiry of the STS token. */
  readonly securityTokenExpiration?: string;
  readonly principalName?: string;
  readonly disabled?: boolean;
  /** Actions ('*' = all) answered with 403 Forbidden.RAM for this key. */
  readonly deniedActions?: readonly string[];
  /** Registered contact e-mails; when given, 2020 CreateTicket rejects others (illegalParam.emailOrPhone). */
  readonly contactEmails?: readonly string[];
}

export interface AliyunProductFixture {
  readonly ProductId: number;
  readonly ProductName: string;
  readonly ProductNameZh?: string;
  /** 2020-03-26 product code (`ecs`, `oss` …). */
  readonly ProductCode: string;
  /** 2020 ListProducts description. */
  readonly Description?: string;
  /** 2020 ListProducts: listed under HotTech / HotConsultation. */
  readonly Hot?: boolean;
  /** 2020 ListProducts: a consultation (billing, account …) product rather than a technical one. */
  readonly Consultation?: boolean;
}

export interface AliyunDirectoryFixture {
  readonly DirectoryId: number;
  readonly DirectoryName: string;
  readonly DirectoryNameZh?: string;
  readonly ProductList: readonly AliyunProductFixture[];
}

export interface AliyunCategoryFixture {
  readonly CategoryId: number;
  readonly CategoryName: string;
  readonly CategoryNameZh?: string;
}

export interface AliyunAttachmentFixture {
  readonly Name: string;
  /** Stored object key; generated when omitted. */
  readonly ObjectKey?: string;
  /** File content as UTF-8 text … */
  readonly Text?: string;
  /** … or as base64 bytes. */
  readonly Base64?: string;
}

export interface AliyunNoteFixture {
  readonly DialogId: number;
  /** Epoch milliseconds. */
  readonly CreateTime: number;
  /** 2 = agent, 3 = customer. */
  readonly Role: 2 | 3;
  readonly Name: string;
  readonly Content: string;
  /** Confidential reply (ReplyTicket Encrypt=true). */
  readonly Encrypt?: boolean;
  readonly Attachments?: readonly AliyunAttachmentFixture[];
}

export interface AliyunTicketFixture {
  readonly TicketId: string;
  readonly Title: string;
  readonly Description: string;
  readonly CategoryId: string;
  readonly ProductCode?: string;
  readonly Severity: 1 | 2;
  /** 1–6 or the status name (assigned, dealing, wait_feedback, feedback, wait_confirm, confirmed). */
  readonly Status: number | string;
  readonly CreatorId: string;
  /** Epoch milliseconds. */
  readonly CreateTime: number;
  readonly Email?: string;
  readonly SecretInfo?: { readonly Content?: string; readonly FileNameList?: readonly string[] };
  readonly Evaluation?: { readonly Score: string; readonly Solved: boolean; readonly Content?: string };
  readonly Notes: readonly AliyunNoteFixture[];
}

/** Service behaviour no source documents (spec §11 "assumed" rows); each can be switched. */
export interface AliyunBehaviourFixture {
  /** ReplyTicket on a closed (6) ticket: 'reject' → param.illegal (default), 'allow'. */
  readonly replyToClosed?: 'reject' | 'allow';
  /** EvaluateTicket only on closed tickets (default true). */
  readonly evaluateOnlyClosed?: boolean;
  /** A second EvaluateTicket is rejected (default true). */
  readonly evaluateOnce?: boolean;
  /** Lifetime of presigned attachment URLs in seconds (default 900). */
  readonly presignedUrlTtlSeconds?: number;
}

export interface AliyunFixtures {
  readonly accounts: readonly AliyunAccountFixture[];
  readonly directories: readonly AliyunDirectoryFixture[];
  /** ProductId (as a string) → categories. */
  readonly categories: Readonly<Record<string, readonly AliyunCategoryFixture[]>>;
  readonly tickets: readonly AliyunTicketFixture[];
  readonly behaviour?: AliyunBehaviourFixture;
  /** Name the simulated agent signs with. */
  readonly agentName?: string;
}

/** Validates the `aliyun` section of a fixtures document; throws naming the first bad field. */
export function readAliyunFixtures(value: unknown): AliyunFixtures {
  const root = object(value, 'aliyun');
  array(root.accounts, 'aliyun.accounts').forEach((account, i) => checkAccount(account, `aliyun.accounts[${i}]`));
  array(root.directories, 'aliyun.directories').forEach((directory, i) => checkDirectory(directory, `aliyun.directories[${i}]`));
  const categories = object(root.categories, 'aliyun.categories');
  for (const [productId, list] of Object.entries(categories)) {
    array(list, `aliyun.categories.${productId}`).forEach((category, i) => {
      const path = `aliyun.categories.${productId}[${i}]`;
      const c = object(category, path);
      integer(c.CategoryId, `${path}.CategoryId`);
      text(c.CategoryName, `${path}.CategoryName`);
    });
  }
  array(root.tickets, 'aliyun.tickets').forEach((ticket, i) => checkTicket(ticket, `aliyun.tickets[${i}]`));
  if (root.behaviour !== undefined) object(root.behaviour, 'aliyun.behaviour');
  return value as AliyunFixtures;
}

function checkAccount(value: unknown, path: string): void {
  const account = object(value, path);
  text(account.accessKeyId, `${path}.accessKeyId`);
  text(account.accessKeySecret, `${path}.accessKeySecret`);
  text(account.uid, `${path}.uid`);
  if (account.securityTokenExpiration !== undefined && Number.isNaN(Date.parse(String(account.securityTokenExpiration)))) {
    throw new Error(`${path}.securityTokenExpiration must be an ISO-8601 date`);
  }
}

function checkDirectory(value: unknown, path: string): void {
  const directory = object(value, path);
  integer(directory.DirectoryId, `${path}.DirectoryId`);
  text(directory.DirectoryName, `${path}.DirectoryName`);
  array(directory.ProductList, `${path}.ProductList`).forEach((product, i) => {
    const p = object(product, `${path}.ProductList[${i}]`);
    integer(p.ProductId, `${path}.ProductList[${i}].ProductId`);
    text(p.ProductName, `${path}.ProductList[${i}].ProductName`);
    text(p.ProductCode, `${path}.ProductList[${i}].ProductCode`);
  });
}

function checkTicket(value: unknown, path: string): void {
  const ticket = object(value, path);
  text(ticket.TicketId, `${path}.TicketId`);
  text(ticket.Title, `${path}.Title`, true);
  text(ticket.Description, `${path}.Description`);
  text(ticket.CategoryId, `${path}.CategoryId`);
  text(ticket.CreatorId, `${path}.CreatorId`);
  integer(ticket.CreateTime, `${path}.CreateTime`);
  if (ticket.Severity !== 1 && ticket.Severity !== 2) throw new Error(`${path}.Severity must be 1 or 2`);
  if (typeof ticket.Status !== 'number' && typeof ticket.Status !== 'string') throw new Error(`${path}.Status must be 1-6 or a status name`);
  array(ticket.Notes, `${path}.Notes`).forEach((note, i) => {
    const n = object(note, `${path}.Notes[${i}]`);
    integer(n.DialogId, `${path}.Notes[${i}].DialogId`);
    integer(n.CreateTime, `${path}.Notes[${i}].CreateTime`);
    if (n.Role !== 2 && n.Role !== 3) throw new Error(`${path}.Notes[${i}].Role must be 2 (agent) or 3 (customer)`);
    text(n.Content, `${path}.Notes[${i}].Content`, true);
    if (n.Attachments !== undefined) array(n.Attachments, `${path}.Notes[${i}].Attachments`);
  });
}

function object(value: unknown, path: string): Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new Error(`${path} must be an object`);
  return value as Record<string, unknown>;
}

function array(value: unknown, path: string): unknown[] {
  if (!Array.isArray(value)) throw new Error(`${path} must be an array`);
  return value;
}

function text(value: unknown, path: string, allowEmpty = false): void {
  if (typeof value !== 'string' || (!allowEmpty && value === '')) throw new Error(`${path} must be a${allowEmpty ? '' : ' non-empty'} string`);
}

function integer(value: unknown, path: string): void {
  if (typeof value !== 'number' || !Number.isInteger(value)) throw new Error(`${path} must be an integer`);
}
