let nextId = 0;

/** A document-unique element id, for label and aria wiring. */
export function uniqueId(prefix: string): string {
  return `${prefix}-${++nextId}`;
}
