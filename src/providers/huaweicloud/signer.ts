// Huawei Cloud AK/SK request signing, "SDK-HMAC-SHA256" (spec §5), as the official SDK core does it.
// computeSdkHmacSignature() is pure and serves both sides: the client signs every header it sends,
// the emulator recomputes with the SignedHeaders it received. signHuaweiRequest() adds the headers of
// an outgoing request; signOsmRequest() also applies the SDK's OSM conventions (§5.4).
import { compareCodeUnits, EMPTY_PAYLOAD_SHA256, hmacSha256Hex, percentEncodeUtf8, queryEntries, removeHeader, setHeader, sha256Hex, type HeaderInput, type RequestBody } from '../signing-primitives';

export { EMPTY_PAYLOAD_SHA256, signaturesEqual, type HeaderInput, type RequestBody } from '../signing-primitives';

/** Name of the algorithm, first word of the Authorization header. */
export const SDK_HMAC_ALGORITHM = 'SDK-HMAC-SHA256';

/** Payload hash sent in `X-Sdk-Content-Sha256` for bodies that are not signed (multipart uploads). */
export const UNSIGNED_PAYLOAD = 'UNSIGNED-PAYLOAD';

type QueryScalar = string | number | boolean;

/** Query parameters: name → value or list of values (a list = the name repeated); a server can pass its decoded multi-map. */
export type HuaweiQueryInput = Readonly<Record<string, QueryScalar | readonly QueryScalar[] | undefined>> | ReadonlyMap<string, readonly string[]>;

/** Credentials as the signer needs them (`securityToken` for temporary AK/SK). */
export interface HuaweiSigningCredentials {
  readonly accessKeyId: string;
  readonly accessKeySecret: string;
  readonly securityToken?: string;
}

/** Input of the pure computation: the request as sent (client) or as received (server). */
export interface SdkHmacSignatureInput {
  readonly method: string;
  /** URL path, decoded or percent-encoded: each segment is decoded, then re-encoded (§5.1 step 4). */
  readonly path: string;
  readonly query?: HuaweiQueryInput;
  /** Headers incl. `host` and `X-Sdk-Date`; without `signedHeaders` every one of them is signed. */
  readonly headers: HeaderInput;
  readonly body?: RequestBody;
  /** Server side: the names from the received Authorization; only these are signed. */
  readonly signedHeaders?: readonly string[];
  readonly accessKeyId: string;
  readonly accessKeySecret: string;
}

/** Every intermediate value of the algorithm. */
export interface SdkHmacSignature {
  readonly canonicalUri: string;
  readonly canonicalQueryString: string;
  readonly canonicalHeaders: string;
  readonly signedHeaders: string;
  readonly payloadHash: string;
  readonly canonicalRequest: string;
  readonly canonicalRequestSha256: string;
  readonly stringToSign: string;
  readonly signature: string;
  readonly authorization: string;
}

/** An outgoing request before signing. */
export interface HuaweiRequestInput {
  readonly method: string;
  /** Endpoint URL with the path and without the query, e.g. `https://osm.cn-south-1.myhuaweicloud.com/v2/servicerequest/cases`. */
  readonly url: string;
  readonly query?: HuaweiQueryInput;
  /** Headers to send and sign; a multipart content-type is left out (its boundary is set later by the HTTP layer). */
  readonly headers?: HeaderInput;
  readonly body?: RequestBody;
  readonly credentials: HuaweiSigningCredentials;
  /** Used when no X-Sdk-Date header is given; defaults to now. */
  readonly date?: Date;
}

/** An outgoing OSM request: like HuaweiRequestInput plus the content type and the account (domain) id. */
export interface OsmRequestInput extends HuaweiRequestInput {
  /** Defaults to `application/json`; any other type (multipart) is sent with UNSIGNED-PAYLOAD. */
  readonly contentType?: string;
  /** Account (domain) id sent as X-Domain-Id; OSM is a global service (§5.4). Omit only for IAM `GET /v3/auth/domains`. */
  readonly domainId?: string;
}

/** A signed request: the headers to send (incl. host, X-Sdk-Date, Authorization) and the derivation. */
export interface SignedHuaweiRequest {
  readonly headers: Readonly<Record<string, string>>;
  readonly signature: SdkHmacSignature;
}

/** Parts of a received `Authorization: SDK-HMAC-SHA256 …` header. */
export interface SdkHmacAuthorization {
  readonly accessKeyId: string;
  readonly signedHeaders: readonly string[];
  readonly signature: string;
}

