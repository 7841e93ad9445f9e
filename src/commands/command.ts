import type * as vscode from 'vscode';
import type { CommandId } from '../shared/commandIds';

/** What a command module can use. Narrow on purpose: commands get services, not the extension context. */
export interface CommandServices {
  readonly log: vscode.LogOutputChannel;
  readonly explorer: { refresh(): Promise<void> };
}

/** One command: its id and a factory that binds its handler to the services it needs. */
export interface CommandModule {
  readonly id: CommandId;
  create(services: CommandServices): (...args: unknown[]) => unknown;
}
