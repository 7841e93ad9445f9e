import type * as vscode from 'vscode';
import { setDiagnosticsHost } from '../diagnostics/diagnosticsHost';
import { DiagnosticsPreviews } from '../diagnostics/preview';
import type { CommandServices } from './command';

/** Registers the read-only preview of diagnostics bundles and tells the command where the log is. */
export function registerDiagnosticsUi(services: CommandServices, logUri: vscode.Uri): vscode.Disposable {
  const previews = new DiagnosticsPreviews();
  setDiagnosticsHost(services, { previews, logUri });
  return previews;
}