// ---- encoding ------------------------------------------------------------------------------------

/** RFC 3986 encoding of §5.1 step 4: unreserved characters literal, every other UTF-8 byte %XX (upper-case hex). */
export function sdkHmacEncode(value: string): string {
  return percentEncodeUtf8(value);
}

function decodeSegment(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment; // a lone '%' is a literal character, not an escape
  }
}

// ---- the canonical request -----------------------------------------------------------------------

/** Canonical URI: every path segment decoded then encoded, with a trailing `/` (`/v2/x` → `/v2/x/`). */
export function sdkHmacCanonicalUri(path: string): string {
  const encoded = (path === '' ? '/' : path)
    .split('/')
    .map((segment) => sdkHmacEncode(decodeSegment(segment)))
    .join('/');
  return encoded.endsWith('/') ? encoded : `${encoded}/`;
}

/** Canonical query string: names sorted, each list's values sorted as strings, one `name=value` pair per value. */
export function sdkHmacCanonicalQueryString(query: HuaweiQueryInput | undefined): string {
  const pairs: string[] = [];
  for (const [name, values] of queryEntries(query).sort(([a], [b]) => compareCodeUnits(a, b))) {
    for (const value of [...values].sort(compareCodeUnits)) pairs.push(`${sdkHmacEncode(name)}=${sdkHmacEncode(value)}`);
  }
  return pairs.join('&');
}

/** Canonical headers (`name:value\n`, lower-case names sorted, values verbatim) and the SignedHeaders list. */
export function sdkHmacCanonicalHeaders(headers: HeaderInput, signedHeaders?: readonly string[]): { canonicalHeaders: string; signedHeaders: string } {
  const wanted = signedHeaders?.map((name) => name.toLowerCase());
  const valuesByName = new Map<string, string[]>();
  for (const name of wanted ?? []) valuesByName.set(name, []);
  for (const [name, value] of Object.entries(headers)) {
    const lower = name.toLowerCase();
    if (value === undefined || (wanted && !wanted.includes(lower))) continue;
    const list = valuesByName.get(lower) ?? [];
    for (const item of Array.isArray(value) ? value : [value]) list.push(String(item));
    valuesByName.set(lower, list);
  }
  const names = [...valuesByName.keys()].sort(compareCodeUnits);
  const canonicalHeaders = names.map((name) => `${name}:${(valuesByName.get(name) ?? []).join(',')}\n`).join('');
  return { canonicalHeaders, signedHeaders: names.join(';') };
}

/** Payload hash: a signed X-Sdk-Content-Sha256 verbatim (e.g. UNSIGNED-PAYLOAD), else hex SHA-256 of the body bytes. */
export function sdkHmacPayloadHash(headers: HeaderInput, body: RequestBody, signedHeaders?: readonly string[]): string {
  // A server must not honour an unsigned X-Sdk-Content-Sha256: it would let anyone swap the body.
  const signed = signedHeaders === undefined || signedHeaders.some((name) => name.toLowerCase() === 'x-sdk-content-sha256');
  const declared = signed ? headerValue(headers, 'x-sdk-content-sha256') : undefined;
  if (declared !== undefined) return declared;
  if (body === undefined) return EMPTY_PAYLOAD_SHA256;
  return sha256Hex(body);
}

function headerValue(headers: HeaderInput, lowerName: string): string | undefined {
  for (const [name, value] of Object.entries(headers)) {
    if (name.toLowerCase() === lowerName && value !== undefined) return Array.isArray(value) ? value.join(',') : String(value);
  }
  return undefined;
}

/** Computes canonical request, string-to-sign, signature and Authorization value of a request. */
export function computeSdkHmacSignature(input: SdkHmacSignatureInput): SdkHmacSignature {
  const canonicalUri = sdkHmacCanonicalUri(input.path);
  const canonicalQueryString = sdkHmacCanonicalQueryString(input.query);
  const { canonicalHeaders, signedHeaders } = sdkHmacCanonicalHeaders(input.headers, input.signedHeaders);
  const payloadHash = sdkHmacPayloadHash(input.headers, input.body, input.signedHeaders);
  const canonicalRequest = [input.method.toUpperCase(), canonicalUri, canonicalQueryString, canonicalHeaders, signedHeaders, payloadHash].join('\n');
  const canonicalRequestSha256 = sha256Hex(canonicalRequest);
  const sdkDate = headerValue(input.headers, 'x-sdk-date') ?? '';
  const stringToSign = `${SDK_HMAC_ALGORITHM}\n${sdkDate}\n${canonicalRequestSha256}`;
  const signature = hmacSha256Hex(input.accessKeySecret, stringToSign);
  return {
    canonicalUri,
    canonicalQueryString,
    canonicalHeaders,
    signedHeaders,
    payloadHash,
    canonicalRequest,
    canonicalRequestSha256,
    stringToSign,
    signature,
    authorization: `${SDK_HMAC_ALGORITHM} Access=${input.accessKeyId}, SignedHeaders=${signedHeaders}, Signature=${signature}`,
  };
}

