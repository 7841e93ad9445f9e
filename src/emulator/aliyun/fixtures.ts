// The Alibaba section of the emulator fixtures document (docs/emulator-fixtures.md): its types. The
// validating reader is fixtures-reader.ts.

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

/** The `aliyun` section. In a document every field is optional: an absent one keeps the built-in sample's. */
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
