// Alibaba Cloud V3 signature, ACS3-HMAC-SHA256 (spec §8.3). computeAcs3Signature() is pure and
// serves both sides: the client signs with the default header selection, the emulator recomputes
// with the SignedHeaders it received. signAcs3Request() only adds headers to an outgoing request.
import { randomBytes } from 'node:crypto';
import { hmacSha256Hex, queryEntries, removeHeader, setHeader } from '../signing-primitives';
import { bodyBytes, compareCodeUnits, formatAliyunTimestamp, percentEncode, sha256Hex, type HeaderInput, type RequestBody } from './signer-encoding';
import type { AliyunSigningCredentials } from './signer-rpc';

/** Name of the algorithm, first word of the Authorization header. */
export const ACS3_ALGORITHM = 'ACS3-HMAC-SHA256';

/** Query parameters, already flattened: name → value(s); a server can pass its decoded multi-map. */
export type Acs3QueryInput = Readonly<Record<string, string | number | boolean | readonly string[] | undefined>> | ReadonlyMap<string, readonly string[]>;

/** Input of the pure V3 computation. */
export interface Acs3SignatureInput {
  readonly method: string;
  /** Decoded path; `/` for every RPC action. */
  readonly pathname?: string;
  readonly query?: Acs3QueryInput;
  /** Request headers (any case); only host, content-type and x-acs-* are signed by default. */
  readonly headers: HeaderInput;
  /** Exact body bytes; ignored when `hashedPayload` is given. */
  readonly body?: RequestBody;
  /** Precomputed payload hash (hex), e.g. taken from `x-acs-content-sha256`. */
  readonly hashedPayload?: string;
  /** Header names to sign (server side: from the received Authorization); default: host, content-type, x-acs-*. */
  readonly signedHeaders?: readonly string[];
  readonly accessKeyId: string;
  readonly accessKeySecret: string;
}

/** Every intermediate value of the V3 algorithm. */
export interface Acs3Signature {
  readonly hashedPayload: string;
  readonly canonicalUri: string;
  readonly canonicalQueryString: string;
  readonly canonicalHeaders: string;
  readonly signedHeaders: string;
  readonly canonicalRequest: string;
  readonly canonicalRequestHash: string;
  readonly stringToSign: string;
  readonly signature: string;
  readonly authorization: string;
}

/** An outgoing V3 request before signing (the common headers come from buildAcs3Headers()). */
export interface Acs3RequestInput {
  readonly method: string;
  readonly pathname?: string;
  readonly query?: Acs3QueryInput;
  readonly headers: HeaderInput;
  readonly body?: RequestBody;
  readonly credentials: AliyunSigningCredentials;
}

/** An outgoing V3 request after signing: the headers to send (incl. Authorization) and the derivation. */
export interface SignedAcs3Request {
  readonly headers: Readonly<Record<string, string>>;
  readonly signature: Acs3Signature;
}

/** Options of buildAcs3Headers(). */
export interface Acs3CommonHeaderInput {
  readonly host: string;
  readonly action: string;
  readonly version: string;
  /** Defaults to now; a string is used verbatim (`YYYY-MM-DDThh:mm:ssZ`). */
  readonly date?: Date | string;
  /** Defaults to 64 random hex digits. */
  readonly nonce?: string;
  /** Set when a body is sent (`application/x-www-form-urlencoded` for RPC form bodies). */
  readonly contentType?: string;
}

/** Parts of a received `Authorization: ACS3-HMAC-SHA256 …` header. */
export interface Acs3Authorization {
  readonly accessKeyId: string;
  readonly signedHeaders: readonly string[];
  readonly signature: string;
}

/** Hex SHA-256 of the exact body bytes (empty body → e3b0c442…). */
export function acs3HashedPayload(body: RequestBody): string {
  return sha256Hex(bodyBytes(body));
}

/** Canonical URI: each segment of the decoded path percent-encoded. */
export function acs3CanonicalUri(pathname: string): string {
  const path = pathname === '' ? '/' : pathname;
  return path.split('/').map(percentEncode).join('/');
}

/** Canonical query string: sorted keys (duplicates by value), `percentEncode(k)=percentEncode(v)` joined by `&`. */
export function acs3CanonicalQueryString(query: Acs3QueryInput | undefined): string {
  const pairs: [string, string][] = [];
  for (const [key, values] of queryEntries(query)) {
    for (const value of values) pairs.push([key, value]);
  }
  pairs.sort(([k1, v1], [k2, v2]) => compareCodeUnits(k1, k2) || compareCodeUnits(v1, v2));
  return pairs.map(([key, value]) => `${percentEncode(key)}=${percentEncode(value)}`).join('&');
}

/** True for the header names V3 signs by default: host, content-type and every x-acs-*. */
export function isAcs3SignedHeaderName(name: string): boolean {
  const lower = name.toLowerCase();
  return lower === 'host' || lower === 'content-type' || lower.startsWith('x-acs-');
}

