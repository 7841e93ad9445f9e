import type { CommandModule } from './command';
import { accountIdOf } from './nodeArgs';

export const refreshCommand: CommandModule = {
  id: 'cloudTickets.refresh',
  create:
    ({ tickets }) =>
    (node?: unknown) =>
      tickets.refreshAndCheckReplies(accountIdOf(node)),
};
