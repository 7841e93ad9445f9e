/** Polling: the one scheduler (accounts, note checks, panel lane), its cadence rules and the clock abstraction (real and fake). */
export { backoffInterval, DEFAULT_INTERVAL_SECONDS, intervalFor, MAX_INTERVAL_SECONDS, MIN_INTERVAL_SECONDS, pollCadence } from './cadence';
export type { PollActivity, PollCadence } from './cadence';
export { sleep, systemClock } from './clock';
export type { Clock, Timer } from './clock';
export { FOCUSED_INTERVAL_MS } from './focused-lane';
export type { TicketRef } from './focused-lane';
export { NOTE_CHECKS_PER_TICK, PollScheduler, START_SWEEP } from './poll-scheduler';
export type { PollEvent, PollOutcome, PollSchedulerOptions, PollTarget, TicketCheckTarget } from './poll-scheduler';
