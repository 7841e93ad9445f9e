// Byte-level pieces that the Alibaba Cloud (ACS3/RPC) and Huawei Cloud (SDK-HMAC-SHA256) signers share
// verbatim. Only what is identical in both algorithms lives here; where they differ (header
// canonicalisation, header joining, timestamps) each signer keeps its own code.
import { createHash, createHmac, timingSafeEqual } from 'node:crypto';

/** A request body as the signers accept it: exact bytes, a string sent as UTF-8, or undefined for no body. */
export type RequestBody = string | Buffer | Uint8Array | undefined;

/** Header map accepted by the signers; Node's IncomingHttpHeaders fits (repeated headers as arrays). */
export type HeaderInput = Readonly<Record<string, string | readonly string[] | number | undefined>>;

/** Query parameters as either signer accepts them: a record of scalars/lists, or a server's decoded multi-map. */
export type QueryInput = Readonly<Record<string, unknown>> | ReadonlyMap<string, readonly string[]>;

/** Hex SHA-256 of the empty string: the payload hash of a request without a body. */
export const EMPTY_PAYLOAD_SHA256 = 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855';

const UNRESERVED = /^[A-Za-z0-9\-_.~]$/;

// One entry per byte value, computed once: percent-encoding is on the hot path of every request.
const BYTE_ENCODING: readonly string[] = Array.from({ length: 256 }, (_, byte) => {
  const char = String.fromCharCode(byte);
  return byte < 0x80 && UNRESERVED.test(char) ? char : '%' + byte.toString(16).toUpperCase().padStart(2, '0');
});

/** RFC 3986 encoding: unreserved characters stay literal, every other UTF-8 byte becomes %XX (upper-case hex). */
export function percentEncodeUtf8(value: string): string {
  // Encoding the UTF-8 bytes (instead of encodeURIComponent) never throws on lone surrogates;
  // they become U+FFFD exactly as they will on the wire.
  let encoded = '';
  for (const byte of Buffer.from(value, 'utf8')) encoded += BYTE_ENCODING[byte];
  return encoded;
}

/** Plain code-unit comparison, the order both providers sort keys in (`A` < `Z` < `a`, `.1` < `.10` < `.2`). */
export function compareCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** The exact bytes of a body (strings as UTF-8; no body gives zero bytes). */
export function bodyBytes(body: RequestBody): Buffer {
  if (body === undefined) return Buffer.alloc(0);
  if (typeof body === 'string') return Buffer.from(body, 'utf8');
  return Buffer.from(body.buffer, body.byteOffset, body.byteLength);
}

/** Lower-case hex SHA-256 of a string (UTF-8) or of bytes. */
export function sha256Hex(data: string | Uint8Array): string {
  return createHash('sha256').update(data).digest('hex');
}

/** Lower-case hex HMAC-SHA256 of a UTF-8 string under a UTF-8 key (the secret access key). */
export function hmacSha256Hex(key: string, data: string): string {
  return createHmac('sha256', Buffer.from(key, 'utf8')).update(data, 'utf8').digest('hex');
}

/** Constant-time comparison of a received signature with the expected one (for server-side verification). */
export function signaturesEqual(received: string, expected: string): boolean {
  const a = Buffer.from(received, 'utf8');
  const b = Buffer.from(expected, 'utf8');
  return a.length === b.length && timingSafeEqual(a, b);
}

/** Query parameters as `[name, values]` pairs in insertion order; undefined values dropped, scalars stringified. */
export function queryEntries(query: QueryInput | undefined): [string, readonly string[]][] {
  if (query === undefined) return [];
  if (query instanceof Map) return [...(query as ReadonlyMap<string, readonly string[]>)];
  const entries: [string, readonly string[]][] = [];
  for (const [name, value] of Object.entries(query as Readonly<Record<string, unknown>>)) {
    if (value === undefined) continue;
    entries.push([name, Array.isArray(value) ? value.map(String) : [String(value)]]);
  }
  return entries;
}

/** Sets a header after removing any case variant of its name, so no header is ever sent (and signed) twice. */
export function setHeader(headers: Record<string, string>, name: string, value: string): void {
  removeHeader(headers, name);
  headers[name] = value;
}

/** Removes every case variant of a header name. */
export function removeHeader(headers: Record<string, string>, name: string): void {
  const lowerName = name.toLowerCase();
  for (const key of Object.keys(headers)) if (key.toLowerCase() === lowerName) delete headers[key];
}
