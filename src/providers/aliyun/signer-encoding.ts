// Alibaba-specific encoding helpers (spec §8.1, §8.3); the byte-level pieces shared with the Huawei
// signer come from ../signing-primitives and are re-exported here under their existing names.
export {
  bodyBytes,
  compareCodeUnits,
  EMPTY_PAYLOAD_SHA256,
  sha256Hex,
  signaturesEqual,
  /** Alibaba percentEncode (§8.1): RFC 3986 unreserved characters stay literal, every other UTF-8 byte becomes %XX (upper-case hex). */
  percentEncodeUtf8 as percentEncode,
  type HeaderInput,
  type RequestBody,
} from '../signing-primitives';

/** A date as the `YYYY-MM-DDThh:mm:ssZ` UTC timestamp both algorithms use (no milliseconds). */
export function formatAliyunTimestamp(date: Date): string {
  return date.toISOString().replace(/\.\d{3}Z$/, 'Z');
}
