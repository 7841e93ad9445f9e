/**
 * User labels on tickets (where `Capabilities.labels` is on): what an account has, and the checks a
 * new label passes before any request is made.
 */

/** A label the account defined; `id` is the cloud's, as text. */
export interface TicketLabel {
  readonly id: string;
  readonly name: string;
  /** `#RRGGBB`. */
  readonly color: string;
}

/** A new label as the user enters it. */
export interface NewTicketLabel {
  readonly name: string;
  readonly color: string;
}

/** Longest label name the clouds accept (OSM 5.9.1: 1–64). */
export const MAX_LABEL_NAME_LENGTH = 64;

/** Colours offered when a label is created, in `#RRGGBB`. */
export const LABEL_COLORS = ['#E51400', '#F09609', '#339933', '#1BA1E2', '#8E44AD', '#607D8B'] as const;

const COLOR = /^#[0-9A-Fa-f]{6}$/;

/** Why a new label cannot be created as entered, or undefined when it can. */
export function newLabelProblem(label: NewTicketLabel, existing: readonly TicketLabel[]): 'empty' | 'too-long' | 'duplicate' | 'bad-color' | undefined {
  const name = label.name.trim();
  if (!name) return 'empty';
  if (name.length > MAX_LABEL_NAME_LENGTH) return 'too-long';
  if (existing.some((other) => other.name === name)) return 'duplicate';
  if (!COLOR.test(label.color)) return 'bad-color';
  return undefined;
}
