// Workorder request encoding (spec §3, §4, §5): which parameter travels in the query or the form body,
// and how arrays/objects are written. The table mirrors the official generated SDKs
// (aliyun-workorder-sdk-surface.json), in the SDK's order, so encoded requests match captured traffic.
import { flattenRpcParams, type RpcParamValue } from '../signer-rpc';

/** Workorder API versions. */
export type WorkorderVersion = '2020-03-26' | '2021-06-10';

/** How a value is written: `flat` = scalar / repeat-list `Key.N` / `Key.Sub`; `simple` = comma-joined; `json` = JSON text. */
export type ParamStyle = 'flat' | 'simple' | 'json';

/** One action parameter: request field (SDK camelCase), wire name, location and style. */
export interface WorkorderParamSpec {
  readonly field: string;
  readonly wire: string;
  readonly in: 'query' | 'body';
  readonly style?: ParamStyle;
  /** For `json` style: request field → wire name of the object's members. */
  readonly jsonFields?: Readonly<Record<string, string>>;
}

const q = (field: string, style?: ParamStyle): WorkorderParamSpec => ({ field, wire: wireName(field), in: 'query', style });
const b = (field: string, style?: ParamStyle): WorkorderParamSpec => ({ field, wire: wireName(field), in: 'body', style });

function wireName(field: string): string {
  return field.charAt(0).toUpperCase() + field.slice(1);
}

// 2020-03-26 sends every parameter in the query (§5). ReplyTicket is missing from the SDK; seed §5.6.
const V2020: Readonly<Record<string, readonly WorkorderParamSpec[]>> = {
  CloseTicket: [q('language'), q('ticketId')],
  CreateTicket: [q('category'), q('content'), q('email'), q('language'), q('notifyTimeRange'), q('phone'), q('productCode'), q('secretContent'), q('title')],
  ListCategories: [q('language'), q('productCode')],
  ListProducts: [q('language')],
  ListTicketNotes: [q('language'), q('ticketId')],
  ListTickets: [q('createdAfterTime'), q('createdBeforeTime'), q('ids'), q('language'), q('pageSize'), q('pageStart'), q('productCode'), q('subUserId'), q('ticketStatus')],
  ReplyTicket: [q('content'), q('language'), q('secretContent'), q('ticketId')],
};

const V2021: Readonly<Record<string, readonly WorkorderParamSpec[]>> = {
  CloseTicket: [b('ticketId'), b('uid')],
  CreateTicket: [
    { ...q('secretInfo', 'json'), jsonFields: { content: 'Content', fileNameList: 'FileNameList' } },
    b('categoryId'),
    b('creatorId'),
    b('description'),
    b('email'),
    b('fileNameList', 'simple'),
    b('severity'),
    b('title'),
  ],
  EvaluateTicket: [b('content'), b('score'), b('solved'), b('ticketId'), b('uid')],
  GetAttachmentUploadUrl: [b('fileName')],
  GetTicket: [b('ticketId'), b('uid')],
  ListCategories: [q('language'), b('name'), b('productId')],
  ListProducts: [q('language'), q('name')],
  ListTicketNotes: [q('ticketId'), q('uid')],
  ListTickets: [q('pageNumber'), q('pageSize'), b('endDate'), b('keyword'), b('startDate'), b('statusList'), b('ticketId'), b('ticketIdList', 'simple'), b('uid')],
  ReopenTicket: [b('content'), b('ticketId'), b('uid')],
  ReplyTicket: [q('fileNameList', 'simple'), b('content'), b('encrypt'), b('ticketId'), b('uid')],
};

const PARAMS_BY_VERSION: Readonly<Record<WorkorderVersion, Readonly<Record<string, readonly WorkorderParamSpec[]>>>> = {
  '2020-03-26': V2020,
  '2021-06-10': V2021,
};

/** A request model: SDK-style camelCase fields; undefined/null fields are omitted. */
export type WorkorderRequestModel = Readonly<Record<string, RpcParamValue>>;

/** Action parameters split by location, flattened to wire names and string values. */
export interface EncodedWorkorderParams {
  readonly query: Record<string, string>;
  /**
   * Undefined when the action has no body parameter at all: then no body and no content-type are sent
   * (§3.2). An action that has body parameters always gets a body, possibly empty, as the SDK does.
   */
  readonly body: Record<string, string> | undefined;
}

/** The parameter table of one action, or undefined for an action this version does not have. */
export function workorderParamSpecs(version: WorkorderVersion, action: string): readonly WorkorderParamSpec[] | undefined {
  return Object.hasOwn(PARAMS_BY_VERSION[version], action) ? PARAMS_BY_VERSION[version][action] : undefined;
}

/** Actions of a version, e.g. for the emulator's route table. */
export function workorderActions(version: WorkorderVersion): readonly string[] {
  return Object.keys(PARAMS_BY_VERSION[version]);
}

/** True for the two versions this project speaks. */
export function isWorkorderVersion(value: string): value is WorkorderVersion {
  return value === '2020-03-26' || value === '2021-06-10';
}

/** Encodes a request model into wire query and body parameters per the action's table; unknown fields are rejected. */
export function encodeWorkorderParams(specs: readonly WorkorderParamSpec[], request: WorkorderRequestModel): EncodedWorkorderParams {
  const known = new Set(specs.map((spec) => spec.field));
  const unknown = Object.keys(request).filter((field) => !known.has(field));
  if (unknown.length > 0) throw new TypeError(`Unknown request field(s): ${unknown.join(', ')}`);
  const query: Record<string, string> = {};
  const body: Record<string, string> | undefined = specs.some((spec) => spec.in === 'body') ? {} : undefined;
  for (const spec of specs) {
    const value = request[spec.field];
    if (value === undefined || value === null) continue;
    Object.assign(spec.in === 'query' ? query : (body ?? query), encodeValue(spec, value));
  }
  return { query, body };
}

function encodeValue(spec: WorkorderParamSpec, value: RpcParamValue): Record<string, string> {
  switch (spec.style ?? 'flat') {
    case 'simple':
      return { [spec.wire]: Array.isArray(value) ? value.map(String).join(',') : String(value) };
    case 'json':
      return { [spec.wire]: JSON.stringify(renameMembers(value, spec.jsonFields ?? {})) };
    case 'flat':
      return flattenRpcParams({ [spec.wire]: value });
  }
}

// Only the top-level members are renamed; that is all SecretInfo needs.
function renameMembers(value: RpcParamValue, names: Readonly<Record<string, string>>): RpcParamValue {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return value;
  const renamed: Record<string, RpcParamValue> = {};
  for (const [field, member] of Object.entries(value as Readonly<Record<string, RpcParamValue>>)) {
    if (member !== undefined && member !== null) renamed[names[field] ?? field] = member;
  }
  return renamed;
}

/**
 * Serialises params as `application/x-www-form-urlencoded` / a query string exactly like Node's
 * querystring.stringify (what the official SDK sends): encodeURIComponent, space as %20, `!'()*` literal.
 */
export function formEncode(params: Readonly<Record<string, string>>): string {
  return Object.entries(params)
    .map(([key, value]) => `${encodeURIComponent(key)}=${encodeURIComponent(value)}`)
    .join('&');
}
