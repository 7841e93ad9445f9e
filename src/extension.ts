import * as vscode from 'vscode';
import { registerCommands } from './commands';
import { ExplorerView } from './views/explorerView';

/** What activate() returns: a narrow handle used by the extension-host tests. */
export interface CloudTicketsApi {
  readonly explorer: ExplorerView;
}

/** Builds the object graph and registers it; everything here is owned by the context. */
export function activate(context: vscode.ExtensionContext): CloudTicketsApi {
  const log = vscode.window.createOutputChannel('Cloud Tickets', { log: true });
  const explorer = new ExplorerView();
  context.subscriptions.push(log, explorer, ...registerCommands({ log, explorer }));
  log.info(`Cloud Tickets ${String(context.extension.packageJSON.version)} activated`);
  return { explorer };
}

export function deactivate(): void {
  // Everything is released through context.subscriptions.
}
