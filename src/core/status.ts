/**
 * Status groups. Every provider maps its native status codes into three groups and keeps the
 * native label for display; unknown codes stay visible as "Unknown (n)".
 */

export type StatusGroup = 'needs-action' | 'in-progress' | 'closed';

/** All groups in the order the tree shows them. */
export const STATUS_GROUPS: readonly StatusGroup[] = ['needs-action', 'in-progress', 'closed'];

/** A ticket status: the group it belongs to plus the provider's own code and label. */
export interface TicketStatus {
  readonly group: StatusGroup;
  /** Native code as a string (`"3"`, `"wait_feedback"`, `"17"`). */
  readonly code: string;
  /** Native or provider-localised label ("Waiting for your feedback", "待反馈"). */
  readonly label: string;
  /** False when the provider did not recognise the code. */
  readonly known: boolean;
  /** The label exactly as the API returned it, when it sent one (may be in another language). */
  readonly nativeLabel?: string;
}

/** One row of a provider's status table. */
export interface StatusDefinition {
  readonly group: StatusGroup;
  readonly label: string;
}

/** "Unknown (code)": the label of a code no table knows, in English. */
export function unknownStatusLabel(code: string): string {
  return `Unknown (${code})`;
}

/**
 * Maps a native code through a provider's table; unknown codes stay in progress, labelled by
 * `unknownLabel` (a provider passes one in its UI language).
 */
export function resolveStatus(
  code: string | number,
  table: Readonly<Record<string, StatusDefinition>>,
  nativeLabel?: string,
  unknownLabel: (code: string) => string = unknownStatusLabel,
): TicketStatus {
  const key = String(code);
  const known = Object.prototype.hasOwnProperty.call(table, key) ? table[key] : undefined;
  const native = nativeLabel ? { nativeLabel } : {};
  if (known) {
    return { group: known.group, code: key, label: known.label, known: true, ...native };
  }
  return { group: 'in-progress', code: key, label: unknownLabel(key), known: false, ...native };
}
