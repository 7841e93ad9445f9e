// Byte-level helpers shared by both Alibaba Cloud signature algorithms (spec §8.1, §8.3).
import { createHash, timingSafeEqual } from 'node:crypto';

/** A request body as the signers accept it: exact bytes, a string sent as UTF-8, or undefined for no body. */
export type RequestBody = string | Buffer | Uint8Array | undefined;

/** Header map accepted by the signers; Node's IncomingHttpHeaders fits (repeated headers as arrays). */
export type HeaderInput = Readonly<Record<string, string | readonly string[] | number | undefined>>;

/** Hex SHA-256 of the empty string: the payload hash of a request without a body. */
export const EMPTY_PAYLOAD_SHA256 = 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855';

const UNRESERVED = /^[A-Za-z0-9\-_.~]$/;

// One entry per byte value, computed once: percent-encoding is on the hot path of every request.
const BYTE_ENCODING: readonly string[] = Array.from({ length: 256 }, (_, byte) => {
  const char = String.fromCharCode(byte);
  return byte < 0x80 && UNRESERVED.test(char) ? char : '%' + byte.toString(16).toUpperCase().padStart(2, '0');
});

/** Alibaba percentEncode (§8.1): RFC 3986 unreserved characters stay literal, every other UTF-8 byte becomes %XX (upper-case hex). */
export function percentEncode(value: string): string {
  // Encoding the UTF-8 bytes (instead of encodeURIComponent) never throws on lone surrogates;
  // they become U+FFFD exactly as they will on the wire.
  let encoded = '';
  for (const byte of Buffer.from(value, 'utf8')) encoded += BYTE_ENCODING[byte];
  return encoded;
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

/** Plain code-unit comparison, the order both algorithms sort keys in (`A` < `Z` < `a`, `.1` < `.10` < `.2`). */
export function compareCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** A date as the `YYYY-MM-DDThh:mm:ssZ` UTC timestamp both algorithms use (no milliseconds). */
export function formatAliyunTimestamp(date: Date): string {
  return date.toISOString().replace(/\.\d{3}Z$/, 'Z');
}

/** Constant-time comparison of a received signature with the expected one (for server-side verification). */
export function signaturesEqual(received: string, expected: string): boolean {
  const a = Buffer.from(received, 'utf8');
  const b = Buffer.from(expected, 'utf8');
  return a.length === b.length && timingSafeEqual(a, b);
}
