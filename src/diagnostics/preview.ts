import * as vscode from 'vscode';
import { DisposableOwner } from '../common/lifecycle';
import { outsideText } from '../shared/outsideText';
import type { PreviewDocument, PreviewHighlight } from '../core/diagnostics/bundle';

/** Scheme of the read-only preview documents (a content provider's documents cannot be edited). */
const DIAGNOSTICS_SCHEME = 'cloud-tickets-diagnostics';

/**
 * Shows a redacted bundle as a read-only virtual document, with every redacted span highlighted
 * (and explained on hover) so the user sees what was removed before anything is attached.
 */
export class DiagnosticsPreviews extends DisposableOwner implements vscode.TextDocumentContentProvider {
  private readonly documents = new Map<string, PreviewDocument>();
  private readonly decoration = this.own(
    vscode.window.createTextEditorDecorationType({
      backgroundColor: new vscode.ThemeColor('diffEditor.removedTextBackground'),
      border: '1px solid',
      borderColor: new vscode.ThemeColor('editorWarning.foreground'),
      overviewRulerColor: new vscode.ThemeColor('editorWarning.foreground'),
      overviewRulerLane: vscode.OverviewRulerLane.Right,
    }),
  );
  private counter = 0;

  constructor() {
    super();
    this.own(vscode.workspace.registerTextDocumentContentProvider(DIAGNOSTICS_SCHEME, this));
    this.own(vscode.window.onDidChangeVisibleTextEditors((editors) => editors.forEach((editor) => this.decorate(editor))));
    this.own(vscode.workspace.onDidCloseTextDocument((document) => this.documents.delete(document.uri.toString())));
  }

  provideTextDocumentContent(uri: vscode.Uri): string {
    return this.documents.get(uri.toString())?.text ?? vscode.l10n.t('This diagnostics preview is no longer available. Run "Attach Diagnostics…" again.');
  }

  /** Opens the preview in an editor and highlights the redactions. */
  async show(fileName: string, preview: PreviewDocument): Promise<vscode.TextEditor> {
    const uri = vscode.Uri.from({ scheme: DIAGNOSTICS_SCHEME, path: `/${fileName}`, query: `v=${++this.counter}` });
    this.documents.set(uri.toString(), preview);
    const document = await vscode.workspace.openTextDocument(uri);
    const editor = await vscode.window.showTextDocument(document, { preview: false });
    this.decorate(editor);
    return editor;
  }

  /** The highlighted spans of a preview document (what the decoration shows). */
  highlightsOf(uri: vscode.Uri): readonly PreviewHighlight[] {
    return this.documents.get(uri.toString())?.highlights ?? [];
  }

  private decorate(editor: vscode.TextEditor): void {
    const preview = this.documents.get(editor.document.uri.toString());
    if (!preview) return;
    const document = editor.document;
    editor.setDecorations(
      this.decoration,
      preview.highlights.map((highlight) => ({
        range: new vscode.Range(document.positionAt(highlight.start), document.positionAt(highlight.end)),
        // Kind names come from the redaction profile (descriptors included): treated like any text we did not write here.
        hoverMessage: vscode.l10n.t('Redacted before attaching: {0}', outsideText(highlight.kind)),
      })),
    );
  }
}
