import type * as vscode from 'vscode';
import type { AttachTarget } from '../attach/ticketPicker';
import type { HostServices } from '../services/services';
import type { BundleSection } from '../core/diagnostics/bundle';

/** What a collector may use. Collectors read; they never write and never see credentials. */
export interface CollectContext {
  readonly services: HostServices;
  /** The extension's log folder (ExtensionContext.logUri). */
  readonly logUri: vscode.Uri;
  readonly target: AttachTarget;
  readonly signal: AbortSignal;
}

export type CollectorId = 'environment' | 'proxy' | 'log' | 'problems' | 'git' | 'connectivity';

export interface Collector {
  readonly id: CollectorId;
  /** Localised name shown in the "what to include" pick. */
  readonly label: string;
  readonly detail: string;
  collect(context: CollectContext): Promise<BundleSection[]>;
}
