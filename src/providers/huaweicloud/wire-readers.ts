/**
 * Tolerant readers for OSM's loosely typed wire values (spec §7.4): numbers as strings, 1/0 booleans,
 * single objects where arrays are declared, times as ISO strings or epoch seconds/milliseconds.
 */

/** A number from a number or numeric string; `fallback` for anything else. */
export function readNumber(value: unknown, fallback: number): number {
  if (typeof value === 'number' && Number.isFinite(value)) return value;
  if (typeof value === 'string' && value.trim() !== '' && Number.isFinite(Number(value))) return Number(value);
  return fallback;
}

/** A boolean from true/false, 1/0 or "true"/"1". */
export function readBoolean(value: unknown): boolean {
  if (typeof value === 'boolean') return value;
  if (typeof value === 'number') return value !== 0;
  if (typeof value === 'string') return value === '1' || value.toLowerCase() === 'true';
  return false;
}

/** An array from an array, a single object, or null/undefined. */
export function readList<T>(value: readonly T[] | T | null | undefined): T[] {
  if (value === null || value === undefined) return [];
  return isList(value) ? [...value] : [value];
}

function isList<T>(value: readonly T[] | T): value is readonly T[] {
  return Array.isArray(value);
}

/** The first defined of several alternative field names (e.g. `total_count ?? count`). */
export function firstDefined<T>(...values: (T | null | undefined)[]): T | undefined {
  for (const v of values) if (v !== undefined && v !== null) return v;
  return undefined;
}

const EPOCH_MS_THRESHOLD = 1e11;

/**
 * Parses a response time: ISO-8601 text, epoch seconds (< 10^11) or epoch milliseconds, as number or
 * numeric string. Returns undefined for placeholders such as "test" so callers can fall back.
 */
export function readTime(value: unknown): Date | undefined {
  if (value === null || value === undefined || value === '') return undefined;
  if (typeof value === 'number' || (typeof value === 'string' && /^\d+$/.test(value))) {
    const n = Number(value);
    if (!Number.isFinite(n) || n <= 0) return undefined;
    return new Date(n < EPOCH_MS_THRESHOLD ? n * 1000 : n);
  }
  if (typeof value !== 'string') return undefined;
  const d = new Date(value);
  return Number.isNaN(d.getTime()) ? undefined : d;
}

/** Formats a moment as the `yyyy-MM-dd HH:mm:ss` query format, in the zone given as minutes east of UTC. */
export function formatQueryTime(moment: Date, offsetMinutes: number): string {
  const shifted = new Date(moment.getTime() + offsetMinutes * 60_000);
  const pad = (n: number) => String(n).padStart(2, '0');
  return (
    `${shifted.getUTCFullYear()}-${pad(shifted.getUTCMonth() + 1)}-${pad(shifted.getUTCDate())} ` + `${pad(shifted.getUTCHours())}:${pad(shifted.getUTCMinutes())}:${pad(shifted.getUTCSeconds())}`
  );
}
