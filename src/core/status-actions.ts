import type { Capabilities, StatusBoundAction } from './capabilities';
import type { TicketStatus } from './status';

const OFFERED: Readonly<Record<StatusBoundAction, (can: Capabilities) => boolean>> = {
  reply: (can) => can.canReply,
  close: (can) => can.canClose,
  cancel: (can) => can.canCancel,
  urge: (can) => can.canUrge,
  reopen: (can) => can.canReopen,
  rate: (can) => can.canRate && can.rating !== undefined,
  delete: (can) => can.canDelete,
};

const ON_CLOSED_TICKETS: readonly StatusBoundAction[] = ['reopen', 'rate', 'delete'];

/**
 * The writes a ticket in `status` can take: offered by the account (capabilities) and accepted by the
 * cloud in that status (its `actionStatuses` table, else the status group). A status the provider does
 * not know falls back to its group, so nothing is hidden just because a cloud added a status.
 */
export function allowedActions(can: Capabilities, status: TicketStatus): ReadonlySet<StatusBoundAction> {
  const allowed = new Set<StatusBoundAction>();
  for (const action of Object.keys(OFFERED) as StatusBoundAction[]) {
    if (!OFFERED[action](can)) continue;
    const codes = can.actionStatuses?.[action];
    const byGroup = ON_CLOSED_TICKETS.includes(action) ? status.group === 'closed' : status.group !== 'closed';
    if (codes && status.known ? codes.includes(status.code) : byGroup) allowed.add(action);
  }
  return allowed;
}
