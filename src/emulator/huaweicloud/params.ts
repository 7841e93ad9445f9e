/**
 * Query and body readers with OSM's validation outcomes: a query value of the wrong type is a
 * malformed request (400 OSM.0001); a body field outside its documented bounds is a business
 * validation error (200 OSM.01010001), as spec §7.2 decides.
 */
import type { MultiMap } from '../types';
import { businessError, malformed } from './http';

export class QueryReader {
  constructor(
    private readonly values: MultiMap,
    private readonly requestId: string,
  ) {}

  /** First value, or undefined when absent. */
  string(name: string): string | undefined {
    return this.values.get(name)?.[0];
  }

  /** Every value of an array parameter: repeated keys and comma-separated values both accepted. */
  list(name: string): string[] {
    return (this.values.get(name) ?? [])
      .flatMap((v) => v.split(','))
      .map((v) => v.trim())
      .filter((v) => v !== '');
  }

  /** An integer within bounds; absent → fallback; not an integer or out of range → 400 OSM.0001. */
  int(name: string, bounds: { min: number; max: number }, fallback?: number): number | undefined {
    const raw = this.string(name);
    if (raw === undefined || raw === '') return fallback;
    if (!/^-?\d+$/.test(raw)) throw malformed(this.requestId);
    const n = Number(raw);
    if (n < bounds.min || n > bounds.max) throw malformed(this.requestId);
    return n;
  }

  bool(name: string, fallback: boolean): boolean {
    const raw = this.string(name);
    if (raw === undefined || raw === '') return fallback;
    if (raw !== 'true' && raw !== 'false') throw malformed(this.requestId);
    return raw === 'true';
  }

  /** A required string parameter within length bounds → otherwise 200 OSM.01010001. */
  required(name: string, maxLength = 64): string {
    const v = this.string(name);
    if (v === undefined || v === '' || v.length > maxLength) throw businessError('OSM.01010001');
    return v;
  }
}

export type JsonObject = Record<string, unknown>;

/** Parses a JSON object body; malformed or non-object → 400 OSM.0001. Empty body → `{}`. */
export function parseJsonObject(body: Buffer, requestId: string): JsonObject {
  if (body.length === 0) return {};
  let value: unknown;
  try {
    value = JSON.parse(body.toString('utf8'));
  } catch {
    throw malformed(requestId);
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw malformed(requestId);
  return value as JsonObject;
}

/** A string body field; `required` and length bounds enforced with OSM.01010001. */
export function bodyString(body: JsonObject, key: string, opts: { required?: boolean; min?: number; max: number }): string | undefined {
  const v = body[key];
  if (v === undefined || v === null) {
    if (opts.required) throw businessError('OSM.01010001');
    return undefined;
  }
  if (typeof v !== 'string' || v.length < (opts.min ?? 0) || v.length > opts.max) throw businessError('OSM.01010001');
  return v;
}

/** An integer body field within bounds. */
export function bodyInt(body: JsonObject, key: string, opts: { required?: boolean; min: number; max: number }): number | undefined {
  const v = body[key];
  if (v === undefined || v === null) {
    if (opts.required) throw businessError('OSM.01010001');
    return undefined;
  }
  if (typeof v !== 'number' || !Number.isInteger(v) || v < opts.min || v > opts.max) throw businessError('OSM.01010001');
  return v;
}

/** An array-of-strings body field with item and length bounds. */
export function bodyStringList(body: JsonObject, key: string, opts: { required?: boolean; maxItems: number; maxLength: number }): string[] | undefined {
  const v = body[key];
  if (v === undefined || v === null) {
    if (opts.required) throw businessError('OSM.01010001');
    return undefined;
  }
  if (!Array.isArray(v) || v.length > opts.maxItems) throw businessError('OSM.01010001');
  for (const item of v) if (typeof item !== 'string' || item.length === 0 || item.length > opts.maxLength) throw businessError('OSM.01010001');
  return v as string[];
}

/** A JSON object (map) body field with at most `maxEntries` keys of at most 32 chars. */
export function bodyMap(body: JsonObject, key: string, opts: { required?: boolean; maxEntries: number }): JsonObject | undefined {
  const v = body[key];
  if (v === undefined || v === null) {
    if (opts.required) throw businessError('OSM.01010001');
    return undefined;
  }
  if (typeof v !== 'object' || Array.isArray(v)) throw businessError('OSM.01010001');
  const keys = Object.keys(v);
  if (keys.length > opts.maxEntries || keys.some((k) => k.length === 0 || k.length > 32)) throw businessError('OSM.01010001');
  return v as JsonObject;
}
