/** The ticket refresh engine: per-account refreshers, the multi-account coordinator, snapshots, filters. */
export { AccountCalls, DEFAULT_CONCURRENCY } from './account-calls';
export type { AccountCallOptions, AccountCallStats } from './account-calls';
export { AccountRefresher, DEFAULT_PAGE_SIZE } from './account-refresher';
export type { AccountRefresherOptions, ProviderAccess, RefreshOptions, RefreshSettings, SnapshotCause } from './account-refresher';
export { RefreshCoordinator } from './coordinator';
export type { RefreshCoordinatorOptions, SnapshotChange } from './coordinator';
export { fetchTickets } from './fetch-tickets';
export type { FetchPlan, ListedTickets } from './fetch-tickets';
export { DetailPriority, DetailQueue, pumpDetails } from './detail-pump';
export type { DetailOutcome, DetailPumpHooks } from './detail-pump';
export { isEmptyFilter, matchesFilter, normalizeFilter, sameFilter, splitFilter } from './filter';
export type { AccountFilter, FilterLabel, SplitFilter } from './filter';
export { Listeners } from './listeners';
export type { Disposable } from './listeners';
export { createSnapshot, emptySnapshot, findTicket, isStale, summaryOf, withState } from './snapshot';
export type { AccountSnapshot, GroupCounts, SnapshotError, SnapshotInit, SnapshotState, TicketGroups } from './snapshot';
export { listItemChanged, mergeTicket, needsDetail } from './ticket-changes';
export type { DetailPolicy, DetailQuestion } from './ticket-changes';
