import * as vscode from 'vscode';
import { CREATE_VIEW_TYPE, CreatePanel } from '../panels/createPanel';
import type { CommandServices } from './command';
import { CreateTicketCodeActions } from './createTicketFromDiagnostic';

/** What the create form needs beyond its commands: the code action on errors and the restore-after-reload serializer. */
export function registerCreateTicketUi(services: CommandServices): vscode.Disposable[] {
  return [
    vscode.languages.registerCodeActionsProvider({ scheme: 'file' }, new CreateTicketCodeActions(), { providedCodeActionKinds: CreateTicketCodeActions.kinds }),
    vscode.languages.registerCodeActionsProvider({ scheme: 'untitled' }, new CreateTicketCodeActions(), { providedCodeActionKinds: CreateTicketCodeActions.kinds }),
    vscode.window.registerWebviewPanelSerializer(CREATE_VIEW_TYPE, {
      deserializeWebviewPanel: async (panel, state) => CreatePanel.revive(services, panel, state),
    }),
  ];
}
