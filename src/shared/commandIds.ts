/**
 * Every command the extension contributes. package.json must list exactly these (a unit test checks
 * it), and src/commands/index.ts must register exactly these (the compiler checks it).
 */
export const COMMAND_IDS = [
  'cloudTickets.refresh',
  'cloudTickets.showLog',
  'cloudTickets.openSettings',
] as const;

export type CommandId = (typeof COMMAND_IDS)[number];
