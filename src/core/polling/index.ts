/** Idle polling: the scheduler, its cadence rules and the clock abstraction (real and fake). */
export { backoffInterval, DEFAULT_INTERVAL_SECONDS, intervalFor, MAX_INTERVAL_SECONDS, MIN_INTERVAL_SECONDS, pollCadence } from './cadence';
export type { PollActivity, PollCadence } from './cadence';
export { sleep, systemClock } from './clock';
export type { Clock, Timer } from './clock';
export { FakeClock, flushPromiseJobs } from './fake-clock';
export { PollScheduler } from './poll-scheduler';
export type { PollEvent, PollOutcome, PollSchedulerOptions, PollTarget } from './poll-scheduler';
