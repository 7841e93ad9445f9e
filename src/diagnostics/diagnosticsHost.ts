import type * as vscode from 'vscode';
import type { DiagnosticsPreviews } from './preview';

/** What the diagnostics command needs beyond the host services (built once in activate()). */
export interface DiagnosticsHost {
  readonly previews: DiagnosticsPreviews;
  /** ExtensionContext.logUri: where the extension's log files are. */
  readonly logUri: vscode.Uri;
}
