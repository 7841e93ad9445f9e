/**
 * The workbench bundle: the extension's object graph — accounts, provider registry, ticket model, tree,
 * polling, notifications, demo — started right after activation (src/extension.ts only registers).
 * Features are not imported here: the ticket panels, the commands, the ticket links and the assistant
 * tools are bundles of their own (src/lazy/load.ts), built the first time something asks for them.
 */
import { join } from 'node:path';
import * as vscode from 'vscode';
import { AccountStore } from '../accounts/accountStore';
import { DemoAccounts } from '../accounts/demoAccounts';
import { DemoEmulator } from '../accounts/demoEmulator';
import { SecretStorageKeychain } from '../accounts/keychain';
import type { CommandRunner } from '../commands';
import type { CommandServices } from '../commands/command';
import { CreateTicketCodeActions } from '../commands/createTicketCodeActions';
import { createDiagnosticsHost } from '../commands/diagnosticsWiring';
import { FileMemento } from '../common/fileMemento';
import { SettledMemento } from '../common/settledMemento';
import type { AssistantLanguageModelTool } from '../languageModelTools/assistantTools';
import type { TicketLinks } from '../links';
import { TICKET_LINK_SELECTOR } from '../links/selector';
import type { TicketPanels } from '../panels/ticketPanels';
import { ProviderRegistry } from '../services/providerRegistry';
import type { HostServices } from '../services/services';
import type { CommandId } from '../shared/commandIds';
import { ChangeNotifier } from '../views/changeNotifier';
import { ExplorerView } from '../views/explorerView';
import { PollingActivity } from '../views/pollingActivity';
import { TicketModel } from '../views/ticketModel';
import { loadBundle } from './load';

/** The running extension behind the registrations; dispose to stop it. */
export interface Workbench extends vscode.Disposable {
  /** What commands work with; `panels` is built on first use (it loads the ticket panels bundle). */
  readonly services: CommandServices;
  readonly demo: DemoAccounts;
  readonly explorer: ExplorerView;
  readonly globalState: vscode.Memento;
  /** Runs a command (its bundle is loaded on its first run); errors are logged and shown once. */
  runCommand(id: CommandId, args: readonly unknown[]): Promise<unknown>;
  /** The ticket-id links and the URI handler, built on first use. */
  links(): TicketLinks;
  /** The language model tools by name, built on first use. */
  assistantTools(): ReadonlyMap<string, AssistantLanguageModelTool>;
}

/** Builds the object graph, paints the tree from the cache and starts refreshing and polling. */
export function startWorkbench(context: vscode.ExtensionContext): Workbench {
  const disposables: vscode.Disposable[] = [];
  const own = <T extends vscode.Disposable>(disposable: T): T => {
    disposables.push(disposable);
    return disposable;
  };
  const log = own(vscode.window.createOutputChannel('Cloud Tickets', { log: true }));
  const keychain = new SecretStorageKeychain(context.secrets, () => {
    log.warn('SecretStorage is unavailable; credentials are kept in memory for this session only.');
    void vscode.window.showWarningMessage(
      vscode.l10n.t('VS Code cannot reach a secure keyring, so Cloud Tickets keeps access keys in memory for this session only. They will not be written to disk.'),
    );
  });
  // Every part shares one wrapper, so no write is lost to an older echo of another part's write.
  const globalState = new SettledMemento(context.globalState);
  const accounts = own(new AccountStore(globalState, keychain));
  const providers = own(new ProviderRegistry(accounts));
  const tickets = own(new TicketModel(accounts, providers, log, context.globalStorageUri, globalState));
  const explorer = own(new ExplorerView(accounts, providers, tickets));
  const polling = own(new PollingActivity(tickets, explorer.treeView));
  own(new ChangeNotifier(accounts, globalState, (listener) => tickets.onDidDetect(listener)));
  const emulator = own(new DemoEmulator(context.extensionPath, log));
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
  let panels: TicketPanels | undefined;
  const services: CommandServices = {
    ...host,
    diagnostics: createDiagnosticsHost(context.logUri),
    // The serializer is registered at activation (src/lazy/registrations.ts); it restores through this.
    get panels(): TicketPanels {
      panels ??= own(new (loadBundle('ticketPanels').TicketPanels)(host, { polling, registerSerializer: false }));
      return panels;
    },
  };
  own(services.diagnostics.previews);
  let commands: CommandRunner | undefined;
  let links: TicketLinks | undefined;
  const ticketLinks = (): TicketLinks => (links ??= own(loadBundle('links').createTicketLinks(host)));
  let tools: ReadonlyMap<string, AssistantLanguageModelTool> | undefined;
  own(accounts.onDidChange(() => polling.accountsChanged()));
  // Hover cards show the newest message of a conversation any part read (a panel, the reply watch).
  own(tickets.onDidReadConversation((read) => ticketLinks().remember(read)));
  registerEditorProviders(ticketLinks).forEach(own);
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
    globalState,
    runCommand: (id, args) => (commands ??= loadBundle('commands').commandRunner(services)).run(id, args),
    links: ticketLinks,
    assistantTools: () => (tools ??= loadBundle('assistant').createAssistantTools(host, services.diagnostics)),
    dispose: () => disposables.splice(0).forEach((disposable) => disposable.dispose()),
  };
}

/**
 * Providers VS Code asks while editing: the quick fix on errors is tiny and registered as is; ticket-id
 * links and hover cards load the links bundle on the first document or terminal line they look at.
 */
function registerEditorProviders(ticketLinks: () => TicketLinks): vscode.Disposable[] {
  const codeActions = new CreateTicketCodeActions();
  return [
    vscode.languages.registerCodeActionsProvider({ scheme: 'file' }, codeActions, { providedCodeActionKinds: CreateTicketCodeActions.kinds }),
    vscode.languages.registerCodeActionsProvider({ scheme: 'untitled' }, codeActions, { providedCodeActionKinds: CreateTicketCodeActions.kinds }),
    vscode.languages.registerDocumentLinkProvider(TICKET_LINK_SELECTOR, { provideDocumentLinks: (document) => ticketLinks().editorLinks.provideDocumentLinks(document) }),
    vscode.languages.registerHoverProvider(TICKET_LINK_SELECTOR, { provideHover: (document, position, token) => ticketLinks().editorLinks.provideHover(document, position, token) }),
    vscode.window.registerTerminalLinkProvider({
      provideTerminalLinks: (context) => ticketLinks().terminalLinks.provideTerminalLinks(context),
      handleTerminalLink: (link: Parameters<TicketLinks['terminalLinks']['handleTerminalLink']>[0]) => ticketLinks().terminalLinks.handleTerminalLink(link),
    }),
  ];
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
