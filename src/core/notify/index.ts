/** Change detection for notifications. */
export { detectTicketChanges, needsActionTotal } from './change-detection';
export type { TicketChange, TicketChangeReason } from './change-detection';
