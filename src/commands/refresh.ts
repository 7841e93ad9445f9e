import type { CommandModule } from './command';

export const refreshCommand: CommandModule = {
  id: 'cloudTickets.refresh',
  create: ({ explorer }) => () => explorer.refresh(),
};
