import * as vscode from 'vscode';
import type { CommandModule } from './command';
import { openCreateForm } from './createTicket';
import { prefillFromDiagnostic, type DiagnosticFacts } from './createPrefill';

const COMMAND_ID = 'cloudTickets.createTicketFromDiagnostic';
/** Lines shown above and below the diagnostic's line. */
const CONTEXT_LINES = 3;

const SEVERITY: Record<vscode.DiagnosticSeverity, DiagnosticFacts['severity']> = {
  [vscode.DiagnosticSeverity.Error]: 'error',
  [vscode.DiagnosticSeverity.Warning]: 'warning',
  [vscode.DiagnosticSeverity.Information]: 'information',
  [vscode.DiagnosticSeverity.Hint]: 'hint',
};

function codeOf(diagnostic: vscode.Diagnostic): string | undefined {
  const { code } = diagnostic;
  if (code === undefined) return undefined;
  return typeof code === 'object' ? String(code.value) : String(code);
}

/** What the ticket should say about a diagnostic in a document. */
function diagnosticFacts(document: vscode.TextDocument, diagnostic: vscode.Diagnostic): DiagnosticFacts {
  const line = diagnostic.range.start.line;
  const first = Math.max(0, line - CONTEXT_LINES);
  const last = Math.min(document.lineCount - 1, line + CONTEXT_LINES);
  const contextLines: string[] = [];
  for (let index = first; index <= last; index++) contextLines.push(document.lineAt(index).text);
  return {
    path: vscode.workspace.asRelativePath(document.uri, false),
    line: line + 1,
    column: diagnostic.range.start.character + 1,
    message: diagnostic.message,
    severity: SEVERITY[diagnostic.severity],
    source: diagnostic.source,
    code: codeOf(diagnostic),
    languageId: document.languageId,
    contextStartLine: first + 1,
    contextLines,
  };
}

/** Without arguments (palette): the most severe diagnostic on the cursor's line, else of the file. */
function diagnosticAtCursor(editor: vscode.TextEditor): vscode.Diagnostic | undefined {
  const all = [...vscode.languages.getDiagnostics(editor.document.uri)].sort((a, b) => a.severity - b.severity);
  const line = editor.selection.active.line;
  return all.find((diagnostic) => diagnostic.range.start.line <= line && diagnostic.range.end.line >= line) ?? all[0];
}

export const createTicketFromDiagnosticCommand: CommandModule = {
  id: COMMAND_ID,
  create: (services) => async (uriArg?: unknown, diagnosticArg?: unknown) => {
    let document: vscode.TextDocument | undefined;
    let diagnostic: vscode.Diagnostic | undefined;
    if (uriArg instanceof vscode.Uri && diagnosticArg instanceof vscode.Diagnostic) {
      document = await vscode.workspace.openTextDocument(uriArg);
      diagnostic = diagnosticArg;
    } else if (vscode.window.activeTextEditor) {
      document = vscode.window.activeTextEditor.document;
      diagnostic = diagnosticAtCursor(vscode.window.activeTextEditor);
    }
    if (!document || !diagnostic) {
      void vscode.window.showInformationMessage(vscode.l10n.t('There is no problem reported in this editor to file a ticket about.'));
      return;
    }
    await openCreateForm(services, undefined, prefillFromDiagnostic(diagnosticFacts(document, diagnostic)));
  },
};
