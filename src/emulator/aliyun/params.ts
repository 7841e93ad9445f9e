// Reading action parameters the way the POP gateway does: query ∪ form body (the body wins on a
// duplicate), required ones → Missing<Name>, malformed values → the Workorder "param.illegal".
import type { EmulatorRequest, MultiMap } from '../types';
import { AliyunRequestError, missingParameter, paramIllegal } from './errors';

/** Query and form parameters of a request merged into one multi-map. */
export function mergedParams(request: EmulatorRequest): MultiMap {
  const merged = new Map<string, string[]>();
  for (const source of [request.query, request.form]) {
    for (const [key, values] of source ?? []) merged.set(key, [...(merged.get(key) ?? []), ...values]);
  }
  return merged;
}

export class ActionParams {
  constructor(
    private readonly params: MultiMap,
    readonly version: string,
    readonly action: string,
  ) {}

  /** Last value of a parameter ('' counts as absent for required parameters). */
  optional(name: string): string | undefined {
    const values = this.params.get(name);
    return values?.[values.length - 1];
  }

  required(name: string): string {
    const value = this.optional(name);
    if (value === undefined || value === '') throw new AliyunRequestError(missingParameter(name));
    return value;
  }

  illegal(): AliyunRequestError {
    return new AliyunRequestError(paramIllegal(this.version, this.action));
  }

  optionalInteger(name: string): number | undefined {
    const value = this.optional(name);
    if (value === undefined || value === '') return undefined;
    if (!/^-?\d+$/.test(value.trim())) throw this.illegal();
    return Number(value);
  }

  requiredInteger(name: string): number {
    this.required(name);
    return this.optionalInteger(name) as number;
  }

  requiredBoolean(name: string): boolean {
    const value = this.required(name).toLowerCase();
    if (value !== 'true' && value !== 'false') throw this.illegal();
    return value === 'true';
  }

  /** Repeat-list encoding: Name.1, Name.2 … (spec §3). */
  repeatList(name: string): string[] | undefined {
    const items: [number, string][] = [];
    for (const [key, values] of this.params) {
      const match = new RegExp(`^${name.replace('.', '\\.')}\\.(\\d+)$`).exec(key);
      if (match) items.push([Number(match[1]), values[values.length - 1] ?? '']);
    }
    if (items.length === 0) return undefined;
    return items.sort((a, b) => a[0] - b[0]).map(([, value]) => value);
  }

  /** Comma-joined ("simple") list encoding (spec §3); empty items are dropped. */
  commaList(name: string): string[] | undefined {
    const value = this.optional(name);
    if (value === undefined) return undefined;
    return value
      .split(',')
      .map((item) => item.trim())
      .filter(Boolean);
  }

  /** JSON ("json" shrink) encoding, e.g. SecretInfo (spec §3); must be a JSON object. */
  jsonObject(name: string): Record<string, unknown> | undefined {
    const value = this.optional(name);
    if (value === undefined || value === '') return undefined;
    let parsed: unknown;
    try {
      parsed = JSON.parse(value);
    } catch {
      throw this.illegal();
    }
    if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) throw this.illegal();
    return parsed as Record<string, unknown>;
  }
}
