/**
 * Defensive readers for parsed JSON. The API's samples disagree on types (Code 0 vs "200", ids as
 * numbers or strings), so every field is read leniently instead of trusted as typed.
 */
import type { AliyunEnvelope } from './types';

export type JsonRecord = Readonly<Record<string, unknown>>;

/** The value as an object, or an empty one. */
export function readRecord(value: unknown): JsonRecord {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as JsonRecord) : {};
}

/** The value as an array, or an empty one. */
export function readArray(value: unknown): readonly unknown[] {
  return Array.isArray(value) ? value : [];
}

/** Strings as-is, finite numbers and booleans as their decimal text, anything else as `fallback`. */
export function readString(value: unknown, fallback = ''): string {
  if (typeof value === 'string') {
    return value;
  }
  if ((typeof value === 'number' && Number.isFinite(value)) || typeof value === 'boolean') {
    return String(value);
  }
  return fallback;
}

/** Numbers, or numeric strings, as a number; anything else as undefined. */
export function readNumber(value: unknown): number | undefined {
  if (typeof value === 'number' && Number.isFinite(value)) {
    return value;
  }
  if (typeof value === 'string' && value.trim() !== '' && Number.isFinite(Number(value))) {
    return Number(value);
  }
  return undefined;
}

/** `true`/`"true"`/1 as true; everything else false. */
export function readBoolean(value: unknown): boolean {
  return value === true || value === 'true' || value === 1 || value === '1';
}

/** Reads the response envelope leniently, including the lower-case keys some gateways use (spec §7.2). */
export function toEnvelope(body: JsonRecord): AliyunEnvelope {
  const code = body.Code ?? body.code;
  return {
    RequestId: readString(body.RequestId ?? body.requestId) || undefined,
    Success: body.Success === undefined ? undefined : readBoolean(body.Success),
    Code: typeof code === 'number' ? code : readString(code) || undefined,
    Message: readString(body.Message ?? body.message) || undefined,
    AccessDeniedDetail: readString(body.AccessDeniedDetail) || undefined,
    Data: body.Data,
    PageNumber: readNumber(body.PageNumber),
    PageSize: readNumber(body.PageSize),
    TotalCount: readNumber(body.TotalCount),
  };
}
