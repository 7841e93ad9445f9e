/**
 * How often to poll, from the user's interval setting and what the user is looking at. DESIGN §6:
 * at most one cheap request per account per minute while the view is visible (at the default
 * setting), one per five minutes hidden; slower still while the window is unfocused.
 */

/** What the user is looking at; the host updates it from view / panel visibility and window focus. */
export interface PollActivity {
  /** The Tickets view is visible. */
  readonly viewVisible: boolean;
  /** A ticket panel is visible. */
  readonly panelVisible: boolean;
  readonly windowFocused: boolean;
}

export interface PollCadence {
  /** Between checks while the view or a ticket panel is visible and the window focused. */
  readonly visibleMs: number;
  /** Between checks while nothing of ours is visible. */
  readonly hiddenMs: number;
  /** Between checks while the window is unfocused. */
  readonly unfocusedMs: number;
  /** Longest wait after repeated failures (offline, throttled), unless the cloud asks for longer. */
  readonly maxBackoffMs: number;
}

const SECOND = 1000;
const MINUTE = 60 * SECOND;
/** Bounds of the `cloudTickets.polling.intervalSeconds` setting. */
export const MIN_INTERVAL_SECONDS = 15;
export const MAX_INTERVAL_SECONDS = 3600;
export const DEFAULT_INTERVAL_SECONDS = 60;

/** The cadence for an interval setting (seconds; clamped to the setting's bounds). */
export function pollCadence(intervalSeconds: number = DEFAULT_INTERVAL_SECONDS): PollCadence {
  const seconds = Number.isFinite(intervalSeconds) ? Math.min(MAX_INTERVAL_SECONDS, Math.max(MIN_INTERVAL_SECONDS, intervalSeconds)) : DEFAULT_INTERVAL_SECONDS;
  const visibleMs = seconds * SECOND;
  const hiddenMs = Math.max(5 * visibleMs, 5 * MINUTE);
  const unfocusedMs = Math.max(10 * visibleMs, 10 * MINUTE);
  return { visibleMs, hiddenMs, unfocusedMs, maxBackoffMs: Math.max(15 * MINUTE, unfocusedMs) };
}

/** The interval that applies to the current activity. */
export function intervalFor(cadence: PollCadence, activity: PollActivity): number {
  if (!activity.windowFocused) return cadence.unfocusedMs;
  return activity.viewVisible || activity.panelVisible ? cadence.visibleMs : cadence.hiddenMs;
}

/** Wait after `failures` consecutive failures: the interval doubled per failure, capped. */
export function backoffInterval(cadence: PollCadence, intervalMs: number, failures: number): number {
  if (failures <= 0) return intervalMs;
  return Math.min(Math.max(cadence.maxBackoffMs, intervalMs), intervalMs * 2 ** failures);
}
