import type { CommandModule } from './command';

export const showLogCommand: CommandModule = {
  id: 'cloudTickets.showLog',
  create:
    ({ log }) =>
    () =>
      log.show(),
};