// ---- server-side helpers -------------------------------------------------------------------------

/** Parses an SDK-HMAC-SHA256 Authorization value; undefined when malformed. */
export function parseSdkHmacAuthorization(value: string | undefined): SdkHmacAuthorization | undefined {
  const match = /^SDK-HMAC-SHA256 Access=([^,]+), SignedHeaders=([^,]+), Signature=([0-9a-f]{64})$/.exec(value ?? '');
  if (!match) return undefined;
  const [, accessKeyId = '', signedHeaders = '', signature = ''] = match;
  return { accessKeyId, signedHeaders: signedHeaders.split(';'), signature };
}

/** A date as X-Sdk-Date (`YYYYMMDDTHHMMSSZ`, UTC). */
export function formatSdkDate(date: Date): string {
  return date
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}Z$/, 'Z');
}

/** Parses an X-Sdk-Date value; undefined unless it is exactly `YYYYMMDDTHHMMSSZ` and a real instant. */
export function parseSdkDate(value: string | undefined): Date | undefined {
  const match = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/.exec(value ?? '');
  if (!match) return undefined;
  const date = new Date(`${match[1]}-${match[2]}-${match[3]}T${match[4]}:${match[5]}:${match[6]}Z`);
  return Number.isNaN(date.getTime()) ? undefined : date;
}

// ---- outgoing requests ---------------------------------------------------------------------------

/** Signs an outgoing request: adds X-Sdk-Date (unless given), host, X-Security-Token (temporary keys) and Authorization. */
export function signHuaweiRequest(input: HuaweiRequestInput): SignedHuaweiRequest {
  const url = new URL(input.url);
  const headers = headerRecord(input.headers ?? {});
  if (input.credentials.securityToken) setHeader(headers, 'X-Security-Token', input.credentials.securityToken);
  if (headerValue(headers, 'x-sdk-date') === undefined) headers['X-Sdk-Date'] = formatSdkDate(input.date ?? new Date());
  // The URL's authority, port included when the URL has one; a caller's host header wins, as in the SDK.
  if (headerValue(headers, 'host') === undefined) headers.host = url.host;
  // A multipart content-type gets its boundary only when the body is built, so it cannot be signed.
  for (const name of Object.keys(headers)) {
    if (name.toLowerCase() === 'content-type' && headers[name]?.includes('multipart/form-data')) delete headers[name];
  }
  removeHeader(headers, 'authorization');
  const signature = computeSdkHmacSignature({
    method: input.method,
    path: url.pathname,
    query: input.query,
    headers,
    body: input.body,
    accessKeyId: input.credentials.accessKeyId,
    accessKeySecret: input.credentials.accessKeySecret,
  });
  headers.Authorization = signature.authorization;
  return { headers, signature };
}

/**
 * Signs an OSM request with the official SDK's conventions (§5.4): JSON content types are signed as
 * `content-type: application/json`; any other type gets `X-Sdk-Content-Sha256: UNSIGNED-PAYLOAD` and its
 * content-type is added after signing; `X-Domain-Id` carries the account id.
 */
export function signOsmRequest(input: OsmRequestInput): SignedHuaweiRequest {
  const contentType = input.contentType ?? 'application/json';
  const isJson = contentType.includes('application/json');
  const headers = headerRecord(input.headers ?? {});
  removeHeader(headers, 'content-type');
  if (isJson) headers['content-type'] = 'application/json';
  else setHeader(headers, 'X-Sdk-Content-Sha256', UNSIGNED_PAYLOAD);
  if (input.domainId !== undefined) setHeader(headers, 'X-Domain-Id', input.domainId);
  const signed = signHuaweiRequest({ ...input, headers });
  if (isJson) return signed;
  return { headers: { ...signed.headers, 'content-type': contentType }, signature: signed.signature };
}

function headerRecord(headers: HeaderInput): Record<string, string> {
  const record: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers)) {
    if (value !== undefined) record[name] = Array.isArray(value) ? value.join(',') : String(value);
  }
  return record;
}
