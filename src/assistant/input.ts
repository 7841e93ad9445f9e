/**
 * Checks a tool's input against its schema before anything else runs: a model may send anything, so a
 * wrong input becomes a sentence the model can act on, never a request. vscode-free.
 */
import type { JsonSchema, ToolInputSchema } from './definitions';

/** A tool input that does not match the schema; `message` is written for the model. */
export class ToolInputError extends Error {
  override readonly name = 'ToolInputError';
}

export type InputValue = string | number | boolean | Readonly<Record<string, string | boolean>>;

/** The checked input: every present property has the schema's type. */
export interface CheckedInput {
  readonly values: ReadonlyMap<string, InputValue>;
  string(name: string): string | undefined;
  integer(name: string): number | undefined;
  boolean(name: string): boolean | undefined;
  record(name: string): Readonly<Record<string, string | boolean>> | undefined;
}

/** Validates `raw` against `schema`; throws ToolInputError naming the first problem. */
export function checkInput(schema: ToolInputSchema, raw: unknown): CheckedInput {
  if (raw === undefined || raw === null) raw = {};
  if (typeof raw !== 'object' || Array.isArray(raw)) throw new ToolInputError('The input must be a JSON object.');
  const values = new Map<string, InputValue>();
  for (const [name, value] of Object.entries(raw as Record<string, unknown>)) {
    const property = schema.properties[name];
    if (!property) throw new ToolInputError(`Unknown input property "${name.slice(0, 60)}". Allowed: ${Object.keys(schema.properties).join(', ')}.`);
    if (value === undefined || value === null) continue;
    values.set(name, checkValue(name, property, value));
  }
  for (const name of schema.required ?? []) {
    const value = values.get(name);
    if (value === undefined || (typeof value === 'string' && value.trim() === '')) throw new ToolInputError(`The input property "${name}" is required.`);
  }
  const typed = <T extends InputValue>(name: string, test: (value: InputValue) => value is T): T | undefined => {
    const value = values.get(name);
    return value !== undefined && test(value) ? value : undefined;
  };
  return {
    values,
    string: (name) => typed(name, (value): value is string => typeof value === 'string'),
    integer: (name) => typed(name, (value): value is number => typeof value === 'number'),
    boolean: (name) => typed(name, (value): value is boolean => typeof value === 'boolean'),
    record: (name) => typed(name, (value): value is Readonly<Record<string, string | boolean>> => typeof value === 'object'),
  };
}

function checkValue(name: string, schema: JsonSchema, value: unknown): InputValue {
  switch (schema.type) {
    case 'string':
      if (typeof value !== 'string') throw new ToolInputError(`"${name}" must be a string.`);
      if (schema.maxLength !== undefined && value.length > schema.maxLength) throw new ToolInputError(`"${name}" is longer than ${schema.maxLength} characters.`);
      if (schema.enum && !schema.enum.includes(value)) throw new ToolInputError(`"${name}" must be one of: ${schema.enum.join(', ')}.`);
      return value;
    case 'integer':
      if (typeof value !== 'number' || !Number.isInteger(value)) throw new ToolInputError(`"${name}" must be a whole number.`);
      if (value < schema.minimum || value > schema.maximum) throw new ToolInputError(`"${name}" must be between ${schema.minimum} and ${schema.maximum}.`);
      return value;
    case 'boolean':
      if (typeof value !== 'boolean') throw new ToolInputError(`"${name}" must be true or false.`);
      return value;
    case 'object':
      return checkRecord(name, value);
  }
}

const MAX_RECORD_ENTRIES = 50;
const MAX_RECORD_TEXT = 20_000;

function checkRecord(name: string, value: unknown): Readonly<Record<string, string | boolean>> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new ToolInputError(`"${name}" must be an object of field ids to values.`);
  const entries = Object.entries(value as Record<string, unknown>);
  if (entries.length > MAX_RECORD_ENTRIES) throw new ToolInputError(`"${name}" has more than ${MAX_RECORD_ENTRIES} entries.`);
  const result: Record<string, string | boolean> = {};
  for (const [key, entry] of entries) {
    if (typeof entry !== 'string' && typeof entry !== 'boolean') throw new ToolInputError(`"${name}.${key.slice(0, 60)}" must be a string or true/false.`);
    if (typeof entry === 'string' && entry.length > MAX_RECORD_TEXT) throw new ToolInputError(`"${name}.${key.slice(0, 60)}" is too long.`);
    result[key] = entry;
  }
  return result;
}
