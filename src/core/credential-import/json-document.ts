// JSON parsing for credential files. V8's parse errors quote the offending text, which here may be a
// secret, so only the line number ever reaches a warning.

export type JsonParse = { ok: true; value: unknown } | { ok: false; reason: string };

/** Parses JSON; on failure the reason names a line, never the file's content. */
export function parseJsonDocument(text: string): JsonParse {
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch (error) {
    const message = error instanceof Error ? error.message : '';
    const lineColumn = /line (\d+)/.exec(message);
    const position = /position (\d+)/.exec(message);
    const line = lineColumn ? Number(lineColumn[1]) : position ? text.slice(0, Number(position[1])).split('\n').length : undefined;
    return { ok: false, reason: line === undefined ? 'not valid JSON' : `not valid JSON (near line ${line})` };
  }
}

/** The value as a plain object, or undefined for arrays, null and scalars. */
export function asRecord(value: unknown): Record<string, unknown> | undefined {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
}
