/** Noticing replies and changes on every cloud: what was seen, the note-check planner, the watch, shared claims. */
export { attentionCount, needsActionTotal } from './attention';
export type { AttentionCount } from './attention';
export { CHECK_INTERVALS, checkClassOf, overdueRatio, pickTicketsToCheck, RECENT_MS } from './check-planner';
export type { CheckCandidate, CheckClass } from './check-planner';
export { CLAIM_TTL_MS, NotificationClaims } from './claims';
export { readConversation } from './conversation';
export { ReplyWatch } from './reply-watch';
export type { ConversationRead, ReplyWatchOptions, TicketChange, TicketChangeReason } from './reply-watch';
export { markSeenRead, markSeenUnread, observeConversation, observeListed, shownUnread, withSeen } from './seen-ticket';
export type { ConversationContext, ListedContext, Observation, SeenTicket } from './seen-ticket';
export { createWatchedPolling } from './watched-polling';
export type { WatchedPolling, WatchedPollingOptions } from './watched-polling';
