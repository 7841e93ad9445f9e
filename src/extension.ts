import * as vscode from 'vscode';
import type { CommandServices } from './commands/command';
import type { DemoAccounts } from './accounts/demoAccounts';
import type { ExplorerView } from './views/explorerView';
import { loadBundle } from './lazy/load';
import { registerContributions, type LazyLanguageModelTool } from './lazy/registrations';
import { ACTIVATION_MARKS } from './lazy/marks';
import type { Workbench } from './lazy/workbench';

/** What activate() returns: a narrow handle used by the extension-host tests. */
export interface CloudTicketsApi {
  readonly services: CommandServices;
  readonly demo: DemoAccounts;
  readonly explorer: ExplorerView;
  /** Folders the extension may write to; tests prove no secret ends up there. */
  readonly storage: { readonly globalStorageUri: vscode.Uri; readonly logUri: vscode.Uri; readonly storageUri?: vscode.Uri };
  readonly globalState: vscode.Memento;
  /** The language model tools (issue #21), by name. */
  readonly languageModelTools: ReadonlyMap<string, LazyLanguageModelTool>;
}

/**
 * Registers the contributions and returns (issue #19: VS Code times this, within 20 ms). The object graph
 * — accounts, tree, refresh, polling — is the workbench bundle, started right after activation or by the
 * first command, panel, link or API access before that; features are bundles loaded on first use
 * (src/lazy/load.ts).
 */
export function activate(context: vscode.ExtensionContext): CloudTicketsApi {
  performance.mark(ACTIVATION_MARKS.activate);
  let running: Workbench | undefined;
  const workbench = (): Workbench => {
    if (!running) {
      running = loadBundle('workbench').startWorkbench(context);
      context.subscriptions.push(running);
      performance.mark(ACTIVATION_MARKS.workbenchStarted);
    }
    return running;
  };
  const registrations = registerContributions(workbench);
  context.subscriptions.push(registrations);
  setImmediate(workbench);
  return {
    get services() {
      return workbench().services;
    },
    get demo() {
      return workbench().demo;
    },
    get explorer() {
      return workbench().explorer;
    },
    storage: { globalStorageUri: context.globalStorageUri, logUri: context.logUri, storageUri: context.storageUri },
    get globalState() {
      return workbench().globalState;
    },
    languageModelTools: registrations.languageModelTools,
  };
}

export function deactivate(): void {
  // Everything is released through context.subscriptions.
}
