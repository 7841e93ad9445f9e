import type * as vscode from 'vscode';
import type { DiagnosticsHost } from '../diagnostics/diagnosticsHost';
import { DiagnosticsPreviews } from '../diagnostics/preview';

/** What the diagnostics command needs: the read-only preview of bundles (dispose `previews`) and where the log is. */
export function createDiagnosticsHost(logUri: vscode.Uri): DiagnosticsHost {
  return { previews: new DiagnosticsPreviews(), logUri };
}
