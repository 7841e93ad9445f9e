/**
 * What the assistant tools need from their host: the accounts, a way to call an account's provider,
 * the stored secrets to redact, links, and (optionally) a diagnostics bundle. The VS Code adapter builds
 * it from the extension's services; the MCP server from credentials it imported. vscode-free.
 */
import type { ProviderId } from '../core/account';
import type { TicketProvider } from '../core/provider';

export interface AssistantAccount {
  readonly id: string;
  readonly label: string;
  readonly providerId: ProviderId;
}

/** The ticket a bundle is made for. */
export interface DiagnosticsTarget {
  readonly account: AssistantAccount;
  readonly ticketId: string;
  readonly ticketTitle: string;
}

/** A redacted, zipped diagnostics bundle ready to attach. */
export interface PreparedBundle {
  readonly fileName: string;
  readonly data: Uint8Array;
  /** Files in the bundle and redaction counts, one line each (never values). */
  readonly summary: readonly string[];
  /** The whole redacted preview as text. */
  readonly previewText: string;
  /** True when the host already showed the preview to the user (an editor); false when the model must relay it. */
  readonly shownToUser: boolean;
}

export interface DiagnosticsSource {
  /** Collects and redacts a bundle for the ticket (and shows its preview where the host can). */
  prepare(target: DiagnosticsTarget, signal?: AbortSignal): Promise<PreparedBundle>;
}

export interface AssistantWorkspace {
  accounts(): readonly AssistantAccount[];
  /** Runs a call on an account's provider (the extension's registry records account health). */
  run<T>(accountId: string, call: (provider: TicketProvider) => Promise<T>): Promise<T>;
  /** Every stored credential value, removed wherever it appears in a result. */
  knownSecrets(): Promise<readonly string[]>;
  /** A link that opens the ticket in VS Code, where the host has one. */
  ticketLink(account: AssistantAccount, ticketId: string): string | undefined;
  /** Called after a write succeeded (the extension refreshes its tree). */
  afterWrite?(accountId: string, ticketId: string): Promise<void>;
  readonly diagnostics?: DiagnosticsSource;
}
