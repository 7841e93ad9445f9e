import * as vscode from 'vscode';
import type { CommandModule } from './command';
import { openCreateForm } from './createTicket';
import { prefillFromSelection, type CodeSnippet } from './createPrefill';

/** The non-empty selections of an editor as snippets (whole file when nothing is selected). */
export function snippetsOf(editor: vscode.TextEditor): CodeSnippet[] {
  const { document } = editor;
  const path = vscode.workspace.asRelativePath(document.uri, false);
  const selections = editor.selections.filter((selection) => !selection.isEmpty);
  // The whole document, clipped to its real end: a file ending in a newline has no line after it to count.
  const ranges = selections.length > 0 ? selections : [document.validateRange(new vscode.Range(0, 0, document.lineCount, 0))];
  return ranges.map((range) => {
    // A selection that ends at column 0 does not really include that line.
    const endLine = range.end.character === 0 && range.end.line > range.start.line ? range.end.line - 1 : range.end.line;
    return { path, startLine: range.start.line + 1, endLine: Math.min(endLine, document.lineCount - 1) + 1, languageId: document.languageId, text: document.getText(range) };
  });
}

export const createTicketFromSelectionCommand: CommandModule = {
  id: 'cloudTickets.createTicketFromSelection',
  create: (services) => async () => {
    const editor = vscode.window.activeTextEditor;
    if (!editor) {
      void vscode.window.showInformationMessage(vscode.l10n.t('Select the code to include in an editor first.'));
      return;
    }
    await openCreateForm(services, undefined, prefillFromSelection(snippetsOf(editor)));
  },
};
