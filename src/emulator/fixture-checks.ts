// Field checks for reading a fixtures document. A fixtures file is user input, so every check names the
// path of the offending field (`huaweicloud.cases[2].messages[0].type must be 0 or 1`).

/** A fixtures document or section that does not have the expected shape. */
export class FixtureError extends Error {
  override readonly name = 'FixtureError';
}

/** Throws a FixtureError saying what `path` must be. */
export function fail(path: string, expectation: string): never {
  throw new FixtureError(`${path} ${expectation}`);
}

export type FixtureObject = Readonly<Record<string, unknown>>;

export function object(value: unknown, path: string): FixtureObject {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) fail(path, 'must be an object');
  return value as FixtureObject;
}

export function array(value: unknown, path: string): readonly unknown[] {
  if (!Array.isArray(value)) fail(path, 'must be an array');
  return value;
}

/** A string; empty strings only when `allowEmpty`. */
export function text(value: unknown, path: string, allowEmpty = false): string {
  if (typeof value !== 'string' || (!allowEmpty && value === '')) fail(path, `must be a${allowEmpty ? '' : ' non-empty'} string`);
  return value;
}

export function optionalText(value: unknown, path: string, fallback: string): string {
  return value === undefined ? fallback : text(value, path, true);
}

export function integer(value: unknown, path: string, min = Number.MIN_SAFE_INTEGER, max = Number.MAX_SAFE_INTEGER): number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < min || value > max) {
    const range = max !== Number.MAX_SAFE_INTEGER ? ` from ${min} to ${max}` : min !== Number.MIN_SAFE_INTEGER ? ` of at least ${min}` : '';
    fail(path, `must be an integer${range}`);
  }
  return value;
}

export function boolean(value: unknown, path: string): boolean {
  if (typeof value !== 'boolean') fail(path, 'must be true or false');
  return value;
}

export function optionalBoolean(value: unknown, path: string, fallback: boolean): boolean {
  return value === undefined ? fallback : boolean(value, path);
}

/** One of a fixed set of values (compared with ===). */
export function oneOf<T extends string | number>(value: unknown, allowed: readonly T[], path: string): T {
  if (!allowed.includes(value as T)) fail(path, `must be one of ${allowed.map((v) => JSON.stringify(v)).join(', ')}`);
  return value as T;
}

/** An ISO-8601 date-time string, returned as a Date. */
export function isoDate(value: unknown, path: string): Date {
  const parsed = typeof value === 'string' ? Date.parse(value) : Number.NaN;
  if (Number.isNaN(parsed)) fail(path, 'must be an ISO-8601 date-time string such as "2026-03-27T09:20:11Z"');
  return new Date(parsed);
}

export function stringList(value: unknown, path: string): string[] {
  return array(value, path).map((item, i) => text(item, `${path}[${i}]`, true));
}

const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;

/** Attachment bytes from `text` (UTF-8) or `base64`; exactly one of them must be given. */
export function contentBytes(textValue: unknown, base64Value: unknown, path: string, names: readonly [string, string]): Buffer | undefined {
  if (textValue !== undefined && base64Value !== undefined) fail(path, `must have either "${names[0]}" or "${names[1]}", not both`);
  if (textValue !== undefined) return Buffer.from(text(textValue, `${path}.${names[0]}`, true), 'utf8');
  if (base64Value === undefined) return undefined;
  const encoded = text(base64Value, `${path}.${names[1]}`, true).replace(/\s+/g, '');
  if (!BASE64.test(encoded) || encoded.length % 4 !== 0) fail(`${path}.${names[1]}`, 'must be standard base64');
  return Buffer.from(encoded, 'base64');
}

/** Throws when `values` repeats an entry (ids that must be unique). */
export function unique(values: readonly (string | number)[], path: string, field: string): void {
  const seen = new Set<string | number>();
  values.forEach((value, i) => {
    if (seen.has(value)) fail(`${path}[${i}].${field}`, `repeats ${JSON.stringify(value)}; it must be unique`);
    seen.add(value);
  });
}
