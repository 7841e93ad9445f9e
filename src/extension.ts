import { join } from 'node:path';
import * as vscode from 'vscode';
import { AccountStore } from './accounts/accountStore';
import { DemoAccounts } from './accounts/demoAccounts';
import { DemoEmulator } from './accounts/demoEmulator';
import { SecretStorageKeychain } from './accounts/keychain';
import { ProviderRegistry } from './services/providerRegistry';
import { registerCommands } from './commands';
import { FileMemento } from './common/fileMemento';
import { SettledMemento } from './common/settledMemento';
import { TicketPanels } from './panels/ticketPanels';
import type { CommandServices } from './commands/command';
import type { HostServices } from './services/services';
import { registerCreateTicketUi } from './commands/createTicketWiring';
import { createDiagnosticsHost } from './commands/diagnosticsWiring';
import { registerTicketLinks } from './links';
import { registerAssistantTools, type RegisteredAssistantTools } from './languageModelTools/assistantTools';
import { ChangeNotifier } from './views/changeNotifier';
import { ExplorerView } from './views/explorerView';
import { PollingActivity } from './views/pollingActivity';
import { TicketModel } from './views/ticketModel';

/** What activate() returns: a narrow handle used by the extension-host tests. */
export interface CloudTicketsApi {
  readonly services: CommandServices;
  readonly demo: DemoAccounts;
  readonly explorer: ExplorerView;
  /** Folders the extension may write to; tests prove no secret ends up there. */
  readonly storage: { readonly globalStorageUri: vscode.Uri; readonly logUri: vscode.Uri; readonly storageUri?: vscode.Uri };
  readonly globalState: vscode.Memento;
  /** The language model tools (issue #21), by name. */
  readonly languageModelTools: RegisteredAssistantTools['tools'];
}

/** Builds the object graph and registers it; everything here is owned by the context. */
export function activate(context: vscode.ExtensionContext): CloudTicketsApi {
  const log = vscode.window.createOutputChannel('Cloud Tickets', { log: true });
  const keychain = new SecretStorageKeychain(context.secrets, () => {
    log.warn('SecretStorage is unavailable; credentials are kept in memory for this session only.');
    void vscode.window.showWarningMessage(
      vscode.l10n.t('VS Code cannot reach a secure keyring, so Cloud Tickets keeps access keys in memory for this session only. They will not be written to disk.'),
    );
  });
  // Every part shares one wrapper, so no write is lost to an older echo of another part's write.
  const globalState = new SettledMemento(context.globalState);
  const accounts = new AccountStore(globalState, keychain);
  const providers = new ProviderRegistry(accounts);
  const tickets = new TicketModel(accounts, providers, log, context.globalStorageUri, globalState);
  const explorer = new ExplorerView(accounts, providers, tickets);
  const polling = new PollingActivity(tickets, explorer.treeView);
  const notifier = new ChangeNotifier(accounts, globalState, (listener) => tickets.onDidDetect(listener));
  const emulator = new DemoEmulator(context.extensionPath, log);
  const demo = new DemoAccounts(accounts, emulator);
  const host: HostServices = {
    log,
    accounts,
    providers,
    tickets,
    demo,
    explorer,
    globalState,
    drafts: new FileMemento(join(context.globalStorageUri.fsPath, 'drafts.json')),
    extensionUri: context.extensionUri,
    globalStorageUri: context.globalStorageUri,
  };
  const services: CommandServices = { ...host, panels: new TicketPanels(host, { polling }), diagnostics: createDiagnosticsHost(context.logUri) };
  context.subscriptions.push(log, accounts, providers, tickets, explorer, polling, notifier, emulator, services.panels, services.diagnostics.previews, ...registerCommands(services));
  context.subscriptions.push(...registerCreateTicketUi(services));
  context.subscriptions.push(registerTicketLinks(host));
  const assistantTools = registerAssistantTools(host, services.diagnostics);
  context.subscriptions.push(assistantTools);
  context.subscriptions.push(accounts.onDidChange(() => polling.accountsChanged()));
  // Paint from the cache at once; refresh once demo accounts (if any) point at a running emulator.
  void tickets
    .paintFromCache()
    .then(() => startDemoIfWanted(demo, log))
    .then(() => {
      explorer.startupFinished();
      void tickets.refresh();
      polling.start();
    });
  log.info(`Cloud Tickets ${String(context.extension.packageJSON.version)} activated`);
  return {
    services,
    demo,
    explorer,
    storage: { globalStorageUri: context.globalStorageUri, logUri: context.logUri, storageUri: context.storageUri },
    globalState,
    languageModelTools: assistantTools.tools,
  };
}

/** Demo accounts point at an emulator that lives only as long as the window: start it again. */
async function startDemoIfWanted(demo: DemoAccounts, log: vscode.LogOutputChannel): Promise<void> {
  try {
    const wanted = vscode.workspace.getConfiguration('cloudTickets').get<boolean>('demo.startOnActivation', false);
    if (wanted) await demo.start();
    else await demo.resume();
  } catch (error) {
    log.error(`Could not start the demo emulator: ${error instanceof Error ? error.message : String(error)}`);
  }
}

export function deactivate(): void {
  // Everything is released through context.subscriptions.
}
