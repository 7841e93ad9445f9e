/** In-memory records of the OSM emulator. Wire shapes are produced from these by the route modules. */

export interface Localized {
  zh: string;
  en: string;
}

export interface AccountRecord {
  domainId: string;
  domainName: string;
  customerId: string;
  subUserId: string;
  subUserName: string;
  projectIdCnSouth1: string;
  /** The account's registered contact: other reminder contacts need a verification id (5.3.5). */
  registeredMobile: string;
  registeredMail: string;
}

export interface MessageRecord {
  id: string;
  /** Monotonic sequence number across the whole emulator: the basis of new-message cursors. */
  seq: number;
  /** 0 customer, 1 support engineer. */
  type: 0 | 1;
  replierId: string;
  replierName: string;
  iamUserType: 0 | 1;
  content: string;
  createTime: Date;
  accessoryIds: string[];
  /** 0 normal, -1 withdrawn. */
  status: 0 | -1;
  displayType: 'NORMAL' | 'QA_BOT' | 'EXT_PARAM_REQUEST' | 'AUTH';
  extension?: string;
  isFirst: boolean;
  /** Agent messages only: has the customer marked it read (5.10.1)? */
  readByCustomer: boolean;
}

export interface OperateLogRecord {
  id: string;
  operateType: number;
  operatorType: number;
  operatorId: string;
  operatorName: string;
  description: Localized;
  time: Date;
}

export interface SatisfactionRecord {
  satisfaction_id: number;
  satisfaction_value: number;
  satisfaction_name?: string;
  sat_category_id?: string;
  parent_category_id?: string;
  instance_name?: string;
}

export interface ContactRecord {
  areaCode: string;
  remindMobile: string;
  remindMail: string;
  remindTime: string;
  contactType: string;
  ccEmail: string;
}

export interface CaseRecord {
  id: string;
  status: number;
  businessTypeId: string;
  productCategoryId: string;
  subTypeId: string;
  regionId: string;
  severityId: string;
  description: string;
  createTime: Date;
  confirmedTime?: Date;
  resolution: string;
  rootCause: string;
  messages: MessageRecord[];
  logs: OperateLogRecord[];
  labelIds: number[];
  relatedIds: string[];
  satisfaction: SatisfactionRecord[];
  judgement: string;
  contact: ContactRecord;
  extendsMap: Record<string, unknown>;
  lastPressedAt?: Date;
  serviceType: 'IncidentService' | 'IntelligentCustomerService';
  /** Access support asked for on this case (5.6.*); absent = none. */
  authorizations?: AuthorizationRecord[];
}

/** One resource of an authorization: `type` 0 console login, 1 host. */
export interface AuthorizationItemRecord {
  id: number;
  type: 0 | 1;
  instanceId: string;
  instanceName: string;
  regionId: string;
}

/** An authorization support asked for. `status`: 0 pending, 1 authorized, 2 rejected, 3 expired, 4 withdrawn, 5 cancelled. */
export interface AuthorizationRecord {
  id: number;
  status: number;
  resourceType: Localized;
  visitType: Localized;
  description: Localized;
  createTime: Date;
  /** The period support asks for; set again when the customer grants it. */
  effectiveTime?: Date;
  expireTime?: Date;
  rejectReason: string;
  items: AuthorizationItemRecord[];
}

export interface AttachmentRecord {
  id: string;
  name: string;
  from: 'incident' | 'message';
  bytes: Buffer;
  uploadedAt: Date;
  /** The upload request's body as received: its length (multipart framing included) and how it was given. */
  received?: { readonly bodyBytes: number; readonly framing: 'length' | 'chunked' };
  /** Set once the attachment is used by a case or a message; bound attachments cannot be deleted. */
  boundTo?: string;
}

export interface LabelRecord {
  id: number;
  name: string;
  color: string;
}

/** A message-status change (withdrawn / read) reported once by the new-message poll. */
export interface MessageUpdateRecord {
  seq: number;
  caseId: string;
  messageId: string;
  status: -1 | 1;
}
