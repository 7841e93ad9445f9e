import * as vscode from 'vscode';
import type { CommandId } from '../shared/commandIds';

const COMMAND_ID: CommandId = 'cloudTickets.createTicketFromDiagnostic';

/**
 * Offers "New ticket from this error…" on errors, in the editor's light bulb and the Problems view. Kept
 * apart from the command (createTicketFromDiagnostic.ts) so that VS Code can ask it on every cursor move
 * without loading the create form.
 */
export class CreateTicketCodeActions implements vscode.CodeActionProvider {
  static readonly kinds = [vscode.CodeActionKind.QuickFix];

  provideCodeActions(document: vscode.TextDocument, _range: vscode.Range, context: vscode.CodeActionContext): vscode.CodeAction[] {
    return context.diagnostics
      .filter((diagnostic) => diagnostic.severity === vscode.DiagnosticSeverity.Error)
      .slice(0, 1)
      .map((diagnostic) => {
        const action = new vscode.CodeAction(vscode.l10n.t('New ticket from this error…'), vscode.CodeActionKind.QuickFix);
        action.diagnostics = [diagnostic];
        action.command = { command: COMMAND_ID, title: vscode.l10n.t('New ticket from this error…'), arguments: [document.uri, diagnostic] };
        return action;
      });
  }
}