/** Canonical headers (`name:value\n`, names lower-cased and sorted, values trimmed) and the SignedHeaders list. */
export function acs3CanonicalHeaders(headers: HeaderInput, signedHeaders?: readonly string[]): { canonicalHeaders: string; signedHeaders: string } {
  const wanted = signedHeaders?.map((name) => name.toLowerCase());
  const valuesByName = new Map<string, string[]>();
  for (const name of wanted ?? []) valuesByName.set(name, []);
  for (const [name, value] of Object.entries(headers)) {
    const lower = name.toLowerCase();
    const selected = wanted ? wanted.includes(lower) : isAcs3SignedHeaderName(lower);
    if (!selected || value === undefined) continue;
    const list = valuesByName.get(lower) ?? [];
    for (const item of Array.isArray(value) ? value : [value]) list.push(String(item).trim());
    valuesByName.set(lower, list);
  }
  const names = [...valuesByName.keys()].sort(compareCodeUnits);
  const canonicalHeaders = names.map((name) => `${name}:${[...(valuesByName.get(name) ?? [])].sort(compareCodeUnits).join(',')}\n`).join('');
  return { canonicalHeaders, signedHeaders: names.join(';') };
}

/** Computes the V3 canonical request, string-to-sign, signature and Authorization value of a request. */
export function computeAcs3Signature(input: Acs3SignatureInput): Acs3Signature {
  const hashedPayload = input.hashedPayload ?? acs3HashedPayload(input.body);
  const canonicalUri = acs3CanonicalUri(input.pathname ?? '/');
  const canonicalQueryString = acs3CanonicalQueryString(input.query);
  const { canonicalHeaders, signedHeaders } = acs3CanonicalHeaders(input.headers, input.signedHeaders);
  const canonicalRequest = [input.method.toUpperCase(), canonicalUri, canonicalQueryString, canonicalHeaders, signedHeaders, hashedPayload].join('\n');
  const canonicalRequestHash = sha256Hex(canonicalRequest);
  const stringToSign = `${ACS3_ALGORITHM}\n${canonicalRequestHash}`;
  const signature = hmacSha256Hex(input.accessKeySecret, stringToSign);
  return {
    hashedPayload,
    canonicalUri,
    canonicalQueryString,
    canonicalHeaders,
    signedHeaders,
    canonicalRequest,
    canonicalRequestHash,
    stringToSign,
    signature,
    authorization: `${ACS3_ALGORITHM} Credential=${input.accessKeyId},SignedHeaders=${signedHeaders},Signature=${signature}`,
  };
}

/** Parses a V3 Authorization header value; undefined when it is not a well-formed ACS3-HMAC-SHA256 value. */
export function parseAcs3Authorization(value: string | undefined): Acs3Authorization | undefined {
  const match = /^ACS3-HMAC-SHA256 Credential=([^,]+),SignedHeaders=([^,]+),Signature=([0-9a-f]{64})$/.exec(value ?? '');
  if (!match) return undefined;
  const [, accessKeyId = '', signedHeaders = '', signature = ''] = match;
  return { accessKeyId, signedHeaders: signedHeaders.split(';'), signature };
}

/** A fresh `x-acs-signature-nonce` (64 random hex digits, like the official SDK). */
export function newAcs3Nonce(): string {
  return randomBytes(32).toString('hex');
}

/** The common V3 headers of an RPC call (§6.2), in the official SDK's order; add user-agent as you like. */
export function buildAcs3Headers(input: Acs3CommonHeaderInput): Record<string, string> {
  const headers: Record<string, string> = {
    host: input.host,
    'x-acs-version': input.version,
    'x-acs-action': input.action,
    'x-acs-date': typeof input.date === 'string' ? input.date : formatAliyunTimestamp(input.date ?? new Date()),
    'x-acs-signature-nonce': input.nonce ?? newAcs3Nonce(),
    accept: 'application/json',
  };
  if (input.contentType !== undefined) headers['content-type'] = input.contentType;
  return headers;
}

/** Signs an outgoing V3 request: adds x-acs-content-sha256, the STS headers when a token is set, and Authorization. */
export function signAcs3Request(input: Acs3RequestInput): SignedAcs3Request {
  const { credentials } = input;
  const headers = headerRecord(input.headers);
  const hashedPayload = acs3HashedPayload(input.body);
  setHeader(headers, 'x-acs-content-sha256', hashedPayload);
  if (credentials.securityToken) {
    setHeader(headers, 'x-acs-accesskey-id', credentials.accessKeyId);
    setHeader(headers, 'x-acs-security-token', credentials.securityToken);
  }
  removeHeader(headers, 'authorization');
  const signature = computeAcs3Signature({
    method: input.method,
    pathname: input.pathname,
    query: input.query,
    headers,
    hashedPayload,
    accessKeyId: credentials.accessKeyId,
    accessKeySecret: credentials.accessKeySecret,
  });
  headers.Authorization = signature.authorization;
  return { headers, signature };
}

function headerRecord(headers: HeaderInput): Record<string, string> {
  const record: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers)) {
    if (value !== undefined) record[name] = Array.isArray(value) ? value.join(', ') : String(value);
  }
  return record;
}
