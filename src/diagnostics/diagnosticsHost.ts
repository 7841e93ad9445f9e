import type * as vscode from 'vscode';
import type { CommandServices } from '../commands/command';
import type { DiagnosticsPreviews } from './preview';

/** What the diagnostics command needs beyond the command services. */
export interface DiagnosticsHost {
  readonly previews: DiagnosticsPreviews;
  /** ExtensionContext.logUri: where the extension's log files are. */
  readonly logUri: vscode.Uri;
}

const hosts = new WeakMap<CommandServices, DiagnosticsHost>();

/** Remembers the host of these services (once, from activate()). */
export function setDiagnosticsHost(services: CommandServices, host: DiagnosticsHost): void {
  hosts.set(services, host);
}

/** The host set up for these services. */
export function diagnosticsHostOf(services: CommandServices): DiagnosticsHost {
  const host = hosts.get(services);
  if (!host) throw new Error('Diagnostics are not set up; activate() must call registerDiagnosticsUi.');
  return host;
}
